import type { BrowserContext, Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const CASE_STUDY = 'Digitalisierte Bauakte im Kreisbauamt';
const EVENT = 'Werkstatt Offene Daten';
const PAST_EVENT = 'Auftakt Smarte Region 2025';
const NETWORK_EVENT = 'Arbeitskreis E-Akte';

/** The public pages of the network, read by a visitor in German and English, with and without JavaScript. */
describe('web: the network in public', () => {
  let p: WebPlatform;
  let member: { email: string; token: string };
  let officer: { email: string };
  let klSlug: string;
  let eventId: string;
  let networkEventId: string;

  beforeAll(async () => {
    p = await startWebPlatform();
    const kl = await makeMunicipality(p.gw.app, '07312000');
    klSlug = kl.slug;
    const coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl });
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Anna Amtsleitung' });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: await makeMunicipality(p.gw.app, '07315000'), displayName: 'Mara Mainz' });

    const study = await p.gw.gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      {
        i: {
          title: CASE_STUDY,
          summary: 'Bauanträge digital: die Digitalisierung der Bauakte verkürzt die Bearbeitung um Wochen.',
          problem: 'Papierakten wandern zwischen Ämtern.',
          solution: 'Eine E-Akte für alle Beteiligten.',
          maturity: 'ROLLOUT',
          topicSlugs: ['verwaltungsdigitalisierung'],
          visibility: 'PUBLIC',
        },
      },
      coordinator.token,
    );
    expect(study.errors).toBeUndefined();
    expect((await p.gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: study.data!.createCaseStudy.id }, coordinator.token)).errors).toBeUndefined();

    const event = await p.gw.gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      {
        i: {
          title: EVENT,
          description: 'Wir öffnen **Verkehrsdaten** gemeinsam.',
          startsAt: '2030-03-05T13:00:00.000Z',
          endsAt: '2030-03-05T16:00:00.000Z',
          format: 'ON_SITE',
          location: 'Rathaus Kaiserslautern, Willy-Brandt-Platz 1',
          topicSlugs: ['verwaltungsdigitalisierung'],
          capacity: 20,
          registrationDeadline: '2030-03-01T12:00:00.000Z',
          visibility: 'PUBLIC',
        },
      },
      coordinator.token,
    );
    expect(event.errors).toBeUndefined();
    eventId = event.data!.createEvent.id;
    expect((await p.gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: eventId }, coordinator.token)).errors).toBeUndefined();
    const network = await p.gw.gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      {
        i: {
          title: NETWORK_EVENT,
          startsAt: '2030-04-02T08:00:00.000Z',
          endsAt: '2030-04-02T09:30:00.000Z',
          format: 'ONLINE',
          onlineUrl: 'https://konferenz.example.de/e-akte',
          topicSlugs: ['verwaltungsdigitalisierung'],
          visibility: 'NETWORK',
        },
      },
      coordinator.token,
    );
    expect(network.errors).toBeUndefined();
    networkEventId = network.data!.createEvent.id;
    expect((await p.gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: networkEventId }, coordinator.token)).errors).toBeUndefined();
    // The API takes no events in the past; a finished one is written as history would have left it.
    await p.gw.db.query(
      `insert into event (ical_uid, title, starts_at, ends_at, format, location, municipality_id, capacity, visibility, status, published_at)
       values (gen_random_uuid() || '@ikone.test', $1, '2025-05-06T08:00:00Z', '2025-05-06T12:00:00Z', 'ON_SITE', 'Fruchthalle', $2, null, 'PUBLIC', 'PUBLISHED', '2025-04-01T08:00:00Z')`,
      [PAST_EVENT, kl.id],
    );
  }, 120_000);

  afterAll(async () => {
    await p?.close();
  });

  async function english(): Promise<BrowserContext> {
    const context = await p.newContext();
    await context.addCookies([{ name: 'ikone_lang', value: 'en', url: p.url }]);
    return context;
  }

  const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).trim();

  it('lists upcoming and past events and shows an event with date, place, seats and calendar links (German)', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/veranstaltungen');
    expect(await h1(page)).toBe('Veranstaltungen');
    await visible(page.getByText('1 Veranstaltung', { exact: true }));
    expect(await page.getByRole('link', { name: NETWORK_EVENT }).count()).toBe(0);
    expect(await page.getByRole('link', { name: PAST_EVENT }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Vergangene').check();
    await Promise.all([page.waitForURL(/zeitraum=vergangen/), page.getByRole('button', { name: 'Anwenden' }).click()]);
    expect(await h1(page)).toBe('Vergangene Veranstaltungen');
    await visible(page.getByRole('link', { name: PAST_EVENT }));
    expect(await page.getByRole('link', { name: EVENT }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/veranstaltungen?thema=bildung');
    await visible(page.getByText('Keine Veranstaltungen gefunden'));

    await page.goto('/veranstaltungen');
    await page.getByRole('link', { name: EVENT }).click();
    expect(await h1(page)).toBe(EVENT);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/5\. März 2030\D+14:00 – 17:00/);
    expect(main).toContain('Vor Ort');
    expect(main).toContain('Rathaus Kaiserslautern, Willy-Brandt-Platz 1');
    expect(main).toContain('20 von 20 Plätzen frei');
    expect(main).toMatch(/Anmeldeschluss\s+1\. März 2030\D+13:00/);
    await visible(page.locator('main strong', { hasText: 'Verkehrsdaten' }));
    expect(await page.getByRole('link', { name: /^Kaiserslautern/ }).first().getAttribute('href')).toBe(`/kommunen/${klSlug}`);
    expect(await page.getByRole('link', { name: 'Termin herunterladen (iCal)' }).getAttribute('href')).toBe(`/events/${eventId}.ics`);
    expect(await page.getByRole('link', { name: /Kalender-Datei/ }).first().getAttribute('href')).toBe('/calendar.ics');
    expect(main).toContain(`webcal://127.0.0.1:${new URL(p.url).port}/calendar.ics`);
    const signInLink = page.getByRole('link', { name: 'Zum Anmelden bitte einloggen' });
    expect(await signInLink.getAttribute('href')).toBe(`/anmelden?zurueck=${encodeURIComponent(`/veranstaltungen/${eventId}`)}`);
    expect(await page.getByRole('button', { name: 'Anmelden' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'veranstaltung');

    const ics = await fetch(`${p.url}/events/${eventId}.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect((await page.goto('/veranstaltungen/keine-id'))?.status()).toBe(404);
    await context.close();
  });

  it('gives signed-in members the calendar file of a network event, which the gateway hides from callers without a token', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    expect((await page.goto(`/veranstaltungen/${networkEventId}`))?.status()).toBe(404);
    expect((await fetch(`${p.url}/events/${networkEventId}.ics`)).status).toBe(404);
    await page.goto(`/veranstaltungen/${networkEventId}/kalender.ics`);
    expect(new URL(page.url()).pathname).toBe('/anmelden');

    await signIn(page, member.email, TEST_PASSWORD);
    await page.goto('/veranstaltungen');
    await page.getByRole('link', { name: NETWORK_EVENT }).click();
    expect(await page.locator('main').innerText()).toContain('Nur im Netzwerk');
    const href = await page.getByRole('link', { name: 'Termin herunterladen (iCal)' }).getAttribute('href');
    expect(href).toBe(`/veranstaltungen/${networkEventId}/kalender.ics`);
    const ics = await context.request.get(href!);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain(`SUMMARY:${NETWORK_EVENT}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows events in English', async () => {
    const context = await english();
    const page = await context.newPage();
    await page.goto('/veranstaltungen');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h1(page)).toBe('Events');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: EVENT }).click();
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/5 March 2030\D+14:00 – 17:00/);
    expect(main).toContain('On site');
    expect(main).toContain('20 of 20 seats left');
    await visible(page.getByRole('link', { name: 'Please sign in to register' }));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the topics and a topic page with its case studies, events, feeds and follow form', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/themen');
    expect(await h1(page)).toBe('Themenfelder');
    await visible(page.getByText('OZG, E-Akte, digitale Antragsverfahren'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Verwaltungsdigitalisierung' }).click();
    expect(await h1(page)).toBe('Verwaltungsdigitalisierung');
    await visible(page.getByRole('link', { name: CASE_STUDY }));
    await visible(page.getByRole('link', { name: EVENT }));
    expect(await page.getByRole('link', { name: 'Atom-Feed der öffentlichen Praxisbeispiele' }).getAttribute('href')).toBe('/topics/verwaltungsdigitalisierung/feed.atom');
    expect(await page.getByRole('link', { name: 'Zum Folgen bitte einloggen' }).getAttribute('href')).toBe('/anmelden?zurueck=%2Fthemen%2Fverwaltungsdigitalisierung');
    expect(await page.locator('form[action="/abonnements"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const feed = await fetch(`${p.url}/topics/verwaltungsdigitalisierung/feed.atom`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(CASE_STUDY);
    expect((await page.goto('/themen/gibt-es-nicht'))?.status()).toBe(404);

    // Signed in: the follow form, and once following, the current frequency.
    await signIn(page, member.email, TEST_PASSWORD);
    await page.goto('/themen/verwaltungsdigitalisierung');
    const form = page.locator('form[action="/abonnements"]');
    expect(await form.locator('input[name="thema"]').inputValue()).toBe('verwaltungsdigitalisierung');
    expect(await form.locator('input[name="zurueck"]').inputValue()).toBe('/themen/verwaltungsdigitalisierung');
    expect(await form.locator('input[name="_csrf"]').inputValue()).not.toBe('');
    expect(await page.getByRole('radio', { name: 'Sofort' }).isChecked()).toBe(true);
    await visible(page.getByRole('group', { name: /Wie oft/ }));
    await visible(page.getByRole('button', { name: 'Folgen' }));
    expect(await axeViolations(page)).toEqual([]);
    const subscribed = await p.gw.gql(`mutation { subscribe(target: { topicSlug: "verwaltungsdigitalisierung" }, frequency: DAILY) { id } }`, {}, member.token);
    expect(subscribed.errors).toBeUndefined();
    await page.reload();
    await visible(page.getByText('Sie folgen diesem Themenfeld (Täglich).'));
    expect(await page.getByRole('radio', { name: 'Täglich' }).isChecked()).toBe(true);
    await screenshot(page, 'themenfeld');
    await context.close();
  });

  it('shows the topics in English', async () => {
    const context = await english();
    const page = await context.newPage();
    await page.goto('/themen');
    expect(await h1(page)).toBe('Topics');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Digital administration' }).click();
    expect(await h1(page)).toBe('Digital administration');
    await visible(page.getByRole('link', { name: 'Atom feed of the public case studies' }));
    await visible(page.getByRole('link', { name: 'Please sign in to follow' }));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists the member municipalities and shows Kaiserslautern with contacts, case studies and events', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/kommunen');
    expect(await h1(page)).toBe('Mitgliedskommunen');
    const table = page.getByRole('table');
    await visible(table.getByRole('columnheader', { name: 'Bundesland' }));
    await visible(table.getByRole('row', { name: /Kaiserslautern.*Stadt.*Rheinland-Pfalz/ }));
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/kommunen?art=STADT&land=RP&suche=Kaiser');
    expect(await page.getByLabel('Bundesland').inputValue()).toBe('RP');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/kommunen');
    await table.getByRole('link', { name: /^Kaiserslautern/ }).click();
    expect(new URL(page.url()).pathname).toBe(`/kommunen/${klSlug}`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Rheinland-Pfalz');
    expect(main).toContain('Anna Amtsleitung');
    expect(main).not.toContain(officer.email);
    await visible(page.getByRole('link', { name: CASE_STUDY }));
    await visible(page.getByRole('link', { name: EVENT }));
    await visible(page.getByRole('link', { name: 'Zum Folgen bitte einloggen' }));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kommune');

    await signIn(page, member.email, TEST_PASSWORD);
    await page.goto(`/kommunen/${klSlug}`);
    await visible(page.getByRole('link', { name: officer.email }));
    expect(await page.locator('form[action="/abonnements"] input[name="kommune"]').inputValue()).toBe(klSlug);
    expect(await axeViolations(page)).toEqual([]);
    expect((await page.goto('/kommunen/gibt-es-nicht'))?.status()).toBe(404);
    await context.close();
  });

  it('shows the municipalities in English', async () => {
    const context = await english();
    const page = await context.newPage();
    await page.goto('/kommunen');
    expect(await h1(page)).toBe('Member municipalities');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('table').getByRole('link', { name: /^Kaiserslautern/ }).click();
    await visible(page.getByRole('heading', { name: 'Contacts' }));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('searches across case studies and events and highlights the hits', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/suche');
    expect(await h1(page)).toBe('Suche');
    await visible(page.getByRole('search'));
    expect(await page.getByRole('heading', { name: 'Ergebnisse' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('search').getByLabel('Suchbegriff').fill('Digitalisierung');
    await Promise.all([page.waitForURL(/q=Digitalisierung/), page.getByRole('search').getByRole('button', { name: 'Suchen' }).click()]);
    expect(await page.title()).toBe('Suche nach „Digitalisierung“ – IKONE');
    const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: CASE_STUDY }) });
    await visible(hit);
    expect(await hit.innerText()).toContain('Praxisbeispiel');
    // German stemming: "Digitalisierung" also finds "Digitalisierte"; hits are marked.
    const marks = await hit.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^digitalisier/i.test(m))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'suche');

    await page.goto('/suche?q=Verkehrsdaten');
    const eventHit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: EVENT }) });
    expect(await eventHit.innerText()).toContain('Veranstaltung');
    expect(await eventHit.locator('mark').first().innerText()).toBe('Verkehrsdaten');

    await page.goto('/suche?q=Quantenkryptographie');
    await visible(page.getByText('Keine Treffer für „Quantenkryptographie“'));
    await visible(page.getByText(/Zu „Quantenkryptographie“ haben wir nichts gefunden/));
    expect(await axeViolations(page)).toEqual([]);

    // A search term cannot smuggle markup into the page.
    await page.goto(`/suche?q=${encodeURIComponent('<b>Bauakte</b>')}`);
    expect(await page.locator('main b').count()).toBe(0);
    await context.close();
  });

  it('searches in English', async () => {
    const context = await english();
    const page = await context.newPage();
    await page.goto('/suche?q=Bauakte');
    expect(await h1(page)).toBe('Search');
    const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: CASE_STUDY }) });
    expect(await hit.innerText()).toContain('Case study');
    await visible(hit.locator('mark'));
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  const LEGAL: Array<{ path: string; de: string; en: string; must: RegExp[] }> = [
    { path: '/impressum', de: 'Impressum', en: 'Imprint', must: [/§ 5 Digitale-Dienste-Gesetz/, /\[Name der betreibenden Stelle/] },
    {
      path: '/datenschutz',
      de: 'Datenschutzerklärung',
      en: 'Privacy policy',
      must: [/Art\. 6 Abs\. 1 lit\. e DSGVO/, /Art\. 6 Abs\. 1 lit\. b DSGVO/, /Art\. 15 DSGVO/, /Art\. 21 DSGVO/, /ikone_sid/, /kein Tracking/, /\[Name der oder des Datenschutzbeauftragten\]/],
    },
    { path: '/barrierefreiheit', de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement', must: [/weitgehend vereinbar/, /BITV 2\.0/, /Nicht barrierefreie Inhalte/, /§ 16 BGG/] },
  ];

  it('shows imprint, privacy policy and accessibility statement in German and English, reached from the footer', async () => {
    const de = await p.newContext();
    const page = await de.newPage();
    await page.goto('/');
    for (const legal of LEGAL) {
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('link', { name: legal.path === '/impressum' ? 'Impressum' : legal.path === '/datenschutz' ? 'Datenschutz' : 'Barrierefreiheit' }).click();
      expect(new URL(page.url()).pathname).toBe(legal.path);
      expect(await h1(page)).toBe(legal.de);
      expect(await page.title()).toBe(`${legal.de} – IKONE`);
      const main = await page.locator('main').innerText();
      for (const text of legal.must) expect(main).toMatch(text);
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(await page.getByRole('link', { name: 'https://www.schlichtungsstelle-bgg.de/' }).getAttribute('href')).toBe('https://www.schlichtungsstelle-bgg.de/');
    await screenshot(page, 'barrierefreiheit');
    await de.close();

    const en = await english();
    const enPage = await en.newPage();
    for (const legal of LEGAL) {
      await enPage.goto(legal.path);
      expect(await h1(enPage)).toBe(legal.en);
      expect(await axeViolations(enPage)).toEqual([]);
    }
    expect(await enPage.locator('main').innerText()).toContain('largely compliant');
    await en.close();
  });

  it('reads every public page without JavaScript, following links', async () => {
    const context = await p.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/veranstaltungen');
    await page.getByRole('link', { name: EVENT }).click();
    expect(await h1(page)).toBe(EVENT);
    await page.getByRole('link', { name: 'Verwaltungsdigitalisierung' }).click();
    expect(await h1(page)).toBe('Verwaltungsdigitalisierung');
    await page.getByRole('link', { name: CASE_STUDY }).click();
    expect(await h1(page)).toBe(CASE_STUDY);
    await page.goto('/themen');
    expect(await h1(page)).toBe('Themenfelder');
    await page.goto('/kommunen');
    await visible(page.getByText('2 Kommunen', { exact: true }));
    await page.getByLabel('Art').selectOption('LANDKREIS');
    await Promise.all([page.waitForURL(/art=LANDKREIS/), page.getByRole('button', { name: 'Anwenden' }).click()]);
    await visible(page.getByText('Keine Kommunen', { exact: true }));
    await page.getByLabel('Art').selectOption('');
    await page.getByLabel('Bundesland').selectOption('RP');
    await page.getByLabel('Name').fill('Kaisers');
    await Promise.all([page.waitForURL(/land=RP/), page.getByRole('button', { name: 'Anwenden' }).click()]);
    await visible(page.getByText('1 Kommune', { exact: true }));
    await page.getByRole('table').getByRole('link', { name: /^Kaiserslautern/ }).click();
    expect(await h1(page)).toMatch(/^Kaiserslautern/);
    await page.getByRole('link', { name: EVENT }).click();
    expect(await h1(page)).toBe(EVENT);
    await page.goto('/suche');
    await page.getByRole('search').getByLabel('Suchbegriff').fill('Bauakte');
    await Promise.all([page.waitForURL(/q=Bauakte/), page.getByRole('search').getByRole('button', { name: 'Suchen' }).click()]);
    await visible(page.locator('main mark', { hasText: 'Bauakte' }));
    for (const path of ['/impressum', '/datenschutz', '/barrierefreiheit']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect((await h1(page)).length).toBeGreaterThan(5);
    }
    await context.close();
  });
});
