import type { Page } from 'playwright-core';
import { ProvisioningService, TokenCodec } from '@ikone/membership';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { FetchBrowser, startTestOidcProvider, TestOidcProvider } from '../support/oidc-provider';
import { axeViolations, freePort, screenshot, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const SECRET = 'ikone-test-client-secret-0123456789';
const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).trim();

/**
 * Single sign-on (ADR 0021) against a real OpenID Connect provider in the test process: sign-in
 * and invitations in Chromium by clicking, and every refusal with a cookie-jar browser — each
 * ends on a page that says why, with no session created at the API or in the web.
 */
describe('web: single sign-on with OpenID Connect', () => {
  let p: WebPlatform;
  let idp: TestOidcProvider;
  let coordinator: { token: string };

  beforeAll(async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    p = await startWebPlatform({
      // Every flow here starts from 127.0.0.1, and starting is limited per address like login.
      LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000',
      OIDC_PROVIDERS: JSON.stringify([
        { id: 'testverwaltung', name: 'Testverwaltung', issuer, clientId: 'ikone', clientSecret: SECRET, domains: ['kl.example'] },
        { id: 'kreis', name: 'Kreisverwaltung', issuer, clientId: 'ikone-kreis', clientSecret: SECRET, domains: ['kreis.example'], passwordSignIn: false },
      ]),
    });
    idp = await startTestOidcProvider(port, [
      { clientId: 'ikone', clientSecret: SECRET, redirectUris: [`${p.url}/sso/testverwaltung/callback`] },
      { clientId: 'ikone-kreis', clientSecret: SECRET, redirectUris: [`${p.url}/sso/kreis/callback`] },
    ]);
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR' });
  });

  afterAll(async () => {
    await idp?.close();
    await p?.close();
  });

  afterEach(() => {
    idp.tamper = null;
  });

  const sessions = async () =>
    (await p.gw.db.query(`select (select count(*) from auth_session)::int as api, (select count(*) from web_session)::int as web`))[0] as { api: number; web: number };

  const invite = async (email: string, role: 'MEMBER' | 'OFFICER', municipalityId?: string) => {
    const res = await p.gw.gql<{ inviteUser: { id: string } }>(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, { i: { email, role, municipalityId } }, coordinator.token);
    expect(res.errors).toBeUndefined();
    return `/einladung?token=${encodeURIComponent(p.gw.app.get(TokenCodec).encode('invitation', res.data!.inviteUser.id))}`;
  };

  /** Starts at the web like the button does, signs in at the provider; returns the callback address. */
  const toCallback = async (b: FetchBrowser, account: string, options: { provider?: string; alter?: (authorization: URL) => void } = {}) => {
    const start = await b.request(`${p.url}/anmelden/sso/${options.provider ?? 'testverwaltung'}?zurueck=/benachrichtigungen`);
    expect(start.status).toBe(303);
    const authorization = new URL(start.headers.get('location')!);
    expect(authorization.origin).toBe(idp.issuer);
    options.alter?.(authorization);
    const login = await b.follow(authorization.href);
    const afterLogin = await b.signInAtProvider(login.response!, account);
    return (await b.follow(afterLogin, (u) => u.pathname.startsWith('/sso/'))).url;
  };

  /** Follows `url` to its page and checks that it is the refusal with `text` and that nobody was signed in. */
  const expectRefused = async (b: FetchBrowser, url: string, text: string, before?: { api: number; web: number }) => {
    const counts = before ?? (await sessions());
    const end = await b.follow(url);
    const html = await end.response!.text();
    expect(new URL(end.url).pathname).toMatch(/^\/anmelden\/sso\/(abgelehnt|abschluss)$/);
    expect(end.response!.status).toBe(403);
    expect(html).toContain('<h1 class="kern-heading-large">Anmeldung nicht möglich</h1>');
    expect(html).toContain(text);
    expect(await sessions()).toEqual(counts);
    expect(b.has('ikone_sid')).toBe(false);
  };

  it('signs in an existing member who clicks „Anmelden mit Testverwaltung“ and lands signed in', async () => {
    const municipality = await makeMunicipality(p.gw.app, '07312000');
    const person = await makeUser(p.gw.app, { municipality, email: 'anna.alt@kl.example', displayName: 'Anna Alt' });
    idp.accounts.set('anna', { email: 'Anna.Alt@kl.example', email_verified: true, name: 'Anna vom Amt' });
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/anmelden?zurueck=/benachrichtigungen');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'anmelden-sso');
    await page.getByRole('link', { name: 'Anmelden mit Testverwaltung' }).click();
    await page.waitForURL((u) => u.origin === idp.issuer);
    await page.getByPlaceholder('Enter any login').fill('anna');
    await page.getByPlaceholder('and password').fill('beim-Anbieter');
    await Promise.all([page.waitForURL((u) => u.origin === p.url && u.pathname === '/benachrichtigungen'), page.getByRole('button', { name: 'Sign-in' }).click()]);
    await visible(page.getByText('Sie sind angemeldet.'));
    await visible(page.getByText(/^Angemeldet als Anna Alt/));
    // The code was in one address only: not in the page the person sees now.
    expect(page.url()).not.toContain('code=');
    const audit = await p.gw.db.query(`select action, details from audit_entry where subject_id = $1 and action = 'user.signed-in-sso'`, [person.user.id]);
    expect(audit).toEqual([{ action: 'user.signed-in-sso', details: { provider: 'testverwaltung', subject: 'anna' } }]);
    await context.close();
  });

  it('accepts an invitation through the provider without JavaScript: the account gets the invitation’s role', async () => {
    const municipality = await makeMunicipality(p.gw.app, '07335035');
    const path = await invite('ben.berg@kl.example', 'OFFICER', municipality.id);
    idp.accounts.set('ben', { email: 'ben.berg@kl.example', email_verified: true, name: 'Ben Berg' });

    const withJs = await p.newContext();
    const shown = await withJs.newPage();
    await shown.goto(path);
    expect(await heading(shown)).toBe('Einladung annehmen');
    await visible(shown.getByRole('heading', { name: 'Mit dem Konto Ihrer Verwaltung annehmen' }));
    expect(await shown.getByRole('button', { name: 'Einladung annehmen' }).count()).toBe(1);
    expect(await axeViolations(shown)).toEqual([]);
    await withJs.close();

    const context = await p.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await page.getByRole('link', { name: 'Anmelden mit Testverwaltung' }).click();
    await page.getByPlaceholder('Enter any login').fill('ben');
    await page.getByPlaceholder('and password').fill('beim-Anbieter');
    await Promise.all([page.waitForURL((u) => u.origin === p.url && u.pathname === '/'), page.getByRole('button', { name: 'Sign-in' }).click()]);
    await visible(page.getByText(/^Angemeldet als Ben Berg/));
    const [user] = await p.gw.db.query(`select id, role, municipality_id, password_hash, display_name from app_user where email = 'ben.berg@kl.example'`);
    expect(user).toMatchObject({ role: 'OFFICER', municipality_id: municipality.id, password_hash: null, display_name: 'Ben Berg' });
    const [invitation] = await p.gw.db.query(`select accepted_at from invitation where email = 'ben.berg@kl.example'`);
    expect(invitation.accepted_at).not.toBeNull();
    const [audit] = await p.gw.db.query(`select details from audit_entry where subject_id = $1 and action = 'invitation.accepted'`, [user.id]);
    expect(audit.details).toMatchObject({ via: 'sso', provider: 'testverwaltung', subject: 'ben', role: 'OFFICER' });
    // The same person signs in again later: the account is found, no second one is made.
    const again = new FetchBrowser();
    const end = await again.follow(await toCallback(again, 'ben'));
    expect(new URL(end.url).pathname).toBe('/benachrichtigungen');
    expect(again.has('ikone_sid')).toBe(true);
    expect((await p.gw.db.query(`select count(*)::int as n from app_user where lower(email) = 'ben.berg@kl.example'`))[0].n).toBe(1);
    await context.close();
  });

  it('switches password sign-in off for a provider’s domain: the form points to the provider button', async () => {
    await p.gw.app.get(ProvisioningService).createUser({ email: 'carla.kreis@kreis.example', displayName: 'Carla Kreis', password: TEST_PASSWORD, role: 'MEMBER', municipalityId: null });
    const login = await p.gw.gql(`mutation { login(email: "Carla.Kreis@kreis.example", password: "${TEST_PASSWORD}") { accessToken } }`);
    expect(login.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field])).toEqual([['FORBIDDEN', 'PASSWORD_SIGN_IN_DISABLED', 'email']]);

    const context = await p.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill('carla.kreis@kreis.example');
    await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    expect(await page.title()).toBe('Fehler: Anmelden – IKONE');
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe('Für Adressen von kreis.example ist die Anmeldung mit Passwort abgeschaltet. Bitte wählen Sie „Anmelden mit Kreisverwaltung“.');
    idp.accounts.set('carla', { email: 'carla.kreis@kreis.example', email_verified: true });
    await page.getByRole('link', { name: 'Anmelden mit Kreisverwaltung', exact: true }).click();
    await page.getByPlaceholder('Enter any login').fill('carla');
    await page.getByPlaceholder('and password').fill('beim-Anbieter');
    await Promise.all([page.waitForURL((u) => u.origin === p.url && u.pathname === '/'), page.getByRole('button', { name: 'Sign-in' }).click()]);
    await visible(page.getByText(/^Angemeldet als Carla Kreis/));
    await context.close();

    // An invitation for that domain offers the provider only, and the API refuses a password for it.
    const path = await invite('dora.dorf@kreis.example', 'MEMBER');
    const withJs = await p.newContext();
    const shown = await withJs.newPage();
    await shown.goto(path);
    await visible(shown.getByText('Für Adressen Ihrer Verwaltung ist die Anmeldung mit Passwort abgeschaltet.'));
    expect(await shown.getByRole('link', { name: 'Anmelden mit Kreisverwaltung' }).count()).toBe(1);
    expect(await shown.getByLabel('Passwort', { exact: true }).count()).toBe(0);
    expect(await axeViolations(shown)).toEqual([]);
    await screenshot(shown, 'einladung-sso');
    await withJs.close();
    const token = new URL(path, p.url).searchParams.get('token');
    const accepted = await p.gw.gql(`mutation($t: String!) { acceptInvitation(token: $t, displayName: "Dora", password: "Dorfgemeinschaft-2026") { accessToken } }`, { t: token });
    expect(accepted.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['FORBIDDEN', 'PASSWORD_SIGN_IN_DISABLED']]);
    expect((await p.gw.db.query(`select count(*)::int as n from app_user where email = 'dora.dorf@kreis.example'`))[0].n).toBe(0);
  });

  it('names the field for an unknown provider or a short binding; the web answers 404 for an unknown provider', async () => {
    const start = (provider: string, binding: string) =>
      p.gw.gql(`mutation($p: ID!, $b: String!) { startSingleSignOn(provider: $p, browserBinding: $b) { authorizationUrl } }`, { p: provider, b: binding });
    const unknown = await start('unbekannt', 'b'.repeat(40));
    expect(unknown.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'provider']]);
    const short = await start('testverwaltung', 'kurz');
    expect(short.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'browserBinding']]);
    const ok = await start('testverwaltung', 'b'.repeat(40));
    const url = new URL((ok.data as { startSingleSignOn: { authorizationUrl: string } }).startSingleSignOn.authorizationUrl);
    expect(Object.fromEntries([...url.searchParams].filter(([k]) => k !== 'state' && k !== 'nonce' && k !== 'code_challenge'))).toEqual({
      client_id: 'ikone', redirect_uri: `${p.url}/sso/testverwaltung/callback`, response_type: 'code', scope: 'openid email profile', code_challenge_method: 'S256',
    });
    expect((await fetch(`${p.url}/anmelden/sso/unbekannt`, { redirect: 'manual' })).status).toBe(404);
    const providers = await p.gw.gql(`{ singleSignOnProviders { id displayName domains passwordSignIn } }`);
    expect(providers.data).toEqual({ singleSignOnProviders: [
      { id: 'testverwaltung', displayName: 'Testverwaltung', domains: ['kl.example'], passwordSignIn: true },
      { id: 'kreis', displayName: 'Kreisverwaltung', domains: ['kreis.example'], passwordSignIn: false },
    ] });
  });

  describe('refusals: a page that says why, and no session', () => {
    beforeAll(async () => {
      await makeUser(p.gw.app, { email: 'erika.echt@kl.example', displayName: 'Erika Echt' });
      idp.accounts.set('erika', { email: 'erika.echt@kl.example', email_verified: true });
    });

    it('refuses a callback with a state this platform never issued', async () => {
      const b = new FetchBrowser();
      const callback = new URL(await toCallback(b, 'erika'));
      callback.searchParams.set('state', 'x'.repeat(43));
      await expectRefused(b, callback.href, 'Diese Anmeldung ist abgelaufen, wurde schon verwendet oder in einem anderen Browser begonnen.');
    });

    it('refuses to finish in another browser a sign-in started in this one (state bound to the browser)', async () => {
      const started = new FetchBrowser();
      const callback = await toCallback(started, 'erika');
      const other = new FetchBrowser();
      await other.request(`${p.url}/anmelden`);
      await expectRefused(other, callback, 'in einem anderen Browser begonnen');
      // The code was spent by that attempt: the right browser cannot use it afterwards either.
      const abschluss = (await fetch(callback, { redirect: 'manual' })).headers.get('location');
      expect(abschluss).toMatch(/\/anmelden\/sso\/abgelehnt\?grund=invalid/);
    });

    it('refuses a replayed callback (the same state and provider code) after a successful sign-in', async () => {
      const b = new FetchBrowser();
      const callback = await toCallback(b, 'erika');
      const first = await b.follow(callback);
      expect(new URL(first.url).pathname).toBe('/benachrichtigungen');
      const after = await sessions();
      const replay = new FetchBrowser();
      await expectRefused(replay, callback, 'wurde schon verwendet', after);
    });

    it('refuses the provider’s code replayed into a fresh flow (the provider refuses it, PKCE does not match)', async () => {
      const b = new FetchBrowser();
      const used = new URL(await toCallback(b, 'erika'));
      await b.follow(used.href);
      const after = await sessions();
      const fresh = new FetchBrowser();
      const next = new URL(await toCallback(fresh, 'erika'));
      next.searchParams.set('code', used.searchParams.get('code')!);
      await expectRefused(fresh, next.href, 'hat die Anmeldung nicht bestätigt, oder seine Antwort hat die Prüfung nicht bestanden', after);
    });

    it('refuses the platform’s single-use code a second time, even in the same browser', async () => {
      const b = new FetchBrowser();
      const callback = await toCallback(b, 'erika');
      const handOver = (await b.request(callback)).headers.get('location')!;
      expect(handOver).toMatch(/\/anmelden\/sso\/abschluss\?code=[A-Za-z0-9_-]{43}&zurueck=%2Fbenachrichtigungen$/);
      expect(handOver).not.toMatch(/token/i);
      const first = await b.follow(handOver);
      expect(new URL(first.url).pathname).toBe('/benachrichtigungen');
      const after = await sessions();
      const again = new FetchBrowser();
      await again.request(`${p.url}/anmelden`);
      await expectRefused(again, handOver, 'wurde schon verwendet', after);
      // And through the API, whoever asks.
      const code = new URL(handOver).searchParams.get('code');
      const api = await p.gw.gql(`mutation($c: String!, $b: String!) { completeSingleSignOn(code: $c, browserBinding: $b) { accessToken } }`, { c: code, b: 'b'.repeat(40) });
      expect(api.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['UNAUTHENTICATED', 'SSO_CODE_INVALID']]);
    });

    it('refuses an authorization request without PKCE (the provider answers with an error)', async () => {
      const b = new FetchBrowser();
      const start = await b.request(`${p.url}/anmelden/sso/testverwaltung`);
      const authorization = new URL(start.headers.get('location')!);
      expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
      authorization.searchParams.delete('code_challenge');
      authorization.searchParams.delete('code_challenge_method');
      const back = await b.follow(authorization.href, (u) => u.pathname.startsWith('/sso/'));
      expect(new URL(back.url).searchParams.get('error')).toBe('invalid_request');
      await expectRefused(b, back.url, 'hat die Anmeldung nicht bestätigt');
    });

    it('refuses an email the provider does not call verified', async () => {
      idp.accounts.set('ungeprueft', { email: 'erika.echt@kl.example', email_verified: false });
      const b = new FetchBrowser();
      await expectRefused(b, await toCallback(b, 'ungeprueft'), 'hat Ihre E-Mail-Adresse nicht als bestätigt gemeldet');
    });

    it('refuses an email outside the domains the provider serves', async () => {
      idp.accounts.set('fremd', { email: 'erika.echt@anderswo.example', email_verified: true });
      const b = new FetchBrowser();
      await expectRefused(b, await toCallback(b, 'fremd'), 'gehört nicht zu den Domains, für die Testverwaltung hier anmelden darf');
    });

    it.each([
      ['issued for another audience', { claims: (c: Record<string, unknown>) => ({ ...c, aud: 'andere-anwendung' }) }],
      ['with another nonce', { claims: (c: Record<string, unknown>) => ({ ...c, nonce: 'fremd' }) }],
      ['expired', { claims: (c: Record<string, unknown>) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }) }],
      ['from another issuer', { claims: (c: Record<string, unknown>) => ({ ...c, iss: 'http://127.0.0.1:1' }) }],
      ['signed by another key', { foreignKey: true }],
    ])('refuses an ID token %s', async (_name, tampering) => {
      const b = new FetchBrowser();
      const callback = await toCallback(b, 'erika');
      idp.tamper = tampering;
      await expectRefused(b, callback, 'hat die Anmeldung nicht bestätigt');
    });

    it('refuses a verified email without an account or an open invitation, and explains how accounts come about', async () => {
      idp.accounts.set('unbekannt', { email: 'udo.unbekannt@kl.example', email_verified: true });
      const b = new FetchBrowser();
      await expectRefused(b, await toCallback(b, 'unbekannt'), 'gibt es bei IKONE weder ein Konto noch eine offene Einladung');
      expect((await p.gw.db.query(`select count(*)::int as n from app_user where email = 'udo.unbekannt@kl.example'`))[0].n).toBe(0);
    });

    it('refuses a disabled account', async () => {
      const person = await makeUser(p.gw.app, { email: 'gesperrt@kl.example' });
      const disabled = await p.gw.gql(`mutation($id: ID!) { disableUser(id: $id) { status } }`, { id: person.user.id }, coordinator.token);
      expect(disabled.errors).toBeUndefined();
      idp.accounts.set('gesperrt', { email: 'gesperrt@kl.example', email_verified: true });
      const b = new FetchBrowser();
      await expectRefused(b, await toCallback(b, 'gesperrt'), 'Ihr Konto bei IKONE ist gesperrt.');
    });

    it('says so when the person cancels at the provider', async () => {
      const b = new FetchBrowser();
      const start = await b.request(`${p.url}/anmelden/sso/testverwaltung`);
      const login = await b.follow(start.headers.get('location')!);
      const abort = new URL(`${login.url}/abort`);
      await expectRefused(b, abort.href, 'Die Anmeldung bei Testverwaltung wurde abgebrochen.');
    });
  });

  it.each(['de', 'en'] as const)('the refusal pages have one h1 and no axe-core violation (%s)', async (locale) => {
    const context = await p.newContext();
    await context.addCookies([{ name: 'ikone_lang', value: locale, url: p.url }]);
    const page = await context.newPage();
    for (const path of ['/anmelden/sso/abgelehnt?grund=domain&anbieter=testverwaltung', '/anmelden/sso/abschluss?code=abc', '/anmelden']) {
      await page.goto(path);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(await heading(page)).toBe(locale === 'de' ? 'Anmelden' : 'Sign in');
    await context.close();
  });
});
