import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { clickInEmail, mailTo } from './support/mail';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).trim();

const APPLICANT = 'paula.professor@hochschule-kl.example';
const NAME = 'Hochschule Kaiserslautern Reallabor';

/**
 * Partner organisations in the browser (ADR 0024): a university applies, a coordinator approves
 * it in the workspace, the applicant accepts the invitation and keeps the profile (once with
 * JavaScript off), the partner page lists the practice naming it, a member follows it, and the
 * coordinators see it in their partner list. axe-core on every new page, German and English.
 */
describe('web: partner organisations', () => {
  let p: WebPlatform;
  let coordinator: { token: string; email: string };
  let page: Page;
  let office: Page;
  const contexts: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    p = await startWebPlatform();
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', displayName: 'Koordinierungsstelle KL' });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await p?.close();
  });

  it('applies as a partner organisation', async () => {
    const applicantContext = await p.newContext();
    contexts.push(applicantContext);
    page = await applicantContext.newPage();
    await page.goto('/mitglied-werden');
    await page.getByRole('link', { name: 'Als Partnerorganisation beantragen' }).click();
    expect(await h1(page)).toBe('Als Partnerorganisation Mitglied werden');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Name der Organisation').fill(NAME);
    await page.getByLabel('Art der Organisation').selectOption({ label: 'Hochschule' });
    await page.getByLabel('Bundesland des Sitzes').selectOption({ label: 'Rheinland-Pfalz' });
    await page.getByLabel('Ihr Name').fill('Paula Professor');
    await page.getByLabel('Ihre E-Mail-Adresse').fill(APPLICANT);
    await page.getByLabel('Was möchten Sie ins Netzwerk einbringen?').fill('Reallabore für die Verwaltung.');
    await Promise.all([page.waitForURL(/\/mitglied-werden\/danke$/), page.getByRole('button', { name: 'Antrag senden' }).click()]);
    await visible(page.getByText(`Ihr Antrag für ${NAME} ist eingegangen.`));
  });

  it('is approved by a coordinator; the applicant accepts the invitation', async () => {
    const coordinatorContext = await p.newContext();
    contexts.push(coordinatorContext);
    office = await coordinatorContext.newPage();
    await signIn(office, coordinator.email, TEST_PASSWORD);
    await office.goto('/koordination/antraege');
    await office.getByRole('link', { name: NAME }).click();
    await visible(office.getByText('Hochschule', { exact: true }));
    await office.getByRole('button', { name: 'Antrag annehmen' }).click();
    await visible(office.getByText(`Der Antrag ist angenommen: ${NAME} ist Mitglied`, { exact: false }));

    // Paula accepts the invitation and is signed in as the partner's officer.
    const invitation = await mailTo(p.sink, APPLICANT, new RegExp(`Willkommen bei IKONE: ${NAME}`));
    expect(invitation.text).toContain('als Partnerbeauftragte bzw. Partnerbeauftragter ihr Profil zu pflegen');
    await clickInEmail(page, invitation, 'Einladung annehmen');
    await page.getByLabel('Ihr Name').fill('Paula Professor');
    await page.getByLabel('Passwort', { exact: true }).fill('Reallabor-Kaiserslautern-1');
    await page.getByLabel('Passwort wiederholen').fill('Reallabor-Kaiserslautern-1');
    await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.getByRole('button', { name: 'Einladung annehmen' }).click()]);
  });

  it('lets the partner officer keep the profile, with JavaScript off too', async () => {
    // She finds her organisation from the main navigation and opens the profile editor.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Partner' }).click();
    expect(await h1(page)).toBe('Partnerorganisationen');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('link', { name: 'Profil bearbeiten' }).click();
    expect(await h1(page)).toBe(`Profil bearbeiten: ${NAME}`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'partner-profil');

    // With JavaScript off, she saves the profile and invites a colleague.
    const noJs = await p.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await signIn(plain, APPLICANT, 'Reallabor-Kaiserslautern-1');
    await plain.goto(new URL(page.url()).pathname);
    await plain.getByLabel('Internetseite').fill('kein-link');
    await plain.getByRole('button', { name: 'Profil speichern' }).click();
    expect(await plain.title()).toMatch(/^Fehler:/);
    await visible(plain.getByRole('link', { name: /Internetseite/ }));
    await plain.getByLabel('Internetseite').fill('https://reallabor.example');
    await plain.getByLabel('Was Sie dem Netzwerk anbieten').fill('Wir begleiten **Reallabore** in Kommunen.');
    await plain.getByLabel('Kontaktadresse (E-Mail)').fill('reallabor@hochschule-kl.example');
    await plain.getByRole('checkbox', { name: 'Offene Daten' }).check();
    await plain.getByRole('button', { name: 'Profil speichern' }).click();
    await visible(plain.getByText('Das Profil wurde gespeichert.'));
    expect(await h1(plain)).toBe(NAME);
    await visible(plain.locator('main strong', { hasText: 'Reallabore' }));
    await plain.getByRole('link', { name: 'Profil bearbeiten' }).click();
    await plain.getByLabel('E-Mail-Adresse').fill('kollegin@hochschule-kl.example');
    await plain.getByRole('button', { name: 'Einladung senden' }).click();
    await visible(plain.getByText('Einladung an kollegin@hochschule-kl.example gesendet.'));
    const [invited] = await p.gw.db.query(`select role, partner_role from invitation where email = 'kollegin@hochschule-kl.example'`);
    expect(invited).toEqual({ role: 'MEMBER', partner_role: 'MEMBER' });
    await noJs.close();
  });

  it('lists the practice naming the partner, and a member follows the partner', async () => {
    // A case study of Kaiserslautern names the partner; the partner page lists it and links back.
    const kl = await makeMunicipality(p.gw.app, '07312000');
    const [{ id: partnerId, slug }] = await p.gw.db.query(`select id, slug from partner_organisation where name = $1`, [NAME]);
    const created = await p.gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { title: 'Offene Daten im Reallabor', summary: 'Ein Datenportal mit der Hochschule.', maturity: 'PILOT', visibility: 'PUBLIC', topicSlugs: ['open-data'], municipalityId: kl.id, partnerIds: [partnerId] } },
      coordinator.token,
    );
    expect(created.errors).toBeUndefined();
    expect((await p.gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: created.data!.createCaseStudy.id }, coordinator.token)).errors).toBeUndefined();

    // A member follows the partner from its page.
    const member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Mia Mitglied' });
    const memberContext = await p.newContext();
    contexts.push(memberContext);
    const reader = await memberContext.newPage();
    await signIn(reader, member.email, TEST_PASSWORD);
    await reader.goto(`/partner/${slug}`);
    await reader.getByRole('link', { name: 'Offene Daten im Reallabor' }).click();
    await reader.getByRole('link', { name: NAME }).click();
    expect(await h1(reader)).toBe(NAME);
    await visible(reader.getByRole('link', { name: 'reallabor@hochschule-kl.example' }));
    expect(await axeViolations(reader)).toEqual([]);
    await reader.getByRole('button', { name: 'Folgen' }).click();
    await visible(reader.getByText(`Sie folgen jetzt der Partnerorganisation „${NAME}“`, { exact: false }));
    await visible(reader.getByText('Sie folgen dieser Partnerorganisation (Sofort).'));
    await screenshot(reader, 'partner-seite');

    // In English, the partner page and the list read as well.
    await reader.getByRole('link', { name: 'Sprache wechseln: English' }).click();
    expect(await reader.locator('html').getAttribute('lang')).toBe('en');
    await visible(reader.getByRole('heading', { name: 'Case studies with this organisation' }));
    expect(await axeViolations(reader)).toEqual([]);
    await reader.goto('/partner');
    expect(await h1(reader)).toBe('Partner organisations');
    expect(await axeViolations(reader)).toEqual([]);
  });

  it('shows the partners in the coordination workspace, to suspend and reinstate', async () => {
    // The coordinators see it in their partner list and can suspend it.
    await office.goto('/koordination/partner');
    expect(await h1(office)).toBe('Partner');
    expect(await axeViolations(office)).toEqual([]);
    await office.getByLabel(`Grund der Aussetzung für ${NAME}`).fill('Kooperationsvertrag läuft aus');
    await office.getByRole('button', { name: 'Aussetzen' }).click();
    await visible(office.getByText(`${NAME} ist ausgesetzt.`));
    await office.getByRole('button', { name: 'Wieder aufnehmen' }).click();
    await visible(office.getByText(`${NAME} ist wieder aktiv.`));
  });
});
