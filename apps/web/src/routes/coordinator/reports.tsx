import { CsrfField, FieldErrors, fieldErrors, SelectField, SubmitButton, TextArea } from '../../components/form';
import { labels } from '../../components/labels';
import { Badge, Pagination } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import type { ReportStatus } from '../../graphql/generated/graphql';
import { formatDateTime, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, isBadInput, param, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Gemeldete Inhalte, die älteste Meldung zuerst. Archivieren nimmt den Inhalt aus den Listen; Verwerfen lässt ihn stehen.',
    status: 'Status',
    status_OPEN: 'Offen',
    status_RESOLVED: 'Erledigt (archiviert)',
    status_DISMISSED: 'Verworfen',
    count: '{count, plural, =0 {Keine Meldungen} one {# Meldung} other {# Meldungen}}',
    reason: 'Grund',
    reason_SPAM: 'Spam',
    reason_OFFENSIVE: 'Beleidigend',
    reason_INCORRECT: 'Fehlerhaft',
    reason_OTHER: 'Sonstiges',
    note: 'Hinweis der meldenden Person',
    reporter: 'Gemeldet von',
    reportedAt: 'Gemeldet am',
    type_CaseStudy: 'Praxisbeispiel',
    type_Event: 'Veranstaltung',
    contentStatus: 'Status des Inhalts',
    resolution: 'Entscheidung',
    resolvedAt: 'Entschieden am',
    decisionNote: 'Begründung',
    decisionHint: 'Erscheint im Prüfprotokoll.',
    archive: 'Inhalt archivieren',
    dismiss: 'Meldung verwerfen',
    archived: 'Der Inhalt „{title}“ ist archiviert, die Meldung erledigt.',
    dismissed: 'Die Meldung zu „{title}“ ist verworfen.',
    none: 'keiner',
    formerMember: 'ehemaliges Mitglied',
  },
  {
    intro: 'Reported content, oldest report first. Archiving takes the content off the lists; dismissing leaves it.',
    status: 'Status',
    status_OPEN: 'Open',
    status_RESOLVED: 'Resolved (archived)',
    status_DISMISSED: 'Dismissed',
    count: '{count, plural, =0 {No reports} one {# report} other {# reports}}',
    reason: 'Reason',
    reason_SPAM: 'Spam',
    reason_OFFENSIVE: 'Offensive',
    reason_INCORRECT: 'Incorrect',
    reason_OTHER: 'Other',
    note: 'Note of the reporter',
    reporter: 'Reported by',
    reportedAt: 'Reported on',
    type_CaseStudy: 'Case study',
    type_Event: 'Event',
    contentStatus: 'Status of the content',
    resolution: 'Decision',
    resolvedAt: 'Decided on',
    decisionNote: 'Reason',
    decisionHint: 'Appears in the audit log.',
    archive: 'Archive the content',
    dismiss: 'Dismiss the report',
    archived: 'The content “{title}” is archived, the report resolved.',
    dismissed: 'The report on “{title}” is dismissed.',
    none: 'none',
    formerMember: 'former member',
  },
);
type Key = keyof typeof m.de;

const STATUSES = ['OPEN', 'RESOLVED', 'DISMISSED'] as const;

const ReportsQuery = graphql(`
  query WebReports($status: ReportStatus, $after: String) {
    reports(status: $status, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id reason note status resolution createdAt resolvedAt subjectType subjectId
          reporter { displayName email }
          subject {
            __typename
            ... on CaseStudy { slug title status municipality { name } }
            ... on Event { id title status organiser { name } }
          }
        }
      }
    }
  }
`);

const ResolveMutation = graphql(`
  mutation WebResolveReport($id: ID!, $action: ReportAction!, $note: String) {
    resolveReport(id: $id, action: $action, note: $note) { id status }
  }
`);

