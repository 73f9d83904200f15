import { CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { safeLocalPath, type Outcome, type WebContext } from '../../server/web-context';
import { loadProviders, providerFor, signInWithLabel, SingleSignOnLinks, type SsoProvider } from './single-sign-on';

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
    ssoTitle: 'Mit dem Konto Ihrer Verwaltung',
    ssoIntro: 'Hat Ihre Verwaltung einen eigenen Anmeldedienst, melden Sie sich dort an – ohne weiteres Passwort. Ein Konto bei IKONE oder eine offene Einladung brauchen Sie trotzdem.',
    passwordOff: 'Für Adressen von {domain} ist die Anmeldung mit Passwort abgeschaltet. Bitte wählen Sie „{button}“.',
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
    ssoTitle: "With your administration's account",
    ssoIntro: 'If your administration has its own sign-in service, sign in there – no further password needed. You still need an IKONE account or an open invitation.',
    passwordOff: 'Password sign-in is switched off for addresses of {domain}. Please choose “{button}”.',
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

async function form(ctx: WebContext, values: { email: string }, errors: FieldErrors, known?: SsoProvider[]): Promise<Outcome> {
  const t = ctx.tr(m);
  const back = safeLocalPath(ctx.query('zurueck') ?? ctx.field('zurueck'));
  const providers = known ?? await loadProviders(ctx);
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
        {providers.length > 0 ? (
          <section class="ik-stack" aria-labelledby="anmelden-sso">
            <h2 class="kern-heading-medium" id="anmelden-sso">{t('ssoTitle')}</h2>
            <p class="kern-body">{t('ssoIntro')}</p>
            <SingleSignOnLinks providers={providers} back={back} locale={ctx.locale} />
          </section>
        ) : null}
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
    if (result.errors[0]?.extensions?.reason === 'PASSWORD_SIGN_IN_DISABLED') {
      const providers = await loadProviders(ctx);
      const provider = providerFor(providers, email);
      const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
      return form(ctx, { email }, { email: provider ? t('passwordOff', { domain, button: signInWithLabel(ctx.locale, provider) }) : fieldErrors(result.errors, ctx.locale).email }, providers);
    }
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
