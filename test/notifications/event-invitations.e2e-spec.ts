import ICAL from 'ical.js';
import { makeMunicipality, makeUser } from '../support/factories';
import type { TestGateway } from '../support/gateway';
import { MailPlatform, startMailPlatform } from './mail-platform';
import { SinkMessage, SmtpSink, waitFor } from './smtp-sink';

const ONLINE = 'https://konferenz.example.de/netzwerktreffen-geheim';

/** What a mail client sees of an email's calendar part: the METHOD, the VEVENT, the MIME type. */
interface CalendarPart {
  method: string;
  contentType: string;
  uid: string;
  sequence: number;
  start: string;
  status: string;
  attendee: { email: string; name: string } | null;
  /** Unfolded (RFC 5545 §3.1), so a search does not depend on where lines break. */
  text: string;
}

async function calendarOf(message: SinkMessage): Promise<CalendarPart | null> {
  const parsed = await message.parsed();
  const part = parsed.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) return null;
  const text = part.content.toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]);
  const attendee = events[0].getFirstProperty('attendee');
  const header = /Content-Type: text\/calendar[^\r\n]*(\r?\n[ \t][^\r\n]*)*/i.exec(message.raw.toString('utf8'))?.[0] ?? '';
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    contentType: header.replace(/\r?\n[ \t]+/g, ' '),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    status: String(events[0].getFirstPropertyValue('status')),
    attendee: attendee ? { email: String(attendee.getFirstValue()), name: String(attendee.getParameter('cn')) } : null,
    text: text.replace(/\r\n[ \t]/g, ''),
  };
}

/**
 * Registrants who imported the single .ics keep their calendar right through their emails:
 * the confirmation, a new start time and the cancellation each carry the event (same UID,
 * higher SEQUENCE) as text/calendar, so mail clients offer to add or update it (SPEC §7.4).
 */
