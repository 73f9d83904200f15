import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { labels } from '../../components/labels';
import { graphql } from '../../graphql/generated';
import { LOCALES, Locale, formatDateTime, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { LOCALE_COOKIE, type Outcome, type WebContext } from '../../server/web-context';
import { providerFor, SingleSignOnLinks } from './single-sign-on';

const m = messages(
  {
    title: 'Einladung annehmen',
    intro: 'Sie wurden in das Interkommunale Netzwerk Digitale Stadt eingeladen. Legen Sie Ihren Namen und Ihr Passwort fest; danach sind Sie angemeldet.',
    invitedAs: 'Eingeladen als',
    invitedFor: 'Kommune',
    account: 'Ihr Konto',
    validUntil: 'Gültig bis',
    displayName: 'Ihr Name',
    displayNameHint: 'So sehen andere Mitglieder Sie, zum Beispiel „Olga Otter“.',
    password: 'Passwort',
    passwordHint: 'Mindestens 8 Zeichen; kein verbreitetes Passwort.',
    passwordRepeat: 'Passwort wiederholen',
    locale: 'Sprache der Plattform und der E-Mails',
    submit: 'Einladung annehmen',
    displayNameRequired: 'Bitte geben Sie Ihren Namen ein.',
    passwordRequired: 'Bitte legen Sie ein Passwort fest.',
    repeatRequired: 'Bitte wiederholen Sie das Passwort.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    welcome: 'Willkommen im Netzwerk, {name}! Sie sind angemeldet.',
    badTitle: 'Diese Einladung gilt nicht mehr',
    badText: 'Der Link ist ungültig, abgelaufen oder wurde schon verwendet. Einladungen gelten sieben Tage und nur einmal.',
    badReason: 'Grund: {reason}',
    whomToAsk: 'Bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung: die Digitalbeauftragte oder den Digitalbeauftragten Ihrer Kommune oder die Koordinierungsstelle des Netzwerks in Kaiserslautern.',
    contact: 'Kontakt zur Koordinierungsstelle',
    already: 'Haben Sie die Einladung schon angenommen? Dann melden Sie sich an.',
    signIn: 'Zur Anmeldung',
    ssoTitle: 'Mit dem Konto Ihrer Verwaltung annehmen',
    ssoText: 'Ihre Adresse gehört zu {provider}. Melden Sie sich dort an, um die Einladung anzunehmen – ohne eigenes Passwort für IKONE; Ihren Namen übernimmt IKONE von dort.',
    ssoOnly: 'Für Adressen Ihrer Verwaltung ist die Anmeldung mit Passwort abgeschaltet.',
    passwordTitle: 'Mit Passwort annehmen',
  },
  {
    title: 'Accept invitation',
    intro: 'You have been invited to the inter-municipal Digital City network. Set your name and password; then you are signed in.',
    invitedAs: 'Invited as',
    invitedFor: 'Municipality',
    account: 'Your account',
    validUntil: 'Valid until',
    displayName: 'Your name',
    displayNameHint: 'How other members see you, for example “Olga Otter”.',
    password: 'Password',
    passwordHint: 'At least 8 characters; not a common password.',
    passwordRepeat: 'Repeat the password',
    locale: 'Language of the platform and of emails',
    submit: 'Accept invitation',
    displayNameRequired: 'Please enter your name.',
    passwordRequired: 'Please choose a password.',
    repeatRequired: 'Please repeat the password.',
    mismatch: 'The two passwords do not match.',
    welcome: 'Welcome to the network, {name}! You are signed in.',
    badTitle: 'This invitation is no longer valid',
    badText: 'The link is invalid, has expired or has already been used. Invitations are valid for seven days and only once.',
    badReason: 'Reason: {reason}',
    whomToAsk: 'Ask the person who invited you for a new invitation: the digital officer of your municipality or the coordination office of the network in Kaiserslautern.',
    contact: 'Contact the coordination office',
    already: 'Have you already accepted the invitation? Then sign in.',
    signIn: 'Go to sign-in',
    ssoTitle: "Accept with your administration's account",
    ssoText: 'Your address belongs to {provider}. Sign in there to accept the invitation – no IKONE password of your own; IKONE takes your name from there.',
    ssoOnly: 'Password sign-in is switched off for addresses of your administration.',
    passwordTitle: 'Accept with a password',
  },
);

const LANGUAGE_NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

const InvitationQuery = graphql(`
  query WebInvitation($token: String!) {
    invitation(token: $token) { email role expiresAt municipality { name } }
    singleSignOnProviders { id displayName domains passwordSignIn }
  }
`);

const AcceptMutation = graphql(`
  mutation WebAcceptInvitation($token: String!, $displayName: String!, $password: String!, $locale: Locale) {
    acceptInvitation(token: $token, displayName: $displayName, password: $password, locale: $locale) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user { id displayName locale }
    }
  }
`);

interface Values {
  token: string;
  displayName: string;
  locale: Locale;
}

/** The form for an open invitation, or the page saying why the link no longer works. */
async function form(ctx: WebContext, values: Values, errors: FieldErrors): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const result = await ctx.api(InvitationQuery, { token: values.token });
  const invitation = result.data?.invitation;
  if (!invitation) {
    const problems = fieldErrors(result.errors, ctx.locale);
    if (problems.token) return noLongerValid(ctx, problems.token);
    return ctx.errorOutcome(result.errors);
  }
  const hasErrors = Object.keys(errors).length > 0;
  const provider = result.data ? providerFor(result.data.singleSignOnProviders, invitation.email) : undefined;
  return {
    kind: 'page',
    title: t('title'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <div class="ik-form">
        <ErrorSummary errors={errors} locale={ctx.locale} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body">{t('intro')}</p>
        <dl class="ik-facts kern-body">
          <dt>{t('invitedAs')}</dt>
          <dd>{l(`role_${invitation.role}`)}</dd>
          {invitation.municipality ? (
            <>
              <dt>{t('invitedFor')}</dt>
              <dd>{invitation.municipality.name}</dd>
            </>
          ) : null}
          <dt>{t('account')}</dt>
          <dd>{invitation.email}</dd>
          <dt>{t('validUntil')}</dt>
          <dd>{formatDateTime(ctx.locale, invitation.expiresAt)}</dd>
        </dl>
        {provider ? (
          <section class="ik-stack" aria-labelledby="einladung-sso">
            <h2 class="kern-heading-medium" id="einladung-sso">{t('ssoTitle')}</h2>
            <p class="kern-body">{t('ssoText', { provider: provider.displayName })}</p>
            <SingleSignOnLinks providers={[provider]} back="/" locale={ctx.locale} />
            {provider.passwordSignIn ? null : <p class="kern-body">{t('ssoOnly')}</p>}
          </section>
        ) : null}
        {provider && !provider.passwordSignIn ? null : (
          <>
            {provider ? <h2 class="kern-heading-medium">{t('passwordTitle')}</h2> : null}
            <form method="post" action="/einladung" class="ik-form" noValidate>
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="token" value={values.token} />
              <TextField name="displayName" label={t('displayName')} hint={t('displayNameHint')} value={values.displayName} autocomplete="name" required error={errors.displayName} locale={ctx.locale} maxLength={120} />
              <TextField name="password" type="password" label={t('password')} hint={t('passwordHint')} autocomplete="new-password" required error={errors.password} locale={ctx.locale} maxLength={128} />
              <TextField name="passwordRepeat" type="password" label={t('passwordRepeat')} autocomplete="new-password" required error={errors.passwordRepeat} locale={ctx.locale} maxLength={128} />
              <ChoiceGroup
                name="locale"
                legend={t('locale')}
                type="radio"
                horizontal
                error={errors.locale}
                selected={[values.locale]}
                options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              />
              <div class="ik-actions">
                <SubmitButton>{t('submit')}</SubmitButton>
              </div>
            </form>
          </>
        )}
      </div>
    ),
  };
}

