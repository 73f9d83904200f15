import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { axeViolations, focused, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

/** A visitor reads the network; a member signs in and out — in real Chromium, by clicking. */
describe('web: public pages', () => {
  let p: WebPlatform;
  let member: { email: string };

  beforeAll(async () => {
    p = await startWebPlatform();
    const kl = await makeMunicipality(p.gw.app, '07312000');
    const coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    const created = await p.gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      {
        i: {
          title: 'Online-Terminvergabe im Bürgerbüro',
          summary: 'Termine für das Bürgerbüro online buchen: kürzere Wartezeiten, planbare Tage.',
          problem: 'Lange **Schlangen** am Montagmorgen.',
          solution: '- Buchungssystem\n- Erinnerung per E-Mail',
          maturity: 'OPERATIONAL',
          topicSlugs: ['verwaltungsdigitalisierung'],
          visibility: 'PUBLIC',
          costOneOff: 12000,
          costYearly: 2400,
        },
      },
      coordinator.token,
    );
    expect(created.errors).toBeUndefined();
    const submitted = await p.gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: created.data!.createCaseStudy.id }, coordinator.token);
    expect(submitted.errors).toBeUndefined();
  });

  afterAll(async () => {
    await p?.close();
  });

  it('shows the latest case study on the start page and opens it with every field', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.title()).toBe('Interkommunales Netzwerk Digitale Stadt – IKONE');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'startseite');
    await page.getByRole('link', { name: 'Online-Terminvergabe im Bürgerbüro' }).click();
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Online-Terminvergabe im Bürgerbüro');
    expect(await page.locator('main').innerText()).toMatch(/12\.000\s€/);
    // Markdown rendered: the bold word and the list.
    await visible(page.locator('main strong', { hasText: 'Schlangen' }));
    await visible(page.getByRole('listitem').filter({ hasText: 'Buchungssystem' }));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'praxisbeispiel');
    await context.close();
  });

  it('filters the case-study list by maturity without JavaScript', async () => {
    const context = await p.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/praxisbeispiele');
    await visible(page.getByText('1 Praxisbeispiel', { exact: true }));
    await page.getByLabel('Pilot').check();
    await Promise.all([page.waitForURL(/reife=PILOT/), page.getByRole('button', { name: 'Anwenden' }).click()]);
    await visible(page.getByText('Keine Praxisbeispiele gefunden'));
    expect(new URL(page.url()).searchParams.getAll('reife')).toEqual(['PILOT']);
    // axe-core needs JavaScript in the page: the same page is checked with it in the next test.
    await context.close();
  });

  it('has no axe-core violation on the filtered list', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/praxisbeispiele?reife=PILOT&thema=bildung');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('signs a member in and out, and tells a wrong password at the field', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(member.email);
    await page.getByLabel('Passwort', { exact: true }).fill('falsch-falsch-falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    expect(await page.title()).toMatch(/^Fehler: Anmelden/);
    expect(await page.getByRole('alert').innerText()).toContain('E-Mail-Adresse oder Passwort stimmen nicht.');
    expect(await focused(page)).toBe('alert');
    expect(await axeViolations(page)).toEqual([]);

    await signIn(page, member.email, TEST_PASSWORD);
    await visible(page.getByText(/^Angemeldet als Testperson/));
    const cookies = await context.cookies();
    const sid = cookies.find((c) => c.name === 'ikone_sid');
    expect(sid?.httpOnly).toBe(true);
    expect(sid?.sameSite).toBe('Lax');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await visible(page.getByText('Sie sind abgemeldet.'));
    await visible(page.getByRole('link', { name: 'Anmelden' }));
    await context.close();
  });

  it('answers an unknown page with 404 in the layout, and switches to English', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    const response = await page.goto('/gibt-es-nicht');
    expect(response?.status()).toBe(404);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Seite nicht gefunden');
    await page.goto('/');
    await page.getByRole('link', { name: 'Sprache wechseln: English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Inter-municipal Digital City Network');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('passes GraphQL through on the same address', async () => {
    const response = await fetch(`${p.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ caseStudies(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { caseStudies: { totalCount: 1 } } });
  });
});
