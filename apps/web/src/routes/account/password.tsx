import { CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { badLinkPage } from '../../components/bad-link';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    forgotTitle: 'Passwort vergessen',
    forgotIntro: 'Geben Sie die E-Mail-Adresse Ihres IKONE-Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
    email: 'E-Mail-Adresse',
    send: 'Link anfordern',
    emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    sentTitle: 'Bitte sehen Sie in Ihr Postfach',
    sentText: 'Wenn es zu dieser E-Mail-Adresse ein Konto gibt, haben wir einen Link zum Zurücksetzen des Passworts geschickt. Der Link gilt eine Stunde und nur einmal.',
    sentSpam: 'Keine E-Mail erhalten? Prüfen Sie den Spam-Ordner und die Schreibweise der Adresse, und fordern Sie den Link sonst noch einmal an.',
    again: 'Link noch einmal anfordern',
    backToSignIn: 'Zur Anmeldung',
    resetTitle: 'Neues Passwort festlegen',
    resetIntro: 'Wählen Sie ein neues Passwort für Ihr IKONE-Konto. Danach melden Sie sich damit an; auf anderen Geräten werden Sie abgemeldet.',
    password: 'Neues Passwort',
    passwordHint: 'Mindestens 8 Zeichen; kein verbreitetes Passwort.',
    passwordRepeat: 'Neues Passwort wiederholen',
    save: 'Passwort speichern',
    passwordRequired: 'Bitte geben Sie ein neues Passwort ein.',
    repeatRequired: 'Bitte wiederholen Sie das neue Passwort.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    changed: 'Ihr Passwort wurde geändert. Bitte melden Sie sich an.',
    badLinkTitle: 'Der Link funktioniert nicht mehr',
    badLinkText: 'Dieser Link zum Zurücksetzen ist ungültig, abgelaufen oder wurde schon verwendet. Links zum Zurücksetzen gelten eine Stunde und nur einmal.',
    badLinkReason: 'Grund: {reason}',
    newLink: 'Neuen Link anfordern',
  },
  {
    forgotTitle: 'Forgot your password',
    forgotIntro: 'Enter the email address of your IKONE account. We will send you a link to set a new password.',
    email: 'Email address',
    send: 'Request link',
    emailRequired: 'Please enter your email address.',
    sentTitle: 'Please check your inbox',
    sentText: 'If there is an account for this email address, we have sent a link to reset the password. The link is valid for one hour and only once.',
    sentSpam: 'No email? Check your spam folder and the spelling of the address, and otherwise request the link again.',
    again: 'Request the link again',
    backToSignIn: 'Go to sign-in',
    resetTitle: 'Set a new password',
    resetIntro: 'Choose a new password for your IKONE account. Then sign in with it; you will be signed out on other devices.',
    password: 'New password',
    passwordHint: 'At least 8 characters; not a common password.',
    passwordRepeat: 'Repeat the new password',
    save: 'Save password',
    passwordRequired: 'Please enter a new password.',
    repeatRequired: 'Please repeat the new password.',
    mismatch: 'The two passwords do not match.',
    changed: 'Your password has been changed. Please sign in.',
    badLinkTitle: 'This link no longer works',
    badLinkText: 'This reset link is invalid, has expired or has already been used. Reset links are valid for one hour and only once.',
    badLinkReason: 'Reason: {reason}',
    newLink: 'Request a new link',
  },
);

