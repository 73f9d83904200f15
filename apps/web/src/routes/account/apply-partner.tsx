import { CsrfField, ErrorSummary, FieldErrors, SelectField, SubmitButton, TextArea, TextField, fieldErrors } from '../../components/form';
import { labels } from '../../components/labels';
import { graphql } from '../../graphql/generated';
import type { PartnerKind } from '../../graphql/generated/graphql';
import { messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { STATES, type State, stateNames } from './apply';

const PATH = '/mitglied-werden/partner';
const KINDS: readonly PartnerKind[] = ['UNIVERSITY', 'RESEARCH', 'COMPANY', 'ASSOCIATION', 'CIVIC', 'OTHER'];

const m = messages(
  {
    title: 'Als Partnerorganisation Mitglied werden',
    description: 'Hochschulen, Forschung, Unternehmen und Zivilgesellschaft beantragen die Mitgliedschaft im Netzwerk.',
    intro: 'Organisationen aus Wissenschaft, Wirtschaft und Zivilgesellschaft arbeiten im Netzwerk mit den Kommunen zusammen. Die Koordinierungsstelle prüft den Antrag und lädt Sie danach ein, das Profil Ihrer Organisation zu pflegen.',
    organisation: 'Ihre Organisation',
    name: 'Name der Organisation',
    kind: 'Art der Organisation',
    chooseKind: 'Bitte wählen',
    state: 'Bundesland des Sitzes',
    chooseState: 'Bitte wählen',
    website: 'Internetseite',
    websiteHint: 'Mit https://, zum Beispiel https://www.hochschule.example',
    aboutYou: 'Über Sie',
    applicantName: 'Ihr Name',
    applicantEmail: 'Ihre E-Mail-Adresse',
    motivation: 'Was möchten Sie ins Netzwerk einbringen?',
    submit: 'Antrag senden',
    received: 'Vielen Dank! Ihr Antrag für {name} ist eingegangen.',
    required: 'Bitte ausfüllen.',
    choose: 'Bitte wählen Sie aus.',
  },
  {
    title: 'Join as a partner organisation',
    description: 'Universities, research, companies and civil society apply for membership of the network.',
    intro: 'Organisations from science, business and civil society work with the municipalities in the network. The coordination office checks the application and then invites you to keep the profile of your organisation.',
    organisation: 'Your organisation',
    name: 'Name of the organisation',
    kind: 'Kind of organisation',
    chooseKind: 'Please choose',
    state: 'State of its seat',
    chooseState: 'Please choose',
    website: 'Website',
    websiteHint: 'With https://, for example https://www.university.example',
    aboutYou: 'About you',
    applicantName: 'Your name',
    applicantEmail: 'Your email address',
    motivation: 'What would you like to bring to the network?',
    submit: 'Send application',
    received: 'Thank you! Your application for {name} has been received.',
    required: 'Please fill in.',
    choose: 'Please choose.',
  },
);

const ApplyMutation = graphql(`
  mutation WebApplyAsPartner($input: ApplyForMembershipInput!) {
    applyForMembership(input: $input) { id municipalityName status }
  }
`);

const FIELDS = ['name', 'kind', 'state', 'website', 'applicantName', 'applicantEmail', 'motivation'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

function page(ctx: WebContext, values: Values, errors: FieldErrors): Outcome {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const s = translator(stateNames, ctx.locale);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('title'),
    description: t('description'),
    canonical: PATH,
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <div class="ik-stack">
        <ErrorSummary errors={errors} locale={ctx.locale} labels={Object.fromEntries(FIELDS.map((f) => [f, t(f)]))} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body kern-body--large ik-prose">{t('intro')}</p>
        <form method="post" action={PATH} class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('organisation')}</legend>
            <div class="kern-fieldset__body ik-stack">
              <TextField name="name" label={t('name')} value={values.name} error={errors.name} locale={ctx.locale} required maxLength={200} />
              <SelectField name="kind" label={t('kind')} value={values.kind} error={errors.kind} locale={ctx.locale} required
                options={[{ value: '', label: t('chooseKind') }, ...KINDS.map((k) => ({ value: k, label: l(`partnerKind_${k}`) }))]} />
              <SelectField name="state" label={t('state')} value={values.state} error={errors.state} locale={ctx.locale} required
                options={[{ value: '', label: t('chooseState') }, ...STATES.map((code) => ({ value: code, label: s(code) }))]} />
              <TextField name="website" type="url" label={t('website')} hint={t('websiteHint')} value={values.website} error={errors.website} locale={ctx.locale} autocomplete="url" maxLength={300} />
            </div>
          </fieldset>
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('aboutYou')}</legend>
            <div class="kern-fieldset__body ik-stack">
              <TextField name="applicantName" label={t('applicantName')} value={values.applicantName} error={errors.applicantName} locale={ctx.locale} required autocomplete="name" maxLength={120} />
              <TextField name="applicantEmail" type="email" label={t('applicantEmail')} value={values.applicantEmail} error={errors.applicantEmail} locale={ctx.locale} required autocomplete="email" maxLength={254} />
            </div>
          </fieldset>
          <TextArea name="motivation" label={t('motivation')} value={values.motivation} error={errors.motivation} locale={ctx.locale} required maxLength={4000} rows={6} />
          <div class="ik-actions">
            <SubmitButton>{t('submit')}</SubmitButton>
          </div>
        </form>
      </div>
    ),
  };
}

async function submit(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const values = Object.fromEntries(FIELDS.map((f) => [f, ctx.field(f).trim()])) as Values;
  const missing: FieldErrors = {};
  for (const f of ['name', 'applicantName', 'applicantEmail', 'motivation'] as const) if (!values[f]) missing[f] = t('required');
  if (!(KINDS as readonly string[]).includes(values.kind)) missing.kind = t('choose');
  if (!(STATES as readonly string[]).includes(values.state)) missing.state = t('choose');
  if (Object.keys(missing).length > 0) return page(ctx, values, missing);
  const result = await ctx.api(ApplyMutation, {
    input: {
      partner: { name: values.name, kind: values.kind as PartnerKind, state: values.state as State, website: values.website || null },
      applicantName: values.applicantName,
      applicantEmail: values.applicantEmail,
      motivation: values.motivation,
      locale: ctx.locale,
    },
  });
  const receipt = result.data?.applyForMembership;
  if (!receipt) {
    const code = result.errors[0]?.extensions?.code;
    if (code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'RATE_LIMITED') return page(ctx, values, fieldErrors(result.errors, ctx.locale));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/mitglied-werden/danke', t('received', { name: receipt.municipalityName }));
}

export const applyPartnerRoutes = [
  get(PATH, async (ctx) => page(ctx, Object.fromEntries(FIELDS.map((f) => [f, ''])) as Values, {})),
  post(PATH, submit),
];
