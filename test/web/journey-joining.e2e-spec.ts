import type { Page } from 'playwright-core';
import { makeUser } from '../support/factories';
import { clickInEmail, mailTo } from './support/mail';
import { screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).trim();

const APPLICANT = 'olga.otter@otterbach-otterberg.example';
const COLLEAGUE = 'kurt.kollege@otterbach-otterberg.example';

/**
 * SPEC §7 journey 1 in the browser: the Verbandsgemeinde Otterbach-Otterberg (not in the
 * directory) applies, the coordinators are told, a coordinator approves, the applicant follows
 * the invitation email, sets name and password and is signed in, invites a colleague as MEMBER,
 * and the colleague accepts and signs in. The coordinator's and officer's workspaces are later
 * pages: those two steps go through the GraphQL API.
 */
describe('web journey: joining the network', () => {
  let p: WebPlatform;
  let coordinator: { token: string; email: string };

  beforeAll(async () => {
    p = await startWebPlatform();
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', displayName: 'Koordinierungsstelle KL' });
  });

  afterAll(async () => {
    await p?.close();
  });

  it('goes from the application in the browser to a signed-in officer and a colleague who signs in', async () => {
    // 1. Olga Otter applies for her Verbandsgemeinde, which the directory does not list.
    const applicant = await p.newContext();
    const page = await applicant.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mitglied werden' }).click();
    expect(await heading(page)).toBe('Mitglied werden');
    await page.getByLabel('Name oder Gemeindeschlüssel').fill('Otterbach-Otterberg');
    await page.getByRole('button', { name: 'Im Verzeichnis suchen' }).click();
    await visible(page.getByText('Keine Gemeinde gefunden.'));
    await page.getByLabel(/^Unsere Kommune ist nicht im Verzeichnis/).check();
    await page.getByLabel('Name der Kommune').fill('Otterbach-Otterberg');
    await page.getByLabel('Art der Kommune').selectOption({ label: 'Verbandsgemeinde' });
    await page.getByLabel('Bundesland der Kommune').selectOption({ label: 'Rheinland-Pfalz' });
    await page.getByLabel('Ihr Name').fill('Olga Otter');
    await page.getByLabel('Ihre dienstliche E-Mail-Adresse').fill(APPLICANT);
    await page.getByLabel('Warum möchte Ihre Kommune mitmachen?').fill('Wir digitalisieren unsere Ortsgemeinderäte und möchten uns austauschen.');
    await page.getByLabel('Website der Kommune').fill('https://www.otterbach-otterberg.de');
    await screenshot(page, 'mitglied-werden-antrag');
    await Promise.all([page.waitForURL(/\/mitglied-werden\/danke$/), page.getByRole('button', { name: 'Antrag absenden' }).click()]);
    expect(await heading(page)).toBe('Vielen Dank für Ihren Antrag');
    await visible(page.getByText('Ihr Antrag für Otterbach-Otterberg ist eingegangen.'));
    await screenshot(page, 'mitglied-werden-danke');

    // 2. The coordinators are told by email.
    const told = await mailTo(p.sink, coordinator.email, /Neuer Mitgliedsantrag: Otterbach-Otterberg/);
    expect(told.text).toContain('Olga Otter');

    // 3. A coordinator approves (the coordinator workspace is a later page).
    const queue = await p.gw.gql<{ membershipApplications: { edges: { node: { id: string; municipalityName: string; kind: string; state: string; website: string | null } }[] } }>(
      `{ membershipApplications(status: APPLIED) { edges { node { id municipalityName kind state website } } } }`,
      {},
      coordinator.token,
    );
    const application = queue.data?.membershipApplications.edges.map((e) => e.node).find((a) => a.municipalityName === 'Otterbach-Otterberg');
    expect(application).toMatchObject({ kind: 'VERBANDSGEMEINDE', state: 'RP', website: 'https://www.otterbach-otterberg.de' });
    const decided = await p.gw.gql(
      `mutation($id: ID!) { decideMembershipApplication(id: $id, approve: true, comment: "Willkommen!") { status } }`,
      { id: application!.id },
      coordinator.token,
    );
    expect(decided.errors).toBeUndefined();

    // 4. Olga follows the link in the invitation email, sets name and password, and is signed in.
    const invitation = await mailTo(p.sink, APPLICANT, /Willkommen bei IKONE: Otterbach-Otterberg ist Mitglied/);
    await clickInEmail(page, invitation, 'Einladung annehmen');
    expect(new URL(page.url()).pathname).toBe('/einladung');
    expect(await heading(page)).toBe('Einladung annehmen');
    const invitedAs = await page.locator('main dl').innerText();
    expect(invitedAs).toContain('Digitalbeauftragte/r');
    expect(invitedAs).toContain('Otterbach-Otterberg');
    expect(invitedAs).toContain(APPLICANT);
    await page.getByLabel('Ihr Name').fill('Olga Otter');
    await page.getByLabel('Passwort', { exact: true }).fill('Ortsgemeinderat-2026');
    await page.getByLabel('Passwort wiederholen').fill('Ortsgemeinderat-2026');
    expect(await page.getByRole('radio', { name: 'Deutsch' }).isChecked()).toBe(true);
    await screenshot(page, 'einladung-annehmen');
    await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.getByRole('button', { name: 'Einladung annehmen' }).click()]);
    await visible(page.getByText('Willkommen im Netzwerk, Olga Otter! Sie sind angemeldet.'));
    await visible(page.getByText('Angemeldet als Olga Otter'));
    await visible(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Meine Kommune' }));

    // 5. She invites a colleague as MEMBER (the officer workspace is a later page).
    const login = await p.gw.gql<{ login: { accessToken: string; user: { role: string; municipality: { id: string; name: string } } } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { role municipality { id name } } } }`,
      { e: APPLICANT, p: 'Ortsgemeinderat-2026' },
    );
    expect(login.data?.login.user).toMatchObject({ role: 'OFFICER', municipality: { name: 'Otterbach-Otterberg' } });
    const invited = await p.gw.gql(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id role } }`,
      { i: { email: COLLEAGUE, role: 'MEMBER' } },
      login.data!.login.accessToken,
    );
    expect(invited.errors).toBeUndefined();

    // 6. The colleague accepts in a browser of his own, in English, and can sign in.
    const colleague = await p.newContext();
    const other = await colleague.newPage();
    const colleagueMail = await mailTo(p.sink, COLLEAGUE, /Ihre Einladung zu IKONE/);
    expect(colleagueMail.text).toContain('Olga Otter');
    await clickInEmail(other, colleagueMail, 'Einladung annehmen');
    await other.getByLabel('Ihr Name').fill('Kurt Kollege');
    await other.getByLabel('Passwort', { exact: true }).fill('Kollegenrunde-2026');
    await other.getByLabel('Passwort wiederholen').fill('Kollegenrunde-2026');
    await other.getByRole('radio', { name: 'English' }).check();
    await Promise.all([other.waitForURL((u) => u.pathname === '/'), other.getByRole('button', { name: 'Einladung annehmen' }).click()]);
    expect(await other.locator('html').getAttribute('lang')).toBe('en');
    await visible(other.getByText('Welcome to the network, Kurt Kollege! You are signed in.'));
    await other.getByRole('button', { name: 'Sign out' }).click();
    await visible(other.getByText('You are signed out.'));
    await other.getByRole('link', { name: 'Sign in' }).click();
    await other.getByLabel('Email address').fill(COLLEAGUE);
    await other.getByLabel('Password', { exact: true }).fill('Kollegenrunde-2026');
    await Promise.all([other.waitForURL((u) => !u.pathname.startsWith('/anmelden')), other.getByRole('button', { name: 'Sign in' }).click()]);
    await visible(other.getByText('Signed in as Kurt Kollege'));

    const [member] = await p.gw.db.query(
      `select u.role, u.locale, m.name from app_user u join municipality m on m.id = u.municipality_id where lower(u.email) = $1`,
      [COLLEAGUE],
    );
    expect(member).toEqual({ role: 'MEMBER', locale: 'en', name: 'Otterbach-Otterberg' });
    await colleague.close();
    await applicant.close();
  });

  it('resets a forgotten password from the emailed link and signs in with the new one', async () => {
    const person = await makeUser(p.gw.app, { role: 'COORDINATOR', displayName: 'Vera Vergesslich' });
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/anmelden');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByLabel('E-Mail-Adresse').fill(person.email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    expect(await heading(page)).toBe('Bitte sehen Sie in Ihr Postfach');

    const mail = await mailTo(p.sink, person.email, /Ihr Passwort für IKONE zurücksetzen/);
    await clickInEmail(page, mail, 'Neues Passwort festlegen');
    expect(new URL(page.url()).pathname).toBe('/passwort-zuruecksetzen');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Gartenschau-2027');
    await page.getByLabel('Neues Passwort wiederholen').fill('Gartenschau-2027');
    await screenshot(page, 'passwort-zuruecksetzen');
    await Promise.all([page.waitForURL(/\/anmelden$/), page.getByRole('button', { name: 'Passwort speichern' }).click()]);
    await visible(page.getByText('Ihr Passwort wurde geändert. Bitte melden Sie sich an.'));
    await signIn(page, person.email, 'Gartenschau-2027');
    await visible(page.getByText('Angemeldet als Vera Vergesslich'));
    await context.close();
  });
});