function noLongerValid(ctx: WebContext, reason?: string): Outcome {
  const t = ctx.tr(m);
  return {
    kind: 'page',
    title: t('badTitle'),
    status: 400,
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('badTitle')}</h1>
        <p class="kern-body">{t('badText')}</p>
        {reason ? <p class="kern-body">{t('badReason', { reason })}</p> : null}
        <p class="kern-body">{t('whomToAsk')}</p>
        <p class="kern-body">
          <a class="kern-link" href="/impressum">{t('contact')}</a>
        </p>
        <p class="kern-body">
          {t('already')} <a class="kern-link" href="/anmelden">{t('signIn')}</a>
        </p>
      </div>
    ),
  };
}

async function show(ctx: WebContext): Promise<Outcome> {
  const token = ctx.query('token') ?? '';
  if (!token) return noLongerValid(ctx);
  return form(ctx, { token, displayName: '', locale: ctx.locale }, {});
}

async function accept(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const chosen = ctx.field('locale');
  const values: Values = { token: ctx.field('token'), displayName: ctx.field('displayName'), locale: chosen === 'en' ? 'en' : chosen === 'de' ? 'de' : ctx.locale };
  const password = ctx.field('password');
  const repeat = ctx.field('passwordRepeat');
  if (!values.token) return noLongerValid(ctx);
  const missing: FieldErrors = {};
  if (!values.displayName.trim()) missing.displayName = t('displayNameRequired');
  if (!password) missing.password = t('passwordRequired');
  if (!repeat) missing.passwordRepeat = t('repeatRequired');
  else if (password && password !== repeat) missing.passwordRepeat = t('mismatch');
  if (Object.keys(missing).length > 0) return form(ctx, values, missing);

  const result = await ctx.api(AcceptMutation, { token: values.token, displayName: values.displayName.trim(), password, locale: values.locale });
  const payload = result.data?.acceptInvitation;
  if (!payload) {
    const errors = fieldErrors(result.errors, ctx.locale);
    if (errors.token) return noLongerValid(ctx, errors.token);
    const code = result.errors[0]?.extensions?.code;
    if (code === 'BAD_USER_INPUT') return form(ctx, values, errors);
    return ctx.errorOutcome(result.errors);
  }
  await ctx.startSession(payload);
  const locale: Locale = payload.user.locale === 'en' ? 'en' : 'de';
  ctx.reply.setCookie(LOCALE_COOKIE, locale, ctx.cookieOptions(365 * 86_400));
  return ctx.redirect('/', translator(m, locale)('welcome', { name: payload.user.displayName }));
}

export const invitationRoutes = [get('/einladung', show), post('/einladung', accept)];
