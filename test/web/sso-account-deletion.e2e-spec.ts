import type { Page } from 'playwright-core';
import { TokenCodec } from '@ikone/membership';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { FetchBrowser, startTestOidcProvider, TestOidcProvider } from '../support/oidc-provider';
import { axeViolations, freePort, visible, WebPlatform, startWebPlatform } from './support/web-platform';

const SECRET = 'ikone-test-client-secret-0123456789';
const BINDING = 'b'.repeat(40);

/**
 * Accounts that came through single sign-on have no password, and must still be able to delete
 * themselves (ADR 0021): they type their own email address, and their sign-in must be at most
 * 10 minutes old. The accounts here come from invitations accepted through a real OpenID Connect
 * provider, as in production.
 */
describe('deleting an account that has no password (single sign-on)', () => {
  let p: WebPlatform;
  let idp: TestOidcProvider;
  let coordinator: { token: string };

  beforeAll(async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    p = await startWebPlatform({
      LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000',
      OIDC_PROVIDERS: JSON.stringify([{ id: 'testverwaltung', name: 'Testverwaltung', issuer, clientId: 'ikone', clientSecret: SECRET, domains: ['kl.example'] }]),
    });
    idp = await startTestOidcProvider(port, [{ clientId: 'ikone', clientSecret: SECRET, redirectUris: [`${p.url}/sso/testverwaltung/callback`] }]);
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR' });
  });

  afterAll(async () => {
    await idp?.close();
    await p?.close();
  });

  const invite = async (email: string): Promise<string> => {
    const municipality = await makeMunicipality(p.gw.app);
    const res = await p.gw.gql<{ inviteUser: { id: string } }>(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
      { i: { email, role: 'MEMBER', municipalityId: municipality.id } },
      coordinator.token,
    );
    expect(res.errors).toBeUndefined();
    return `/einladung?token=${encodeURIComponent(p.gw.app.get(TokenCodec).encode('invitation', res.data!.inviteUser.id))}`;
  };

  /** The whole flow through the API, as any client would run it: start, provider sign-in, callback, complete. */
  const signInThroughProvider = async (account: string): Promise<string> => {
    const started = await p.gw.gql<{ startSingleSignOn: { authorizationUrl: string } }>(
      `mutation($b: String!) { startSingleSignOn(provider: "testverwaltung", browserBinding: $b, returnTo: "/") { authorizationUrl } }`,
      { b: BINDING },
    );
    expect(started.errors).toBeUndefined();
    const b = new FetchBrowser();
    const login = await b.follow(started.data!.startSingleSignOn.authorizationUrl);
    const callback = (await b.follow(await b.signInAtProvider(login.response!, account), (u) => u.pathname.startsWith('/sso/'))).url;
    const handOver = new URL((await b.request(callback)).headers.get('location')!, p.url);
    const completed = await p.gw.gql<{ completeSingleSignOn: { accessToken: string } }>(
      `mutation($c: String!, $b: String!) { completeSingleSignOn(code: $c, browserBinding: $b) { accessToken } }`,
      { c: handOver.searchParams.get('code'), b: BINDING },
    );
    expect(completed.errors).toBeUndefined();
    return completed.data!.completeSingleSignOn.accessToken;
  };

  const refusal = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.map((e) => [e.extensions?.code, e.extensions?.reason, e.extensions?.field]);
  const statusOf = async (email: string) => (await p.gw.db.query(`select status from app_user where lower(email) = lower($1)`, [email]))[0]?.status;

  it('API: confirms with the own email address after a recent sign-in; refuses a wrong or missing address and an old sign-in', async () => {
    const email = 'clara.claim@kl.example';
    await invite(email);
    idp.accounts.set('clara', { email, email_verified: true, name: 'Clara Claim' });
    const token = await signInThroughProvider('clara');
    const me = await p.gw.gql<{ me: { hasPassword: boolean } }>(`{ me { hasPassword } }`, {}, token);
    expect(me.data?.me.hasPassword).toBe(false);

    // exportMyData names the provider and subject the account signs in with, and when (ADR 0007).
    await signInThroughProvider('clara');
    const exported = await p.gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, token);
    const sso = JSON.parse(exported.data!.exportMyData).einmalAnmeldung as Array<Record<string, string>>;
    const [{ first, last }] = await p.gw.db.query(
      `select min(at) as first, max(at) as last from audit_entry where subject_id = (select id::text from app_user where email = $1) and action in ('invitation.accepted', 'user.signed-in-sso')`,
      [email],
    );
    expect(sso).toEqual([{ provider: 'testverwaltung', subject: 'clara', firstSignedInAt: first.toISOString(), lastSignedInAt: last.toISOString() }]);
    expect(new Date(sso[0].lastSignedInAt).getTime()).toBeGreaterThan(new Date(sso[0].firstSignedInAt).getTime());

    const del = (args: string) => p.gw.gql(`mutation { deleteMyAccount${args} }`, {}, token);
    expect(refusal(await del(''))).toEqual([['BAD_USER_INPUT', 'CONFIRM_EMAIL_MISMATCH', 'confirmEmail']]);
    expect(refusal(await del(`(confirmEmail: "someone.else@kl.example")`))).toEqual([['BAD_USER_INPUT', 'CONFIRM_EMAIL_MISMATCH', 'confirmEmail']]);
    // A password does not stand in for the address: the account has none.
    expect(refusal(await del(`(password: "${TEST_PASSWORD}")`))).toEqual([['BAD_USER_INPUT', 'CONFIRM_EMAIL_MISMATCH', 'confirmEmail']]);

    // Eleven minutes after the sign-in, the session alone is not enough.
    await p.gw.db.query(`update auth_session set created_at = now() - interval '11 minutes' where user_id = (select id from app_user where email = $1)`, [email]);
    expect(refusal(await del(`(confirmEmail: "${email}")`))).toEqual([['FORBIDDEN', 'RECENT_SIGN_IN_REQUIRED', 'confirmEmail']]);
    expect(await statusOf(email)).toBe('ACTIVE');

    // Signing in again through the provider makes it recent; the address is compared without case.
    const fresh = await signInThroughProvider('clara');
    const deleted = await p.gw.gql(`mutation { deleteMyAccount(confirmEmail: " Clara.Claim@KL.example ") }`, {}, fresh);
    expect(deleted.errors).toBeUndefined();
    expect(await statusOf(email)).toBeUndefined();
    expect((await p.gw.gql(`{ me { id } }`, {}, fresh)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await p.gw.gql(`{ me { id } }`, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('API: accounts with a password still confirm with it, and the email address alone does not do', async () => {
    const person = await makeUser(p.gw.app, { email: 'paul.passwort@kl.example' });
    expect((await p.gw.gql<{ me: { hasPassword: boolean } }>(`{ me { hasPassword } }`, {}, person.token)).data?.me.hasPassword).toBe(true);
    // Never signed in through a provider: nothing to export there.
    expect(JSON.parse((await p.gw.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, person.token)).data!.exportMyData).einmalAnmeldung).toEqual([]);
    // Other accounts do not reveal it.
    const listed = await p.gw.gql<{ users: { edges: { node: { email: string; hasPassword: boolean | null } }[] } }>(
      `{ users(filter: { search: "paul.passwort" }) { edges { node { email hasPassword } } } }`,
      {},
      coordinator.token,
    );
    expect(listed.data?.users.edges.map((e) => e.node)).toEqual([{ email: person.email, hasPassword: null }]);
    const byEmail = await p.gw.gql(`mutation { deleteMyAccount(confirmEmail: "${person.email}") }`, {}, person.token);
    expect(refusal(byEmail)).toEqual([['BAD_USER_INPUT', 'WRONG_PASSWORD', 'password']]);
    expect(await statusOf(person.email)).toBe('ACTIVE');
    expect((await p.gw.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: TEST_PASSWORD }, person.token)).errors).toBeUndefined();
    expect(await statusOf(person.email)).toBeUndefined();
  });

  it('web: „Meine Daten“ asks an account without a password for its email address, offers to sign in again, and deletes it (without JavaScript)', async () => {
    const email = 'dora.draussen@kl.example';
    const path = await invite(email);
    idp.accounts.set('dora', { email, email_verified: true, name: 'Dora Draußen' });
    // With JavaScript: the page and its error state pass axe (the confirm dialog is accepted).
    const withJs = await p.newContext();
    let page: Page = await withJs.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    /** At the provider: its login form the first time; later its own session may send the person straight back. */
    const signIn = async (back: string) => {
      await page.waitForURL((u) => u.origin === idp.issuer || (u.origin === p.url && u.pathname === back));
      if (new URL(page.url()).origin !== idp.issuer) return;
      await page.getByPlaceholder('Enter any login').fill('dora');
      await page.getByPlaceholder('and password').fill('beim-Anbieter');
      await Promise.all([page.waitForURL((u) => u.origin === p.url && u.pathname === back), page.getByRole('button', { name: 'Sign-in' }).click()]);
    };
    /** Fills and sends the deletion form on „Meine Daten“. */
    const submitDeletion = async (address: string) => {
      await page.getByLabel('Ihre E-Mail-Adresse').fill(address);
      await page.getByLabel(/Ich verstehe, dass mein Konto endgültig gelöscht wird/).check();
      await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    };
    await page.goto(path);
    await page.getByRole('link', { name: 'Anmelden mit Testverwaltung' }).click();
    await signIn('/');
    await visible(page.getByText(/^Angemeldet als Dora Draußen/));
    await page.goto('/meine-daten');
    expect(await page.getByLabel('Ihr aktuelles Passwort').count()).toBe(0);
    await visible(page.getByLabel('Ihre E-Mail-Adresse'));
    expect(await axeViolations(page)).toEqual([]);
    // A wrong address: the error summary names the field.
    await submitDeletion('dora@anderswo.example');
    await visible(page.getByRole('link', { name: 'Bitte geben Sie zur Bestätigung genau die E-Mail-Adresse Ihres Kontos ein.' }));
    expect(await axeViolations(page)).toEqual([]);
    await withJs.close();

    // Without JavaScript, in another browser: sign in, let the sign-in grow old, sign in again from the page, delete.
    const context = await p.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto('/anmelden?zurueck=/meine-daten');
    await page.getByRole('link', { name: 'Anmelden mit Testverwaltung' }).click();
    await signIn('/meine-daten');
    // The sign-in grows old: the form says so; signing in again from the page brings the person back.
    await p.gw.db.query(`update auth_session set created_at = now() - interval '11 minutes' where user_id = (select id from app_user where email = $1)`, [email]);
    await submitDeletion(email);
    await visible(page.getByRole('link', { name: /Ihre Anmeldung liegt mehr als 10 Minuten zurück/ }));
    expect(await statusOf(email)).toBe('ACTIVE');
    await page.getByRole('link', { name: 'Anmelden mit Testverwaltung' }).click();
    await signIn('/meine-daten');

    await submitDeletion(email);
    await visible(page.getByText('Ihr Konto wurde gelöscht.'));
    expect(await statusOf(email)).toBeUndefined();
    await context.close();
  });
});
