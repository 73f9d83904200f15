import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { waitFor } from '../notifications/smtp-sink';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

/** SPEC §7 journeys 1, 2 and 5, the coordinator's side in Chromium; the others act through the API. */
describe('web journeys: the coordination office', () => {
  let p: WebPlatform;
  let coordinator: { email: string; token: string };
  let officer: { email: string; token: string };
  let member: { email: string; token: string };
  let klId: string;

  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const r = await p.gw.gql<T>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };

  /** The first email to `address` whose subject matches, polled until the deadline. */
  const mail = (address: string, subject: RegExp) =>
    waitFor(`email "${subject.source}" to ${address}`, async () => {
      for (const message of p.sink.to(address)) {
        const parsed = await message.parsed();
        if (subject.test(parsed.subject ?? '')) return parsed;
      }
      return null;
    });

  beforeAll(async () => {
    p = await startWebPlatform();
    const kl = await makeMunicipality(p.gw.app, '07312000');
    klId = kl.id;
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', displayName: 'Anna Koordinatorin', email: 'anna.koordination@example.org' });
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Olaf Offizier' });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Mira Mitglied' });
  });

  afterAll(async () => {
    await p?.close();
  });

  async function coordinatorPage(): Promise<Page> {
    const context = await p.newContext();
    const page = await context.newPage();
    await signIn(page, coordinator.email, TEST_PASSWORD);
    return page;
  }

  it('1 – joining: the email link opens the application, the coordinator approves, the applicant is invited', async () => {
    const applicant = 'ortrud.otterbach@example.org';
    const { applyForMembership } = await gql<{ applyForMembership: { id: string } }>(
      `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`,
      {
        i: {
          name: 'Verbandsgemeinde Otterbach-Otterberg',
          kind: 'VERBANDSGEMEINDE',
          state: 'RP',
          applicantName: 'Ortrud Otterbach',
          applicantEmail: applicant,
          motivation: 'Wir digitalisieren unsere Ortsgemeinderäte und möchten Erfahrungen teilen.',
        },
      },
    );
    const notice = await mail(coordinator.email, /^Neuer Mitgliedsantrag: Verbandsgemeinde Otterbach-Otterberg/);
    const link = new RegExp(`${p.url.replace(/[.:/]/g, '\\$&')}/koordination/antraege/[0-9a-f-]+`).exec(notice.text ?? '')?.[0];
    expect(link).toBe(`${p.url}/koordination/antraege/${applyForMembership.id}`);

    // Opened from the mailbox, not yet signed in: sign-in first, then the application page.
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto(link!);
    await page.waitForURL(/\/anmelden\?zurueck=/);
    await page.getByLabel('E-Mail-Adresse').fill(coordinator.email);
    await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(new URL(link!).pathname);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Mitgliedsantrag: Verbandsgemeinde Otterbach-Otterberg');
    const main = await page.locator('main').innerText();
    expect(main).toContain('Verbandsgemeinde');
    expect(main).toContain('nicht im Verzeichnis');
    expect(main).toContain(applicant);

    await page.getByRole('button', { name: 'Antrag annehmen' }).click();
    await visible(page.getByText(`Der Antrag ist angenommen: Verbandsgemeinde Otterbach-Otterberg ist Mitglied, ${applicant} ist als Digitalbeauftragte/r eingeladen.`));
    const invitation = await mail(applicant, /^Willkommen bei IKONE: Verbandsgemeinde Otterbach-Otterberg ist Mitglied/);
    expect(invitation.text).toContain('Einladung annehmen');
    expect(invitation.text).toMatch(new RegExp(`${p.url.replace(/[.:/]/g, '\\$&')}/\\S+`));
    await context.close();
  });

  it('2 – sharing a practice: the coordinator sends it back with a comment, sees the diff of the edit and approves', async () => {
    const title = 'Digitale Bürgerbeteiligung im Ortsgemeinderat';
    const { createCaseStudy: cs } = await gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { title, summary: 'Ratssitzungen mit Online-Beteiligung der Einwohnerinnen und Einwohner.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['buergerbeteiligung'] } },
      officer.token,
    );
    await gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: cs.id }, officer.token);

    const page = await coordinatorPage();
    await page.goto('/koordination/pruefung');
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/koordination/pruefung/${cs.id}`);
    expect(await page.getByRole('heading', { name: 'Geändert seit der letzten Prüfung' }).count()).toBe(0);
    await page.getByLabel('Kommentar').fill('Bitte nennen Sie die Kosten pro Sitzung.');
    await page.getByRole('button', { name: 'Änderungen erbitten' }).click();
    await visible(page.getByText(`„${title}“ ging mit Ihrem Kommentar zur Überarbeitung zurück.`));
    const read = async () => (await gql<{ caseStudy: { status: string } }>(`query($s: String!) { caseStudy(slug: $s) { status } }`, { s: cs.slug }, officer.token)).caseStudy.status;
    expect(await read()).toBe('CHANGES_REQUESTED');

    await gql(
      `mutation($id: ID!, $i: UpdateCaseStudyInput!) { updateCaseStudy(id: $id, input: $i) { id } }`,
      { id: cs.id, i: { summary: 'Ratssitzungen mit Online-Beteiligung der Einwohnerinnen und Einwohner, für 40 Euro pro Sitzung.' } },
      officer.token,
    );
    await gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: cs.id }, officer.token);

    await page.goto(`/koordination/pruefung/${cs.id}`);
    await visible(page.getByRole('heading', { name: 'Geändert seit der letzten Prüfung' }));
    await visible(page.getByText('Bitte nennen Sie die Kosten pro Sitzung.'));
    const diff = page.getByRole('region', { name: 'Kurzfassung' });
    await visible(diff);
    expect(await page.getByRole('region', { name: 'Titel' }).count()).toBe(0);
    expect(await diff.locator('del').allTextContents()).toEqual(['entfernt: Einwohner.']);
    expect(await diff.locator('ins').allTextContents()).toEqual(['hinzugefügt: Einwohner, für 40 Euro pro Sitzung.']);
    await screenshot(page, 'pruefung');
    await page.getByRole('button', { name: 'Freigeben' }).click();
    await visible(page.getByText(`„${title}“ ist freigegeben und veröffentlicht.`));
    expect(await read()).toBe('PUBLISHED');
    await page.context().close();
  });

  it('2 – an event: sent back, edited by its officer in the editor and sent again, shows the coordinator the diff in German time', async () => {
    const { createEvent: event } = await gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      {
        i: {
          title: 'Werkstatt Open Data', description: 'Wir öffnen die Haushaltsdaten.', startsAt: '2030-06-12T08:00:00Z', endsAt: '2030-06-12T12:00:00Z',
          format: 'HYBRID', location: 'Rathaus Kaiserslautern', onlineUrl: 'https://konferenz.example.org/werkstatt', visibility: 'PUBLIC', topicSlugs: ['open-data'],
        },
      },
      officer.token,
    );
    await gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: event.id }, officer.token);

    const page = await coordinatorPage();
    await page.goto('/koordination/pruefung');
    await page.getByRole('link', { name: 'Werkstatt Open Data' }).click();
    await page.waitForURL(`**/koordination/pruefung/${event.id}`);
    expect(await page.getByRole('heading', { name: 'Geändert seit der letzten Prüfung' }).count()).toBe(0);
    await page.getByLabel('Kommentar').fill('Bitte später beginnen und die Daten im Titel nennen.');
    await page.getByRole('button', { name: 'Änderungen erbitten' }).click();
    await visible(page.getByText('„Werkstatt Open Data“ ging mit Ihrem Kommentar zur Überarbeitung zurück.'));

    // The officer edits in the browser, without JavaScript, and sends it again.
    const officerContext = await p.newContext({ javaScriptEnabled: false });
    const editor = await officerContext.newPage();
    await signIn(editor, officer.email, TEST_PASSWORD);
    // The workspace lists it as sent back, with the comment, and the editor opens with it.
    await editor.goto('/meine-kommune');
    const sentBack = editor.getByRole('table', { name: 'Änderungen erbeten: 1 Veranstaltung' });
    await visible(sentBack.getByRole('row', { name: /Werkstatt Open Data/ }).getByText('Bitte später beginnen und die Daten im Titel nennen.'));
    await sentBack.getByRole('link', { name: 'Werkstatt Open Data' }).click();
    await editor.waitForURL(`**/meine-kommune/veranstaltungen/${event.id}/bearbeiten`);
    await visible(editor.getByRole('note').filter({ hasText: 'Die Koordinierungsstelle bittet um Änderungen' }).getByText('Bitte später beginnen und die Daten im Titel nennen.'));
    await editor.getByLabel('Titel', { exact: true }).fill('Werkstatt Offene Haushaltsdaten');
    await editor.getByLabel('Beschreibung').fill('Wir öffnen die Haushaltsdaten der Stadt.');
    await editor.getByLabel('Beginn').fill('2030-06-12T11:00');
    await editor.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await visible(editor.getByText('Veranstaltung „Werkstatt Offene Haushaltsdaten“ zur Prüfung eingereicht.'));
    await officerContext.close();

    await page.goto(`/koordination/pruefung/${event.id}`);
    await visible(page.getByRole('heading', { name: 'Geändert seit der letzten Prüfung' }));
    await visible(page.getByText('Bitte später beginnen und die Daten im Titel nennen.'));
    const region = (name: string) => page.getByRole('region', { name, exact: true });
    expect(await region('Titel').locator('del').allTextContents()).toEqual(['entfernt: Open', 'entfernt: Data']);
    expect(await region('Titel').locator('ins').allTextContents()).toEqual(['hinzugefügt: Offene', 'hinzugefügt: Haushaltsdaten']);
    expect(await region('Beschreibung').locator('del').allTextContents()).toEqual(['entfernt: Haushaltsdaten.']);
    expect(await region('Beschreibung').locator('ins').allTextContents()).toEqual(['hinzugefügt: Haushaltsdaten der Stadt.']);
    // 08:00 UTC is 10:00 in Berlin (summer time); the officer typed 11:00 Berlin time.
    expect(await region('Beginn').locator('del').allTextContents()).toEqual(['entfernt: 10:00']);
    expect(await region('Beginn').locator('ins').allTextContents()).toEqual(['hinzugefügt: 11:00']);
    expect(await region('Beginn').innerText()).toContain('12. Juni 2030');
    for (const unchanged of ['Ende', 'Ort', 'Format', 'Online-Zugang']) expect([unchanged, await region(unchanged).count()]).toEqual([unchanged, 0]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pruefung-veranstaltung');
    await page.getByRole('button', { name: 'Freigeben' }).click();
    await visible(page.getByText('„Werkstatt Offene Haushaltsdaten“ ist freigegeben und veröffentlicht.'));
    await page.context().close();
  });

  it('5 – moderation: a report reaches the coordinators by email, the coordinator archives the content, the audit log tells who, what, when and why', async () => {
    const title = 'Digitaler Mängelmelder';
    const { createCaseStudy: cs } = await gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { title, summary: 'Schlaglöcher per App melden.', maturity: 'OPERATIONAL', visibility: 'PUBLIC', topicSlugs: ['smart-city'], municipalityId: klId } },
      coordinator.token,
    );
    await gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: cs.id }, coordinator.token);
    await gql(`mutation($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "Die Kosten sind seit 2024 veraltet.") { id } }`, { id: cs.id }, member.token);

    const notice = await mail(coordinator.email, new RegExp(`^Neue Meldung: ${title}`));
    expect(notice.text).toContain('Die Kosten sind seit 2024 veraltet.');
    const link = new RegExp(`${p.url.replace(/[.:/]/g, '\\$&')}/praxisbeispiele/[a-z0-9-]+`).exec(notice.text ?? '')?.[0];
    expect(link).toBe(`${p.url}/praxisbeispiele/${cs.slug}`);

    const page = await coordinatorPage();
    const opened = await page.goto(link!);
    expect(opened?.status()).toBe(200);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(title);

    await page.goto('/koordination/meldungen');
    const report = page.getByRole('article', { name: title });
    expect(await report.innerText()).toContain('Fehlerhaft');
    expect(await report.innerText()).toContain('Die Kosten sind seit 2024 veraltet.');
    expect(await report.innerText()).toContain('Mira Mitglied');
    await report.getByLabel('Begründung').fill('Kosten und Ansprechperson stimmen nicht mehr.');
    await report.getByRole('button', { name: 'Inhalt archivieren' }).click();
    await visible(page.getByText(`Der Inhalt „${title}“ ist archiviert, die Meldung erledigt.`));
    expect(await page.getByRole('article', { name: title }).count()).toBe(0);
    const status = await gql<{ caseStudy: { status: string } }>(`query($s: String!) { caseStudy(slug: $s) { status } }`, { s: cs.slug }, coordinator.token);
    expect(status.caseStudy.status).toBe('ARCHIVED');

    await page.goto('/koordination/protokoll');
    await page.getByLabel('Was').selectOption({ label: 'Meldung erledigt: Inhalt archiviert' });
    await page.getByRole('button', { name: 'Anwenden' }).click();
    await page.waitForURL(/aktion=report\.resolved-archived/);
    const rows = page.getByRole('table', { name: /^Prüfprotokoll/ }).getByRole('row').filter({ hasText: 'Meldung erledigt: Inhalt archiviert' });
    expect(await rows.count()).toBe(1);
    const line = (await rows.innerText()).replace(/\s+/g, ' ');
    const today = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date());
    expect(line).toContain(today);
    expect(line).toContain('Anna Koordinatorin');
    expect(line).toContain('Begründung: Kosten und Ansprechperson stimmen nicht mehr.');
    expect(line).toContain('Praxisbeispiel');

    // Everything about this case study, from the subject link: reported by the member, archived by the coordinator.
    await rows.getByRole('link', { name: /^Praxisbeispiel: nur Einträge zu diesem Gegenstand/ }).click();
    await page.waitForURL(/gegenstand=/);
    const all = (await page.getByRole('table', { name: /^Prüfprotokoll/ }).innerText()).replace(/\s+/g, ' ');
    expect(all).toContain('Inhalt gemeldet');
    expect(all).toContain('Mira Mitglied');
    expect(all).toContain('Archiviert');
    await page.context().close();
  });
});
