import { graphql } from '../../graphql/generated';
import { Locale, messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import { LOCALE_COOKIE, safeLocalPath, type Outcome, type WebContext } from '../../server/web-context';

/**
 * Single sign-on with OpenID Connect (ADR 0021). The flow itself lives in the gateway; the web
 * starts it with a binding to this browser, redeems the single-use code the gateway's callback
 * hands over, and explains every refusal. Plain links: no JavaScript, and no form whose
 * redirect to the provider the `form-action 'self'` policy would stop.
 */
const m = messages(
  {
    signInWith: 'Anmelden mit {name}',
    signedIn: 'Sie sind angemeldet.',
    refusedTitle: 'Anmeldung nicht möglich',
    anyProvider: 'Ihr Anmeldedienst',
    invalid: 'Diese Anmeldung ist abgelaufen, wurde schon verwendet oder in einem anderen Browser begonnen. Es wurde niemand angemeldet.',
    cancelled: 'Die Anmeldung bei {provider} wurde abgebrochen. Es wurde niemand angemeldet.',
    provider: '{provider} hat die Anmeldung nicht bestätigt, oder seine Antwort hat die Prüfung nicht bestanden. Es wurde niemand angemeldet. Hilft ein zweiter Versuch nicht, wenden Sie sich bitte an die IT Ihrer Verwaltung.',
    unavailable: '{provider} ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    unverified: '{provider} hat Ihre E-Mail-Adresse nicht als bestätigt gemeldet. IKONE meldet nur Personen mit bestätigter Adresse an; bitte wenden Sie sich an die IT Ihrer Verwaltung.',
    domain: 'Ihre E-Mail-Adresse gehört nicht zu den Domains, für die {provider} hier anmelden darf. Bitte wählen Sie den Anmeldedienst Ihrer eigenen Verwaltung oder melden Sie sich mit Passwort an.',
    unknown: 'Für die E-Mail-Adresse, mit der Sie bei Ihrer Verwaltung angemeldet sind, gibt es bei IKONE weder ein Konto noch eine offene Einladung. Die Anmeldung über Ihre Verwaltung legt kein Konto an: Konten entstehen nur durch eine Einladung.',
    unknownWhom: 'Bitten Sie die Digitalbeauftragte oder den Digitalbeauftragten Ihrer Kommune oder die Koordinierungsstelle des Netzwerks um eine Einladung. Ist Ihre Kommune noch nicht dabei, kann sie die Mitgliedschaft beantragen.',
    join: 'Mitgliedschaft beantragen',
    disabled: 'Ihr Konto bei IKONE ist gesperrt. Bitte wenden Sie sich an die Koordinierungsstelle des Netzwerks.',
    rateLimited: 'Zu viele Anmeldeversuche von dieser Adresse. Bitte warten Sie eine Minute.',
    contact: 'Kontakt zur Koordinierungsstelle',
    again: 'Zur Anmeldung',
  },
  {
    signInWith: 'Sign in with {name}',
    signedIn: 'You are signed in.',
    refusedTitle: 'Sign-in not possible',
    anyProvider: 'Your sign-in service',
    invalid: 'This sign-in has expired, has already been used or was started in another browser. Nobody was signed in.',
    cancelled: 'The sign-in with {provider} was cancelled. Nobody was signed in.',
    provider: '{provider} did not confirm the sign-in, or its answer failed the checks. Nobody was signed in. If a second attempt does not help, please contact the IT department of your administration.',
    unavailable: '{provider} cannot be reached at the moment. Please try again later.',
    unverified: '{provider} did not report your email address as verified. IKONE only signs in people with a verified address; please contact the IT department of your administration.',
    domain: 'Your email address is not in the domains {provider} may sign in here. Please choose the sign-in service of your own administration or sign in with your password.',
    unknown: 'There is neither an account nor an open invitation at IKONE for the email address you are signed in with at your administration. Signing in through your administration does not create an account: accounts are created by invitation only.',
    unknownWhom: 'Ask the digital officer of your municipality or the coordination office of the network for an invitation. If your municipality is not a member yet, it can apply for membership.',
    join: 'Apply for membership',
    disabled: 'Your IKONE account is disabled. Please contact the coordination office of the network.',
    rateLimited: 'Too many sign-in attempts from this address. Please wait a minute.',
    contact: 'Contact the coordination office',
    again: 'Go to sign-in',
  },
);

/** A provider as the sign-in and invitation pages need it. */
export interface SsoProvider {
  id: string;
  displayName: string;
  domains: string[];
  passwordSignIn: boolean;
}

const ProvidersQuery = graphql(`
  query WebSingleSignOnProviders {
    singleSignOnProviders { id displayName domains passwordSignIn }
  }
`);

const StartMutation = graphql(`
  mutation WebStartSingleSignOn($provider: ID!, $browserBinding: String!, $returnTo: String) {
    startSingleSignOn(provider: $provider, browserBinding: $browserBinding, returnTo: $returnTo) { authorizationUrl }
  }
`);

const CompleteMutation = graphql(`
  mutation WebCompleteSingleSignOn($code: String!, $browserBinding: String!, $locale: Locale) {
    completeSingleSignOn(code: $code, browserBinding: $browserBinding, locale: $locale) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user { id locale }
    }
  }
`);

/** The provider serving the domain of `email`, if any. */
export function providerFor(providers: SsoProvider[], email: string): SsoProvider | undefined {
  const domain = email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
  return providers.find((p) => p.domains.includes(domain));
}

export function signInWithLabel(locale: Locale, provider: SsoProvider): string {
  return translator(m, locale)('signInWith', { name: provider.displayName });
}

/** One link styled as a button per provider; each starts the flow and comes back to `back`. */
export function SingleSignOnLinks({ providers, back, locale }: { providers: SsoProvider[]; back: string; locale: Locale }) {
  if (providers.length === 0) return null;
  return (
    <ul class="ik-actions ik-plain-list">
      {providers.map((provider) => (
        <li key={provider.id}>
          <a class="kern-btn kern-btn--secondary" href={`/anmelden/sso/${encodeURIComponent(provider.id)}?zurueck=${encodeURIComponent(back)}`}>
            <span class="kern-label">{signInWithLabel(locale, provider)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

type Refusal = 'invalid' | 'cancelled' | 'provider' | 'unavailable' | 'unverified' | 'domain' | 'unknown' | 'disabled' | 'rateLimited';
const CALLBACK_REFUSALS: Record<string, Refusal> = {
  invalid: 'invalid',
  cancelled: 'cancelled',
  provider: 'provider',
  unverified: 'unverified',
  domain: 'domain',
};

function refused(ctx: WebContext, reason: Refusal, provider?: SsoProvider): Outcome {
  const t = ctx.tr(m);
  const name = provider?.displayName ?? t('anyProvider');
  return {
    kind: 'page',
    title: t('refusedTitle'),
    status: reason === 'unavailable' ? 503 : reason === 'rateLimited' ? 429 : 403,
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('refusedTitle')}</h1>
        <p class="kern-body">{t(reason, { provider: name })}</p>
        {reason === 'unknown' ? (
          <>
            <p class="kern-body">{t('unknownWhom')}</p>
            <p class="kern-body">
              <a class="kern-link" href="/mitglied-werden">{t('join')}</a>
            </p>
          </>
        ) : null}
        {reason === 'unknown' || reason === 'disabled' ? (
          <p class="kern-body">
            <a class="kern-link" href="/impressum">{t('contact')}</a>
          </p>
        ) : null}
        <p class="kern-body">
          <a class="kern-link" href="/anmelden">{t('again')}</a>
        </p>
      </div>
    ),
  };
}

/** The configured providers (one small query; the sign-in page shows them). */
export async function loadProviders(ctx: WebContext): Promise<SsoProvider[]> {
  return (await ctx.load(ProvidersQuery, {})).singleSignOnProviders;
}

/** GET /anmelden/sso/:anbieter — opens the flow at the gateway and sends the browser to the provider. */
async function start(ctx: WebContext): Promise<Outcome> {
  const id = (ctx.req.params as { anbieter: string }).anbieter;
  const result = await ctx.api(StartMutation, { provider: id, browserBinding: ctx.singleSignOnBinding, returnTo: safeLocalPath(ctx.query('zurueck')) });
  const url = result.data?.startSingleSignOn.authorizationUrl;
  if (url) {
    ctx.reply.header('referrer-policy', 'no-referrer');
    // The one redirect that leaves the platform: to the provider's own address from the gateway.
    return { kind: 'redirect', location: url };
  }
  const code = result.errors[0]?.extensions?.code;
  if (code === 'BAD_USER_INPUT') return { kind: 'status', status: 404 };
  if (code === 'RATE_LIMITED') return refused(ctx, 'rateLimited');
  // The provider's discovery failed (down, misconfigured): the gateway logged it with an errorId.
  return refused(ctx, 'unavailable', (await loadProviders(ctx)).find((p) => p.id === id));
}

/** GET /anmelden/sso/abschluss — the gateway's callback hands over the single-use code here. */
async function complete(ctx: WebContext): Promise<Outcome> {
  ctx.reply.header('referrer-policy', 'no-referrer');
  const code = ctx.query('code') ?? '';
  if (!code) return refused(ctx, 'invalid');
  const result = await ctx.api(CompleteMutation, { code, browserBinding: ctx.singleSignOnBinding, locale: ctx.locale });
  const payload = result.data?.completeSingleSignOn;
  if (!payload) {
    const error = result.errors[0]?.extensions;
    if (error?.reason === 'SSO_UNKNOWN_EMAIL') return refused(ctx, 'unknown');
    if (error?.reason === 'SSO_ACCOUNT_DISABLED') return refused(ctx, 'disabled');
    if (error?.code === 'UNAUTHENTICATED' || error?.code === 'BAD_USER_INPUT') return refused(ctx, 'invalid');
    return ctx.errorOutcome(result.errors);
  }
  await ctx.startSession(payload);
  const locale: Locale = payload.user.locale === 'en' ? 'en' : 'de';
  if (locale !== ctx.locale) ctx.reply.setCookie(LOCALE_COOKIE, locale, ctx.cookieOptions(365 * 86_400));
  return ctx.redirect(safeLocalPath(ctx.query('zurueck')), translator(m, locale)('signedIn'));
}

/** GET /anmelden/sso/abgelehnt — the gateway's callback refused the provider's answer. */
async function refusedPage(ctx: WebContext): Promise<Outcome> {
  const reason = CALLBACK_REFUSALS[ctx.query('grund') ?? ''] ?? 'invalid';
  const id = ctx.query('anbieter');
  return refused(ctx, reason, id ? (await loadProviders(ctx)).find((p) => p.id === id) : undefined);
}

export const singleSignOnRoutes = [
  get('/anmelden/sso/abschluss', complete),
  get('/anmelden/sso/abgelehnt', refusedPage),
  get('/anmelden/sso/:anbieter', start),
];
