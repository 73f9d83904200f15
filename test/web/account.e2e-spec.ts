import type { BrowserContext, Page } from 'playwright-core';
import { TokenCodec } from '@ikone/membership';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { clickInEmail, linkIn, mailTo } from './support/mail';
import { axeViolations, focused, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).trim();

/** Applying, password reset, invitations and settings — in real Chromium, by label and role. */
describe('web: account pages', () => {
  let p: WebPlatform;
  let coordinator: { token: string; email: string };

  beforeAll(async () => {
    p = await startWebPlatform();
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', displayName: 'Koordinierungsstelle KL' });
  });

  afterAll(async () => {
    await p?.close();
  });

  it('applies for a directory municipality without JavaScript: GET search, radio, POST, thank-you page', async () => {
    const context = await p.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/mitglied-werden');
    expect(await heading(page)).toBe('Mitglied werden');
    await page.getByLabel('Name oder Gemeindeschlüssel').fill('Otterberg');
    await page.getByLabel('Bundesland', { exact: true }).selectOption('RP');
    await Promise.all([page.waitForURL(/suche=Otterberg/), page.getByRole('button', { name: 'Im Verzeichnis suchen' }).click()]);
    expect(new URL(page.url()).searchParams.get('land')).toBe('RP');
    await visible(page.getByText('1 Gemeinde gefunden.'));
    await page.getByLabel('Otterberg, Stadt (Rheinland-Pfalz, Gemeindeschlüssel 07335035)').check();
    await page.getByLabel('Ihr Name').fill('Theo Turm');
    await page.getByLabel('Ihre dienstliche E-Mail-Adresse').fill('theo.turm@otterberg.example');
    await page.getByLabel('Warum möchte Ihre Kommune mitmachen?').fill('Wir möchten von anderen Städten lernen.');
    await Promise.all([page.waitForURL(/\/mitglied-werden\/danke$/), page.getByRole('button', { name: 'Antrag absenden' }).click()]);
    expect(await heading(page)).toBe('Vielen Dank für Ihren Antrag');
    await visible(page.getByText('Ihr Antrag für Otterberg ist eingegangen.'));
    const rows = await p.gw.db.query(`select ags, municipality_name, applicant_email, motivation from membership_application where applicant_email = 'theo.turm@otterberg.example'`);
    expect(rows).toEqual([{ ags: '07335035', municipality_name: 'Otterberg', applicant_email: 'theo.turm@otterberg.example', motivation: 'Wir möchten von anderen Städten lernen.' }]);
    await context.close();
  });

  it('shows missing fields in the error summary with links, keeps what was typed and the chosen entry', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/mitglied-werden?suche=Otterbach&land=RP');
    await page.getByLabel('Otterbach (Rheinland-Pfalz, Gemeindeschlüssel 07335034)').check();
    await page.getByLabel('Warum möchte Ihre Kommune mitmachen?').fill('Austausch zu Ratsinformationssystemen.');
    await page.getByRole('button', { name: 'Antrag absenden' }).click();
    await page.waitForLoadState();
    expect(await page.title()).toBe('Fehler: Mitglied werden – IKONE');
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('link', { name: 'Bitte geben Sie Ihren Namen ein.' }).getAttribute('href')).toBe('#feld-applicantName');
    expect(await summary.getByRole('link', { name: 'Bitte geben Sie Ihre E-Mail-Adresse ein.' }).getAttribute('href')).toBe('#feld-applicantEmail');
    expect(await summary.getByRole('link').count()).toBe(2);
    expect(await focused(page)).toBe('alert');
    expect(await page.getByLabel('Warum möchte Ihre Kommune mitmachen?').inputValue()).toBe('Austausch zu Ratsinformationssystemen.');
    expect(await page.getByLabel('Otterbach (Rheinland-Pfalz, Gemeindeschlüssel 07335034)').isChecked()).toBe(true);
    expect(await page.getByLabel('Ihr Name').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'mitglied-werden-fehler');

    // The API's own checks land at their fields too (BAD_USER_INPUT path input.website).
    await page.getByLabel('Ihr Name').fill('Olaf Ortsbach');
    await page.getByLabel('Ihre dienstliche E-Mail-Adresse').fill('olaf@otterbach.example');
    await page.getByLabel('Website der Kommune').fill('www.otterbach.de');
    await page.getByRole('button', { name: 'Antrag absenden' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe('Website der Kommune: muss eine http(s)-Adresse sein');
    expect(await page.getByLabel('Ihr Name').inputValue()).toBe('Olaf Ortsbach');
    expect(await page.getByLabel('Warum möchte Ihre Kommune mitmachen?').inputValue()).toBe('Austausch zu Ratsinformationssystemen.');
    await context.close();
  });

  it('needs name, kind and state for a body outside the directory', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/mitglied-werden');
    await page.getByLabel(/^Unsere Kommune ist nicht im Verzeichnis/).check();
    await page.getByLabel('Ihr Name').fill('Zora Zweck');
    await page.getByLabel('Ihre dienstliche E-Mail-Adresse').fill('zora@zweckverband.example');
    await page.getByLabel('Warum möchte Ihre Kommune mitmachen?').fill('Gemeinsame IT.');
    await page.getByRole('button', { name: 'Antrag absenden' }).click();
    await page.waitForLoadState();
    const links = await page.getByRole('alert').getByRole('link').allInnerTexts();
    expect(links).toEqual(['Bitte geben Sie den Namen Ihrer Kommune ein.', 'Bitte wählen Sie die Art Ihrer Kommune.', 'Bitte wählen Sie das Bundesland.']);
    expect(await page.getByLabel(/^Unsere Kommune ist nicht im Verzeichnis/).isChecked()).toBe(true);
    expect(await page.getByLabel('Ihr Name').inputValue()).toBe('Zora Zweck');
    await context.close();
  });

  it('resets a forgotten password and signs in with it, without JavaScript', async () => {
    const person = await makeUser(p.gw.app, { role: 'MEMBER', municipality: await makeMunicipality(p.gw.app, '07312000') });
    const context = await p.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/anmelden');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    expect(await heading(page)).toBe('Passwort vergessen');
    await page.getByLabel('E-Mail-Adresse').fill(person.email);
    await Promise.all([page.waitForURL(/\/passwort-vergessen\/gesendet$/), page.getByRole('button', { name: 'Link anfordern' }).click()]);
    const neutral = await page.locator('main').innerText();

    // An unknown address gets the very same answer and no email.
    const other = await context.newPage();
    await other.goto('/passwort-vergessen');
    await other.getByLabel('E-Mail-Adresse').fill('niemand@example.org');
    await Promise.all([other.waitForURL(/\/passwort-vergessen\/gesendet$/), other.getByRole('button', { name: 'Link anfordern' }).click()]);
    expect(await other.locator('main').innerText()).toBe(neutral);
    await other.close();

    const mail = await mailTo(p.sink, person.email, /Passwort für IKONE zurücksetzen/);
    await page.goto(linkIn(mail, '/passwort-zuruecksetzen'));
    expect(await heading(page)).toBe('Neues Passwort festlegen');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Pfälzerwald-2027');
    await page.getByLabel('Neues Passwort wiederholen').fill('Pfälzerwald-2072');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    expect(await page.title()).toMatch(/^Fehler: /);
    expect(await page.getByRole('alert').innerText()).toContain('Die beiden Passwörter stimmen nicht überein.');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Pfälzerwald-2027');
    await page.getByLabel('Neues Passwort wiederholen').fill('Pfälzerwald-2027');
    await Promise.all([page.waitForURL(/\/anmelden$/), page.getByRole('button', { name: 'Passwort speichern' }).click()]);
    await visible(page.getByText('Ihr Passwort wurde geändert. Bitte melden Sie sich an.'));
    expect(sinkCount(p, person.email)).toBe(1);

    await page.getByLabel('E-Mail-Adresse').fill(person.email);
    await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    expect(await page.getByRole('alert').innerText()).toContain('E-Mail-Adresse oder Passwort stimmen nicht.');
    await page.getByLabel('Passwort', { exact: true }).fill('Pfälzerwald-2027');
    await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.getByRole('button', { name: 'Anmelden' }).click()]);
    await visible(page.getByText(/^Angemeldet als Testperson/));

    // The link works once.
    await page.goto(linkIn(mail, '/passwort-zuruecksetzen'));
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Noch-ein-Passwort-1');
    await page.getByLabel('Neues Passwort wiederholen').fill('Noch-ein-Passwort-1');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    expect(await heading(page)).toBe('Der Link funktioniert nicht mehr');
    await visible(page.getByText('Grund: Der Link wurde bereits verwendet.'));
    await context.close();
  });

  it('explains an invitation that was already used and whom to ask', async () => {
    const invited = await p.gw.gql<{ inviteUser: { id: string } }>(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
      { i: { email: 'gerda.gebraucht@example.org', role: 'MEMBER' } },
      coordinator.token,
    );
    expect(invited.errors).toBeUndefined();
    const mail = await mailTo(p.sink, 'gerda.gebraucht@example.org', /Ihre Einladung zu IKONE/);
    const token = new URL(linkIn(mail, '/einladung')).searchParams.get('token')!;
    expect(p.gw.app.get(TokenCodec).decode('invitation', token)).toBe(invited.data!.inviteUser.id);
    const first = await p.gw.gql(`mutation($t: String!) { acceptInvitation(token: $t, displayName: "Gerda", password: "Gebraucht-2026!") { accessToken } }`, { t: token });
    expect(first.errors).toBeUndefined();

    // Opening the link says so at once: nobody types a password for a dead link.
    const context = await p.newContext();
    const page = await context.newPage();
    await clickInEmail(page, mail, 'Einladung annehmen');
    expect(new URL(page.url()).pathname).toBe('/einladung');
    expect(await heading(page)).toBe('Diese Einladung gilt nicht mehr');
    await visible(page.getByText('Grund: Der Link wurde bereits verwendet.'));
    await visible(page.getByText(/Bitten Sie die Person, die Sie eingeladen hat/));
    expect(await page.getByRole('button', { name: 'Einladung annehmen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('changes the password in the settings: the current one is checked, the new one signs in', async () => {
    const person = await makeUser(p.gw.app, { role: 'MEMBER', municipality: await makeMunicipality(p.gw.app, '07312000') });
    const context = await p.newContext();
    const page = await context.newPage();
    await signIn(page, person.email, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    expect(await heading(page)).toBe('Einstellungen');
    await page.getByRole('link', { name: 'Passwort ändern' }).click();
    await page.getByLabel('Aktuelles Passwort').fill('falsch-falsch-falsch');
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Barbarossastadt-2027');
    await page.getByLabel('Neues Passwort wiederholen').fill('Barbarossastadt-2027');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.waitForLoadState();
    expect(await page.title()).toBe('Fehler: Passwort ändern – IKONE');
    expect(await page.getByRole('alert').getByRole('link').innerText()).toBe('Das Passwort ist falsch.');
    expect(await page.getByRole('alert').getByRole('link').getAttribute('href')).toBe('#feld-currentPassword');

    await page.getByLabel('Aktuelles Passwort').fill(TEST_PASSWORD);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('password');
    await page.getByLabel('Neues Passwort wiederholen').fill('password');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').getByRole('link').getAttribute('href')).toBe('#feld-newPassword');

    await page.getByLabel('Aktuelles Passwort').fill(TEST_PASSWORD);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Barbarossastadt-2027');
    await page.getByLabel('Neues Passwort wiederholen').fill('Barbarossastadt-2027');
    await Promise.all([page.waitForURL(/\/einstellungen$/), page.getByRole('button', { name: 'Passwort ändern' }).click()]);
    await visible(page.getByText('Ihr Passwort wurde geändert. Auf anderen Geräten wurden Sie abgemeldet.'));
    // Still signed in here.
    await visible(page.getByText(/^Angemeldet als Testperson/));

    const login = (password: string) => p.gw.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: person.email, p: password });
    expect((await login(TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('Barbarossastadt-2027')).errors).toBeUndefined();
    await context.close();
  });

  it('switches the account language in the settings and keeps it in the browser and for emails', async () => {
    const person = await makeUser(p.gw.app, { role: 'MEMBER', municipality: await makeMunicipality(p.gw.app, '07312000') });
    const context = await p.newContext();
    const page = await context.newPage();
    await signIn(page, person.email, TEST_PASSWORD);
    await page.goto('/einstellungen');
    await page.getByLabel('Sprache der Plattform und Ihrer E-Mails').selectOption('en');
    await Promise.all([page.waitForURL(/\/einstellungen$/), page.getByRole('button', { name: 'Sprache speichern' }).click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await heading(page)).toBe('Settings');
    await visible(page.getByText('The language has been saved.'));
    const [row] = await p.gw.db.query(`select locale from app_user where id = $1`, [person.user.id]);
    expect(row.locale).toBe('en');
    expect((await context.cookies()).find((c) => c.name === 'ikone_lang')?.value).toBe('en');
    await context.close();
  });

  it('sends a signed-out visitor of the settings to the sign-in page', async () => {
    const context = await p.newContext();
    const page = await context.newPage();
    await page.goto('/einstellungen/passwort');
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    expect(new URL(page.url()).searchParams.get('zurueck')).toBe('/einstellungen/passwort');
    await context.close();
  });

  describe.each(['de', 'en'] as const)('every account page in %s', (locale) => {
    let context: BrowserContext;
    let signedIn: BrowserContext;
    let invitationPath = '';

    beforeAll(async () => {
      const invited = await p.gw.gql<{ inviteUser: { id: string } }>(
        `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
        { i: { email: `offen-${locale}@example.org`, role: 'MEMBER' } },
        coordinator.token,
      );
      expect(invited.errors).toBeUndefined();
      invitationPath = `/einladung?token=${encodeURIComponent(p.gw.app.get(TokenCodec).encode('invitation', invited.data!.inviteUser.id))}`;
      context = await p.newContext();
      await context.addCookies([{ name: 'ikone_lang', value: locale, url: p.url }]);
      signedIn = await p.newContext();
      await signedIn.addCookies([{ name: 'ikone_lang', value: locale, url: p.url }]);
      const person = await makeUser(p.gw.app, { role: 'OFFICER', municipality: await makeMunicipality(p.gw.app, '07312000') });
      const page = await signedIn.newPage();
      // Sign in through the form in the context's language.
      await page.goto('/anmelden');
      await page.locator('#feld-email').fill(person.email);
      await page.locator('#feld-password').fill(TEST_PASSWORD);
      await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.locator('form[action="/anmelden"] button[type="submit"]').click()]);
      await page.close();
    });

    afterAll(async () => {
      await context.close();
      await signedIn.close();
    });

    const anonymousPages = [
      '/mitglied-werden',
      '/mitglied-werden?suche=Kaisers&land=RP',
      '/mitglied-werden/danke',
      '/passwort-vergessen',
      '/passwort-vergessen/gesendet',
      '/passwort-zuruecksetzen?token=abc',
      '/passwort-zuruecksetzen',
      '/einladung?token=abc',
      '/einladung',
      '/anmelden',
    ];
    it.each([...anonymousPages, 'open invitation'])('%s: one h1, the language, no axe-core violation', async (name) => {
      const path = name === 'open invitation' ? invitationPath : name;
      const page = await context.newPage();
      await page.goto(path);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      if (locale === 'de' && path === '/mitglied-werden?suche=Kaisers&land=RP') await screenshot(page, 'mitglied-werden');
      if (locale === 'de' && name === 'open invitation') await screenshot(page, 'einladung');
      await page.close();
    });

    it.each(['/einstellungen', '/einstellungen/passwort'])('%s (signed in): one h1, the language, no axe-core violation', async (path) => {
      const page = await signedIn.newPage();
      await page.goto(path);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      if (locale === 'de') await screenshot(page, path.slice(1).replace(/\//g, '-'));
      await page.close();
    });

    it('failed submits (error summary) have no axe-core violation', async () => {
      const page = await context.newPage();
      await page.goto('/mitglied-werden');
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.waitForLoadState();
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(invitationPath);
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.waitForLoadState();
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
});

function sinkCount(p: WebPlatform, address: string): number {
  return p.sink.to(address).length;
}
