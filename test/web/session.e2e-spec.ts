import { loadConfig } from '@ikone/platform';
import { createWebServer } from '../../apps/web/src/index';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

/** Sessions and CSRF of the web application (ADR 0013), seen from the browser. */
describe('web: sessions and CSRF', () => {
  let p: WebPlatform;
  let member: { email: string; user: { id: string } };

  beforeAll(async () => {
    p = await startWebPlatform();
    const kl = await makeMunicipality(p.gw.app, '07312000');
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Jana Sitzung' });
  });

  afterAll(async () => {
    await p?.close();
  });

  const sessions = async () =>
    (await p.gw.db.query(`select refresh_token, access_token from web_session where user_id = $1`, [member.user.id])) as Array<{ refresh_token: string; access_token: string }>;

  it('keeps tokens on the server: the browser holds only a random session id', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await signIn(page, member.email, TEST_PASSWORD);
    const [row] = await sessions();
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['ikone_sid']));
    for (const cookie of cookies) {
      expect(cookie.value).not.toContain(row.access_token);
      expect(cookie.value).not.toContain(row.refresh_token);
      expect(cookie.httpOnly).toBe(true);
    }
    expect(await page.content()).not.toContain(row.access_token);
    await context.close();
  });

  it('refreshes a stale access token once, even for parallel requests', async () => {
    await p.gw.db.query(`delete from web_session where user_id = $1`, [member.user.id]);
    const context = await p.newContext();
    const page = await context.newPage();
    await signIn(page, member.email, TEST_PASSWORD);
    const [before] = await sessions();
    const issued = async () =>
      ((await p.gw.db.query(`select count(*)::int as n from refresh_token t join auth_session s on s.id = t.session_id where s.user_id = $1`, [member.user.id])) as Array<{ n: number }>)[0].n;
    const issuedBefore = await issued();
    // The clock moves on: the access token is due for refresh.
    await p.gw.db.query(`update web_session set access_expires_at = now() where user_id = $1`, [member.user.id]);
    const answers = await Promise.all(Array.from({ length: 6 }, () => page.request.get('/praxisbeispiele')));
    for (const answer of answers) expect(await answer.text()).toContain('Angemeldet als Jana Sitzung');
    const after = await sessions();
    expect(after).toHaveLength(1);
    expect(after[0].refresh_token).not.toBe(before.refresh_token);
    expect(await issued()).toBe(issuedBefore + 1);
    // A second refresh with the old token would have ended the refresh family: still signed in.
    await page.goto('/');
    await visible(page.getByText('Angemeldet als Jana Sitzung'));
    await context.close();
  });

  it('refuses a POST without the CSRF token or from another origin, and changes nothing', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await signIn(page, member.email, TEST_PASSWORD);
    const token = await page.locator('form[action="/abmelden"] input[name="_csrf"]').getAttribute('value');
    expect(token).toBeTruthy();

    const noToken = await page.request.post('/abmelden', { form: {} });
    expect(noToken.status()).toBe(403);
    expect(await noToken.text()).toContain('Formular abgelaufen');

    const foreign = await page.request.post('/abmelden', { form: { _csrf: token! }, headers: { origin: 'https://angreifer.example' } });
    expect(foreign.status()).toBe(403);

    await page.goto('/');
    await visible(page.getByText('Angemeldet als Jana Sitzung'));

    // With the token from this browser, sign-out works and ends the server session.
    const rowsBefore = (await sessions()).length;
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await visible(page.getByText('Sie sind abgemeldet.'));
    expect((await sessions()).length).toBe(rowsBefore - 1);
    await context.close();
  });

  it('sends a security policy and frame protection with every page', async () => {
    const response = await fetch(`${p.url}/praxisbeispiele`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('is ready only when the gateway is', async () => {
    const ready = await fetch(`${p.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ok');

    // The same web, pointed at a gateway that does not answer.
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: p.gw.config.databaseUrl!, IKONE_DATA_DIR: p.gw.dataDir, GATEWAY_URL: 'http://127.0.0.1:1' });
    const lonely = await createWebServer(config);
    try {
      const answer = await lonely.app.inject({ method: 'GET', url: '/health/ready' });
      expect(answer.statusCode).toBe(503);
      expect((await lonely.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await lonely.close();
    }
  });

  it('follows only local paths after sign-in', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/anmelden?zurueck=//angreifer.example/x');
    await page.getByLabel('E-Mail-Adresse').fill(member.email);
    await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/anmelden'));
    expect(new URL(page.url()).host).toBe(new URL(p.url).host);
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
