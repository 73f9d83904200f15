import { Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { formatDateTime, messages } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'E-Mails, die nach allen Versuchen nicht zugestellt werden konnten, die neueste zuerst. Prüfen Sie die Adresse oder den Mailserver.',
    caption: 'Fehlgeschlagene Zustellungen ({count, plural, one {# E-Mail} other {# E-Mails}})',
    empty: 'Keine fehlgeschlagenen Zustellungen.',
    recipient: 'Empfänger/in',
    template: 'Art der E-Mail',
    attempts: 'Versuche',
    error: 'Letzter Fehler',
    created: 'Erstellt',
  },
  {
    intro: 'Emails that could not be delivered after every attempt, newest first. Check the address or the mail server.',
    caption: 'Failed deliveries ({count, plural, one {# email} other {# emails}})',
    empty: 'No failed deliveries.',
    recipient: 'Recipient',
    template: 'Kind of email',
    attempts: 'Attempts',
    error: 'Last error',
    created: 'Created',
  },
);

const DeliveriesQuery = graphql(`
  query WebFailedDeliveries($after: String) {
    failedDeliveries(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id recipient template attempts lastError createdAt } }
    }
  }
`);

async function deliveries(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const { failedDeliveries: d } = await ctx.load(DeliveriesQuery, { after: ctx.query('nach') ?? null });
  return coordinatorPage(
    ctx,
    s('deliveries'),
    <>
      <p class="kern-body">{t('intro')}</p>
      {d.totalCount === 0 ? (
        <p class="kern-body">{t('empty')}</p>
      ) : (
        <Table
          captionId="zustellungen-titel"
          caption={t('caption', { count: d.totalCount })}
          columns={[{ label: t('recipient') }, { label: t('template') }, { label: t('attempts'), numeric: true }, { label: t('error') }, { label: t('created') }]}
          rows={d.edges.map(({ node }) => [node.recipient, node.template, String(node.attempts), node.lastError ?? s('none'), formatDateTime(ctx.locale, node.createdAt)])}
        />
      )}
      <Pagination locale={ctx.locale} basePath="/koordination/zustellungen" params={searchParams(ctx)} endCursor={d.pageInfo.endCursor} hasNextPage={d.pageInfo.hasNextPage} />
    </>,
  );
}

export const deliveryRoutes = [get('/koordination/zustellungen', deliveries)];
