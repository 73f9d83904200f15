import { CsrfField, FieldErrors, fieldErrors, SelectField, SubmitButton, TextArea } from '../../components/form';
import { labels } from '../../components/labels';
import { Badge, Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import type { ApplicationStatus } from '../../graphql/generated/graphql';
import { formatDateTime, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, idParam, isBadInput, param, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Anträge auf Mitgliedschaft, der älteste zuerst. Annehmen macht die Kommune zum Mitglied und lädt die antragstellende Person als Digitalbeauftragte/n ein.',
    status: 'Status',
    status_APPLIED: 'Offen',
    status_APPROVED: 'Angenommen',
    status_DECLINED: 'Abgelehnt',
    caption: 'Mitgliedsanträge ({count, plural, one {# Antrag} other {# Anträge}})',
    empty: 'Keine Anträge.',
    municipality: 'Kommune',
    kind: 'Art',
    state: 'Land',
    applicant: 'Antragsteller/in',
    email: 'E-Mail-Adresse',
    received: 'Eingegangen',
    title: 'Mitgliedsantrag: {name}',
    ags: 'Amtlicher Gemeindeschlüssel',
    notInDirectory: 'nicht im Verzeichnis – bitte prüfen, ob es die Körperschaft gibt',
    website: 'Website',
    motivation: 'Begründung des Antrags',
    decidedAt: 'Entschieden am',
    decisionComment: 'Kommentar zur Entscheidung',
    decision: 'Entscheidung',
    comment: 'Kommentar',
    commentHint: 'Erfährt die antragstellende Person. Pflicht bei einer Ablehnung.',
    approve: 'Antrag annehmen',
    decline: 'Antrag ablehnen',
    commentRequired: 'Bitte begründen Sie die Ablehnung.',
    approved: 'Der Antrag ist angenommen: {name} ist Mitglied, {email} ist als Digitalbeauftragte/r eingeladen.',
    declined: 'Der Antrag von {name} ist abgelehnt.',
    back: 'Alle Anträge',
  },
  {
    intro: 'Membership applications, oldest first. Approving makes the municipality a member and invites the applicant as its digital officer.',
    status: 'Status',
    status_APPLIED: 'Open',
    status_APPROVED: 'Approved',
    status_DECLINED: 'Declined',
    caption: 'Membership applications ({count, plural, one {# application} other {# applications}})',
    empty: 'No applications.',
    municipality: 'Municipality',
    kind: 'Kind',
    state: 'State',
    applicant: 'Applicant',
    email: 'Email address',
    received: 'Received',
    title: 'Membership application: {name}',
    ags: 'Official municipality key',
    notInDirectory: 'not in the directory – please check that the body exists',
    website: 'Website',
    motivation: 'Motivation',
    decidedAt: 'Decided on',
    decisionComment: 'Comment on the decision',
    decision: 'Decision',
    comment: 'Comment',
    commentHint: 'The applicant reads it. Required when declining.',
    approve: 'Approve application',
    decline: 'Decline application',
    commentRequired: 'Please give a reason for declining.',
    approved: 'The application is approved: {name} is a member, {email} is invited as digital officer.',
    declined: 'The application of {name} is declined.',
    back: 'All applications',
  },
);
type Key = keyof typeof m.de;
const STATUSES = ['APPLIED', 'APPROVED', 'DECLINED'] as const;


const ApplicationsQuery = graphql(`
  query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {
    membershipApplications(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment
          municipality { slug status }
        }
      }
    }
  }
`);

const ApplicationQuery = graphql(`
  query WebApplication($id: ID!) {
    membershipApplication(id: $id) {
      id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment
    }
  }
`);

const DecideMutation = graphql(`
  mutation WebDecideApplication($id: ID!, $approve: Boolean!, $comment: String) {
    decideMembershipApplication(id: $id, approve: $approve, comment: $comment) { id status municipalityName applicantEmail }
  }
`);

async function list(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const l = translator(labels, ctx.locale);
  const raw = ctx.query('status') ?? 'APPLIED';
  const status = (STATUSES as readonly string[]).includes(raw) ? (raw as ApplicationStatus) : null;
  const data = await ctx.load(ApplicationsQuery, { status, first: 20, after: ctx.query('nach') ?? null });
  const a = data.membershipApplications;
  return coordinatorPage(
    ctx,
    s('applications'),
    <>
      <p class="kern-body">{t('intro')}</p>
      <form method="get" action="/koordination/antraege" class="ik-filters" aria-label={s('filter')} noValidate>
        <SelectField
          name="status"
          label={t('status')}
          value={status ?? 'ALLE'}
          required
          options={[...STATUSES.map((v) => ({ value: v, label: t(`status_${v}` as Key) })), { value: 'ALLE', label: s('all') }]}
          locale={ctx.locale}
        />
        <div class="ik-actions"><SubmitButton variant="secondary">{s('filter')}</SubmitButton></div>
      </form>
      {a.totalCount === 0 ? (
        <p class="kern-body">{t('empty')}</p>
      ) : (
        <Table
          captionId="antraege-titel"
          caption={t('caption', { count: a.totalCount })}
          columns={[{ label: t('municipality') }, { label: t('kind') }, { label: t('state') }, { label: t('applicant') }, { label: t('received') }, { label: t('status') }]}
          rows={a.edges.map(({ node }) => [
            <a class="kern-link" href={`/koordination/antraege/${node.id}`}>{node.municipalityName}</a>,
            node.partnerKind ? l(`partnerKind_${node.partnerKind}`) : l(`kind_${node.kind}`),
            node.state,
            node.applicantName,
            formatDateTime(ctx.locale, node.createdAt),
            t(`status_${node.status}` as Key),
          ])}
        />
      )}
      <Pagination locale={ctx.locale} basePath="/koordination/antraege" params={searchParams(ctx)} endCursor={a.pageInfo.endCursor} hasNextPage={a.pageInfo.hasNextPage} />
    </>,
  );
}

