import type { SinkMessage } from '../notifications/smtp-sink';
import { confirmFromEmail } from '../support/consent';
import { makeMunicipality, makeUser } from '../support/factories';
import { eventually, publishAsCoordinator } from './support/content';
import { axeViolations, screenshot, startWebPlatform, visible, WebPlatform } from './support/web-platform';

type Person = Awaited<ReturnType<typeof makeUser>>;

/** A header as sent (mailparser turns List-* headers into objects), unfolded. */
function rawHeader(message: SinkMessage, name: string): string | null {
  const head = message.raw.toString('utf8').split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/**
 * SPEC §7 journey 7: a reader's mail client sends the one-click POST; the subscription ends
 * without a login; a later publication brings no email; the link in a browser only shows a
 * confirmation page in the application's frame.
 */
describe('journey 7 in the browser: unsubscribing with one click', () => {
  let p: WebPlatform;
  let coordinator: Person;
  let reader: Person;
  let control: Person;

  const subscriptionsOf = async (who: Person) =>
    (await p.gw.gql<{ mySubscriptions: Array<{ id: string; topic: { slug: string } | null }> }>(`{ mySubscriptions { id topic { slug } } }`, {}, who.token)).data!.mySubscriptions;

  beforeAll(async () => {
    p = await startWebPlatform();
    const kl = await makeMunicipality(p.gw.app, '07312000');
    coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR', municipality: kl });
    reader = await makeUser(p.gw.app, { role: 'MEMBER', municipality: kl });
    control = await makeUser(p.gw.app, { role: 'MEMBER' });
    for (const who of [reader, control]) {
      const res = await p.gw.gql(`mutation { subscribe(target: { topicSlug: "buergerbeteiligung" }, frequency: IMMEDIATE) { id } }`, {}, who.token);
      expect(res.errors).toBeUndefined();
      await confirmFromEmail(p.gw, p.sink, who.email);
    }
  });

  afterAll(async () => {
    await p?.close();
  });

  it('ends the subscription by the one-click POST; the browser only sees confirmation pages; no later email', async () => {
    await publishAsCoordinator(p.gw, coordinator.token, { title: 'Digitale Bürgerbeteiligung im Ortsgemeinderat', topicSlugs: ['buergerbeteiligung'] });
    // The first was the confirmation of notification emails (ADR 0023).
    const [, mail] = await eventually('the first notice to the reader', async () => (p.sink.to(reader.email).length > 1 ? p.sink.to(reader.email) : null));
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = /<(https?:\/\/[^>]+\/unsubscribe\/[^>]+)>/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')?.[1];
    expect(link).toBeDefined();
    // The link points at the platform's one address (the web passes it to the gateway).
    expect(link!.startsWith(`${p.url}/unsubscribe/`)).toBe(true);

    // A person (or a link scanner) opens the link: a confirmation page, nothing changes.
    const context = await p.newContext();
    const page = await context.newPage();
    const response = await page.goto(link!);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.title()).toBe('Abonnement beenden – IKONE');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Abonnement beenden');
    await visible(page.getByText('Möchten Sie Ihr Abonnement des Themenfelds „Bürgerbeteiligung“ (sofort) beenden?', { exact: false }));
    await visible(page.getByRole('button', { name: 'Abonnement beenden' }));
    await visible(page.getByRole('link', { name: /IKONE – Interkommunales Netzwerk Digitale Stadt/ }));
    // It looks like the application: the web's stylesheet applies to the gateway's page.
    const brandColour = await page.locator('.ik-brand__mark').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(brandColour).toBe('rgb(29, 58, 110)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'abmelden-bestaetigen');
    expect((await subscriptionsOf(reader)).map((s) => s.topic?.slug)).toEqual(['buergerbeteiligung']);

    // The mail client's one-click POST: no cookies, no login.
    const oneClick = await fetch(link!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Abonnement beendet');
    expect(await subscriptionsOf(reader)).toEqual([]);
    expect((await subscriptionsOf(control)).map((s) => s.topic?.slug)).toEqual(['buergerbeteiligung']);

    // Opening the used link again says so, and still changes nothing.
    await page.goto(link!);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('Bereits abgemeldet');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    // A later publication: the control reader is told (so the fan-out ran), the reader is not.
    const later = await publishAsCoordinator(p.gw, coordinator.token, { title: 'Bürgerhaushalt online', topicSlugs: ['buergerbeteiligung'] });
    await eventually('the fan-out of the later publication', async () => {
      const rows: Array<{ n: number }> = await p.gw.db.query(`select count(*)::int as n from notification where subject_id = $1 and recipient_id = $2`, [later.id, control.user.id]);
      return rows[0].n === 1;
    });
    await eventually('the email to the control reader', async () => p.sink.to(control.email).length === 3);
    const reached: Array<{ n: number }> = await p.gw.db.query(`select count(*)::int as n from notification where subject_id = $1 and recipient_id = $2`, [later.id, reader.user.id]);
    expect(reached[0].n).toBe(0);
    const deliveries: Array<{ n: number }> = await p.gw.db.query(`select count(*)::int as n from email_delivery where user_id = $1`, [reader.user.id]);
    expect(deliveries[0].n).toBe(2);
    expect(p.sink.to(reader.email)).toHaveLength(2);
  });
});
