import { readFileSync } from 'node:fs';
import { confirmFromEmail } from '../support/consent';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { eventually, publishAsCoordinator } from './support/content';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;

/**
 * SPEC §7 journey 6: a member downloads their data, then deletes the account in the browser;
 * what they published stays, shown as by "ehemaliges Mitglied"; no further email reaches them.
 */
describe('journey 6 in the browser: leaving the network', () => {
  let p: WebPlatform;
  let coordinator: Person;
  let leaver: Person;
  let control: Person;
  let study: { id: string; slug: string };
  let kl: Awaited<ReturnType<typeof makeMunicipality>>;

  beforeAll(async () => {
    p = await startWebPlatform();
    kl = await makeMunicipality(p.gw.app, '07312000');
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl });
    leaver = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Greta Gehtweg' });
    control = await makeUser(p.gw.app, { role: 'MEMBER' });
    for (const who of [leaver, control]) {
      const res = await p.gw.gql(`mutation { subscribe(target: { topicSlug: "open-data" }, frequency: IMMEDIATE) { id } }`, {}, who.token);
      expect(res.errors).toBeUndefined();
      await confirmFromEmail(p.gw, p.sink, who.email);
    }
    // The leaver is the contact of a published case study of their municipality.
    study = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Offene Haushaltsdaten Kaiserslautern', topicSlugs: ['open-data'], contactId: leaver.user.id, municipalityId: kl.id });
    // The confirmation of notification emails, then the publication.
    await eventually('the publication email to the leaver', async () => p.sink.to(leaver.email).length === 2);
    // Something the audit log records under their name and address.
    const reported = await p.gw.gql(`mutation($id: ID!) { reportContent(subjectId: $id, reason: INCORRECT, note: "Zahlen von 2019") { id } }`, { id: study.id }, leaver.token);
    expect(reported.errors).toBeUndefined();
  });

  afterAll(async () => {
    await p?.close();
  });

  it('downloads the data, deletes the account with the password, is signed out and stays out', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await signIn(page, leaver.email, TEST_PASSWORD);
    await page.goto(`/praxisbeispiele/${study.slug}`);
    expect(await page.locator('main').innerText()).toContain('Greta Gehtweg');

    await page.goto('/meine-daten');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'meine-daten');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Daten herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('ikone-meine-daten.json');
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain(leaver.email);
    expect(JSON.stringify(exported)).toContain('Greta Gehtweg');

    // The browser asks once more before the form goes (enhance.js); the server needs the password and the tick.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await page.getByLabel('Ihr aktuelles Passwort').fill(TEST_PASSWORD);
    await page.getByLabel(/^Ich verstehe, dass mein Konto endgültig gelöscht wird/).check();
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(dialogs).toEqual(['Möchten Sie Ihr Konto wirklich endgültig löschen?']);
    await visible(page.getByText('Ihr Konto wurde gelöscht.'));
    await visible(page.getByRole('link', { name: 'Anmelden' }));
    expect((await context.cookies()).some((c) => c.name === 'ikone_sid')).toBe(false);
    // Member pages are closed now; the old API token is dead too.
    await page.goto('/meine-daten');
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    const me = await p.gw.gql(`{ me { id } }`, {}, leaver.token);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Signing in again does not work.
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(leaver.email);
    await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('E-Mail-Adresse oder Passwort stimmen nicht.');

    // What they published stays with the municipality, by "ehemaliges Mitglied".
    await page.goto(`/praxisbeispiele/${study.slug}`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('ehemaliges Mitglied');
    expect(main).not.toContain('Greta Gehtweg');
    expect(main).toContain('Kaiserslautern');
    await context.close();
  });

  it('keeps the audit entries accountable (id, municipality) without the name or address (ADR 0007)', async () => {
    const res = await p.gw.gql<{ auditLog: { edges: Array<{ node: { action: string; actorId: string | null; actorLabel: string; details: string } }> } }>(
      `query($f: AuditLogFilterInput) { auditLog(first: 100, filter: $f) { edges { node { action actorId actorLabel details } } } }`,
      { f: { actorId: leaver.user.id } },
      coordinator.token,
    );
    const entries = res.data!.auditLog.edges.map((e) => e.node);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['report.filed', 'account.deleted']));
    for (const e of entries) expect(e.actorLabel).toBe(`ehemaliges Mitglied (${kl.name})`);
    expect(JSON.parse(entries.find((e) => e.action === 'account.deleted')!.details)).toEqual({ role: 'MEMBER', municipality: kl.name });
    // Nowhere in the log, also not in entries others caused (their account was created with the address).
    const everything = (await p.gw.db.query(`select actor_label || ' ' || details::text as t from audit_entry`)) as Array<{ t: string }>;
    expect(everything.filter((r) => r.t.toLowerCase().includes(leaver.email.toLowerCase()) || r.t.includes('Greta Gehtweg'))).toEqual([]);
    expect(everything.some((r) => r.t.includes(`geloescht-${leaver.user.id}@ikone.invalid`))).toBe(true);
  });

  it('sends no further email to the deleted account', async () => {
    const later = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Open-Data-Portal für den Landkreis', topicSlugs: ['open-data'] });
    // The control subscriber's email shows the fan-out and its emails went out.
    await eventually('the email to the control subscriber', async () => p.sink.to(control.email).length === 3);
    const notified: Array<{ n: number }> = await p.gw.db.query(`select count(*)::int as n from notification where subject_id = $1 and recipient_id = $2`, [later.id, leaver.user.id]);
    expect(notified[0].n).toBe(0);
    const pending: Array<{ n: number }> = await p.gw.db.query(`select count(*)::int as n from email_delivery where user_id = $1 and status in ('PENDING', 'SENDING', 'SENT') and data <> '{}'`, [leaver.user.id]);
    expect(pending[0].n).toBe(0);
    expect(p.sink.to(leaver.email)).toHaveLength(2);
  });
});
