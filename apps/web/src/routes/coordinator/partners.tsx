import { ActionForm, CsrfField, FieldErrors, fieldErrors, SubmitButton, TextField } from '../../components/form';
import { labels } from '../../components/labels';
import { Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { formatDate, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, isBadInput, param, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Partnerorganisationen aus Wissenschaft, Wirtschaft und Zivilgesellschaft. Eine ausgesetzte Organisation bleibt sichtbar; ihre Partnerbeauftragten können das Profil nicht mehr ändern. Anträge entscheiden Sie unter „Anträge“.',
    caption: 'Partnerorganisationen ({count, plural, one {# Organisation} other {# Organisationen}})',
    status_ACTIVE: 'Aktiv',
    status_SUSPENDED: 'Ausgesetzt',
    status_APPLIED: 'Beantragt',
    status_LEFT: 'Ausgetreten',
    name: 'Name',
    kind: 'Art',
    status: 'Status',
    joined: 'Mitglied seit',
    actions: 'Aktionen',
    reason: 'Grund der Aussetzung für {name}',
    suspend: 'Aussetzen',
    reinstate: 'Wieder aufnehmen',
    reasonRequired: 'Bitte nennen Sie den Grund der Aussetzung.',
    suspended: '{name} ist ausgesetzt.',
    reinstated: '{name} ist wieder aktiv.',
  },
  {
    intro: 'Partner organisations from science, business and civil society. A suspended organisation stays visible; its partner officers can no longer change the profile. Decide applications under “Applications”.',
    caption: 'Partner organisations ({count, plural, one {# organisation} other {# organisations}})',
    status_ACTIVE: 'Active',
    status_SUSPENDED: 'Suspended',
    status_APPLIED: 'Applied',
    status_LEFT: 'Left',
    name: 'Name',
    kind: 'Kind',
    status: 'Status',
    joined: 'Member since',
    actions: 'Actions',
    reason: 'Reason for suspending {name}',
    suspend: 'Suspend',
    reinstate: 'Reinstate',
    reasonRequired: 'Please give the reason for the suspension.',
    suspended: '{name} is suspended.',
    reinstated: '{name} is active again.',
  },
);
type Key = keyof typeof m.de;
const PATH = '/koordination/partner';

const PartnersQuery = graphql(`
  query WebCoordinatorPartners($after: String) {
    partners(filter: { statuses: [ACTIVE, SUSPENDED, APPLIED, LEFT] }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id slug name kind status joinedAt } }
    }
  }
`);
const SuspendMutation = graphql(`
  mutation WebSuspendPartner($id: ID!, $reason: String!) { suspendPartner(id: $id, reason: $reason) { id name status } }
`);
const ReinstateMutation = graphql(`
  mutation WebReinstatePartner($id: ID!) { reinstatePartner(id: $id) { id name status } }
`);

async function list(ctx: WebContext, errors: FieldErrors = {}, values: Record<string, string> = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const l = translator(labels, ctx.locale);
  const partners = (await ctx.load(PartnersQuery, { after: ctx.query('nach') ?? null })).partners;
  return coordinatorPage(
    ctx,
    s('partners'),
    <>
      <p class="kern-body">{t('intro')}</p>
      <Table
        captionId="partner-titel"
        caption={t('caption', { count: partners.totalCount })}
        columns={[{ label: t('name') }, { label: t('kind') }, { label: t('status') }, { label: t('joined') }, { label: t('actions') }]}
        rows={partners.edges.map(({ node }) => {
          const field = `grund-${node.id}`;
          return [
            <a class="kern-link" href={`/partner/${node.slug}`}>{node.name}</a>,
            l(`partnerKind_${node.kind}`),
            t(`status_${node.status}` as Key),
            node.joinedAt ? formatDate(ctx.locale, node.joinedAt) : s('none'),
            node.status === 'ACTIVE' ? (
              <form method="post" action={`${PATH}/${node.id}/aussetzen`} class="ik-row-form" noValidate>
                <CsrfField token={ctx.csrfToken} />
                <TextField name={field} label={t('reason', { name: node.name })} value={values[field] ?? ''} maxLength={2000} required error={errors[field]} locale={ctx.locale} />
                <SubmitButton variant="secondary">{t('suspend')}</SubmitButton>
              </form>
            ) : node.status === 'SUSPENDED' ? (
              <ActionForm action={`${PATH}/${node.id}/wiederaufnehmen`} csrf={ctx.csrfToken} label={t('reinstate')} />
            ) : (
              s('none')
            ),
          ];
        })}
      />
      <Pagination locale={ctx.locale} basePath={PATH} params={searchParams(ctx)} endCursor={partners.pageInfo.endCursor} hasNextPage={partners.pageInfo.hasNextPage} />
    </>,
    errors,
  );
}

async function suspend(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const id = param(ctx, 'id');
  const field = `grund-${id}`;
  const reason = ctx.field(field);
  if (!reason.trim()) return list(ctx, { [field]: t('reasonRequired') }, { [field]: reason });
  const result = await ctx.api(SuspendMutation, { id, reason });
  const done = result.data?.suspendPartner;
  if (!done) {
    if (isBadInput(result.errors)) return list(ctx, fieldErrors(result.errors, ctx.locale, { reason: field, id: '_form' }), { [field]: reason });
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(PATH, t('suspended', { name: done.name }));
}

async function reinstate(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const result = await ctx.api(ReinstateMutation, { id: param(ctx, 'id') });
  const done = result.data?.reinstatePartner;
  if (!done) {
    if (isBadInput(result.errors)) return list(ctx, fieldErrors(result.errors, ctx.locale, { id: '_form' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(PATH, t('reinstated', { name: done.name }));
}

export const partnerRoutes = [
  get(PATH, (ctx) => list(ctx)),
  post(`${PATH}/:id/aussetzen`, suspend),
  post(`${PATH}/:id/wiederaufnehmen`, reinstate),
];
