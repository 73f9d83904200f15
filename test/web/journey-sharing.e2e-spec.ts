import type { Page } from 'playwright-core';
import { TokenCodec } from '@ikone/membership';
import { fromBerlinLocalInput, toBerlinLocalInput } from '../../apps/web/src/index';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { waitFor } from '../notifications/smtp-sink';
import { confirmFromEmail } from '../support/consent';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = { email: string; token: string; user: { id: string } };

const TITLE = 'Digitale Bürgerbeteiligung im Ortsgemeinderat';
const COMMENT = 'Bitte ergänzen Sie die Kosten und was der Rat dazu beschlossen hat.';

/**
 * Journeys 2, 3 and 4 of SPEC §7 from the officers' side, in the browser: sharing a practice
 * (with the coordinator's review over GraphQL; their workspace is a page of its own), a reuse
 * request from Mainz, and an event with registrations, CSV and a moved start time.
 */
describe('web journeys: sharing a practice, reuse, an event', () => {
  let p: WebPlatform;
  let coordinator: Person;
  let otter: Person;
  let mainz: Person;
  let klOfficer: Person;
  let subscriber: Person;
  let members: Person[];
  let slug: string;
  let caseStudyId: string;

  const gql = async <T,>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const res = await p.gw.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  const browser = async (person: { email: string }, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> => {
    const context = await p.newContext(options);
    const page = await context.newPage();
    await signIn(page, person.email, TEST_PASSWORD);
    return page;
  };

  const subjects = async (email: string): Promise<string[]> => Promise.all(p.sink.to(email).map(async (m) => (await m.parsed()).subject ?? ''));

  beforeAll(async () => {
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '200', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    const kl = await makeMunicipality(p.gw.app, '07312000');
    const mz = await makeMunicipality(p.gw.app, '07315000');
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl, displayName: 'Koordinierungsstelle KL' });
    klOfficer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Karl Kaiserslautern' });
    mainz = await makeUser(p.gw.app, { role: 'OFFICER', municipality: mz, displayName: 'Mara Mainz' });
    subscriber = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Sina Sofort' });
    members = [];
    for (const name of ['Anna Erste', 'Bernd Zweiter', 'Carla Dritte']) members.push(await makeUser(p.gw.app, { role: 'MEMBER', municipality: mz, displayName: name }));

    // Otterbach-Otterberg is not in the directory: it applies, the coordinator approves, Olga accepts.
    const applied = await gql<{ applyForMembership: { id: string } }>(
      `mutation($i: ApplyForMembershipInput!) { applyForMembership(input: $i) { id } }`,
      { i: { name: 'Otterbach-Otterberg', kind: 'VERBANDSGEMEINDE', state: 'RP', applicantName: 'Olga Otter', applicantEmail: 'olga.otter@otterbach-otterberg.example', motivation: 'Ortsgemeinderäte digital' } },
    );
    await gql(`mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true) { status } }`, { id: applied.applyForMembership.id }, coordinator.token);
    const [invitation] = (await p.gw.db.query(`select id from invitation where lower(email) = 'olga.otter@otterbach-otterberg.example'`)) as Array<{ id: string }>;
    const accepted = await gql<{ acceptInvitation: { accessToken: string; user: { id: string } } }>(
      `mutation($t: String!, $pw: String!) { acceptInvitation(token: $t, displayName: "Olga Otter", password: $pw) { accessToken user { id } } }`,
      { t: p.gw.app.get(TokenCodec).encode('invitation', invitation.id), pw: TEST_PASSWORD },
    );
    otter = { email: 'olga.otter@otterbach-otterberg.example', token: accepted.acceptInvitation.accessToken, user: accepted.acceptInvitation.user };

    // Sina follows the topic and Otterbach-Otterberg, both immediately: she must still get one email.
    await gql(`mutation { subscribe(target: { topicSlug: "buergerbeteiligung" }, frequency: IMMEDIATE) { id } }`, {}, subscriber.token);
    await gql(`mutation { subscribe(target: { municipalitySlug: "otterbach-otterberg" }, frequency: IMMEDIATE) { id } }`, {}, subscriber.token);
    await confirmFromEmail(p.gw, p.sink, subscriber.email);
  });

  afterAll(async () => {
    await p?.close();
  });

  it('journey 2: an officer drafts and submits, answers the requested changes, and subscribers get one email on approval', async () => {
    const page = await browser(otter);
    await page.goto('/meine-kommune');
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Meine Kommune: Otterbach-Otterberg');
    await page.getByRole('link', { name: 'Neues Praxisbeispiel anlegen' }).click();
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Kurzfassung').fill('Die Ortsgemeinderäte beraten und beteiligen die Bürgerinnen und Bürger online.');
    await page.getByRole('checkbox', { name: 'Bürgerbeteiligung' }).check();
    await page.getByLabel('Ausgangslage').fill('Sitzungen waren schlecht besucht; Vorschläge kamen nur per Brief.');
    await page.getByLabel('Lösung').fill('Eine **Beteiligungsplattform** für alle acht Ortsgemeinden.');
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await visible(page.getByText(`Praxisbeispiel „${TITLE}“ zur Prüfung eingereicht.`));
    await visible(page.getByRole('table', { name: /^In Prüfung: 1 Praxisbeispiel/ }).getByText(TITLE));

    const queue = await gql<{ reviewQueue: { edges: Array<{ node: { subjectId: string; title: string } }> } }>(`{ reviewQueue { edges { node { subjectId title } } } }`, {}, coordinator.token);
    caseStudyId = queue.reviewQueue.edges.find((e) => e.node.title === TITLE)!.node.subjectId;
    await gql(`mutation($id: ID!, $c: String!) { requestChanges(subjectId: $id, comment: $c) { subjectId } }`, { id: caseStudyId, c: COMMENT }, coordinator.token);

    await page.goto('/meine-kommune');
    const requested = page.getByRole('table', { name: /^Änderungen erbeten: 1 Praxisbeispiel/ });
    await visible(requested.getByText(COMMENT));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'meine-kommune-aenderungen-erbeten');
    await requested.getByRole('link', { name: TITLE }).click();
    await visible(page.getByRole('note').getByText(COMMENT));
    await page.getByLabel('Einmalige Kosten in Euro').fill('4.500');
    await page.getByLabel('Ergebnisse').fill('Der Verbandsgemeinderat hat die Plattform für alle Ortsgemeinden beschlossen.');
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await visible(page.getByText(`Praxisbeispiel „${TITLE}“ zur Prüfung eingereicht.`));
    await visible(page.getByRole('table', { name: /^In Prüfung: 1 Praxisbeispiel/ }).getByText(TITLE));

    const sentBefore = p.sink.to(subscriber.email).length;
    await gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: caseStudyId }, coordinator.token);
    await waitFor('the publication email', async () => (await subjects(subscriber.email)).includes(`Neues Praxisbeispiel: ${TITLE}`), 30_000);
    await waitFor('the in-app notification', async () => {
      const [row] = (await p.gw.db.query(`select count(*)::int as n from notification where recipient_id = $1 and subject_id = $2`, [subscriber.user.id, caseStudyId])) as Array<{ n: number }>;
      return row.n === 1;
    });
    await waitFor('no email still on its way', async () => {
      const rows = (await p.gw.db.query(`select 1 from email_delivery where user_id = $1 and status in ('PENDING','SENDING')`, [subscriber.user.id])) as unknown[];
      return rows.length === 0;
    });
    expect((await subjects(subscriber.email)).filter((s) => s.includes(TITLE))).toEqual([`Neues Praxisbeispiel: ${TITLE}`]);
    expect(p.sink.to(subscriber.email).length - sentBefore).toBe(1);

    const [row] = (await p.gw.db.query(`select slug, status, cost_one_off::float as cost from case_study where id = $1`, [caseStudyId])) as Array<{ slug: string; status: string; cost: number }>;
    expect(row).toMatchObject({ status: 'PUBLISHED', cost: 4500 });
    slug = row.slug;
    await page.goto('/meine-kommune');
    await visible(page.getByRole('table', { name: /^Veröffentlicht: 1 Praxisbeispiel/ }).getByText(TITLE).first());
    await page.context().close();
  });

  it('journey 3: Mainz asks to reuse it, the owners move the request to IN_TALKS and ADOPTED, the page says "Nachgenutzt von Mainz"', async () => {
    const mainzPage = await browser(mainz);
    await mainzPage.goto(`/praxisbeispiele/${slug}`);
    await mainzPage.getByRole('link', { name: /^Nachnutzung für Mainz anfragen$/ }).click();
    expect((await mainzPage.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(`Nachnutzung anfragen: ${TITLE}`);
    expect(await axeViolations(mainzPage)).toEqual([]);
    await mainzPage.getByLabel('Nachricht').fill('Mainz möchte die Plattform für seine Ortsbeiräte nutzen. Können wir telefonieren?');
    await mainzPage.getByRole('button', { name: 'Nachnutzung anfragen' }).click();
    await visible(mainzPage.getByText('Ihre Anfrage ist bei Otterbach-Otterberg angekommen.'));
    expect(new URL(mainzPage.url()).pathname).toBe(`/praxisbeispiele/${slug}`);

    // The owners are told.
    await waitFor('the reuse request email', async () => (await subjects(otter.email)).includes(`Nachnutzungsanfrage: ${TITLE}`), 30_000);

    // Mainz cannot decide its own request, even with a forged POST.
    const [request] = (await p.gw.db.query(`select id from reuse_request where case_study_id = $1`, [caseStudyId])) as Array<{ id: string }>;
    const token = await mainzPage.locator('form[action="/abmelden"] input[name="_csrf"]').getAttribute('value');
    const forged = await mainzPage.request.post(`/meine-kommune/nachnutzung/${request.id}`, { form: { _csrf: token!, status: 'ADOPTED' } });
    expect(forged.status()).toBe(403);
    const [still] = (await p.gw.db.query(`select status from reuse_request where id = $1`, [request.id])) as Array<{ status: string }>;
    expect(still.status).toBe('REQUESTED');

    const page = await browser(otter);
    await page.goto('/meine-kommune');
    await visible(page.getByText('1 offene Anfrage einer anderen Kommune'));
    await page.getByRole('link', { name: 'Nachnutzungsanfragen verwalten' }).first().click();
    const table = page.getByRole('table', { name: /^Anfragen an Ihre Kommune: 1 Anfrage/ });
    await visible(table.getByText('Mainz möchte die Plattform'));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'nachnutzung');
    await table.getByRole('button', { name: `Im Gespräch: Mainz – ${TITLE}` }).click();
    await visible(page.getByText('Anfrage von Mainz steht jetzt auf „Im Gespräch“.'));
    await page.getByRole('button', { name: `Nachgenutzt: Mainz – ${TITLE}` }).click();
    await visible(page.getByText('Anfrage von Mainz steht jetzt auf „Nachgenutzt“.'));
    await visible(page.getByRole('table', { name: /^Anfragen an Ihre Kommune/ }).getByText('abgeschlossen'));

    const anonymous = await (await p.newContext()).newPage();
    await anonymous.goto(`/praxisbeispiele/${slug}`);
    await visible(anonymous.getByText('Nachgenutzt von Mainz'));

    // Mainz sees the outcome of its request where it asked, and in its workspace as a request sent.
    await mainzPage.goto(`/praxisbeispiele/${slug}/nachnutzen`);
    await visible(mainzPage.getByRole('listitem').filter({ hasText: 'Nachgenutzt' }));
    await mainzPage.goto('/meine-kommune/nachnutzung');
    const sent = mainzPage.getByRole('table', { name: 'Anfragen Ihrer Kommune: 1 Anfrage' });
    await visible(sent.getByRole('rowheader', { name: TITLE }));
    await visible(sent.getByText('Otterbach-Otterberg'));
    await visible(sent.getByText('Nachgenutzt'));
    await visible(mainzPage.getByText('Noch keine Anfragen anderer Kommunen.'));
    expect(await mainzPage.getByRole('button').filter({ hasText: 'Nachgenutzt' }).count()).toBe(0);
    expect(await axeViolations(mainzPage)).toEqual([]);
    await Promise.all([page.context().close(), mainzPage.context().close(), anonymous.context().close()]);
  });

  it('journey 4: an officer publishes an event, sees registrations and the CSV, moves the start and every registrant is told', async () => {
    const page = await browser(klOfficer, { javaScriptEnabled: false });
    const start = new Date(Date.now() + 21 * 86_400_000);
    start.setUTCHours(13, 0, 0, 0);
    const startLocal = toBerlinLocalInput(start);
    const endLocal = toBerlinLocalInput(new Date(start.getTime() + 3 * 3_600_000));
    await page.goto('/meine-kommune');
    await page.getByRole('link', { name: 'Neue Veranstaltung anlegen' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Netzwerktreffen Digitale Stadt');
    await page.getByLabel(/^Beschreibung/).fill('Austausch der Digitalbeauftragten, **mit Kaffee**.');
    await page.getByLabel('Beginn', { exact: true }).fill(startLocal);
    await page.getByLabel('Ende', { exact: true }).fill(endLocal);
    await page.getByRole('radio', { name: 'Hybrid' }).check();
    await page.getByLabel(/^Ort/).fill('Rathaus Kaiserslautern, Sitzungssaal');
    await page.getByLabel('Online-Zugang').fill('https://meet.example/netzwerktreffen');
    await page.getByLabel('Plätze').fill('2');
    await page.getByRole('checkbox', { name: 'Verwaltungsdigitalisierung' }).check();
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await visible(page.getByText('Veranstaltung „Netzwerktreffen Digitale Stadt“ zur Prüfung eingereicht.'));

    const [event] = (await p.gw.db.query(`select id, starts_at, status from event where title = 'Netzwerktreffen Digitale Stadt'`)) as Array<{ id: string; starts_at: Date; status: string }>;
    expect(event.status).toBe('IN_REVIEW');
    expect(new Date(event.starts_at).toISOString()).toBe(start.toISOString());
    await gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: event.id }, coordinator.token);
    const statuses: string[] = [];
    for (const m of members) statuses.push((await gql<{ registerForEvent: { status: string } }>(`mutation($id: ID!) { registerForEvent(id: $id) { status } }`, { id: event.id }, m.token)).registerForEvent.status);
    expect(statuses).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED']);

    await page.goto('/meine-kommune');
    await page.getByRole('table', { name: /^Veröffentlicht: 1 Veranstaltung/ }).getByRole('link', { name: /^Anmeldungen ansehen/ }).click();
    const registered = page.getByRole('table', { name: 'Angemeldet: 2 Personen' });
    await visible(registered.getByRole('rowheader', { name: 'Anna Erste' }));
    await visible(registered.getByRole('rowheader', { name: 'Bernd Zweiter' }));
    await visible(page.getByRole('table', { name: /^Warteliste: 1 Person/ }).getByRole('rowheader', { name: 'Carla Dritte' }));

    const csv = await page.request.get(`/meine-kommune/veranstaltungen/${event.id}/anmeldungen.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toBe('attachment; filename="anmeldungen-netzwerktreffen-digitale-stadt.csv"');
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvLines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(csvLines[0]).toBe('"Name";"Status";"Angemeldet am";"Auf der Warteliste seit";"Platz auf der Warteliste"');
    expect(csvLines.slice(1).map((l) => l.split(';').slice(0, 2).join(';'))).toEqual(['"Anna Erste";"angemeldet"', '"Bernd Zweiter";"angemeldet"', '"Carla Dritte";"Warteliste"']);
    expect(csvLines[3].endsWith(';"1"')).toBe(true);

    // The start moves by a day, in the browser.
    const sequenceBefore = (await gql<{ event: { icalSequence: number } }>(`query($id: ID!) { event(id: $id) { icalSequence } }`, { id: event.id }, coordinator.token)).event.icalSequence;
    await page.getByRole('link', { name: 'Veranstaltung bearbeiten' }).click();
    await visible(page.getByText(/Diese Veranstaltung ist veröffentlicht\. Änderungen sind sofort sichtbar/));
    const moved = new Date(start.getTime() + 86_400_000);
    expect(await page.getByLabel('Beginn', { exact: true }).inputValue()).toBe(startLocal);
    await page.getByLabel('Beginn', { exact: true }).fill(toBerlinLocalInput(moved));
    await page.getByLabel('Ende', { exact: true }).fill(toBerlinLocalInput(new Date(moved.getTime() + 3 * 3_600_000)));
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await visible(page.getByText(/^Änderungen gespeichert\./));
    const [after] = (await p.gw.db.query(`select starts_at from event where id = $1`, [event.id])) as Array<{ starts_at: Date }>;
    expect(new Date(after.starts_at).toISOString()).toBe(fromBerlinLocalInput(toBerlinLocalInput(moved))!.toISOString());
    const sequenceAfter = (await gql<{ event: { icalSequence: number } }>(`query($id: ID!) { event(id: $id) { icalSequence } }`, { id: event.id }, coordinator.token)).event.icalSequence;
    expect(sequenceAfter).toBeGreaterThan(sequenceBefore);

    for (const m of members.slice(0, 2)) {
      await waitFor(`the change email to ${m.email}`, async () => (await subjects(m.email)).includes('Geändert: Netzwerktreffen Digitale Stadt'), 30_000);
    }
    await page.context().close();

    // The registrations page with its tables, checked by axe-core (JavaScript on).
    const checked = await browser(klOfficer);
    await checked.goto(`/meine-kommune/veranstaltungen/${event.id}/anmeldungen`);
    expect(await axeViolations(checked)).toEqual([]);
    await screenshot(checked, 'anmeldungen');
    await checked.goto(`/meine-kommune/veranstaltungen/${event.id}/bearbeiten`);
    expect(await axeViolations(checked)).toEqual([]);
    await checked.context().close();
  }, 120_000);

  it('journey 4: the organiser cancels the event with a reason, and the registrants are told', async () => {
    const page = await browser(klOfficer, { javaScriptEnabled: false });
    const [event] = (await p.gw.db.query(`select id from event where title = 'Netzwerktreffen Digitale Stadt'`)) as Array<{ id: string }>;
    await page.goto(`/meine-kommune/veranstaltungen/${event.id}/bearbeiten`);
    await page.getByRole('button', { name: 'Veranstaltung absagen' }).click();
    expect(await page.title()).toMatch(/^Fehler: /);
    await visible(page.getByRole('alert').getByText(/Grund der Absage/));
    await page.getByLabel('Grund der Absage').fill('Der Sitzungssaal wird renoviert.');
    await page.getByRole('button', { name: 'Veranstaltung absagen' }).click();
    await visible(page.getByText('Veranstaltung „Netzwerktreffen Digitale Stadt“ abgesagt. Alle Angemeldeten werden benachrichtigt.'));
    await visible(page.getByRole('table', { name: /^Abgesagt: 1 Veranstaltung/ }));
    for (const m of members.slice(0, 2)) {
      await waitFor(`the cancellation email to ${m.email}`, async () => (await subjects(m.email)).some((s) => s.includes('Netzwerktreffen Digitale Stadt') && !s.startsWith('Geändert')), 30_000);
    }
    await page.context().close();
  });
});