describe('calendar entries in registrants’ emails', () => {
  let platform: MailPlatform;
  let gw: TestGateway;
  let sink: SmtpSink;

  beforeAll(async () => {
    platform = await startMailPlatform();
    ({ gw, sink } = platform);
  }, 60_000);
  afterAll(() => platform?.close());

  /** The email to `address` whose subject starts with `prefix`, once it has arrived. */
  const email = (address: string, prefix: string) =>
    waitFor(`„${prefix}…“ an ${address}`, async () => {
      for (const m of sink.to(address)) if ((await m.parsed()).subject?.startsWith(prefix)) return m;
      return null;
    }, 20_000);

  it('confirmation, new start time and cancellation carry the event; the waiting list gets no entry and no online link', async () => {
    const kl = await makeMunicipality(gw.app, '07312000');
    const coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    const seat = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, email: 'sitz@example.org', displayName: 'Sina Sitz' });
    const waiting = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, email: 'warte@example.org' });
    const created = await gw.gql<{ createEvent: { id: string; icalUid: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id icalUid } }`,
      {
        i: {
          title: 'Netzwerktreffen Kaiserslautern', description: 'Austausch der Digitalbeauftragten', startsAt: '2031-03-04T13:00:00.000Z',
          endsAt: '2031-03-04T16:00:00.000Z', format: 'HYBRID', location: 'Rathaus Kaiserslautern', onlineUrl: ONLINE, capacity: 1,
          visibility: 'PUBLIC', topicSlugs: ['smart-city'], municipalityId: kl.id,
        },
      },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const { id, icalUid } = created.data!.createEvent;
    expect((await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id }, coordinator)).errors).toBeUndefined();
    for (const person of [seat, waiting]) {
      expect((await gw.gql(`mutation($id: ID!) { registerForEvent(id: $id) { status } }`, { id }, person.token)).errors).toBeUndefined();
    }

    // Registered: the event to add, with the online link for the person holding the seat.
    const confirmation = await calendarOf(await email('sitz@example.org', 'Angemeldet: Netzwerktreffen Kaiserslautern'));
    expect(confirmation).toMatchObject({ method: 'REQUEST', uid: icalUid, sequence: 0, start: '2031-03-04T13:00:00.000Z', status: 'CONFIRMED' });
    expect(confirmation!.contentType).toMatch(/text\/calendar;.*method=REQUEST/i);
    expect(confirmation!.text).toContain(ONLINE);
    expect(confirmation!.attendee).toEqual({ email: 'mailto:sitz@example.org', name: 'Sina Sitz' });
    // Waitlisted: told so, nothing for the calendar, no online link.
    const waitlisted = await email('warte@example.org', 'Warteliste: Netzwerktreffen Kaiserslautern');
    expect(await calendarOf(waitlisted)).toBeNull();

    // The start moves by 90 minutes: the same UID with a higher SEQUENCE and the new time.
    const moved = await gw.gql(`mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { icalSequence } }`, {
      id, i: { startsAt: '2031-03-04T14:30:00.000Z', endsAt: '2031-03-04T17:30:00.000Z' },
    }, coordinator);
    expect(moved.errors).toBeUndefined();
    const changed = await calendarOf(await email('sitz@example.org', 'Geändert: Netzwerktreffen Kaiserslautern'));
    expect(changed).toMatchObject({ method: 'REQUEST', uid: icalUid, sequence: 1, start: '2031-03-04T14:30:00.000Z' });
    expect(changed!.text).toContain(ONLINE);
    const changedForWaiting = await email('warte@example.org', 'Geändert: Netzwerktreffen Kaiserslautern');
    expect(await calendarOf(changedForWaiting)).toBeNull();

    // Cancelled: METHOD:CANCEL and STATUS:CANCELLED, same UID, higher SEQUENCE again.
    expect((await gw.gql(`mutation($id: ID!) { cancelEvent(id: $id, reason: "Referentin erkrankt") { status } }`, { id }, coordinator)).errors).toBeUndefined();
    const cancelled = await calendarOf(await email('sitz@example.org', 'Abgesagt: Netzwerktreffen Kaiserslautern'));
    expect(cancelled).toMatchObject({ method: 'CANCEL', uid: icalUid, sequence: 2, start: '2031-03-04T14:30:00.000Z', status: 'CANCELLED' });
    expect(cancelled!.contentType).toMatch(/text\/calendar;.*method=CANCEL/i);
    const cancelledForWaiting = await email('warte@example.org', 'Abgesagt: Netzwerktreffen Kaiserslautern');
    expect(await calendarOf(cancelledForWaiting)).toBeNull();

    // The online link reached the seat holder only, never the waiting list, never after the cancellation.
    const everything = async (m: SinkMessage) => {
      const p = await m.parsed();
      return [p.text ?? '', String(p.html || ''), ...p.attachments.map((a) => a.content.toString('utf8').replace(/\r\n[ \t]/g, ''))].join('\n');
    };
    const seen = async (address: string) => (await Promise.all(sink.to(address).map(everything))).filter((t) => t.includes(ONLINE)).length;
    expect(await seen('sitz@example.org')).toBe(2); // confirmation and change
    expect(sink.to('warte@example.org')).toHaveLength(3);
    expect(await seen('warte@example.org')).toBe(0);
    expect(cancelled!.text).not.toContain(ONLINE);
  });

  it('gives the person who moves up from the waiting list the event, with the online link', async () => {
    const kl = await makeMunicipality(gw.app, '07312000');
    const coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    const leaver = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, email: 'geht@example.org' });
    const next = await makeUser(gw.app, { role: 'MEMBER', municipality: kl, email: 'rueckt-nach@example.org', displayName: 'Nora Nach' });
    const created = await gw.gql<{ createEvent: { id: string; icalUid: string } }>(
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { id icalUid } }`,
      {
        i: {
          title: 'Workshop Open Data', description: 'Daten öffnen', startsAt: '2031-05-06T08:00:00.000Z', endsAt: '2031-05-06T10:00:00.000Z',
          format: 'ONLINE', onlineUrl: ONLINE, capacity: 1, visibility: 'NETWORK', topicSlugs: ['open-data'], municipalityId: kl.id,
        },
      },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const { id, icalUid } = created.data!.createEvent;
    await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { status } }`, { id }, coordinator);
    for (const person of [leaver, next]) await gw.gql(`mutation($id: ID!) { registerForEvent(id: $id) { status } }`, { id }, person.token);
    expect(await calendarOf(await email('rueckt-nach@example.org', 'Warteliste: Workshop Open Data'))).toBeNull();
    expect((await gw.gql(`mutation($id: ID!) { cancelRegistration(id: $id) { status } }`, { id }, leaver.token)).errors).toBeUndefined();

    const promoted = await calendarOf(await email('rueckt-nach@example.org', 'Sie haben einen Platz: Workshop Open Data'));
    expect(promoted).toMatchObject({ method: 'REQUEST', uid: icalUid, sequence: 0, start: '2031-05-06T08:00:00.000Z', status: 'CONFIRMED' });
    expect(promoted!.attendee).toEqual({ email: 'mailto:rueckt-nach@example.org', name: 'Nora Nach' });
    expect(promoted!.text).toContain(ONLINE);
  });
});