async function detail(ctx: WebContext, values: { kommentar: string } = { kommentar: '' }, errors: FieldErrors = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const { membershipApplication: app } = await ctx.load(ApplicationQuery, { id: idParam(ctx, 'id') });
  return coordinatorPage(
    ctx,
    t('title', { name: app.municipalityName }),
    <>
      <p><Badge tone={app.status === 'APPLIED' ? 'warning' : app.status === 'APPROVED' ? 'success' : 'danger'} label={t(`status_${app.status}` as Key)} /></p>
      <dl class="ik-facts kern-body">
        <dt>{t('municipality')}</dt><dd>{app.municipalityName}</dd>
        <dt>{t('kind')}</dt><dd>{app.partnerKind ? l(`partnerKind_${app.partnerKind}`) : l(`kind_${app.kind}`)}</dd>
        <dt>{t('state')}</dt><dd>{app.state}</dd>
        <dt>{t('ags')}</dt><dd>{app.ags ?? t('notInDirectory')}</dd>
        {app.website ? (<><dt>{t('website')}</dt><dd><a class="kern-link" href={app.website}>{app.website}</a></dd></>) : null}
        <dt>{t('applicant')}</dt><dd>{app.applicantName}</dd>
        <dt>{t('email')}</dt><dd><a class="kern-link" href={`mailto:${app.applicantEmail}`}>{app.applicantEmail}</a></dd>
        <dt>{t('received')}</dt><dd>{formatDateTime(ctx.locale, app.createdAt)}</dd>
        {app.decidedAt ? (<><dt>{t('decidedAt')}</dt><dd>{formatDateTime(ctx.locale, app.decidedAt)}</dd></>) : null}
        {app.decisionComment ? (<><dt>{t('decisionComment')}</dt><dd>{app.decisionComment}</dd></>) : null}
      </dl>
      <section aria-labelledby="begruendung" class="ik-stack">
        <h2 class="kern-heading-medium" id="begruendung">{t('motivation')}</h2>
        <p class="kern-body ik-prose ik-diff__text">{app.motivation}</p>
      </section>
      {app.status === 'APPLIED' ? (
        <section aria-labelledby="entscheidung" class="ik-stack">
          <h2 class="kern-heading-medium" id="entscheidung">{t('decision')}</h2>
          <form method="post" action={`/koordination/antraege/${app.id}`} class="ik-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <TextArea name="kommentar" label={t('comment')} hint={t('commentHint')} rows={4} maxLength={2000} value={values.kommentar} error={errors.kommentar} locale={ctx.locale} />
            <div class="ik-actions">
              <SubmitButton name="entscheidung" value="annehmen">{t('approve')}</SubmitButton>
              <SubmitButton name="entscheidung" value="ablehnen" variant="secondary">{t('decline')}</SubmitButton>
            </div>
          </form>
        </section>
      ) : null}
      <p><a class="kern-link" href="/koordination/antraege">{t('back')}</a></p>
    </>,
    errors,
    { kommentar: t('comment') },
  );
}

async function decide(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const id = param(ctx, 'id');
  const approve = ctx.field('entscheidung') === 'annehmen';
  const comment = ctx.field('kommentar');
  if (!approve && !comment.trim()) return detail(ctx, { kommentar: comment }, { kommentar: t('commentRequired') });
  const result = await ctx.api(DecideMutation, { id, approve, comment: comment.trim() || null });
  const decided = result.data?.decideMembershipApplication;
  if (!decided) {
    if (isBadInput(result.errors)) return detail(ctx, { kommentar: comment }, fieldErrors(result.errors, ctx.locale, { comment: 'kommentar', id: '_form' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(
    `/koordination/antraege/${id}`,
    approve ? t('approved', { name: decided.municipalityName, email: decided.applicantEmail }) : t('declined', { name: decided.municipalityName }),
  );
}

export const applicationRoutes = [get('/koordination/antraege', list), get('/koordination/antraege/:id', (ctx) => detail(ctx)), post('/koordination/antraege/:id', decide)];
