import type { BrowserContext, Page } from 'playwright-core';
import { confirmationEmails, waitForConfirmation } from '../support/consent';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;

/**
 * Double opt-in in the browser (ADR 0023): the link of the confirmation email opens a page that
 * changes nothing until its button is pressed; the settings page shows the state, sends the
 * email again and withdraws the consent, with and without JavaScript.
 */
describe('web: confirming and withdrawing notification emails', () => {
  let p: WebPlatform;
  let kl: Awaited<ReturnType<typeof makeMunicipality>>;
  const SETTINGS = '/einstellungen/benachrichtigungen';

  const status = async (who: Person) =>
    (await p.gw.gql<{ myEmailConsent: { status: string } }>(`{ myEmailConsent { status } }`, {}, who.token)).data!.myEmailConsent.status;
  const follower = async () => {
    const who = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    expect((await p.gw.gql(`mutation { subscribe(target: { topicSlug: "open-data" }, frequency: IMMEDIATE) { id } }`, {}, who.token)).errors).toBeUndefined();
    return who;
  };
  async function browser(who: Person | null, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
    const context = await p.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    if (who) await signIn(page, who.email, TEST_PASSWORD);
    return { context, page };
  }

  beforeAll(async () => {
    p = await startWebPlatform({ LOGIN_ATTEMPTS_PER_MINUTE: '100', LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' });
    kl = await makeMunicipality(p.gw.app, '07312000');
  });

  afterAll(async () => {
    await p?.close();
  });

  it('confirms from the email link by pressing the button (opening it changes nothing), then withdraws by clicking', async () => {
    const who = await follower();
    const { link } = await waitForConfirmation(p.sink, who.email);
    expect(link.startsWith(`${p.url}/e-mail-bestaetigen?token=`)).toBe(true);

    // Opened in a browser that is not signed in (another device): a page with a button, nothing changes.
    const anonymous = await browser(null);
    await anonymous.page.goto(link);
    expect(await anonymous.page.title()).toBe('E-Mail-Benachrichtigungen bestätigen – IKONE');
    expect(await axeViolations(anonymous.page)).toEqual([]);
    await screenshot(anonymous.page, 'e-mail-bestaetigen');
    expect(await status(who)).toBe('PENDING');
    await anonymous.page.getByRole('button', { name: 'Jetzt bestätigen' }).click();
    await visible(anonymous.page.getByRole('heading', { level: 1, name: 'E-Mail-Benachrichtigungen bestätigt' }));
    expect(await axeViolations(anonymous.page)).toEqual([]);
    expect(await status(who)).toBe('CONFIRMED');
    // The link works once.
    await anonymous.page.goto(link);
    await anonymous.page.getByRole('button', { name: 'Jetzt bestätigen' }).click();
    await visible(anonymous.page.getByRole('heading', { level: 1, name: 'Der Bestätigungslink funktioniert nicht' }));
    await visible(anonymous.page.getByText('Grund: Der Bestätigungslink wurde bereits verwendet.'));
    expect(await axeViolations(anonymous.page)).toEqual([]);
    await anonymous.context.close();

    const { context, page } = await browser(who);
    await page.goto(SETTINGS);
    await visible(page.getByText(/^E-Mail-Benachrichtigungen bestätigt am \d{1,2}\. \p{L}+ \d{4}\.$/u));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
    await visible(page.getByText('Ihre Einwilligung ist widerrufen. Sie erhalten keine E-Mails zu Ihren Abonnements mehr.'));
    await visible(page.getByRole('button', { name: 'Bestätigungs-E-Mail senden' }));
    expect(await axeViolations(page)).toEqual([]);
    expect(await status(who)).toBe('NONE');
    await context.close();
  });

  it('sends the email again, confirms and withdraws without JavaScript', async () => {
    const who = await follower();
    await waitForConfirmation(p.sink, who.email);
    const { context, page } = await browser(who, false);
    await page.goto(SETTINGS);
    await visible(page.getByText('Bestätigung ausstehend — erneut senden'));
    await page.getByRole('button', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
    await visible(page.getByText('Wir haben Ihnen eine E-Mail mit einem Bestätigungslink geschickt.'));
    const { link } = await waitForConfirmation(p.sink, who.email, 2);
    expect((await confirmationEmails(p.sink, who.email)).map((c) => c.link)).toEqual([link, link]);

    await page.goto(link);
    await page.getByRole('button', { name: 'Jetzt bestätigen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'E-Mail-Benachrichtigungen bestätigt' }));
    expect(await status(who)).toBe('CONFIRMED');
    await page.getByRole('link', { name: 'Zu den Benachrichtigungs-Einstellungen' }).click();
    await page.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
    await visible(page.getByText('Ihre Einwilligung ist widerrufen. Sie erhalten keine E-Mails zu Ihren Abonnements mehr.'));
    expect(await status(who)).toBe('NONE');
    await context.close();
  });
});
