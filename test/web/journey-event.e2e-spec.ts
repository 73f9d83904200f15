import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { waitFor } from '../notifications/smtp-sink';
import { makeMunicipality, makeUser, TEST_PASSWORD } from '../support/factories';
import { axeViolations, screenshot, signIn, startWebPlatform, visible, WebPlatform } from './support/web-platform';

const TITLE = 'Netzwerktreffen Digitale Stadt';
const ONLINE = 'https://konferenz.example.de/netzwerktreffen';

/**
 * SPEC §7 journey 4 in the browser: Kaiserslautern publishes a hybrid Netzwerktreffen with two
 * seats; three members register by clicking, the third is waitlisted; one cancels; the
 * waitlisted member moves up, sees the online link and gets an email; the iCal link carries the
 * event's UID.
 */
describe('web journey: an event fills up, someone cancels, the waiting list moves up', () => {
  let p: WebPlatform;
  let eventId: string;
  let icalUid: string;
  const members: Array<{ email: string; context: BrowserContext; page: Page }> = [];

  beforeAll(async () => {
    p = await startWebPlatform();
    const kl = await makeMunicipality(p.gw.app, '07312000');
    const officer = await makeUser(p.gw.app, { role: 'OFFICER', municipality: kl });
    const coordinator = await makeUser(p.gw.app, { role: 'COORDINATOR' });
    const created = await p.gw.gql<{ createEvent: { id: string; icalUid: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id icalUid } }`,
      {
        i: {
          title: TITLE,
          description: 'Austausch der Digitalbeauftragten: Berichte aus den Kommunen.',
          startsAt: '2030-03-05T13:00:00.000Z',
          endsAt: '2030-03-05T16:00:00.000Z',
          format: 'HYBRID',
          location: 'Rathaus Kaiserslautern, Willy-Brandt-Platz 1',
          onlineUrl: ONLINE,
          topicSlugs: ['verwaltungsdigitalisierung'],
          capacity: 2,
          visibility: 'PUBLIC',
        },
      },
      officer.token,
    );
    expect(created.errors).toBeUndefined();
    ({ id: eventId, icalUid } = created.data!.createEvent);
    expect((await p.gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id: eventId }, officer.token)).errors).toBeUndefined();
    expect((await p.gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectType } }`, { id: eventId }, coordinator.token)).errors).toBeUndefined();
    for (const name of ['Rita Erste', 'Sven Zweiter', 'Wanda Wartend']) {
      const person = await makeUser(p.gw.app, { role: 'MEMBER', municipality: await makeMunicipality(p.gw.app, '07315000'), displayName: name });
      const context = await p.newContext();
      members.push({ email: person.email, context, page: await context.newPage() });
    }
  }, 120_000);

  afterAll(async () => {
    for (const m of members) await m.context.close();
    await p?.close();
  });

  const registration = (page: Page) => page.getByRole('region', { name: 'Anmeldung' });

  it('registers two members, waitlists the third, moves them up when one cancels, and tells them by email', async () => {
    const [first, second, waiting] = members;

    // The first member finds the event in the list and registers.
    await signIn(first.page, first.email, TEST_PASSWORD);
    await first.page.goto('/veranstaltungen');
    await first.page.getByRole('link', { name: TITLE }).click();
    expect(await first.page.locator('main').innerText()).toContain('2 von 2 Plätzen frei');
    await first.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await visible(first.page.getByRole('status').filter({ hasText: 'Sie sind angemeldet.' }));
    await visible(registration(first.page).getByRole('link', { name: ONLINE }));
    expect(await first.page.locator('main').innerText()).toContain('1 von 2 Plätzen frei');
    expect(await axeViolations(first.page)).toEqual([]);

    await signIn(second.page, second.email, TEST_PASSWORD);
    await second.page.goto(`/veranstaltungen/${eventId}`);
    await second.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await visible(second.page.getByRole('status').filter({ hasText: 'Sie sind angemeldet.' }));
    expect(await second.page.locator('main').innerText()).toContain('Alle 2 Plätze belegt');

    // The third finds the seats taken: the page says the waiting list, and no online link.
    await signIn(waiting.page, waiting.email, TEST_PASSWORD);
    await waiting.page.goto(`/veranstaltungen/${eventId}`);
    await visible(registration(waiting.page).getByText(/Alle Plätze sind belegt/));
    await waiting.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await visible(waiting.page.getByText('Sie stehen auf der Warteliste (Platz 1).', { exact: true }));
    await visible(registration(waiting.page).getByText(/Sie stehen auf der Warteliste \(Platz 1\)\. Sobald ein Platz frei wird/));
    expect(await registration(waiting.page).getByRole('link', { name: ONLINE }).count()).toBe(0);
    expect(await waiting.page.locator('main').innerText()).toMatch(/Warteliste\s+1 Person/);
    expect(await axeViolations(waiting.page)).toEqual([]);
    await screenshot(waiting.page, 'veranstaltung-warteliste');
    const mailsBefore = p.sink.to(waiting.email).length;

    // The first member cancels; the seat goes to the waiting list.
    await first.page.getByRole('button', { name: 'Anmeldung stornieren' }).click();
    await visible(first.page.getByText('Ihre Anmeldung ist storniert.'));
    await visible(registration(first.page).getByRole('button', { name: 'Anmelden', exact: true }));
    expect(await registration(first.page).getByRole('link', { name: ONLINE }).count()).toBe(0);

    await waiting.page.reload();
    await visible(registration(waiting.page).getByText('Sie sind angemeldet.'));
    await visible(registration(waiting.page).getByRole('link', { name: ONLINE }));
    expect(await waiting.page.locator('main').innerText()).toMatch(/Warteliste\s+niemand/);
    await screenshot(waiting.page, 'veranstaltung-angemeldet');

    // …and is told by email (polled with a deadline: the notifier works asynchronously).
    const message = await waitFor('the move-up email', () => p.sink.to(waiting.email).slice(mailsBefore).find((m) => m.raw.includes('Platz')), 30_000);
    const mail = await message.parsed();
    expect(mail.subject).toBe(`Sie haben einen Platz: ${TITLE}`);
    expect(mail.text).toContain(`/veranstaltungen/${eventId}`);
  });

  it('offers the event as iCal with the same UID and title', async () => {
    const page = members[2].page;
    await page.goto(`/veranstaltungen/${eventId}`);
    const href = await page.getByRole('link', { name: 'Termin herunterladen (iCal)' }).getAttribute('href');
    expect(href).toBe(`/events/${eventId}.ics`);
    const response = await fetch(new URL(href!, p.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe(icalUid);
    expect(vevent.summary).toBe(TITLE);
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2030-03-05T13:00:00.000Z');
  });
});
