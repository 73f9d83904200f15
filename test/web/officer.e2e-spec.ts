import type { Page } from 'playwright-core';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { waitFor } from '../notifications/smtp-sink';
import { axeViolations, focused, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;

/** The officer workspace "Meine Kommune" in real Chromium: pages, forms without JavaScript, refusals. */
describe('web: officer workspace', () => {
  let p: WebPlatform;
  let officer: Person;
  let member: Person;
  let mainzOfficer: Person;
  let coordinator: Person;
  let colleague: Person;
  let publishedSlug: string;
  let draftSlug: string;
  let eventId: string;

  const gql = async <T,>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const res = await p.gw.gql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  const createCaseStudy = async (token: string, title: string): Promise<{ id: string; slug: string }> =>
    (
      await gql<{ createCaseStudy: { id: string; slug: string } }>(
        `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
        { i: { title, summary: `${title} in Kürze.`, problem: 'Ausgangslage', maturity: 'PILOT', topicSlugs: ['open-data'], visibility: 'PUBLIC' } },
        token,
      )
    ).createCaseStudy;

  beforeAll(async () => {
    // Every test signs the same people in afresh, in a browser profile of its own.
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '200', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    const kl = await makeMunicipality(p.gw.app, '07312000');
    const mainz = await makeMunicipality(p.gw.app, '07315000');
    officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl, displayName: 'Olga Offizier' });
    member = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    mainzOfficer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: mainz, displayName: 'Mara Mainz' });
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl });
    colleague = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl, displayName: 'Konrad Kollege' });

    const published = await createCaseStudy(officer.token, 'Offene Haushaltsdaten');
    await gql(`mutation($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: published.id }, officer.token);
    await gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: published.id }, coordinator.token);
    publishedSlug = published.slug;
    draftSlug = (await createCaseStudy(officer.token, 'Geheimer Entwurf aus Kaiserslautern')).slug;

    const startsAt = new Date(Date.now() + 14 * 86_400_000);
    const event = await gql<{ createEvent: { id: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
      {
        i: {
          title: 'Sprechstunde Open Data', description: 'Fragen und Antworten', startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(), format: 'ONLINE', onlineUrl: 'https://meet.example/open-data',
          topicSlugs: ['open-data'], visibility: 'NETWORK', capacity: 10,
        },
      },
      officer.token,
    );
    eventId = event.createEvent.id;
  });

  afterAll(async () => {
    await p?.close();
  });

  const signedIn = async (person: Person, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> => {
    const context = await p.newContext(options);
    const page = await context.newPage();
    await signIn(page, person.email, TEST_PASSWORD);
    return page;
  };

  const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).trim();

  it('drafts a case study with JavaScript disabled and submits it for review', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune');
    await page.getByRole('link', { name: 'Neues Praxisbeispiel anlegen' }).click();
    expect(await h1(page)).toBe('Neues Praxisbeispiel');
    await page.getByLabel('Titel', { exact: true }).fill('Digitale Sitzungsunterlagen ohne Papier');
    await page.getByLabel('Kurzfassung').fill('Der Rat arbeitet mit Tablets statt Papier.');
    await page.getByRole('checkbox', { name: 'Bürgerbeteiligung' }).check();
    await page.getByLabel('Reifegrad').selectOption('OPERATIONAL');
    await page.getByLabel('Ausgangslage').fill('Jede Sitzung kostete **2.000 Blatt** Papier.');
    await page.getByLabel('Einmalige Kosten in Euro').fill('12.000');
    await page.getByLabel('Weiterführende Links').fill('Ratsinformationssystem | https://rat.example/');
    await page.getByLabel('Weitere Partner').fill('Hochschule Kaiserslautern\nZweckverband KommunalIT');
    await page.getByLabel('Schlagwörter').fill('Rat, Tablets');
    await page.getByRole('radio', { name: /Nur im Netzwerk/ }).check();
    await page.getByLabel(/^Mitbesitzende Kommunen/).selectOption({ label: 'Mainz' });
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await visible(page.getByText('Entwurf gespeichert.'));
    expect(page.url()).toMatch(/\/meine-kommune\/praxisbeispiele\/digitale-sitzungsunterlagen[^/]*\/bearbeiten$/);
    expect(await page.getByLabel('Einmalige Kosten in Euro').inputValue()).toBe('12000');
    expect(await page.getByLabel('Weitere Partner').inputValue()).toBe('Hochschule Kaiserslautern\nZweckverband KommunalIT');

    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await visible(page.getByText('Praxisbeispiel „Digitale Sitzungsunterlagen ohne Papier“ zur Prüfung eingereicht.'));
    expect(new URL(page.url()).pathname).toBe('/meine-kommune');
    await visible(page.getByRole('table', { name: /^In Prüfung: 1 Praxisbeispiel/ }).getByText('Digitale Sitzungsunterlagen ohne Papier'));

    const rows = (await p.gw.db.query(
      `select status, visibility, cost_one_off::float as cost, partners, tags from case_study where title = 'Digitale Sitzungsunterlagen ohne Papier'`,
    )) as Array<{ status: string; visibility: string; cost: number; partners: string[]; tags: string[] }>;
    expect(rows).toEqual([{ status: 'IN_REVIEW', visibility: 'NETWORK', cost: 12000, partners: ['Hochschule Kaiserslautern', 'Zweckverband KommunalIT'], tags: ['Rat', 'Tablets'] }]);
    const coOwners = (await p.gw.db.query(
      `select m.name from case_study_co_owner o join municipality m on m.id = o.municipality_id join case_study c on c.id = o.case_study_id where c.title = 'Digitale Sitzungsunterlagen ohne Papier'`,
    )) as Array<{ name: string }>;
    expect(coOwners).toEqual([{ name: 'Mainz' }]);
    await page.context().close();
  });

  it('shows a too long summary at the field, with the error summary, and keeps the long problem text', async () => {
    const page = await signedIn(officer);
    await page.goto('/meine-kommune/praxisbeispiele/neu');
    const problem = `Lange Ausgangslage. ${'Viele Sätze über die Verwaltung. '.repeat(80)}`;
    await page.getByLabel('Titel', { exact: true }).fill('Zu lange Kurzfassung');
    await page.getByLabel('Kurzfassung').fill('x'.repeat(301));
    await page.getByRole('checkbox', { name: 'Offene Daten' }).check();
    await page.getByLabel('Ausgangslage').fill(problem);
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    expect(await page.title()).toMatch(/^Fehler: Neues Praxisbeispiel/);
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toMatch(/Kurzfassung: .*300/);
    expect(await focused(page)).toBe('alert');
    expect(await page.getByLabel('Kurzfassung').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Ausgangslage').inputValue()).toBe(problem);
    expect(await page.getByRole('checkbox', { name: 'Offene Daten' }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'praxisbeispiel-fehler');
    await page.getByRole('link', { name: /^Kurzfassung:/ }).click();
    expect(new URL(page.url()).hash).toBe('#feld-summary');
    const count = (await p.gw.db.query(`select count(*)::int as n from case_study where title = 'Zu lange Kurzfassung'`)) as Array<{ n: number }>;
    expect(count[0].n).toBe(0);
    await page.context().close();
  });

  it('saves the draft for a preview and shows the rendered Markdown below the text', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune/praxisbeispiele/neu');
    await page.getByLabel('Titel', { exact: true }).fill('Vorschau mit Markdown');
    await page.getByLabel('Kurzfassung').fill('Eine Kurzfassung.');
    await page.getByRole('checkbox', { name: 'Offene Daten' }).check();
    await page.getByLabel('Lösung').fill('- erster Schritt\n- **zweiter** Schritt');
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await visible(page.getByText('Entwurf gespeichert – Vorschau unter den Textfeldern.'));
    const preview = page.getByRole('region', { name: 'Vorschau: Lösung' });
    await visible(preview.locator('li strong', { hasText: 'zweiter' }));
    expect(await page.getByRole('textbox', { name: /^Lösung/ }).inputValue()).toBe('- erster Schritt\n- **zweiter** Schritt');
    await page.context().close();
  });

  it('keeps everything typed when the session ended, and sends it after signing in in another tab', async () => {
    const page = await signedIn(officer);
    await page.goto('/meine-kommune/praxisbeispiele/neu');
    const problem = 'Ein langer Text, der nicht verloren gehen darf. '.repeat(40);
    await page.getByLabel('Titel', { exact: true }).fill('Nach abgelaufener Sitzung');
    await page.getByLabel('Kurzfassung').fill('Gerettet.');
    await page.getByRole('checkbox', { name: 'Offene Daten' }).check();
    await page.getByLabel('Ausgangslage').fill(problem);
    await p.gw.db.query(`delete from web_session where user_id = $1`, [officer.user.id]);
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await visible(page.getByRole('alert').getByText(/Ihre Sitzung ist abgelaufen\. Bitte melden Sie sich in einem neuen Tab an/));
    expect(await page.getByLabel('Ausgangslage').inputValue()).toBe(problem);
    const link = page.getByRole('link', { name: 'Anmelden (öffnet in einem neuen Tab)' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    expect(await axeViolations(page)).toEqual([]);

    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    await tab.getByLabel('E-Mail-Adresse').fill(officer.email);
    await tab.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
    await tab.getByRole('button', { name: 'Anmelden' }).click();
    await visible(tab.getByText('Sie sind angemeldet.'));
    await tab.close();

    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await visible(page.getByText('Entwurf gespeichert.'));
    expect(await page.getByLabel('Ausgangslage').inputValue()).toBe(problem);
    await page.context().close();
  });

  it('edits a published case study live, says so, and lists the revisions', async () => {
    const page = await signedIn(officer);
    await page.goto('/meine-kommune');
    await page.getByRole('table', { name: /^Veröffentlicht/ }).getByRole('link', { name: 'Offene Haushaltsdaten', exact: true }).click();
    await visible(page.getByText('Änderungen sind sofort sichtbar und erzeugen eine neue Revision'));
    expect(await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).count()).toBe(0);
    await page.getByLabel('Ergebnisse').fill('Zehn Datensätze veröffentlicht.');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await visible(page.getByText(/Änderungen gespeichert \(Revision 2\)/));
    await visible(page.getByRole('table', { name: 'Revisionen, neueste zuerst' }));
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/praxisbeispiele/${publishedSlug}`);
    await visible(page.getByText('Zehn Datensätze veröffentlicht.'));
    await page.context().close();
  });

  it('names a colleague as contact without JavaScript, keeps the choice on a failed submit, and the published page names the colleague', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune/praxisbeispiele/neu');
    const contacts = page.getByRole('group', { name: 'Ansprechperson' });
    expect(await contacts.getByRole('radio', { name: 'Olga Offizier' }).isChecked()).toBe(true);
    expect(await contacts.getByRole('radio', { name: /Mara Mainz/ }).count()).toBe(0);
    await contacts.getByRole('radio', { name: 'Konrad Kollege' }).check();
    await page.getByLabel('Titel', { exact: true }).fill('Digitaler Bauantrag');
    await page.getByLabel('Kurzfassung').fill('x'.repeat(301));
    await page.getByRole('checkbox', { name: 'Offene Daten' }).check();
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    expect(await page.title()).toMatch(/^Fehler: /);
    expect(await contacts.getByRole('radio', { name: 'Konrad Kollege' }).isChecked()).toBe(true);
    expect(await contacts.getByRole('radio', { name: 'Olga Offizier' }).isChecked()).toBe(false);
    await page.getByLabel('Kurzfassung').fill('Bauanträge kommen online und vollständig an.');
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await visible(page.getByText('Praxisbeispiel „Digitaler Bauantrag“ zur Prüfung eingereicht.'));
    await page.context().close();

    const [saved] = (await p.gw.db.query(`select id, slug, contact_user_id as contact from case_study where title = 'Digitaler Bauantrag'`)) as Array<{ id: string; slug: string; contact: string }>;
    expect(saved.contact).toBe(colleague.user.id);
    await gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, { id: saved.id }, coordinator.token);
    const visitor = await (await p.newContext()).newPage();
    await visitor.goto(`/praxisbeispiele/${saved.slug}`);
    const main = await visitor.locator('main').innerText();
    expect(main).toContain('Konrad Kollege');
    expect(main).not.toContain('Olga Offizier');
    await visitor.context().close();
  });

  it('invites a colleague as officer of the own municipality, without JavaScript, and shows a bad address at the field', async () => {
    const page = await signedIn(officer, { javaScriptEnabled: false });
    await page.goto('/meine-kommune');
    await page.getByRole('link', { name: 'Kolleginnen und Kollegen einladen' }).click();
    await page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    expect(await page.title()).toMatch(/^Fehler: Kolleginnen und Kollegen einladen/);
    expect(await page.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('keine-adresse');

    await page.getByLabel('E-Mail-Adresse').fill('neue.kollegin@kaiserslautern.example');
    await page.getByRole('radio', { name: /^Digitalbeauftragte\/r/ }).check();
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await visible(page.getByText(/^Einladung an neue\.kollegin@kaiserslautern\.example gesendet\. Sie gilt bis /));
    const [invitation] = (await p.gw.db.query(
      `select i.role, m.name from invitation i join municipality m on m.id = i.municipality_id where lower(i.email) = 'neue.kollegin@kaiserslautern.example'`,
    )) as Array<{ role: string; name: string }>;
    expect(invitation).toEqual({ role: 'OFFICER', name: 'Kaiserslautern' });
    await waitFor('the invitation email', () => p.sink.to('neue.kollegin@kaiserslautern.example').length === 1);
    await page.context().close();
  });

  it('shows an end before the start at the field of the event form and keeps the description', async () => {
    const page = await signedIn(officer);
    await page.goto('/meine-kommune/veranstaltungen/neu');
    await page.getByLabel('Titel', { exact: true }).fill('Falsch herum');
    await page.getByLabel(/^Beschreibung/).fill('Eine lange Beschreibung, die bleibt.');
    await page.getByLabel('Beginn', { exact: true }).fill('2031-03-05T14:00');
    await page.getByLabel('Ende', { exact: true }).fill('2031-03-05T12:00');
    await page.getByRole('radio', { name: 'Online' }).check();
    await page.getByLabel(/^Online-Zugang/).fill('https://meet.example/x');
    await page.getByRole('checkbox', { name: 'Offene Daten' }).check();
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    expect(await page.title()).toMatch(/^Fehler: Neue Veranstaltung/);
    expect(await page.getByRole('alert').innerText()).toMatch(/^Ende: /m);
    expect(await page.getByLabel('Ende', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/^Beschreibung/).inputValue()).toBe('Eine lange Beschreibung, die bleibt.');
    expect(await page.getByLabel('Beginn', { exact: true }).inputValue()).toBe('2031-03-05T14:00');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  describe('is refused to people it is not for', () => {
    const paths = () => [
      '/meine-kommune',
      '/meine-kommune/praxisbeispiele/neu',
      `/meine-kommune/praxisbeispiele/${draftSlug}/bearbeiten`,
      `/meine-kommune/veranstaltungen/neu`,
      `/meine-kommune/veranstaltungen/${eventId}/bearbeiten`,
      `/meine-kommune/veranstaltungen/${eventId}/anmeldungen`,
      '/meine-kommune/nachnutzung',
      '/meine-kommune/einladen',
    ];

    it('sends anonymous visitors to sign in, showing no data', async () => {
      for (const path of paths()) {
        const response = await fetch(`${p.url}${path}`, { redirect: 'manual' });
        expect([path, response.status]).toEqual([path, 303]);
        expect(response.headers.get('location')).toBe(`/anmelden?zurueck=${encodeURIComponent(path)}`);
        expect(await response.text()).not.toContain('Geheimer Entwurf');
      }
      const csv = await fetch(`${p.url}/meine-kommune/veranstaltungen/${eventId}/anmeldungen.csv`, { redirect: 'manual' });
      expect(csv.status).toBe(303);
    });

    it('shows members the 403 page', async () => {
      const page = await signedIn(member);
      for (const path of [...paths(), `/meine-kommune/veranstaltungen/${eventId}/anmeldungen.csv`]) {
        const response = await page.goto(path);
        expect([path, response?.status()]).toEqual([path, 403]);
        expect(await h1(page)).toBe('Kein Zugriff');
        expect(await page.content()).not.toContain('Geheimer Entwurf');
      }
      await page.context().close();
    });

    it('shows an officer of another municipality only their own workspace, never these drafts', async () => {
      const page = await signedIn(mainzOfficer);
      await page.goto('/meine-kommune');
      expect(await h1(page)).toBe('Meine Kommune: Mainz');
      expect(await page.content()).not.toContain('Geheimer Entwurf');
      expect(await page.content()).not.toContain('Offene Haushaltsdaten');
      const draft = await page.goto(`/meine-kommune/praxisbeispiele/${draftSlug}/bearbeiten`);
      expect(draft?.status()).toBe(404);
      const published = await page.goto(`/meine-kommune/praxisbeispiele/${publishedSlug}/bearbeiten`);
      expect(published?.status()).toBe(403);
      for (const path of [`/meine-kommune/veranstaltungen/${eventId}/bearbeiten`, `/meine-kommune/veranstaltungen/${eventId}/anmeldungen`, `/meine-kommune/veranstaltungen/${eventId}/anmeldungen.csv`]) {
        const response = await page.goto(path);
        expect([path, response?.status()]).toEqual([path, 404]);
      }
      // A forged POST to another municipality's draft changes nothing.
      const token = await page.locator('form[action="/abmelden"] input[name="_csrf"]').getAttribute('value');
      const forged = await page.request.post(`/meine-kommune/praxisbeispiele/${draftSlug}/bearbeiten`, {
        form: { _csrf: token!, title: 'Übernommen', summary: 'x', topicSlugs: 'open-data', maturity: 'IDEA', visibility: 'PUBLIC', aktion: 'speichern' },
      });
      expect(forged.status()).toBe(404);
      const rows = (await p.gw.db.query(`select title from case_study where slug = $1`, [draftSlug])) as Array<{ title: string }>;
      expect(rows[0].title).toBe('Geheimer Entwurf aus Kaiserslautern');
      await page.context().close();
    });
  });

  it('has no axe-core violation on any workspace page, in German and in English', async () => {
    const page = await signedIn(officer);
    const pages = [
      '/meine-kommune',
      '/meine-kommune/praxisbeispiele/neu',
      `/meine-kommune/praxisbeispiele/${draftSlug}/bearbeiten`,
      `/meine-kommune/praxisbeispiele/${publishedSlug}/bearbeiten`,
      '/meine-kommune/veranstaltungen/neu',
      `/meine-kommune/veranstaltungen/${eventId}/bearbeiten`,
      `/meine-kommune/veranstaltungen/${eventId}/anmeldungen`,
      '/meine-kommune/nachnutzung',
      '/meine-kommune/einladen',
    ];
    for (const locale of ['de', 'en']) {
      await page.goto(`/sprache/${locale}?zurueck=/`);
      for (const path of pages) {
        const response = await page.goto(path);
        expect([locale, path, response?.status()]).toEqual([locale, path, 200]);
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        expect([locale, path, await axeViolations(page)]).toEqual([locale, path, []]);
      }
    }
    await page.goto('/sprache/de?zurueck=/');
    await page.goto('/meine-kommune');
    await screenshot(page, 'meine-kommune');
    await page.context().close();
  }, 240_000);
});
