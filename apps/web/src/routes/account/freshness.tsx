import { CsrfField, ErrorSummary, SubmitButton, TextArea, fieldErrors } from '../../components/form';
import type { FieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { FreshnessAnswer } from '../../graphql/generated/graphql';
import { badLinkPage } from '../../components/bad-link';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Läuft das noch?',
    intro: 'Die Koordinierungsstelle fragt einmal im Jahr nach, ob die Praxis „{title}“ noch läuft, damit Besucherinnen und Besucher sehen, wie aktuell ein Praxisbeispiel ist.',
    running: 'Läuft noch',
    needsUpdate: 'Muss aktualisiert werden',
    discontinued: 'Eingestellt',
    lesson: 'Was haben Sie daraus gelernt?',
    lessonHint: 'Nur bei „Eingestellt“: wird an „Lessons Learned“ des Praxisbeispiels angehängt.',
    doneTitle: 'Vielen Dank für Ihre Antwort',
    doneRunning: 'Das Praxisbeispiel zeigt jetzt, dass es heute bestätigt wurde. In einem Jahr fragen wir wieder.',
    doneDiscontinued: 'Das Praxisbeispiel ist jetzt als eingestellt gekennzeichnet.',
    toCaseStudy: 'Zum Praxisbeispiel',
    badLinkTitle: 'Der Link zur Aktualitätsabfrage funktioniert nicht',
    badLinkText: 'Dieser Link ist ungültig oder die Frage wurde schon beantwortet.',
    badLinkReason: 'Grund: {reason}',
    chooseAnswer: 'Bitte „Läuft noch“, „Muss aktualisiert werden“ oder „Eingestellt“ wählen.',
  },
  {
    title: 'Is this still running?',
    intro: 'Once a year the coordination office asks whether the practice "{title}" is still running, so that visitors can see how current a case study is.',
    running: 'Still running',
    needsUpdate: 'Needs an update',
    discontinued: 'Discontinued',
    lesson: 'What have you learned from it?',
    lessonHint: 'Only with "Discontinued": appended to the lessons learned of the case study.',
    doneTitle: 'Thank you for your answer',
    doneRunning: 'The case study now shows that it was confirmed today. We will ask again in a year.',
    doneDiscontinued: 'The case study is now marked as discontinued.',
    toCaseStudy: 'Go to the case study',
    badLinkTitle: 'This link to the freshness check does not work',
    badLinkText: 'This link is invalid or the question has already been answered.',
    badLinkReason: 'Reason: {reason}',
    chooseAnswer: 'Please choose "Still running", "Needs an update" or "Discontinued".',
  },
);

const PATH = '/aktualitaet';

const QuestionQuery = graphql(`
  query WebFreshnessCheck($token: String!) {
    freshnessCheck(token: $token) { id title slug askedAt }
  }
`);

const AnswerMutation = graphql(`
  mutation WebAnswerFreshnessCheck($token: String!, $answer: FreshnessAnswer!, $lessonLearned: String) {
    answerFreshnessCheck(token: $token, answer: $answer, lessonLearned: $lessonLearned) { id slug answer }
  }
`);

const ANSWERS: readonly FreshnessAnswer[] = ['RUNNING', 'NEEDS_UPDATE', 'DISCONTINUED'];

function badLink(ctx: WebContext, reason?: string): Outcome {
  const t = ctx.tr(m);
  return badLinkPage({
    title: t('badLinkTitle'),
    text: t('badLinkText'),
    reason: reason ? t('badLinkReason', { reason }) : undefined,
  });
}

function questionPage(ctx: WebContext, token: string, title: string, errors: FieldErrors = {}, lesson = ''): Outcome {
  const t = ctx.tr(m);
  return {
    kind: 'page',
    title: t('title'),
    status: Object.keys(errors).length > 0 ? 400 : 200,
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('title')}</h1>
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ lessonLearned: t('lesson') }} />
        <p class="kern-body">{t('intro', { title })}</p>
        <form method="post" action={PATH} class="ik-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="token" value={token} />
          <TextArea name="lessonLearned" label={t('lesson')} hint={t('lessonHint')} value={lesson} rows={4} maxLength={4000} error={errors.lessonLearned} locale={ctx.locale} />
          <div class="ik-actions">
            <SubmitButton name="answer" value="RUNNING">{t('running')}</SubmitButton>
            <SubmitButton name="answer" value="NEEDS_UPDATE" variant="secondary">{t('needsUpdate')}</SubmitButton>
            <SubmitButton name="answer" value="DISCONTINUED" variant="secondary">{t('discontinued')}</SubmitButton>
          </div>
        </form>
      </div>
    ),
  };
}

/** GET only shows the question: link scanners that open the email's link answer nothing (ADR 0028). */
async function show(ctx: WebContext): Promise<Outcome> {
  const token = ctx.query('token') ?? '';
  if (!token) return badLink(ctx);
  const result = await ctx.api(QuestionQuery, { token });
  if (result.data?.freshnessCheck) return questionPage(ctx, token, result.data.freshnessCheck.title);
  if (result.errors[0]?.extensions?.code === 'BAD_USER_INPUT') return badLink(ctx, fieldErrors(result.errors, ctx.locale).token);
  return ctx.errorOutcome(result.errors);
}

async function answer(ctx: WebContext): Promise<Outcome> {
  const token = ctx.field('token');
  if (!token) return badLink(ctx);
  const given = ANSWERS.find((a) => a === ctx.field('answer'));
  const lesson = ctx.field('lessonLearned');
  const result = given
    ? await ctx.api(AnswerMutation, { token, answer: given, lessonLearned: given === 'DISCONTINUED' && lesson.trim() ? lesson : null })
    : null;
  const done = result?.data?.answerFreshnessCheck;
  if (done) {
    if (done.answer === 'NEEDS_UPDATE') return ctx.redirect(`/meine-kommune/praxisbeispiele/${encodeURIComponent(done.slug)}/bearbeiten`);
    return ctx.redirect(`${PATH}/beantwortet?praxisbeispiel=${encodeURIComponent(done.slug)}&antwort=${done.answer === 'RUNNING' ? 'laeuft' : 'eingestellt'}`);
  }
  const errors = result ? fieldErrors(result.errors, ctx.locale, { answer: '_form' }) : { _form: ctx.tr(m)('chooseAnswer') };
  if (errors.token) return badLink(ctx, errors.token);
  if (result && result.errors[0]?.extensions?.code !== 'BAD_USER_INPUT') return ctx.errorOutcome(result.errors);
  const question = await ctx.api(QuestionQuery, { token });
  if (!question.data?.freshnessCheck) return badLink(ctx, fieldErrors(question.errors, ctx.locale).token);
  return questionPage(ctx, token, question.data.freshnessCheck.title, errors, lesson);
}

function answered(ctx: WebContext): Outcome {
  const t = ctx.tr(m);
  const slug = ctx.query('praxisbeispiel') ?? '';
  return {
    kind: 'page',
    title: t('doneTitle'),
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('doneTitle')}</h1>
        <p class="kern-body" role="status">{ctx.query('antwort') === 'eingestellt' ? t('doneDiscontinued') : t('doneRunning')}</p>
        {/^[a-z0-9-]+$/.test(slug) ? (
          <p class="ik-actions">
            <a class="kern-link" href={`/praxisbeispiele/${slug}`}>{t('toCaseStudy')}</a>
          </p>
        ) : null}
      </div>
    ),
  };
}

export const freshnessRoutes = [get(PATH, show), post(PATH, answer), get(`${PATH}/beantwortet`, async (ctx) => answered(ctx))];
