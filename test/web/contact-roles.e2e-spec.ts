import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { axeViolations, focused, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;

/**
 * Contact roles and "Kommunen wie diese" in real Chromium (ADR 0026): an officer creates a role
 * and names it as a case study's contact without JavaScript; pages name the role and its
 * holder; a municipality page suggests practices of comparable municipalities with reasons.
 */
describe('web: contact roles and similar practices', () => {
  let p: WebPlatform;
  let officer: Person;
  let colleague: Person;
  let coordinator: Person;
  let member: Person;
  let bannSlug: string;
  let klSlug: string;

  const gql = async <T,>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await p.gw.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const signedIn = async (person: Person, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> => {
    const page = await (await p.newContext(options)).newPage();
    await signIn(page, person.email, TEST_PASSWORD);
    return page;
  };

  beforeAll(async () => {
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '200', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    const kl = await makeMunicipality(p.gw.app, '07312000');
    klSlug = kl.slug;
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Olga Offizier' });
    colleague = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Konrad Kollege' });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR' });

    const bann = await makeMunicipality(p.gw.app, '07335002');
    const enkenbach = await makeMunicipality(p.gw.app, '07335004');
    bannSlug = bann.slug;
    const made = await gql<{ createCaseStudy: { id: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id } }`,
      { i: { title: 'Glasfaser Enkenbach', summary: 'Ausbau mit dem Landkreis.', maturity: 'ROLLOUT', visibility: 'PUBLIC', topicSlugs: ['infrastruktur'], municipalityId: enkenbach.id } },
      coordinator.token,
    );
    await gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: made.createCaseStudy.id }, coordinator.token);
  });
  afterAll(() => p?.close());

  it('an officer creates a role without JavaScript and sees a missing name at the field', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune');
    await page.getByRole('link', { name: 'Kontaktrollen' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kontaktrollen');

    await page.getByLabel('Person').selectOption({ label: 'Olga Offizier' });
    await page.getByRole('button', { name: 'Kontaktrolle anlegen' }).click();
    expect(await page.title()).toMatch(/^Fehler: Kontaktrollen/);
    expect(await page.getByRole('alert').innerText()).toContain('Bezeichnung: Bitte geben Sie eine Bezeichnung an.');
    expect(await page.getByLabel('Bezeichnung').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Bezeichnung').fill('Digitalbeauftragte/r');
    await page.getByLabel('Vertretung').selectOption({ label: 'Konrad Kollege' });
    await page.getByRole('button', { name: 'Kontaktrolle anlegen' }).click();
    await visible(page.getByText('Kontaktrolle „Digitalbeauftragte/r“ angelegt.'));
    const table = page.getByRole('table', { name: /^Kontaktrollen von Kaiserslautern/ });
    expect(await table.getByRole('row').nth(1).innerText()).toMatch(/Digitalbeauftragte\/r\s+Olga Offizier\s+Konrad Kollege/);
    await page.context().close();
  });

  it('an officer edits the role without JavaScript; a deputy who is the holder is refused at the field', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune/kontaktrollen');
    const table = page.getByRole('table', { name: /^Kontaktrollen von Kaiserslautern/ });
    await table.getByRole('link', { name: '„Digitalbeauftragte/r“ bearbeiten' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kontaktrolle „Digitalbeauftragte/r“');
    await page.getByLabel('Vertretung').selectOption({ label: 'Olga Offizier' });
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('Die Vertretung muss eine andere Person sein.');
    await page.getByLabel('Vertretung').selectOption({ label: 'Konrad Kollege' });
    await page.getByLabel('Bezeichnung').fill('Digitalbeauftragte');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await visible(page.getByText('Kontaktrolle „Digitalbeauftragte“ gespeichert.'));
    const rows = (await p.gw.db.query(`select name, holder_user_id as holder, deputy_user_id as deputy from contact_role`)) as Array<{ name: string; holder: string; deputy: string }>;
    expect(rows).toEqual([{ name: 'Digitalbeauftragte', holder: officer.user.id, deputy: colleague.user.id }]);
    await page.context().close();
  });

  it('names the role as a case study’s contact without JavaScript; the page shows "Digitalbeauftragte der Stadt Kaiserslautern: <holder>"', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune/praxisbeispiele/neu');
    const contacts = page.getByRole('group', { name: 'Ansprechperson' });
    await contacts.getByRole('radio', { name: /^Digitalbeauftragte.* \(Kontaktrolle, derzeit: Olga Offizier\)$/ }).check();
    await page.getByLabel('Titel', { exact: true }).fill('Digitale Ratsarbeit');
    await page.getByLabel('Kurzfassung').fill('Der Rat arbeitet papierlos.');
    await page.getByRole('checkbox', { name: 'Bürgerbeteiligung' }).check();
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await visible(page.getByText('Entwurf gespeichert.'));
    expect(await contacts.getByRole('radio', { name: /^Digitalbeauftragte \(Kontaktrolle/ }).isChecked()).toBe(true);
    await page.context().close();

    const [saved] = (await p.gw.db.query(`select id, slug, contact_user_id as person, contact_role_id as role from case_study where title = 'Digitale Ratsarbeit'`)) as Array<{ id: string; slug: string; person: string | null; role: string | null }>;
    expect(saved.person).toBeNull();
    expect(saved.role).not.toBeNull();
    await gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: saved.id }, officer.token);
    await gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: saved.id }, coordinator.token);
    const visitor = await (await p.newContext()).newPage();
    await visitor.goto(`/praxisbeispiele/${saved.slug}`);
    expect(await visitor.locator('main').innerText()).toContain('Digitalbeauftragte der Stadt Kaiserslautern: Olga Offizier');
    expect(await axeViolations(visitor)).toEqual([]);
    await visitor.goto(`/kommunen/${klSlug}`);
    await visible(visitor.getByRole('listitem').filter({ hasText: 'Digitalbeauftragte: Olga Offizier (Vertretung: Konrad Kollege)' }));
    await visitor.context().close();
  });

  it('has no axe-core violation on the roles pages (list, failed submit, edit), in German and in English', async () => {
    const page = await signedIn(officer);
    const [role] = (await p.gw.db.query(`select id from contact_role`)) as Array<{ id: string }>;
    for (const locale of ['de', 'en']) {
      await page.goto(`/sprache/${locale}?zurueck=/`);
      for (const path of ['/meine-kommune/kontaktrollen', `/meine-kommune/kontaktrollen/${role.id}`]) {
        expect((await page.goto(path))?.status()).toBe(200);
        expect([locale, path, await axeViolations(page)]).toEqual([locale, path, []]);
      }
    }
    await page.goto('/sprache/de?zurueck=/');
    await page.goto('/meine-kommune/kontaktrollen');
    await screenshot(page, 'kontaktrollen');
    await page.getByRole('button', { name: 'Kontaktrolle anlegen' }).click();
    expect(await page.title()).toMatch(/^Fehler: /);
    expect(await focused(page)).toBe('alert');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses the roles page to members and anonymous visitors', async () => {
    const anonymous = await (await p.newContext()).newPage();
    await anonymous.goto('/meine-kommune/kontaktrollen');
    expect(new URL(anonymous.url()).pathname).toBe('/anmelden');
    await anonymous.context().close();
    const page = await signedIn(member);
    const response = await page.goto('/meine-kommune/kontaktrollen');
    expect(response?.status()).toBe(403);
    await page.context().close();
  });

  it('suggests practices of comparable municipalities on a municipality page, each with its reason', async () => {
    const page = await (await p.newContext()).newPage();
    await page.goto(`/kommunen/${bannSlug}`);
    const section = page.getByRole('region', { name: 'Kommunen wie diese' });
    await visible(section.getByRole('link', { name: 'Glasfaser Enkenbach' }));
    expect(await section.getByRole('listitem').first().innerText()).toBe('Glasfaser Enkenbach (Enkenbach-Alsenborn) – aus dem gleichen Landkreis · ebenfalls eine Gemeinde');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kommunen-wie-diese');
    await page.goto('/sprache/en?zurueck=/');
    await page.goto(`/kommunen/${bannSlug}`);
    expect(await page.getByRole('region', { name: 'Municipalities like this one' }).getByRole('listitem').first().innerText()).toContain('from the same district');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
