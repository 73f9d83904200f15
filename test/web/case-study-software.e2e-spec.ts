import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { publiccodeFixture } from '../support/publiccode';
import { axeViolations, focused, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const REPOSITORY = 'https://gitlab.opencode.de/kommune-kaiserslautern/medusa';

/** An officer names the software of a published case study in the editor, without JavaScript; visitors see the Software box. */
describe('web: case study software (publiccode.yml)', () => {
  let p: WebPlatform;
  let officer: Awaited<ReturnType<typeof makeUser>>;
  let slug: string;

  beforeAll(async () => {
    p = await startWebPlatform();
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: await makeMunicipality(p.gw.app, '07312000') });
    const coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR' });
    const created = await p.gw.gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { title: 'Haushalt als Web-Anwendung', summary: 'Der Haushalt zum Durchklicken.', maturity: 'OPERATIONAL', topicSlugs: ['open-data'], visibility: 'PUBLIC' } },
      officer.token,
    );
    const { id } = created.data!.createCaseStudy;
    slug = created.data!.createCaseStudy.slug;
    await p.gw.gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id }, officer.token);
    await p.gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id }, coordinator.token);
  });
  afterAll(async () => {
    await p?.close();
  });

  it('refuses a publiccode.yml without licence naming the line, takes the fixed one, and the visitor sees the Software box with Open CoDE', async () => {
    const context = await p.newContext({ javaScriptEnabled: false });
    const page: Page = await context.newPage();
    await signIn(page, officer.email, TEST_PASSWORD);
    await page.goto(`/meine-kommune/praxisbeispiele/${slug}/bearbeiten`);
    const yml = publiccodeFixture('publiccode.minimal-0.4.yml');
    const broken = yml.replace('  license: AGPL-3.0-or-later\n', '  mainCopyrightOwner: Stadt Kaiserslautern\n');
    const line = broken.split('\n').indexOf('legal:') + 1;
    await page.getByLabel('Adresse des Repositorys').fill(REPOSITORY);
    await page.getByRole('textbox', { name: /^publiccode\.yml/ }).fill(broken);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();

    expect(await page.title()).toMatch(/^Fehler: /);
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toContain(`publiccode.yml, Zeile ${line}: 'legal.license' fehlt`);
    expect(await focused(page)).toBe('alert');
    const field = page.getByRole('textbox', { name: /^publiccode\.yml/ });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.inputValue()).replace(/\r\n/g, '\n')).toBe(broken);
    expect(await page.getByLabel('Adresse des Repositorys').inputValue()).toBe(REPOSITORY);
    await page.getByRole('link', { name: /^publiccode\.yml:/ }).click();
    expect(new URL(page.url()).hash).toBe('#feld-publiccodeYml');

    await field.fill(yml);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await visible(page.getByText(/Änderungen gespeichert \(Revision 2\)/));
    expect((await page.getByRole('textbox', { name: /^publiccode\.yml/ }).inputValue()).replace(/\r\n/g, '\n')).toBe(yml);
    await context.close();

    // axe-core needs JavaScript: the same refusal once more in a browser that has it.
    const withJs = await (await p.newContext()).newPage();
    await signIn(withJs, officer.email, TEST_PASSWORD);
    await withJs.goto(`/meine-kommune/praxisbeispiele/${slug}/bearbeiten`);
    await withJs.getByRole('textbox', { name: /^publiccode\.yml/ }).fill(broken);
    await withJs.getByRole('button', { name: 'Änderungen speichern' }).click();
    await visible(withJs.getByRole('alert'));
    expect(await withJs.getByRole('alert').innerText()).toContain(`publiccode.yml, Zeile ${line}: 'legal.license' fehlt`);
    expect(await axeViolations(withJs)).toEqual([]);
    await screenshot(withJs, 'praxisbeispiel-publiccode-fehler');
    await withJs.context().close();

    const visitor = await (await p.newContext()).newPage();
    for (const locale of ['de', 'en'] as const) {
      await visitor.goto(`/sprache/${locale}?zurueck=/`);
      await visitor.goto(`/praxisbeispiele/${slug}`);
      const box = visitor.getByRole('region', { name: 'Software' });
      await visible(box);
      expect(await box.innerText()).toContain('AGPL-3.0-or-later');
      expect(await box.innerText()).toContain(locale === 'de' ? 'durch die Community' : 'by the community');
      const link = box.getByRole('link', { name: /^Open CoDE: gitlab\.opencode\.de\/kommune-kaiserslautern\/medusa$/ });
      expect(await link.getAttribute('href')).toBe(REPOSITORY);
      expect([locale, await axeViolations(visitor)]).toEqual([locale, []]);
    }
    await visitor.goto('/sprache/de?zurueck=/');
    await visitor.goto(`/praxisbeispiele/${slug}`);
    await screenshot(visitor, 'praxisbeispiel-software');
    await visitor.context().close();
  }, 240_000);
});
