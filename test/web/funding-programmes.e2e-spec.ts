import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const german = (iso: string) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(iso));

/**
 * Funding programmes in Chromium, by clicking (ADR 0025): the coordinator keeps the list, an
 * officer names the programme in the editor, visitors see it on the case study, on the topic
 * page's "Fristen in den nächsten 30 Tagen" and under /foerderprogramme.
 */
describe('web: funding programmes', () => {
  let p: WebPlatform;
  let officer: Person;
  let coordinator: Person;
  let member: Person;
  let caseStudySlug: string;
  let programmeId: string;
  const deadline = inDays(12);

  beforeAll(async () => {
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '200', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    const kl = await makeMunicipality(p.gw.app, '07312000');
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Olga Offizier' });
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', displayName: 'Anna Koordinatorin' });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
  });
  afterAll(async () => {
    await p?.close();
  });

  const signedIn = async (person: Person, options: { javaScriptEnabled?: boolean; english?: boolean } = {}): Promise<Page> => {
    const context = await p.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
    const page = await context.newPage();
    await signIn(page, person.email, TEST_PASSWORD);
    if (options.english) await context.addCookies([{ name: 'ikone_lang', value: 'en', url: p.url }]);
    return page;
  };

  it('a coordinator creates a programme without JavaScript; a bad link is shown at its field first', async () => {
    const page = await signedIn(coordinator, { javaScriptEnabled: false });
    await page.goto('/koordination');
    await page.getByRole('navigation', { name: 'Koordination' }).getByRole('link', { name: 'Förderprogramme' }).click();
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Förderprogramme');
    await page.getByLabel('Name', { exact: true }).fill('Digitale Dörfer');
    await page.getByLabel('Fördergeber').fill('Land Rheinland-Pfalz');
    await page.getByLabel(/^Adresse \(Link\)/).fill('digitale-doerfer.de');
    await page.getByLabel(/^Antragsfrist/).fill(deadline);
    await page.getByRole('checkbox', { name: 'Mobilität' }).check();
    const refused = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Förderprogramm anlegen' }).click();
    expect((await refused).status()).toBe(400);
    expect(await page.title()).toMatch(/^Fehler: /);
    expect(await page.getByRole('alert').innerText()).toContain('Adresse (Link)');
    // What was typed stays.
    expect(await page.getByLabel('Fördergeber').inputValue()).toBe('Land Rheinland-Pfalz');
    expect(await page.getByRole('checkbox', { name: 'Mobilität' }).isChecked()).toBe(true);
    await page.getByLabel(/^Adresse \(Link\)/).fill('https://www.digitale-doerfer.de/');
    await page.getByRole('button', { name: 'Förderprogramm anlegen' }).click();
    await visible(page.getByText('Das Förderprogramm „Digitale Dörfer“ ist angelegt.'));
    const table = page.getByRole('table', { name: /Förderprogramme/ });
    const rowText = (await table.getByRole('row').filter({ hasText: 'Digitale Dörfer' }).innerText()).replace(/\s+/g, ' ');
    expect(rowText).toContain('Land Rheinland-Pfalz');
    expect(rowText).toContain(german(deadline));
    expect(rowText).toContain('Mobilität');
    await screenshot(page, 'foerderprogramme-koordination');
    await page.context().close();

    const { fundingProgrammes } = (await p.gw.gql<{ fundingProgrammes: Array<{ id: string; name: string }> }>(`{ fundingProgrammes { id name } }`, {})).data!;
    programmeId = fundingProgrammes.find((x) => x.name === 'Digitale Dörfer')!.id;
  });

  it('an officer picks the programme in the editor without JavaScript; it is kept when the draft is saved', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune/praxisbeispiele/neu');
    await page.getByLabel('Titel', { exact: true }).fill('Mitfahrbank mit App');
    await page.getByLabel('Kurzfassung').fill('Wer mitfahren möchte, meldet sich per App.');
    await page.getByRole('checkbox', { name: 'Mobilität' }).check();
    await page.getByLabel(/^Förderprogramm aus der Liste/).selectOption({ label: 'Digitale Dörfer (Land Rheinland-Pfalz)' });
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await visible(page.getByText('Entwurf gespeichert.'));
    expect(await page.getByLabel(/^Förderprogramm aus der Liste/).inputValue()).toBe(programmeId);
    caseStudySlug = /\/praxisbeispiele\/([^/]+)\/bearbeiten$/.exec(new URL(page.url()).pathname)![1];
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await visible(page.getByText('Praxisbeispiel „Mitfahrbank mit App“ zur Prüfung eingereicht.'));
    await page.context().close();
    const { caseStudy } = (await p.gw.gql<{ caseStudy: { id: string } }>(`query($s: String!) { caseStudy(slug: $s) { id } }`, { s: caseStudySlug }, coordinator.token)).data!;
    const approved = await p.gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: caseStudy.id }, coordinator.token);
    expect(approved.errors).toBeUndefined();
  });

  it('a visitor sees the programme on the case study, in the topic’s deadlines and in the list of programmes', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto(`/praxisbeispiele/${caseStudySlug}`);
    const funding = page.locator('dt', { hasText: 'Förderung' }).locator('xpath=following-sibling::dd[1]');
    expect((await funding.innerText()).trim()).toBe('Digitale Dörfer (Land Rheinland-Pfalz)');
    expect(await funding.getByRole('link', { name: 'Digitale Dörfer' }).getAttribute('href')).toBe('https://www.digitale-doerfer.de/');
    await page.getByRole('link', { name: 'Mobilität' }).first().click();
    await page.waitForURL(/\/themen\/mobilitaet$/);
    const deadlines = page.getByRole('region', { name: 'Fristen in den nächsten 30 Tagen' });
    await visible(deadlines.getByRole('heading', { name: 'Digitale Dörfer' }));
    expect(await deadlines.innerText()).toContain(`Antragsfrist: ${german(deadline)}`);
    await deadlines.getByRole('link', { name: 'Alle Förderprogramme' }).click();
    await page.waitForURL(/\/foerderprogramme$/);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Förderprogramme');
    await visible(page.getByRole('heading', { level: 2, name: 'Digitale Dörfer' }));
    await screenshot(page, 'foerderprogramme');
    // A topic without a programme due says so.
    await page.goto('/themen/open-data');
    await visible(page.getByRole('region', { name: 'Fristen in den nächsten 30 Tagen' }).getByText('In den nächsten 30 Tagen endet keine Antragsfrist.'));
    await context.close();
  });

  it('a coordinator edits and deletes a programme without JavaScript; the case study keeps its name', async () => {
    const page = await signedIn(coordinator, { javaScriptEnabled: false });
    await page.goto('/koordination/foerderprogramme');
    await page.getByRole('link', { name: '„Digitale Dörfer“ bearbeiten' }).click();
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Förderprogramm „Digitale Dörfer“ bearbeiten');
    expect(await page.getByLabel(/^Antragsfrist/).inputValue()).toBe(deadline);
    await page.getByLabel('Name', { exact: true }).fill('Digitale Dörfer 2027');
    await page.getByRole('checkbox', { name: 'Mobilität' }).uncheck();
    await page.getByRole('checkbox', { name: 'Offene Daten' }).check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await visible(page.getByText('Das Förderprogramm „Digitale Dörfer 2027“ ist gespeichert.'));
    await page.goto('/themen/open-data');
    await visible(page.getByRole('region', { name: 'Fristen in den nächsten 30 Tagen' }).getByRole('heading', { name: 'Digitale Dörfer 2027' }));
    await page.goto('/koordination/foerderprogramme');
    await page.getByRole('button', { name: '„Digitale Dörfer 2027“ löschen' }).click();
    await visible(page.getByText('Das Förderprogramm ist gelöscht; Praxisbeispiele nennen es weiter als Freitext.'));
    expect(await page.getByRole('link', { name: /Digitale Dörfer 2027/ }).count()).toBe(0);
    await page.goto(`/praxisbeispiele/${caseStudySlug}`);
    expect((await page.locator('dt', { hasText: 'Förderung' }).locator('xpath=following-sibling::dd[1]').innerText()).trim()).toBe('Digitale Dörfer 2027');
    await page.context().close();
  });

  it('refuses the coordinator pages to anonymous visitors (sign-in) and to members (403), and a member’s POST creates nothing', async () => {
    const response = await fetch(`${p.url}/koordination/foerderprogramme`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/anmelden?zurueck=${encodeURIComponent('/koordination/foerderprogramme')}`);
    const page = await signedIn(member);
    expect((await page.goto('/koordination/foerderprogramme'))?.status()).toBe(403);
    await page.goto('/');
    const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
    const posted = await page.request.post('/koordination/foerderprogramme', { form: { _csrf: csrf ?? '', name: 'Von einem Mitglied' }, maxRedirects: 0 });
    expect(posted.status()).toBe(403);
    await page.context().close();
    const { fundingProgrammes } = (await p.gw.gql<{ fundingProgrammes: Array<{ name: string }> }>(`{ fundingProgrammes { name } }`, {})).data!;
    expect(fundingProgrammes.map((x) => x.name)).not.toContain('Von einem Mitglied');
  });

  it.each([
    ['German', false],
    ['English', true],
  ])('has no axe-core violation on the new pages in %s', async (_language, english) => {
    const made = await p.gw.gql<{ createFundingProgramme: { id: string } }>(
      `mutation($i: FundingProgrammeInput!) { createFundingProgramme(input: $i) { id } }`,
      { i: { name: `Smarte Region ${english ? 'EN' : 'DE'}`, provider: 'Bund', url: 'https://example.org/', deadline: inDays(9), topicSlugs: ['mobilitaet'] } },
      coordinator.token,
    );
    const id = made.data!.createFundingProgramme.id;
    const page = await signedIn(coordinator, { english });
    for (const path of ['/foerderprogramme', '/themen/mobilitaet', `/praxisbeispiele/${caseStudySlug}`, '/koordination/foerderprogramme', `/koordination/foerderprogramme/${id}`]) {
      const res = await page.goto(path);
      expect([path, res?.status()]).toEqual([path, 200]);
      expect([path, await page.locator('h1').count()]).toEqual([path, 1]);
      expect([path, await axeViolations(page)]).toEqual([path, []]);
    }
    await page.context().close();
    const officerPage = await signedIn(officer, { english });
    await officerPage.goto('/meine-kommune/praxisbeispiele/neu');
    expect(await axeViolations(officerPage)).toEqual([]);
    await officerPage.context().close();
  }, 180_000);
});