const RequestResetMutation = graphql(`
  mutation WebRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetMutation = graphql(`
  mutation WebResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

function forgotForm(ctx: WebContext, email: string, errors: FieldErrors): Outcome {
  const t = ctx.tr(m);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('forgotTitle'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    canonical: '/passwort-vergessen',
    body: (
      <div class="ik-form">
        <ErrorSummary errors={errors} locale={ctx.locale} labels={errors.email && errors.email !== t('emailRequired') ? { email: t('email') } : {}} />
        <h1 class="kern-heading-large">{t('forgotTitle')}</h1>
        <p class="kern-body">{t('forgotIntro')}</p>
        <form method="post" action="/passwort-vergessen" class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="email" type="email" label={t('email')} value={email} autocomplete="username" required error={errors.email} locale={ctx.locale} maxLength={254} />
          <div class="ik-actions">
            <SubmitButton>{t('send')}</SubmitButton>
            <a class="kern-link" href="/anmelden">{t('backToSignIn')}</a>
          </div>
        </form>
      </div>
    ),
  };
}

async function requestReset(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const email = ctx.field('email').trim();
  if (!email) return forgotForm(ctx, email, { email: t('emailRequired') });
  const result = await ctx.api(RequestResetMutation, { email });
  if (result.errors.length > 0) {
    // Only a malformed address is told; whether an account exists never is.
    if (result.errors[0]?.extensions?.code === 'BAD_USER_INPUT') return forgotForm(ctx, email, fieldErrors(result.errors, ctx.locale));
    if (result.errors[0]?.extensions?.code !== 'RATE_LIMITED') return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/passwort-vergessen/gesendet');
}

function sent(ctx: WebContext): Outcome {
  const t = ctx.tr(m);
  return {
    kind: 'page',
    title: t('sentTitle'),
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('sentTitle')}</h1>
        <p class="kern-body" role="status">{t('sentText')}</p>
        <p class="kern-body">{t('sentSpam')}</p>
        <p class="ik-actions">
          <a class="kern-link" href="/passwort-vergessen">{t('again')}</a>
          <a class="kern-link" href="/anmelden">{t('backToSignIn')}</a>
        </p>
      </div>
    ),
  };
}

function badLink(ctx: WebContext, reason?: string): Outcome {
  const t = ctx.tr(m);
  return badLinkPage({
    title: t('badLinkTitle'),
    text: t('badLinkText'),
    reason: reason ? t('badLinkReason', { reason }) : undefined,
    links: [
      { href: '/passwort-vergessen', label: t('newLink') },
      { href: '/anmelden', label: t('backToSignIn') },
    ],
  });
}

function resetForm(ctx: WebContext, token: string, errors: FieldErrors): Outcome {
  const t = ctx.tr(m);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('resetTitle'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <div class="ik-form">
        <ErrorSummary errors={errors} locale={ctx.locale} />
        <h1 class="kern-heading-large">{t('resetTitle')}</h1>
        <p class="kern-body">{t('resetIntro')}</p>
        <form method="post" action="/passwort-zuruecksetzen" class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="token" value={token} />
          <TextField name="password" type="password" label={t('password')} hint={t('passwordHint')} autocomplete="new-password" required error={errors.password} locale={ctx.locale} maxLength={128} />
          <TextField name="passwordRepeat" type="password" label={t('passwordRepeat')} autocomplete="new-password" required error={errors.passwordRepeat} locale={ctx.locale} maxLength={128} />
          <div class="ik-actions">
            <SubmitButton>{t('save')}</SubmitButton>
          </div>
        </form>
      </div>
    ),
  };
}

async function showReset(ctx: WebContext): Promise<Outcome> {
  const token = ctx.query('token') ?? '';
  if (!token) return badLink(ctx);
  return resetForm(ctx, token, {});
}

async function reset(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const token = ctx.field('token');
  const password = ctx.field('password');
  const repeat = ctx.field('passwordRepeat');
  if (!token) return badLink(ctx);
  const missing: FieldErrors = {};
  if (!password) missing.password = t('passwordRequired');
  if (!repeat) missing.passwordRepeat = t('repeatRequired');
  else if (password && password !== repeat) missing.passwordRepeat = t('mismatch');
  if (Object.keys(missing).length > 0) return resetForm(ctx, token, missing);
  const result = await ctx.api(ResetMutation, { token, password });
  if (result.data?.resetPassword) return ctx.redirect('/anmelden', t('changed'));
  const errors = fieldErrors(result.errors, ctx.locale);
  if (errors.token) return badLink(ctx, errors.token);
  const code = result.errors[0]?.extensions?.code;
  if (code === 'BAD_USER_INPUT') return resetForm(ctx, token, errors);
  return ctx.errorOutcome(result.errors);
}

export const passwordRoutes = [
  get('/passwort-vergessen', async (ctx) => forgotForm(ctx, '', {})),
  post('/passwort-vergessen', requestReset),
  get('/passwort-vergessen/gesendet', async (ctx) => sent(ctx)),
  get('/passwort-zuruecksetzen', showReset),
  post('/passwort-zuruecksetzen', reset),
];
