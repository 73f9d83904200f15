import type { BrowserContext, Page } from 'playwright-core';
import type { MunicipalityEntity } from '@ikone/membership';
import { publishCaseStudy } from '../notifications/seed';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { csrfOf, eventually, publishAsCoordinator } from './support/content';
import { axeViolations, focused, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;

/** A member's own pages — notifications, subscriptions, my data, reporting — in real Chromium. */
describe('web: member pages', () => {
  let p: WebPlatform;
  let coordinator: Person;
  let member: Person;
  let study: { id: string; slug: string };
  let kl: MunicipalityEntity;

  const mySubscriptions = async (who: Person) =>
    (await p.gw.gql<{ mySubscriptions: Array<{ id: string; frequency: string; topic: { slug: string } | null }> }>(`{ mySubscriptions { id frequency topic { slug } } }`, {}, who.token)).data!
      .mySubscriptions;

  /** A signed-in browser profile of this person (JavaScript on unless told). */
  async function signedIn(who: Person, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
    const context = await p.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, who.email, TEST_PASSWORD);
    return { context, page };
  }

  beforeAll(async () => {
    // Many sign-ins from one address in a few seconds: the limits are not what this file tests.
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '100', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    kl = await makeMunicipality(p.gw.app, '07312000');
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    study = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Digitale Parkraumbewirtschaftung', topicSlugs: ['verwaltungsdigitalisierung'] });
    expect((await p.gw.gql(`mutation { subscribe(target: { topicSlug: "open-data" }, frequency: WEEKLY) { id } }`, {}, member.token)).errors).toBeUndefined();
  });

  afterAll(async () => {
    await p?.close();
  });

  it('refuses every member page to anonymous visitors: sign-in redirect, no data in the page', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    for (const path of ['/benachrichtigungen', '/einstellungen/benachrichtigungen', '/meine-daten', '/meine-daten/export', `/melden?praxisbeispiel=${study.slug}`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/anmelden');
      expect(url.searchParams.get('zurueck')).toBe(path);
      const main = await page.locator('main').innerText();
      expect(main).not.toContain('Offene Daten');
      expect(main).not.toContain(member.email);
    }
    // The follow action sends anonymous visitors to sign in and back to the page they came from.
    await page.goto('/anmelden');
    const follow = await page.request.post('/abonnements', {
      form: { _csrf: await csrfOf(page), thema: 'mobilitaet', haeufigkeit: 'DAILY', zurueck: '/themen/mobilitaet' },
      maxRedirects: 0,
    });
    expect(follow.status()).toBe(303);
    expect(follow.headers().location).toBe(`/anmelden?zurueck=${encodeURIComponent('/themen/mobilitaet')}`);
    // Every other action too, each back to the page that holds its form.
    const actions: Array<[string, string]> = [
      ['/meine-daten/loeschen', '/meine-daten'],
      ['/benachrichtigungen/gelesen', '/benachrichtigungen'],
      ['/abonnements/beenden', '/einstellungen/benachrichtigungen'],
      ['/einstellungen/benachrichtigungen', '/einstellungen/benachrichtigungen'],
      ['/melden', `/melden?praxisbeispiel=${study.slug}`],
    ];
    for (const [action, back] of actions) {
      const refused = await page.request.post(action, {
        form: { _csrf: await csrfOf(page), password: TEST_PASSWORD, bestaetigung: 'ja', praxisbeispiel: study.slug, grund: 'SPAM', alle: '1' },
        maxRedirects: 0,
      });
      expect({ action, status: refused.status(), location: refused.headers().location }).toEqual({ action, status: 303, location: `/anmelden?zurueck=${encodeURIComponent(back)}` });
    }
    // Nothing happened to the member's account.
    expect((await mySubscriptions(member)).map((s) => s.topic?.slug)).toEqual(['open-data']);
    await context.close();
  });

  it('follows a topic through POST /abonnements (the follow forms of topic pages) and lists it', async () => {
    const { context, page } = await signedIn(member);
    await page.goto('/praxisbeispiele');
    const response = await page.request.post('/abonnements', {
      form: { _csrf: await csrfOf(page), thema: 'mobilitaet', haeufigkeit: 'DAILY', zurueck: '/praxisbeispiele' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/praxisbeispiele');
    await page.goto('/praxisbeispiele');
    await visible(page.getByRole('status').filter({ hasText: 'Sie folgen jetzt dem Themenfeld „Mobilität“ (E-Mail: Täglich).' }));

    // A foreign return address is not followed; a forged token is refused.
    const offsite = await page.request.post('/abonnements', { form: { _csrf: await csrfOf(page), thema: 'bildung', haeufigkeit: 'WEEKLY', zurueck: '//evil.example/' }, maxRedirects: 0 });
    expect(offsite.headers().location).toBe('/');
    const forged = await page.request.post('/abonnements', { form: { _csrf: 'falsch', thema: 'mobilitaet', haeufigkeit: 'IMMEDIATE' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);

    await page.goto('/einstellungen/benachrichtigungen');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Themenfeld Mobilität/ }) });
    expect(await row.getByRole('cell').first().innerText()).toBe('Täglich');
    expect(Object.fromEntries((await mySubscriptions(member)).map((s) => [s.topic?.slug, s.frequency]))).toEqual({ 'open-data': 'WEEKLY', mobilitaet: 'DAILY', bildung: 'WEEKLY' });
    await screenshot(page, 'benachrichtigungs-einstellungen');

    // A municipality's follow form posts `kommune`; its row can be ended like any other.
    const municipality = await page.request.post('/abonnements', {
      form: { _csrf: await csrfOf(page), kommune: kl.slug, haeufigkeit: 'WEEKLY', zurueck: '/einstellungen/benachrichtigungen' },
      maxRedirects: 0,
    });
    expect(municipality.headers().location).toBe('/einstellungen/benachrichtigungen');
    await page.goto('/einstellungen/benachrichtigungen');
    await visible(page.getByText(`Sie folgen jetzt der Kommune „${kl.name}“ (E-Mail: Wöchentlich).`));
    await page.getByRole('button', { name: `Beenden: Kommune ${kl.name}` }).click();
    await visible(page.getByText('Das Abonnement ist beendet.'));
    expect(await page.getByRole('rowheader', { name: new RegExp(`Kommune ${kl.name}`) }).count()).toBe(0);
    expect(await mySubscriptions(member)).toHaveLength(3);
    // An unknown topic is a page that does not exist, not an error.
    const unknown = await page.request.post('/abonnements', { form: { _csrf: await csrfOf(page), thema: 'gibt-es-nicht', haeufigkeit: 'DAILY' }, maxRedirects: 0 });
    expect(unknown.status()).toBe(404);
    await context.close();
  });

  it('changes a frequency, saves the email settings and ends a subscription without JavaScript', async () => {
    // The state the previous test leaves, set again so this test also runs alone (subscribing again only sets the frequency).
    for (const [topic, frequency] of [['mobilitaet', 'DAILY'], ['bildung', 'WEEKLY']]) {
      await p.gw.gql(`mutation($t: String!, $f: SubscriptionFrequency!) { subscribe(target: { topicSlug: $t }, frequency: $f) { id } }`, { t: topic, f: frequency }, member.token);
    }
    const { context, page } = await signedIn(member, false);
    await page.goto('/einstellungen/benachrichtigungen');
    await page.getByLabel('Häufigkeit für Themenfeld Mobilität').selectOption('IMMEDIATE');
    await page.getByRole('button', { name: 'Ändern: Themenfeld Mobilität' }).click();
    await visible(page.getByText('Sie folgen jetzt dem Themenfeld „Mobilität“ (E-Mail: Sofort).'));
    expect(new URL(page.url()).pathname).toBe('/einstellungen/benachrichtigungen');
    expect((await mySubscriptions(member)).find((s) => s.topic?.slug === 'mobilitaet')?.frequency).toBe('IMMEDIATE');

    await page.getByLabel('Nein, nur in der App').check();
    await page.getByLabel('Uhrzeit der Zusammenfassungen').selectOption('9');
    await page.getByLabel('Tag der wöchentlichen Zusammenfassung').selectOption('WEDNESDAY');
    await page.getByLabel('Englisch').check();
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await visible(page.getByText('Ihre Einstellungen sind gespeichert.'));
    const prefs = await p.gw.gql(`{ myPreferences { emailEnabled digestHour digestWeekday locale } }`, {}, member.token);
    expect(prefs.data).toEqual({ myPreferences: { emailEnabled: false, digestHour: 9, digestWeekday: 'WEDNESDAY', locale: 'en' } });
    // The form shows what is stored.
    expect(await page.getByLabel('Nein, nur in der App').isChecked()).toBe(true);
    expect(await page.getByLabel('Uhrzeit der Zusammenfassungen').inputValue()).toBe('9');

    // A value outside 5–10 (a hand-made request) is refused at the field.
    const bad = await page.request.post('/einstellungen/benachrichtigungen', { form: { _csrf: await csrfOf(page), emailEnabled: 'true', digestHour: '3', digestWeekday: 'MONDAY', locale: 'de' } });
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('href="#feld-digestHour"');

    await page.getByRole('button', { name: 'Beenden: Themenfeld Bildung & Schule' }).click();
    await visible(page.getByText('Das Abonnement ist beendet.'));
    expect((await mySubscriptions(member)).map((s) => s.topic?.slug).sort()).toEqual(['mobilitaet', 'open-data']);
    expect(await page.getByRole('rowheader', { name: /Bildung/ }).count()).toBe(0);
    await context.close();
    await p.gw.gql(`mutation { updatePreferences(input: { emailEnabled: true, locale: de, digestHour: 7, digestWeekday: MONDAY }) { emailEnabled } }`, {}, member.token);
  });

  it('shows in-app notifications of real publications and marks them read without JavaScript', async () => {
    const reader = await makeUser(p.gw.app, { role: 'MEMBER' });
    const followed = await p.gw.gql(`mutation { subscribe(target: { topicSlug: "bildung" }, frequency: DAILY) { id } }`, {}, reader.token);
    expect(followed.errors).toBeUndefined();
    const first = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Tablets für alle Grundschulen', topicSlugs: ['bildung'] });
    await publishAsCoordinator(p.gw, coordinator.token, { title: 'Digitale Volkshochschule', topicSlugs: ['bildung'] });

    const { context, page } = await signedIn(reader, false);
    // The notifier writes them after the relay took the outbox event: reload until both are there.
    await eventually('two notifications in the inbox', async () => {
      await page.goto('/benachrichtigungen');
      return (await page.getByText('2 ungelesene Benachrichtigungen').count()) > 0;
    });
    const unread = page.locator('section', { has: page.getByRole('heading', { name: 'Ungelesen' }) });
    const link = unread.getByRole('link', { name: 'Tablets für alle Grundschulen' });
    expect(await link.getAttribute('href')).toBe(`/praxisbeispiele/${first.slug}`);
    expect(await unread.getByRole('listitem').filter({ hasText: 'Tablets für alle Grundschulen' }).innerText()).toMatch(/Kaiserslautern hat ein neues Praxisbeispiel veröffentlicht: „Tablets für alle Grundschulen“\./);
    await visible(page.getByRole('link', { name: 'Benachrichtigungen (2 ungelesen)' }));
    await screenshot(page, 'benachrichtigungen');

    await page.getByRole('button', { name: 'Als gelesen markieren: „Tablets für alle Grundschulen“' }).click();
    await visible(page.getByText('Eine Benachrichtigung ist als gelesen markiert.'));
    const read = page.locator('section', { has: page.getByRole('heading', { name: 'Gelesen' }) });
    await visible(read.getByRole('link', { name: 'Tablets für alle Grundschulen' }));
    await visible(page.getByRole('link', { name: 'Benachrichtigungen (1 ungelesen)' }));

    await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await visible(page.getByText('Eine Benachrichtigung ist als gelesen markiert.'));
    await visible(page.getByText('Keine ungelesenen Benachrichtigungen.'));
    const me = await p.gw.gql<{ me: { unreadNotificationCount: number } }>(`{ me { unreadNotificationCount } }`, {}, reader.token);
    expect(me.data?.me.unreadNotificationCount).toBe(0);
    expect(await read.getByRole('listitem').count()).toBe(2);
    // In English, the English sentence of each notification.
    await page.goto('/sprache/en?zurueck=/benachrichtigungen');
    expect(await page.locator('main').innerText()).toContain('Kaiserslautern published a new case study: “Tablets für alle Grundschulen”.');
    expect(await page.locator('main').innerText()).not.toContain('hat ein neues Praxisbeispiel');
    await context.close();
  });

  it('reports a case study without JavaScript; a missing reason is told at the field', async () => {
    const { context, page } = await signedIn(member, false);
    await page.goto(`/praxisbeispiele/${study.slug}`);
    await page.getByRole('link', { name: 'Inhalt melden' }).click();
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Inhalt melden');
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    expect(await page.title()).toMatch(/^Fehler: Inhalt melden/);
    await visible(page.getByRole('link', { name: 'Grund der Meldung: Bitte wählen Sie einen Grund.' }));

    await page.getByLabel('Falsch oder veraltet').check();
    await page.getByLabel('Hinweis für die Koordinierungsstelle').fill('Die Kosten sind seit 2025 höher.');
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    await page.waitForURL((u) => u.pathname === `/praxisbeispiele/${study.slug}`);
    await visible(page.getByText('Danke, die Koordinierungsstelle prüft Ihre Meldung.'));
    const reports = await p.gw.gql<{ reports: { edges: Array<{ node: { reason: string; note: string; subjectId: string } }> } }>(
      `{ reports(status: OPEN) { edges { node { reason note subjectId } } } }`,
      {},
      coordinator.token,
    );
    expect(reports.data?.reports.edges.map((e) => e.node)).toEqual([{ reason: 'INCORRECT', note: 'Die Kosten sind seit 2025 höher.', subjectId: study.id }]);

    // Reporting the same again while it is open: the API's reason above the form, nothing new.
    await page.goto(`/melden?praxisbeispiel=${study.slug}`);
    await page.getByLabel('Werbung oder Spam').check();
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    expect(await page.title()).toMatch(/^Fehler:/);
    expect((await page.goto('/melden?praxisbeispiel=gibt-es-nicht'))?.status()).toBe(404);
    await context.close();

    // Anonymous readers see no report link.
    const anonymous = await p.newContext();
    const anonPage = await anonymous.newPage();
    await anonPage.goto(`/praxisbeispiele/${study.slug}`);
    expect(await anonPage.getByRole('link', { name: 'Inhalt melden' }).count()).toBe(0);
    await anonymous.close();
  });

  it('downloads my data as JSON and tells a wrong password or a missing confirmation at the field, without JavaScript', async () => {
    const { context, page } = await signedIn(member, false);
    await page.goto('/meine-daten');
    const exported = await page.request.get('/meine-daten/export');
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toMatch(/^application\/json/);
    expect(exported.headers()['content-disposition']).toBe('attachment; filename="ikone-meine-daten.json"');
    expect(JSON.stringify(await exported.json())).toContain(member.email);

    await page.getByLabel('Ihr aktuelles Passwort').fill('falsch-falsch-falsch');
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    expect(await page.title()).toMatch(/^Fehler: Meine Daten/);
    await visible(page.getByRole('link', { name: /^Bestätigung: Bitte bestätigen Sie/ }));

    await page.getByLabel('Ihr aktuelles Passwort').fill('falsch-falsch-falsch');
    await page.getByLabel(/^Ich verstehe, dass mein Konto endgültig gelöscht wird/).check();
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    expect(await page.title()).toMatch(/^Fehler: Meine Daten/);
    const error = await page.getByLabel('Ihr aktuelles Passwort').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${error?.split(' ').pop()}"]`).innerText()).toContain('Das Passwort ist falsch.');
    expect(await page.getByLabel('Ihr aktuelles Passwort').getAttribute('aria-invalid')).toBe('true');
    // Still signed in, account intact.
    const me = await p.gw.gql<{ me: { status: string } }>(`{ me { status } }`, {}, member.token);
    expect(me.data?.me.status).toBe('ACTIVE');
    await context.close();
  });

  it('pages through a long inbox after marking all read, without JavaScript', async () => {
    const reader = await makeUser(p.gw.app, { role: 'MEMBER' });
    await p.gw.gql(`mutation { subscribe(target: { topicSlug: "klima-umwelt" }, frequency: WEEKLY) { id } }`, {}, reader.token);
    for (let i = 1; i <= 23; i += 1) {
      await publishCaseStudy(p.gw, { title: `Klimaschutz-Projekt ${String(i).padStart(2, '0')}`, municipalityId: kl.id, topicSlugs: ['klima-umwelt'] });
    }
    await eventually('23 notifications', async () => {
      const rows: Array<{ n: number }> = await p.gw.db.query(`select count(*)::int as n from notification where recipient_id = $1`, [reader.user.id]);
      return rows[0].n === 23;
    });
    const { context, page } = await signedIn(reader, false);
    await page.goto('/benachrichtigungen');
    await visible(page.getByText('23 ungelesene Benachrichtigungen'));
    await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await visible(page.getByText('23 Benachrichtigungen sind als gelesen markiert.'));
    const read = page.locator('section', { has: page.getByRole('heading', { name: 'Gelesen' }) });
    const titles = async () => (await read.getByRole('heading', { level: 3 }).allInnerTexts()).map((x) => x.trim());
    const first = await titles();
    expect(first).toHaveLength(20);
    await page.getByRole('link', { name: 'Nächste Seite' }).click();
    const second = await titles();
    expect(second).toHaveLength(3);
    // Every one exactly once across the pages.
    expect(new Set([...first, ...second]).size).toBe(23);
    expect(await page.getByRole('link', { name: 'Nächste Seite' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ungelesen' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Vorherige Seite' }).click();
    expect(await titles()).toEqual(first);
    await context.close();
  });

  it('reports an event by its id and goes back to the event page', async () => {
    const starts = new Date(Date.now() + 14 * 86_400_000);
    const created = await p.gw.gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      { i: { title: 'Netzwerktreffen Digitale Stadt', startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 7_200_000).toISOString(), format: 'ON_SITE', location: 'Rathaus Kaiserslautern', topicSlugs: ['verwaltungsdigitalisierung'], visibility: 'PUBLIC' } },
      coordinator.token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEvent.id;
    expect((await p.gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id }, coordinator.token)).errors).toBeUndefined();
    const { context, page } = await signedIn(member, false);
    await page.goto(`/melden?veranstaltung=${id}`);
    await visible(page.getByRole('link', { name: 'Netzwerktreffen Digitale Stadt' }));
    await page.getByLabel('Beleidigend oder unangemessen').check();
    const response = await page.request.post('/melden', { form: { _csrf: await csrfOf(page), veranstaltung: id, grund: 'OFFENSIVE', notiz: '' }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/veranstaltungen/${id}`);
    const reports = await p.gw.gql<{ reports: { edges: Array<{ node: { reason: string; note: string | null; subjectType: string } }> } }>(
      `query($s: ReportStatus) { reports(status: $s) { edges { node { reason note subjectType subjectId } } } }`,
      { s: 'OPEN' },
      coordinator.token,
    );
    expect(reports.data?.reports.edges.map((e) => e.node)).toContainEqual({ reason: 'OFFENSIVE', note: null, subjectType: 'Event', subjectId: id });
    expect((await page.goto('/melden?veranstaltung=kein-uuid'))?.status()).toBe(404);
    await context.close();
  });

  // Twelve axe runs over ten pages and two error states: like the coordinator and officer tours, more than the default minute.
  it('has one h1 and no axe-core violation on any member page, in German and English', async () => {
    const { context, page } = await signedIn(member);
    const pages = ['/benachrichtigungen', '/einstellungen/benachrichtigungen', '/meine-daten', `/melden?praxisbeispiel=${study.slug}`, `/praxisbeispiele/${study.slug}`];
    for (const locale of ['de', 'en'] as const) {
      await page.goto(`/sprache/${locale}?zurueck=/`);
      for (const path of pages) {
        await page.goto(path);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        expect({ path, locale, violations: await axeViolations(page) }).toEqual({ path, locale, violations: [] });
      }
    }
    // The error states too: a failed delete and a failed report, with focus on the summary.
    await page.goto('/sprache/de?zurueck=/meine-daten');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    expect(await focused(page)).toBe('alert');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'meine-daten-fehler');
    await page.goto(`/melden?praxisbeispiel=${study.slug}`);
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);
});
