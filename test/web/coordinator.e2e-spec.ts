import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const SECRET_EMAIL = 'bertha.bewerberin@example.org';
const SECRET_NAME = 'Bertha Bewerberin';

/** The coordinator workspace in Chromium: every page axe-clean in both languages, refused to everyone else. */
describe('web: coordinator workspace', () => {
  let p: WebPlatform;
  let coordinator: { email: string };
  let member: { email: string };
  let officer: { email: string; token: string };
  let approveId: string;
  let declineId: string;
  let inReviewId: string;
  let eventId: string;
  let disableEmail: string;
  const pages: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const r = await p.gw.gql<T>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };

  beforeAll(async () => {
    p = await startWebPlatform();
    const kl = await makeMunicipality(p.gw.app, '07312000');
    const mainz = await makeMunicipality(p.gw.app, '07315000');
    const coord = await makeUser(p.gw.app, { role: 'COORDINATOR', displayName: 'Anna Koordinatorin' });
    coordinator = coord;
    const m = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    member = m;
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl });
    const create = async (title: string, token: string, municipalityId?: string) => {
      const { createCaseStudy } = await gql<{ createCaseStudy: { id: string } }>(
        `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
        { i: { title, summary: `${title}: kurz erklärt.`, maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['smart-city'], ...(municipalityId ? { municipalityId } : {}) } },
        token,
      );
      await gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: createCaseStudy.id }, token);
      return createCaseStudy.id;
    };
    // Published directly by the coordinator: Kaiserslautern 2, Mainz 1 (the statistics count them).
    const reported = await create('Sensoren für Parkplätze', coord.token, kl.id);
    await create('Digitale Bauakte', coord.token, kl.id);
    await create('Open-Data-Portal Mainz', coord.token, mainz.id);
    inReviewId = await create('Chatbot im Bürgerbüro', officer.token);
    const starts = new Date(Date.now() + 14 * 86_400_000);
    const { createEvent } = await gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      { i: { title: 'Werkstatt Datenplattform', description: 'Wir bauen gemeinsam.', startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 7_200_000).toISOString(), format: 'ON_SITE', location: 'Rathaus Kaiserslautern', visibility: 'NETWORK', topicSlugs: ['open-data'] } },
      officer.token,
    );
    eventId = createEvent.id;
    await gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: eventId }, officer.token);
    disableEmail = (await makeUser(p.gw.app, { role: 'MEMBER', municipality: mainz, displayName: 'Dieter Deaktiviert' })).email;
    await gql(`mutation($id: ID!) { reportContent(subjectId: $id, reason: SPAM, note: "Werbung für einen Anbieter") { id } }`, { id: reported }, m.token);
    const apply = async (ags: string, name: string, email: string) =>
      (
        await gql<{ applyForMembership: { id: string } }>(
          `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`,
          { i: { ags, applicantName: name, applicantEmail: email, motivation: 'Wir möchten von anderen Kommunen lernen.' } },
        )
      ).applyForMembership.id;
    approveId = await apply('07335034', SECRET_NAME, SECRET_EMAIL);
    declineId = await apply('07332044', 'Carl Antragsteller', 'carl.antragsteller@example.org');
    pages.push(
      '/koordination',
      '/koordination/statistik',
      '/koordination/pruefung',
      `/koordination/pruefung/${inReviewId}`,
      `/koordination/pruefung/${eventId}`,
      '/koordination/meldungen',
      '/koordination/antraege',
      `/koordination/antraege/${approveId}`,
      '/koordination/kommunen',
      '/koordination/partner',
      '/koordination/personen',
      '/koordination/einladen',
      '/koordination/themen',
      '/koordination/protokoll',
      '/koordination/zustellungen',
    );
  });

  afterAll(async () => {
    await p?.close();
  });

  /** Signed-in browser profiles: one sign-in per person (the API limits logins per account), then its cookies. */
  const sessions = new Map<string, Awaited<ReturnType<import('playwright-core').BrowserContext['storageState']>>>();

  async function signedIn(email: string, options: { javaScriptEnabled?: boolean; english?: boolean } = {}): Promise<Page> {
    const known = sessions.get(email);
    const context = await p.browser.newContext({ baseURL: p.url, locale: 'de-DE', timezoneId: 'Europe/Berlin', javaScriptEnabled: options.javaScriptEnabled ?? true, ...(known ? { storageState: known } : {}) });
    const page = await context.newPage();
    if (!known) {
      await signIn(page, email, TEST_PASSWORD);
      sessions.set(email, await context.storageState());
    }
    if (options.english) await context.addCookies([{ name: 'ikone_lang', value: 'en', url: p.url }]);
    return page;
  }

  it('shows the dashboard with the open work, each count linking to its page', async () => {
    const page = await signedIn(coordinator.email);
    await page.goto('/koordination');
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Koordination');
    const reviews = page.getByRole('link', { name: /Offene Prüfungen/ });
    expect((await reviews.innerText()).replace(/\s+/g, ' ')).toBe('2 Offene Prüfungen');
    expect((await page.getByRole('link', { name: /Offene Meldungen/ }).innerText()).replace(/\s+/g, ' ')).toBe('1 Offene Meldungen');
    expect((await page.getByRole('link', { name: /Offene Mitgliedsanträge/ }).innerText()).replace(/\s+/g, ' ')).toBe('2 Offene Mitgliedsanträge');
    await visible(page.getByRole('link', { name: /Fehlgeschlagene Zustellungen/ }));
    await screenshot(page, 'koordination');
    await reviews.click();
    await page.waitForURL(/\/koordination\/pruefung$/);
    await visible(page.getByRole('link', { name: 'Chatbot im Bürgerbüro' }));
    await page.context().close();
  });

  it.each([
    ['German', false],
    ['English', true],
  ])('has no axe-core violation on any page in %s, each page with one h1', async (_language, english) => {
    const page = await signedIn(coordinator.email, { english });
    for (const path of pages) {
      const response = await page.goto(path);
      expect([path, response?.status()]).toEqual([path, 200]);
      expect(await page.locator('html').getAttribute('lang')).toBe(english ? 'en' : 'de');
      expect([path, await page.locator('h1').count()]).toEqual([path, 1]);
      expect([path, await axeViolations(page)]).toEqual([path, []]);
    }
    await page.context().close();
  }, 180_000);

  it('sends anonymous visitors to the sign-in page from every page, without any data', async () => {
    for (const path of [...pages, '/koordination/statistik.csv?von=2026-01-01&bis=2026-12-31']) {
      const response = await fetch(`${p.url}${path}`, { redirect: 'manual' });
      expect([path, response.status]).toEqual([path, 303]);
      expect(response.headers.get('location')).toBe(`/anmelden?zurueck=${encodeURIComponent(path)}`);
      const body = await response.text();
      expect(body).not.toContain(SECRET_EMAIL);
      expect(body).not.toContain('Chatbot');
    }
  });

  it('answers members and officers with the 403 page and leaks nothing', async () => {
    for (const email of [member.email, officer.email]) {
      const page = await signedIn(email);
      for (const path of [...pages, '/koordination/statistik.csv?von=2026-01-01&bis=2026-12-31']) {
        const response = await page.goto(path).catch(() => null);
        // The CSV route answers a page too (not a download) when refused.
        expect([path, response?.status()]).toEqual([path, 403]);
        expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Kein Zugriff');
        const html = await page.content();
        expect(html).not.toContain(SECRET_EMAIL);
        expect(html).not.toContain(SECRET_NAME);
        expect(html).not.toContain('Werbung für einen Anbieter');
      }
      // The forms refuse too: a POST from a signed-in member changes nothing.
      await page.goto('/');
      const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
      const posted = await page.request.post(`/koordination/antraege/${approveId}`, { form: { _csrf: csrf ?? '', entscheidung: 'annehmen', kommentar: '' }, maxRedirects: 0 });
      expect(posted.status()).toBe(403);
      await page.context().close();
    }
    const still = await p.gw.gql<{ membershipApplications: { edges: Array<{ node: { id: string; status: string } }> } }>(
      `{ membershipApplications(first: 10) { edges { node { id status } } } }`,
      {},
      (await makeUser(p.gw.app, { role: 'COORDINATOR' })).token,
    );
    expect(still.data!.membershipApplications.edges.find((e) => e.node.id === approveId)?.node.status).toBe('APPLIED');
  });

  it('approves and declines applications with JavaScript disabled; declining needs a comment', async () => {
    const page = await signedIn(coordinator.email, { javaScriptEnabled: false });
    await page.goto(`/koordination/antraege/${approveId}`);
    expect(await page.locator('main').innerText()).toContain(SECRET_EMAIL);
    await page.getByRole('button', { name: 'Antrag annehmen' }).click();
    await visible(page.getByText(/Der Antrag ist angenommen: .* ist Mitglied, bertha\.bewerberin@example\.org ist als Digitalbeauftragte\/r eingeladen\./));
    await visible(page.getByText('Angenommen', { exact: true }));
    expect(await page.getByRole('button', { name: 'Antrag annehmen' }).count()).toBe(0);

    await page.goto(`/koordination/antraege/${declineId}`);
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Antrag ablehnen' }).click();
    expect((await refused).status()).toBe(400);
    expect(await page.title()).toMatch(/^Fehler: /);
    expect(await page.getByRole('alert').innerText()).toContain('Bitte begründen Sie die Ablehnung.');
    await page.getByLabel('Kommentar').fill('Die Gemeinde ist über die Verbandsgemeinde bereits vertreten.');
    await page.getByRole('button', { name: 'Antrag ablehnen' }).click();
    await visible(page.getByText(/Der Antrag von .* ist abgelehnt\./));
    await page.context().close();
  });

  it('answers unknown and malformed ids of applications and review items with the 404 page', async () => {
    const page = await signedIn(coordinator.email);
    for (const path of ['/koordination/antraege/kein-uuid', '/koordination/antraege/00000000-0000-4000-8000-000000000000', '/koordination/pruefung/kein-uuid', '/koordination/pruefung/00000000-0000-4000-8000-000000000000']) {
      const response = await page.goto(path);
      expect([path, response?.status()]).toEqual([path, 404]);
    }
    await page.context().close();
  });

  it('draws the statistics as an SVG image with a name, with the same numbers as the table, and serves the CSV', async () => {
    const page = await signedIn(coordinator.email);
    await page.goto('/koordination/statistik');
    const chart = page.getByRole('img', { name: /^Praxisbeispiele je Kommune vom / });
    await visible(chart);
    expect(await chart.getAttribute('aria-describedby')).toBe('diagramm-hinweis');
    const bars = await chart.locator('g[data-label]').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-label'), Number(n.getAttribute('data-value')), n.querySelectorAll('text')[1]?.textContent]));
    expect(bars).toEqual([
      ['Kaiserslautern', 2, '2'],
      ['Mainz', 1, '1'],
    ]);
    const table = page.getByRole('table', { name: /^Kennzahlen je Kommune vom / });
    for (const [name, value] of bars) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: name as string }) });
      expect((await row.getByRole('cell').first().innerText()).trim()).toBe(String(value));
    }
    // A small network shows every municipality, so the totals (from the API) are the sums of the rows, column by column.
    const number = (s: string) => Number(s.trim().replace(/\./g, ''));
    const body = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent ?? '')));
    const totals = (await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Summe' }) }).getByRole('cell').allInnerTexts()).map(number);
    expect(body.length).toBeGreaterThan(1);
    expect(totals).toEqual(body[0].map((_, column) => body.reduce((sum, cells) => sum + number(cells[column]), 0)));
    expect(totals[0]).toBe(3);
    await screenshot(page, 'statistik');

    // Another period: nothing published then, so no chart, and the form keeps the dates.
    await page.getByLabel('Von', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Bis', { exact: true }).fill('2020-12-31');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(/von=2020-01-01/);
    expect(await page.getByRole('img').count()).toBe(0);
    await visible(page.getByText('Im Zeitraum wurden keine Praxisbeispiele veröffentlicht; darum zeigt kein Diagramm etwas an.'));
    await page.goto('/koordination/statistik?von=2026-13-01');
    expect(await page.title()).toMatch(/^Fehler: /);

    await page.goto('/koordination/statistik');
    const href = await page.getByRole('link', { name: 'Tabelle als CSV herunterladen' }).getAttribute('href');
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="ikone-netzwerkstatistik-/);
    const text = await csv.text();
    expect(text).toMatch(/Kaiserslautern/);
    expect(text).toMatch(/Mainz/);
    await page.context().close();
  });

  it('rejects an event from the review queue without JavaScript; rejecting needs a comment', async () => {
    const page = await signedIn(coordinator.email, { javaScriptEnabled: false });
    await page.goto('/koordination/pruefung');
    await page.getByRole('link', { name: 'Werkstatt Datenplattform' }).click();
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Werkstatt Datenplattform');
    expect(await page.locator('main').innerText()).toContain('Rathaus Kaiserslautern');
    await page.getByRole('button', { name: 'Ablehnen' }).click();
    expect(await page.title()).toMatch(/^Fehler: Werkstatt Datenplattform/);
    expect(await page.getByRole('alert').innerText()).toContain('Bitte schreiben Sie, was geändert werden soll oder warum Sie ablehnen.');
    await page.getByLabel('Kommentar').fill('Bitte als Netzwerktreffen neu anlegen.');
    await page.getByRole('button', { name: 'Ablehnen' }).click();
    await visible(page.getByText('„Werkstatt Datenplattform“ ist abgelehnt.'));
    expect(await page.getByRole('link', { name: 'Werkstatt Datenplattform' }).count()).toBe(0);
    const gone = await page.goto(`/koordination/pruefung/${eventId}`);
    expect(gone?.status()).toBe(404);
    await page.context().close();
  });

  it('disables an account only with the confirmation ticked', async () => {
    const page = await signedIn(coordinator.email, { javaScriptEnabled: false });
    await page.goto(`/koordination/personen?suche=${encodeURIComponent('Dieter')}`);
    const row = () => page.getByRole('row').filter({ hasText: disableEmail });
    await row().getByRole('button', { name: 'Konto sperren' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Bitte bestätigen Sie das Sperren mit dem Häkchen.');
    await row().getByLabel('Sperren von Dieter Deaktiviert bestätigen').check();
    await row().getByRole('button', { name: 'Konto sperren' }).click();
    await visible(page.getByText('Das Konto von Dieter Deaktiviert ist gesperrt.'));
    await page.goto('/koordination/personen?status=DISABLED');
    expect(await row().innerText()).toContain('Gesperrt');
    await page.context().close();
  });

  it('creates a topic, invites a person, changes a role and suspends and reinstates a municipality', async () => {
    const page = await signedIn(coordinator.email);
    await page.goto('/koordination/themen');
    await page.getByLabel('Name (deutsch)').fill('Künstliche Intelligenz');
    await page.getByLabel('Name (englisch)').fill('Artificial intelligence');
    await page.getByLabel('Kurzbezeichnung').fill('kuenstliche-intelligenz');
    await page.getByRole('button', { name: 'Themenfeld anlegen' }).click();
    await visible(page.getByText('Das Themenfeld „Künstliche Intelligenz“ ist angelegt.'));
    await visible(page.getByRole('rowheader', { name: 'Künstliche Intelligenz' }));

    await page.goto('/koordination/einladen');
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Bitte geben Sie eine E-Mail-Adresse ein.');
    await page.getByLabel('E-Mail-Adresse').fill('neu.im.netzwerk@example.org');
    await page.getByLabel('Rolle').selectOption('OFFICER');
    await page.getByLabel('Kommune').selectOption({ label: 'Mainz' });
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await visible(page.getByText('Die Einladung an neu.im.netzwerk@example.org ist unterwegs.'));

    await page.goto('/koordination/personen?rolle=MEMBER');
    const row = page.getByRole('row').filter({ hasText: member.email });
    await row.getByRole('combobox').selectOption('OFFICER');
    await row.getByRole('button', { name: 'Rolle ändern' }).click();
    await visible(page.getByText(/hat jetzt die Rolle Digitalbeauftragte\/r\./));

    await page.goto('/koordination/kommunen');
    const mainz = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mainz' }) });
    await mainz.getByLabel('Grund der Aussetzung für Mainz').fill('Beitrag nicht gezahlt');
    await mainz.getByRole('button', { name: 'Aussetzen' }).click();
    await visible(page.getByText('Mainz ist ausgesetzt.'));
    await page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mainz' }) }).getByRole('button', { name: 'Wieder aufnehmen' }).click();
    await visible(page.getByText('Mainz ist wieder aktiv.'));
    await page.context().close();
  });

  it('pages through the audit log with the API cursors, forward and back, keeping the filter', async () => {
    const token = (await makeUser(p.gw.app, { role: 'COORDINATOR' })).token;
    for (let i = 0; i < 26; i++) {
      await gql(`mutation($i: CreateTopicInput!) { createTopic(input: $i) { id } }`, { i: { slug: `seite-${i}`, name: `Seite ${i}`, nameEn: `Page ${i}` } }, token);
    }
    const page = await signedIn(coordinator.email, { javaScriptEnabled: false });
    await page.goto('/koordination/protokoll?aktion=topic.created');
    const table = page.getByRole('table', { name: /^Prüfprotokoll/ });
    const total = Number(/\((\d+) Einträge\)/.exec(await table.locator('caption').innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(26);
    expect(await table.getByRole('row').count()).toBe(1 + 25);
    const first = await table.getByRole('row').nth(1).innerText();
    await page.getByRole('link', { name: 'Nächste Seite' }).click();
    await page.waitForURL(/nach=/);
    expect(new URL(page.url()).searchParams.get('aktion')).toBe('topic.created');
    expect(await table.getByRole('row').count()).toBe(1 + total - 25);
    expect(await table.innerText()).not.toContain(first);
    await page.getByRole('link', { name: 'Vorherige Seite' }).click();
    await page.waitForURL((u) => !u.searchParams.has('nach'));
    expect(await table.getByRole('row').nth(1).innerText()).toBe(first);
    await page.context().close();
  });
});
