import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextArea, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { ReportReason } from '../../graphql/generated/graphql';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';
import { requireMemberFor } from './guard';

const m = messages(
  {
    title: 'Inhalt melden',
    intro: 'Stimmt an „{title}“ etwas nicht? Die Koordinierungsstelle sieht sich Ihre Meldung an und entscheidet, ob der Inhalt bleibt. Ihr Name wird den Autorinnen und Autoren nicht genannt.',
    kindCaseStudy: 'Praxisbeispiel',
    kindEvent: 'Veranstaltung',
    reason: 'Grund der Meldung',
    reasonRequired: 'Bitte wählen Sie einen Grund.',
    SPAM: 'Werbung oder Spam',
    OFFENSIVE: 'Beleidigend oder unangemessen',
    INCORRECT: 'Falsch oder veraltet',
    OTHER: 'Anderer Grund',
    note: 'Hinweis für die Koordinierungsstelle',
    noteHint: 'Was genau stimmt nicht? Höchstens 2.000 Zeichen.',
    noteTooLong: 'Bitte fassen Sie sich kürzer (höchstens 2.000 Zeichen).',
    submit: 'Meldung senden',
    cancel: 'Abbrechen und zurück',
    thanks: 'Danke, die Koordinierungsstelle prüft Ihre Meldung.',
  },
  {
    title: 'Report content',
    intro: 'Is something wrong with “{title}”? The coordination office looks at your report and decides whether the content stays. Your name is not shown to the authors.',
    kindCaseStudy: 'Case study',
    kindEvent: 'Event',
    reason: 'Reason for the report',
    reasonRequired: 'Please choose a reason.',
    SPAM: 'Advertising or spam',
    OFFENSIVE: 'Offensive or inappropriate',
    INCORRECT: 'Wrong or out of date',
    OTHER: 'Other reason',
    note: 'Note for the coordination office',
    noteHint: 'What exactly is wrong? At most 2,000 characters.',
    noteTooLong: 'Please keep it shorter (at most 2,000 characters).',
    submit: 'Send report',
    cancel: 'Cancel and go back',
    thanks: 'Thank you, the coordination office will review your report.',
  },
);

const REASONS: readonly ReportReason[] = ['SPAM', 'OFFENSIVE', 'INCORRECT', 'OTHER'];
const NOTE_MAX = 2000;

const CaseStudySubjectQuery = graphql(`
  query WebReportCaseStudy($slug: String!) {
    caseStudy(slug: $slug) { id slug title }
  }
`);

const EventSubjectQuery = graphql(`
  query WebReportEvent($id: ID!) {
    event(id: $id) { id title }
  }
`);

const ReportMutation = graphql(`
  mutation WebReportContent($subjectId: ID!, $reason: ReportReason!, $note: String) {
    reportContent(subjectId: $subjectId, reason: $reason, note: $note) { id }
  }
`);

interface Subject {
  id: string;
  title: string;
  /** The page of the item, where the reporter goes back to. */
  path: string;
  /** The query parameter that names it (praxisbeispiel=… or veranstaltung=…). */
  param: { name: 'praxisbeispiel' | 'veranstaltung'; value: string };
  kind: 'kindCaseStudy' | 'kindEvent';
}

/** The reported item, from `praxisbeispiel` (slug) or `veranstaltung` (id) in the query or form. */
async function subject(ctx: WebContext): Promise<Subject> {
  const slug = ctx.query('praxisbeispiel') ?? ctx.field('praxisbeispiel');
  const eventId = ctx.query('veranstaltung') ?? ctx.field('veranstaltung');
  if (slug) {
    const { caseStudy } = await ctx.load(CaseStudySubjectQuery, { slug });
    return { id: caseStudy.id, title: caseStudy.title, path: `/praxisbeispiele/${caseStudy.slug}`, param: { name: 'praxisbeispiel', value: caseStudy.slug }, kind: 'kindCaseStudy' };
  }
  // Event ids are UUIDs; anything else is a page that does not exist.
  if (eventId && /^[0-9a-f-]{36}$/i.test(eventId)) {
    const { event } = await ctx.load(EventSubjectQuery, { id: eventId });
    return { id: event.id, title: event.title, path: `/veranstaltungen/${event.id}`, param: { name: 'veranstaltung', value: event.id }, kind: 'kindEvent' };
  }
  throw new OutcomeError({ kind: 'status', status: 404 });
}

async function form(ctx: WebContext, values: { reason: string; note: string } = { reason: '', note: '' }, errors: FieldErrors = {}): Promise<Outcome> {
  await ctx.require('MEMBER');
  const t = ctx.tr(m);
  const item = await subject(ctx);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('title'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <div class="ik-form">
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ grund: t('reason'), notiz: t('note') }} />
        <p class="ik-meta">
          <span>{t(item.kind)}</span>
          <a class="kern-link" href={item.path}>{item.title}</a>
        </p>
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body">{t('intro', { title: item.title })}</p>
        <form method="post" action="/melden" class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name={item.param.name} value={item.param.value} />
          <ChoiceGroup name="grund" legend={t('reason')} type="radio" error={errors.grund} selected={[values.reason]} options={REASONS.map((r) => ({ value: r, label: t(r) }))} />
          <TextArea name="notiz" label={t('note')} hint={t('noteHint')} value={values.note} maxLength={NOTE_MAX} rows={5} error={errors.notiz} locale={ctx.locale} />
          <div class="ik-actions">
            <SubmitButton>{t('submit')}</SubmitButton>
            <a class="kern-link" href={item.path}>{t('cancel')}</a>
          </div>
        </form>
      </div>
    ),
  };
}

async function submit(ctx: WebContext): Promise<Outcome> {
  const slug = ctx.field('praxisbeispiel');
  const eventId = ctx.field('veranstaltung');
  const page = slug ? `/melden?praxisbeispiel=${encodeURIComponent(slug)}` : eventId ? `/melden?veranstaltung=${encodeURIComponent(eventId)}` : '/';
  await requireMemberFor(ctx, page);
  const t = ctx.tr(m);
  const reason = ctx.field('grund');
  const note = ctx.field('notiz');
  const values = { reason, note };
  const errors: FieldErrors = {};
  if (!(REASONS as readonly string[]).includes(reason)) errors.grund = t('reasonRequired');
  if (note.length > NOTE_MAX) errors.notiz = t('noteTooLong');
  if (Object.keys(errors).length > 0) return form(ctx, values, errors);
  const item = await subject(ctx);
  const result = await ctx.api(ReportMutation, { subjectId: item.id, reason: reason as ReportReason, note: note.trim() || null });
  if (!result.data || result.errors.length > 0) {
    const code = result.errors[0]?.extensions?.code;
    // "Already reported" and similar: the API's sentence, shown above the form.
    if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') return form(ctx, values, fieldErrors(result.errors, ctx.locale, { subjectId: '_form', reason: 'grund', note: 'notiz' }));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(item.path, t('thanks'));
}

export const reportRoutes = [get('/melden', (ctx) => form(ctx)), post('/melden', submit)];
