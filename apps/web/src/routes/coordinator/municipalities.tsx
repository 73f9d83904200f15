import { ActionForm, CsrfField, FieldErrors, fieldErrors, SelectField, SubmitButton, TextField } from '../../components/form';
import { labels } from '../../components/labels';
import { Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import type { MembershipStatus } from '../../graphql/generated/graphql';
import { formatDate, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, isBadInput, param, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Mitgliedskommunen des Netzwerks. Eine ausgesetzte Kommune behält ihre veröffentlichten Inhalte; ihre Digitalbeauftragten verlieren die Schreibrechte.',
    search: 'Name',
    status: 'Status',
    status_ACTIVE: 'Aktiv',
    status_SUSPENDED: 'Ausgesetzt',
    status_APPLIED: 'Beantragt',
    status_LEFT: 'Ausgetreten',
    activeAndSuspended: 'Aktiv und ausgesetzt',
    caption: 'Kommunen ({count, plural, one {# Kommune} other {# Kommunen}})',
    name: 'Name',
    kind: 'Art',
    state: 'Land',
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
    intro: 'Member municipalities of the network. A suspended municipality keeps its published content; its digital officers lose write access.',
    search: 'Name',
    status: 'Status',
    status_ACTIVE: 'Active',
    status_SUSPENDED: 'Suspended',
    status_APPLIED: 'Applied',
    status_LEFT: 'Left',
    activeAndSuspended: 'Active and suspended',
    caption: 'Municipalities ({count, plural, one {# municipality} other {# municipalities}})',
    name: 'Name',
    kind: 'Kind',
    state: 'State',
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
const STATUSES = ['ACTIVE', 'SUSPENDED', 'APPLIED', 'LEFT'] as const;

const MunicipalitiesQuery = graphql(`
  query WebCoordinatorMunicipalities($filter: MunicipalityFilterInput, $after: String) {
    municipalities(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id slug name kind state status joinedAt } }
    }
  }
`);

const SuspendMutation = graphql(`
  mutation WebSuspendMunicipality($id: ID!, $reason: String!) { suspendMunicipality(id: $id, reason: $reason) { id name status } }
`);
const ReinstateMutation = graphql(`
  mutation WebReinstateMunicipality($id: ID!) { reinstateMunicipality(id: $id) { id name status } }
`);

async function list(ctx: WebContext, errors: FieldErrors = {}, values: Record<string, string> = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const l = translator(labels, ctx.locale);
  const search = ctx.query('suche')?.trim() ?? '';
  const raw = ctx.query('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(raw) ? (raw as MembershipStatus) : null;
  const filter = { ...(search ? { search } : {}), ...(status ? { statuses: [status] } : {}) };
  const data = await ctx.load(MunicipalitiesQuery, { filter, after: ctx.query('nach') ?? null });
  const list = data.municipalities;
  return coordinatorPage(
    ctx,
    s('municipalities'),
    <>
      <p class="kern-body">{t('intro')}</p>
      <form method="get" action="/koordination/kommunen" class="ik-filters" role="search" aria-label={s('filter')} noValidate>
        <TextField name="suche" type="search" label={t('search')} value={search} locale={ctx.locale} />
        <SelectField
          name="status"
          label={t('status')}
          value={status ?? ''}
          required
          options={[{ value: '', label: t('activeAndSuspended') }, ...STATUSES.map((v) => ({ value: v, label: t(`status_${v}` as Key) }))]}
          locale={ctx.locale}
        />
        <div class="ik-actions"><SubmitButton variant="secondary">{s('filter')}</SubmitButton></div>
      </form>
      <Table
        captionId="kommunen-titel"
        caption={t('caption', { count: list.totalCount })}
        columns={[{ label: t('name') }, { label: t('kind') }, { label: t('state') }, { label: t('status') }, { label: t('joined') }, { label: t('actions') }]}
        rows={list.edges.map(({ node }) => {
          const field = `grund-${node.id}`;
          return [
            <a class="kern-link" href={`/kommunen/${node.slug}`}>{node.name}</a>,
            l(`kind_${node.kind}`),
            node.state,
            t(`status_${node.status}` as Key),
            node.joinedAt ? formatDate(ctx.locale, node.joinedAt) : s('none'),
            node.status === 'ACTIVE' ? (
              <form method="post" action={`/koordination/kommunen/${node.id}/aussetzen`} class="ik-row-form" noValidate>
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="name" value={node.name} />
                <TextField name={field} label={t('reason', { name: node.name })} value={values[field] ?? ''} maxLength={2000} required error={errors[field]} locale={ctx.locale} />
                <SubmitButton variant="secondary">{t('suspend')}</SubmitButton>
              </form>
            ) : node.status === 'SUSPENDED' ? (
              <ActionForm action={`/koordination/kommunen/${node.id}/wiederaufnehmen`} csrf={ctx.csrfToken} label={t('reinstate')} hidden={{ name: node.name }} />
            ) : (
              s('none')
            ),
          ];
        })}
      />
      <Pagination locale={ctx.locale} basePath="/koordination/kommunen" params={searchParams(ctx)} endCursor={list.pageInfo.endCursor} hasNextPage={list.pageInfo.hasNextPage} />
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
  const done = result.data?.suspendMunicipality;
  if (!done) {
    if (isBadInput(result.errors)) return list(ctx, fieldErrors(result.errors, ctx.locale, { reason: field, id: '_form' }), { [field]: reason });
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/koordination/kommunen', t('suspended', { name: done.name }));
}

async function reinstate(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const result = await ctx.api(ReinstateMutation, { id: param(ctx, 'id') });
  const done = result.data?.reinstateMunicipality;
  if (!done) {
    if (isBadInput(result.errors)) return list(ctx, fieldErrors(result.errors, ctx.locale, { id: '_form' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/koordination/kommunen', t('reinstated', { name: done.name }));
}

export const municipalityRoutes = [
  get('/koordination/kommunen', (ctx) => list(ctx)),
  post('/koordination/kommunen/:id/aussetzen', suspend),
  post('/koordination/kommunen/:id/wiederaufnehmen', reinstate),
];