async function list(ctx: WebContext, errors: FieldErrors = {}, values: Record<string, string> = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const raw = ctx.query('status') ?? 'OPEN';
  const status = (STATUSES as readonly string[]).includes(raw) ? (raw as ReportStatus) : null;
  const data = await ctx.load(ReportsQuery, { status, after: ctx.query('nach') ?? null });
  const r = data.reports;
  const l = translator(labels, ctx.locale);
  return coordinatorPage(
    ctx,
    s('reports'),
    <>
      <p class="kern-body">{t('intro')}</p>
      <form method="get" action="/koordination/meldungen" class="ik-filters" aria-label={s('filter')} noValidate>
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
      <p class="kern-body" role="status">{t('count', { count: r.totalCount })}</p>
      <ul class="ik-stack ik-plain-list">
        {r.edges.map(({ node }) => {
          const subject = node.subject;
          const href = subject.__typename === 'CaseStudy' ? `/praxisbeispiele/${subject.slug}` : `/veranstaltungen/${subject.id}`;
          const owner = subject.__typename === 'CaseStudy' ? subject.municipality.name : subject.organiser.name;
          const headingId = `meldung-${node.id}`;
          const noteField = `begruendung-${node.id}`;
          return (
            <li key={node.id}>
              <article class="ik-card" aria-labelledby={headingId}>
                <h2 class="kern-heading-small" id={headingId}>
                  <a class="kern-link" href={href}>{subject.title}</a>
                </h2>
                <p class="ik-meta">
                  <span>{t(`type_${node.subjectType}` as Key)}</span>
                  <span>{owner}</span>
                  <span><Badge tone={node.status === 'OPEN' ? 'warning' : 'info'} label={t(`status_${node.status}` as Key)} /></span>
                </p>
                <dl class="ik-facts kern-body">
                  <dt>{t('reason')}</dt><dd>{t(`reason_${node.reason}` as Key)}</dd>
                  <dt>{t('note')}</dt><dd>{node.note ?? t('none')}</dd>
                  <dt>{t('reporter')}</dt>
                  <dd>{node.reporter ? <>{node.reporter.displayName}{node.reporter.email ? <> (<a class="kern-link" href={`mailto:${node.reporter.email}`}>{node.reporter.email}</a>)</> : null}</> : t('formerMember')}</dd>
                  <dt>{t('reportedAt')}</dt><dd>{formatDateTime(ctx.locale, node.createdAt)}</dd>
                  <dt>{t('contentStatus')}</dt><dd>{l(`status_${subject.status}`)}</dd>
                  {node.resolution ? (<><dt>{t('resolution')}</dt><dd>{node.resolution}</dd></>) : null}
                  {node.resolvedAt ? (<><dt>{t('resolvedAt')}</dt><dd>{formatDateTime(ctx.locale, node.resolvedAt)}</dd></>) : null}
                </dl>
                {node.status === 'OPEN' ? (
                  <form method="post" action={`/koordination/meldungen/${node.id}`} class="ik-form" noValidate>
                    <CsrfField token={ctx.csrfToken} />
                    <input type="hidden" name="titel" value={subject.title} />
                    <TextArea name={noteField} label={t('decisionNote')} hint={t('decisionHint')} rows={2} maxLength={2000} value={values[noteField] ?? ''} error={errors[noteField]} locale={ctx.locale} />
                    <div class="ik-actions">
                      <SubmitButton name="aktion" value="ARCHIVE">{t('archive')}</SubmitButton>
                      <SubmitButton name="aktion" value="DISMISS" variant="secondary">{t('dismiss')}</SubmitButton>
                    </div>
                  </form>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
      <Pagination locale={ctx.locale} basePath="/koordination/meldungen" params={searchParams(ctx)} endCursor={r.pageInfo.endCursor} hasNextPage={r.pageInfo.hasNextPage} />
    </>,
    errors,
  );
}

async function resolve(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const id = param(ctx, 'id');
  const action = ctx.field('aktion') === 'ARCHIVE' ? 'ARCHIVE' : 'DISMISS';
  const noteField = `begruendung-${id}`;
  const note = ctx.field(noteField);
  const title = ctx.field('titel').slice(0, 200);
  const result = await ctx.api(ResolveMutation, { id, action, note: note.trim() || null });
  if (result.errors.length > 0) {
    if (isBadInput(result.errors)) return list(ctx, fieldErrors(result.errors, ctx.locale, { note: noteField, id: '_form' }), { [noteField]: note });
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/koordination/meldungen', action === 'ARCHIVE' ? t('archived', { title }) : t('dismissed', { title }));
}

export const reportRoutes = [get('/koordination/meldungen', (ctx) => list(ctx)), post('/koordination/meldungen/:id', resolve)];
