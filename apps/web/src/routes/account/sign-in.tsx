import { CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { safeLocalPath, type Outcome, type WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Anmelden',
    intro: 'Melden Sie sich mit der E-Mail-Adresse und dem Passwort Ihres IKONE-Kontos an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    forgot: 'Passwort vergessen?',
    noAccount: 'Noch kein Konto? Konten entstehen durch eine Einladung; Kommunen können die Mitgliedschaft beantragen.',
    join: 'Mitgliedschaft beantragen',
    wrong: 'E-Mail-Adresse oder Passwort stimmen nicht.',
    signedIn: 'Sie sind angemeldet.',
    signedOut: 'Sie sind abgemeldet.',
    emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
  },
  {
    title: 'Sign in',
    intro: 'Sign in with the email address and password of your IKONE account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    forgot: 'Forgot your password?',
    noAccount: 'No account yet? Accounts are created by invitation; municipalities can apply for membership.',
    join: 'Apply for membership',
    wrong: 'Email address or password is not correct.',
    signedIn: 'You are signed in.',
    signedOut: 'You are signed out.',
    emailRequired: 'Please enter your email address.',
    passwordRequired: 'Please enter your password.',
  },
);

const LoginMutation = graphql(`
  mutation WebLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user { id locale }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation WebLogout {
    logout
  }
`);

function form(ctx: WebContext, values: { email: string }, errors: FieldErrors): Outcome {
  const t = ctx.tr(m);
  const back = safeLocalPath(ctx.query('zurueck') ?? ctx.field('zurueck'));
  return {
    kind: 'page',
    title: t('title'),
    hasErrors: Object.keys(errors).length > 0,
    status: Object.keys(errors).length > 0 ? 400 : 200,
    canonical: '/anmelden',
    body: (
      <div class="ik-form">
        <ErrorSummary errors={errors} locale={ctx.locale} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body">{t('intro')}</p>
        <form method="post" action="/anmelden" class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="zurueck" value={back} />
          <TextField name="email" type="email" label={t('email')} value={values.email} autocomplete="username" required error={errors.email} locale={ctx.locale} />
          <TextField name="password" type="password" label={t('password')} autocomplete="current-password" required error={errors.password} locale={ctx.locale} />
          <div class="ik-actions">
            <SubmitButton>{t('submit')}</SubmitButton>
            <a class="kern-link" href="/passwort-vergessen">{t('forgot')}</a>
          </div>
        </form>
        <p class="kern-body">
          {t('noAccount')} <a class="kern-link" href="/mitglied-werden">{t('join')}</a>
        </p>
      </div>
    ),
  };
}

async function submit(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const email = ctx.field('email').trim();
  const password = ctx.field('password');
  const missing: FieldErrors = {};
  if (!email) missing.email = t('emailRequired');
  if (!password) missing.password = t('passwordRequired');
  if (Object.keys(missing).length > 0) return form(ctx, { email }, missing);
  const result = await ctx.api(LoginMutation, { email, password });
  const payload = result.data?.login;
  if (!payload) {
    const code = result.errors[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED') return form(ctx, { email }, { email: t('wrong') });
    if (code === 'BAD_USER_INPUT' || code === 'RATE_LIMITED') return form(ctx, { email }, fieldErrors(result.errors, ctx.locale));
    return ctx.errorOutcome(result.errors);
  }
  await ctx.startSession(payload);
  if (payload.user.locale === 'en' && ctx.locale !== 'en') ctx.reply.setCookie('ikone_lang', 'en', { ...ctx.cookieOptions(365 * 86_400) });
  return ctx.redirect(safeLocalPath(ctx.field('zurueck')), t('signedIn'));
}

async function signOut(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  if (ctx.sessionId) {
    // Ends the refresh family at the API, then the server session.
    await ctx.api(LogoutMutation, {}).catch(() => undefined);
    await ctx.endSession();
  }
  return ctx.redirect('/', t('signedOut'));
}

export const signInRoutes = [get('/anmelden', async (ctx) => form(ctx, { email: '' }, {})), post('/anmelden', submit), post('/abmelden', signOut)];
