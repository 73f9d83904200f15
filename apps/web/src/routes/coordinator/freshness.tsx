import { Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { formatDate, messages } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Praxisbeispiele, deren Eigentümer die jährliche Frage „Läuft das noch?“ auch nach zwei Erinnerungen nicht beantwortet haben, am längsten offene zuerst. Fragen Sie bei der Kommune nach.',
    caption: 'Unbeantwortete Aktualitätsabfragen ({count, plural, one {# Praxisbeispiel} other {# Praxisbeispiele}})',
    empty: 'Keine unbeantworteten Aktualitätsabfragen.',
    item: 'Praxisbeispiel',
    owner: 'Kommune',
    asked: 'Gefragt am',
    reminders: 'Erinnerungen',
  },
  {
    intro: 'Case studies whose owners have not answered the yearly question "Is this still running?" even after two reminders, longest open first. Follow up with the municipality.',
    caption: 'Unanswered freshness checks ({count, plural, one {# case study} other {# case studies}})',
    empty: 'No unanswered freshness checks.',
    item: 'Case study',
    owner: 'Municipality',
    asked: 'Asked on',
    reminders: 'Reminders',
  },
);

const OverdueQuery = graphql(`
  query WebFreshnessOverdue($after: String) {
    freshnessOverdue(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title slug municipalityName askedAt reminders } }
    }
  }
`);

/** "Aktualität": the freshness checks unanswered after both reminders (ADR 0028). */
async function overdue(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const { freshnessOverdue: d } = await ctx.load(OverdueQuery, { after: ctx.query('nach') ?? null });
  return coordinatorPage(
    ctx,
    s('freshness'),
    <>
      <p class="kern-body">{t('intro')}</p>
      {d.totalCount === 0 ? (
        <p class="kern-body">{t('empty')}</p>
      ) : (
        <Table
          captionId="aktualitaet-titel"
          caption={t('caption', { count: d.totalCount })}
          columns={[{ label: t('item') }, { label: t('owner') }, { label: t('asked') }, { label: t('reminders'), numeric: true }]}
          rows={d.edges.map(({ node }) => [
            <a class="kern-link" href={`/praxisbeispiele/${encodeURIComponent(node.slug)}`}>{node.title}</a>,
            node.municipalityName,
            formatDate(ctx.locale, node.askedAt),
            String(node.reminders),
          ])}
        />
      )}
      <Pagination locale={ctx.locale} basePath="/koordination/aktualitaet" params={searchParams(ctx)} endCursor={d.pageInfo.endCursor} hasNextPage={d.pageInfo.hasNextPage} />
    </>,
  );
}

export const freshnessRoutes = [get('/koordination/aktualitaet', overdue)];
