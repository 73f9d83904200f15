import ICAL from 'ical.js';
import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';

const FIELDS = `id title status revision icalSequence icalUid registeredCount waitlistCount onlineUrl location startsAt endsAt cancelReason
  myRegistration { id status } organiser { slug } topics { slug }`;
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitEvent(id: $id) { id status } }`;
const EVENT = `query($id: ID!) { event(id: $id) { ${FIELDS} } }`;
const REGISTER = `mutation($id: ID!) { registerForEvent(id: $id) { id status waitlistedAt event { id } } }`;
const UNREGISTER = `mutation($id: ID!) { cancelRegistration(id: $id) { id status } }`;
const LIST = `query($f: EventFilterInput, $first: Int, $after: String) {
  events(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status title } } } }`;

interface EventView {
  id: string;
  title: string;
  status: string;
  revision: number;
  icalSequence: number;
  icalUid: string;
  registeredCount: number;
  waitlistCount: number;
  onlineUrl: string | null;
  location: string | null;
  startsAt: string;
  cancelReason: string | null;
  myRegistration: { id: string; status: string } | null;
  organiser: { slug: string };
  topics: { slug: string }[];
}

/** Netzwerktreffen in Kaiserslautern on a Tuesday in winter: 14:00–17:00 Berlin time (CET). */
const netzwerktreffen = {
  title: 'Netzwerktreffen IKONE Digitale Stadt',
  description: 'Austausch der Digitalbeauftragten.\n\n- Berichte aus den Kommunen\n- **Open Data**, Fördermittel; Ausblick',
  startsAt: '2030-03-05T13:00:00.000Z',
  endsAt: '2030-03-05T16:00:00.000Z',
  format: 'HYBRID',
  location: 'Rathaus Kaiserslautern, Willy-Brandt-Platz 1',
  onlineUrl: 'https://konferenz.example.de/netzwerktreffen',
  topicSlugs: ['verwaltungsdigitalisierung', 'open-data'],
  capacity: 30,
  visibility: 'PUBLIC',
};

describe('events', () => {
  let gw: TestGateway;
  let kaiserslautern: MunicipalityEntity;
  let mainz: MunicipalityEntity;
  let officerA: string;
  let officerB: string;
  let coordinator: string;
  let member: string;
  let memberId: string;
  const people: Array<{ token: string; id: string }> = [];

  beforeAll(async () => {
    gw = await startTestGateway({ PUBLIC_URL: 'https://ikone.example' });
    kaiserslautern = await makeMunicipality(gw.app, '07312000');
    mainz = await makeMunicipality(gw.app, '07315000');
    officerA = (await makeUser(gw.app, { role: 'OFFICER', municipality: kaiserslautern, displayName: 'Katrin Kaiser' })).token;
    officerB = (await makeUser(gw.app, { role: 'OFFICER', municipality: mainz })).token;
    coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    const m = await makeUser(gw.app, { role: 'MEMBER', municipality: mainz, displayName: 'Mia Mitglied' });
    member = m.token;
    memberId = m.user.id;
    for (let i = 0; i < 40; i += 1) {
      const p = await makeUser(gw.app, { role: 'MEMBER', municipality: i % 2 ? mainz : kaiserslautern, displayName: `Teilnehmende ${i + 1}` });
      people.push({ token: p.token, id: p.user.id });
    }
  }, 120_000);
  afterAll(() => gw.close());

  const outbox = async (type: string, eventId: string) =>
    (await gw.db.query(`select payload from outbox_event where type = $1 and payload->>'eventId' = $2 order by id`, [type, eventId])).map(
      (r: { payload: Record<string, unknown> }) => r.payload,
    );

  async function create(input: Record<string, unknown>, token = officerA): Promise<EventView> {
    const res = await gw.gql<{ createEvent: EventView }>(CREATE, { i: input }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createEvent;
  }

  /** Created by Kaiserslautern's officer, approved by a coordinator. */
  async function published(input: Record<string, unknown> = {}): Promise<EventView> {
    const event = await create({ ...netzwerktreffen, ...input });
    expect((await gw.gql(SUBMIT, { id: event.id }, officerA)).errors).toBeUndefined();
    expect((await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectType } }`, { id: event.id }, coordinator)).errors).toBeUndefined();
    return event;
  }

  const read = async (id: string, token?: string) => (await gw.gql<{ event: EventView }>(EVENT, { id }, token)).data?.event ?? null;

  it('lifecycle: draft, changes requested, edit, resubmit, approve, live edit, archive — each step audited', async () => {
    const draft = await create({ ...netzwerktreffen, title: 'Workshop Open Data', capacity: null });
    expect(draft).toMatchObject({ status: 'DRAFT', revision: 1, icalSequence: 0, organiser: { slug: kaiserslautern.slug } });
    expect(draft.topics.map((t) => t.slug).sort()).toEqual(['open-data', 'verwaltungsdigitalisierung']);
    expect(draft.icalUid).toBe(`${draft.id}@ikone.example`);
    expect(await read(draft.id)).toBeNull();
    expect(await read(draft.id, member)).toBeNull();
    expect(await read(draft.id, officerB)).toBeNull();

    expect((await gw.gql<{ submitEvent: { status: string } }>(SUBMIT, { id: draft.id }, officerA)).data?.submitEvent.status).toBe('IN_REVIEW');
    const sentBack = await gw.gql(`mutation($id: ID!) { requestChanges(subjectId: $id, comment: "Bitte die Anreise beschreiben.") { subjectType } }`, { id: draft.id }, coordinator);
    expect(sentBack.errors).toBeUndefined();
    expect((await read(draft.id, officerA))?.status).toBe('CHANGES_REQUESTED');

    const edited = await gw.gql<{ updateEvent: EventView }>(UPDATE, { id: draft.id, i: { description: 'Anreise: Bus 105 bis Rathaus.' } }, officerA);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateEvent).toMatchObject({ status: 'CHANGES_REQUESTED', revision: 2, icalSequence: 0 });
    expect((await gw.gql(SUBMIT, { id: draft.id }, officerA)).errors).toBeUndefined();
    expect((await gw.gql(`mutation($id: ID!) { approve(subjectId: $id) { subjectType } }`, { id: draft.id }, coordinator)).errors).toBeUndefined();
    expect(await read(draft.id)).toMatchObject({ status: 'PUBLISHED', revision: 2 });
    expect(await outbox('knowledge.event-published', draft.id)).toHaveLength(1);

    // A live edit stays published, opens revision 3, raises SEQUENCE and tells registrants.
    const live = await gw.gql<{ updateEvent: EventView }>(UPDATE, { id: draft.id, i: { title: 'Workshop Offene Daten' } }, officerA);
    expect(live.data!.updateEvent).toMatchObject({ status: 'PUBLISHED', revision: 3, icalSequence: 1, title: 'Workshop Offene Daten' });
    expect(await outbox('knowledge.event-changed', draft.id)).toEqual([{ eventId: draft.id, fields: ['title'], sequence: 1 }]);
    // A description edit is shown by calendars (SEQUENCE) but is not worth a message.
    const described = await gw.gql<{ updateEvent: EventView }>(UPDATE, { id: draft.id, i: { description: 'Neu' } }, officerA);
    expect(described.data!.updateEvent.icalSequence).toBe(2);
    expect(await outbox('knowledge.event-changed', draft.id)).toHaveLength(1);

    const archived = await gw.gql<{ archiveEvent: { status: string } }>(`mutation($id: ID!) { archiveEvent(id: $id) { status } }`, { id: draft.id }, officerA);
    expect(archived.data?.archiveEvent.status).toBe('ARCHIVED');
    const actions = (await gw.db.query(`select action from audit_entry where subject_id = $1 order by id`, [draft.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual([
      'event.created', 'event.submitted', 'content.changes-requested', 'event.edited', 'event.submitted', 'content.approved',
      'content.edited-live', 'content.edited-live', 'content.archived',
    ]);
    const revisions = await gw.db.query(`select revision from content_revision where subject_id = $1 order by revision`, [draft.id]);
    expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2, 3, 4]);
  });

  it('journey 4: 30 seats, the 31st is waitlisted, a cancellation moves them up, calendars follow a new start time', async () => {
    const event = await published();
    expect(await read(event.id)).toMatchObject({ status: 'PUBLISHED', registeredCount: 0, waitlistCount: 0 });

    const results: Array<{ status: string; id: string }> = [];
    for (const p of people.slice(0, 31)) {
      const res = await gw.gql<{ registerForEvent: { id: string; status: string } }>(REGISTER, { id: event.id }, p.token);
      expect(res.errors).toBeUndefined();
      results.push(res.data!.registerForEvent);
    }
    expect(results.slice(0, 30).every((r) => r.status === 'REGISTERED')).toBe(true);
    expect(results[30].status).toBe('WAITLISTED');
    expect(await read(event.id, member)).toMatchObject({ registeredCount: 30, waitlistCount: 1, myRegistration: null });
    expect((await read(event.id, people[30].token))?.myRegistration?.status).toBe('WAITLISTED');
    expect(await outbox('knowledge.registration-changed', event.id)).toHaveLength(31);

    // Registering twice is a conflict; nothing changes.
    const twice = await gw.gql(REGISTER, { id: event.id }, people[0].token);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REGISTERED' });

    // One person cancels: the waitlisted person moves up in the same transaction.
    const cancelled = await gw.gql<{ cancelRegistration: { status: string } }>(UNREGISTER, { id: event.id }, people[4].token);
    expect(cancelled.data?.cancelRegistration.status).toBe('CANCELLED');
    expect((await read(event.id, people[30].token))?.myRegistration?.status).toBe('REGISTERED');
    expect(await read(event.id)).toMatchObject({ registeredCount: 30, waitlistCount: 0 });
    expect(await outbox('knowledge.waitlist-promoted', event.id)).toEqual([
      { eventId: event.id, registrationId: results[30].id, userId: people[30].id },
    ]);

    // Re-registering after cancelling reuses the row; the event is full, so: waitlist.
    const again = await gw.gql<{ registerForEvent: { id: string; status: string } }>(REGISTER, { id: event.id }, people[4].token);
    expect(again.data?.registerForEvent).toEqual(expect.objectContaining({ id: results[4].id, status: 'WAITLISTED' }));

    // Organisers see the registrations by name: seats first, then the waitlist.
    const regs = await gw.gql<{ event: { registrations: { totalCount: number; edges: { node: { displayName: string; status: string } }[] } } }>(
      `query($id: ID!) { event(id: $id) { registrations(first: 100) { totalCount edges { node { displayName status } } } } }`,
      { id: event.id },
      officerA,
    );
    expect(regs.errors).toBeUndefined();
    const nodes = regs.data!.event.registrations.edges.map((e) => e.node);
    expect(regs.data!.event.registrations.totalCount).toBe(31);
    expect(nodes.slice(0, 30).every((n) => n.status === 'REGISTERED')).toBe(true);
    expect(nodes[30]).toEqual({ displayName: 'Teilnehmende 5', status: 'WAITLISTED' });
    const denied = await gw.gql(`query($id: ID!) { event(id: $id) { id registrations { totalCount } } }`, { id: event.id }, member);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.errors?.[0]?.path).toEqual(['event', 'registrations']);

    // Calendar apps read the public feed: local Berlin time, stable UID, no online link.
    const feed = await fetch(`${gw.url}/calendar.ics?topic=open-data`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const feedText = await feed.text();
    expect(feedText).not.toContain('konferenz.example.de');
    expect(feedText).toContain('DTSTART;TZID=Europe/Berlin:20300305T140000');
    const before = findEvent(feedText, `${event.id}@ikone.example`);
    expect(before.summary).toBe(netzwerktreffen.title);
    expect(before.startDate.toJSDate().toISOString()).toBe('2030-03-05T13:00:00.000Z');
    expect(before.location).toBe('Rathaus Kaiserslautern, Willy-Brandt-Platz 1 und online');
    expect(before.description).toContain('Open Data, Fördermittel; Ausblick');
    expect(before.description).not.toContain('**');
    expect(before.component.getFirstPropertyValue('url')).toBe(`https://ikone.example/veranstaltungen/${event.id}`);
    expect(before.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

    // The start moves by 90 minutes: same UID, higher SEQUENCE, registrants told.
    const moved = await gw.gql<{ updateEvent: EventView }>(
      UPDATE,
      { id: event.id, i: { startsAt: '2030-03-05T14:30:00.000Z', endsAt: '2030-03-05T17:00:00.000Z' } },
      officerA,
    );
    expect(moved.errors).toBeUndefined();
    const single = await fetch(`${gw.url}/events/${event.id}.ics`);
    expect(single.status).toBe(200);
    const after = findEvent(await single.text(), `${event.id}@ikone.example`);
    expect(after.startDate.toString()).toBe('2030-03-05T15:30:00');
    expect(after.startDate.toJSDate().toISOString()).toBe('2030-03-05T14:30:00.000Z');
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(await outbox('knowledge.event-changed', event.id)).toEqual([
      { eventId: event.id, fields: ['startsAt', 'endsAt'], sequence: after.sequence },
    ]);
  });

  it('shows the online link only to registered people, the organisers and coordinators', async () => {
    const event = await published({ capacity: 1 });
    const [seat, waiting] = people.slice(35, 37);
    expect((await gw.gql(REGISTER, { id: event.id }, seat.token)).errors).toBeUndefined();
    expect((await gw.gql(REGISTER, { id: event.id }, waiting.token)).errors).toBeUndefined();
    const url = netzwerktreffen.onlineUrl;
    const cases: Array<[string, string | undefined, string | null]> = [
      ['anonymous', undefined, null],
      ['member, not registered', member, null],
      ['registered', seat.token, url],
      ['waitlisted', waiting.token, null],
      ['officer of the organiser', officerA, url],
      ['officer of another municipality', officerB, null],
      ['coordinator', coordinator, url],
    ];
    for (const [who, token, expected] of cases) {
      expect([who, (await read(event.id, token))?.onlineUrl]).toEqual([who, expected]);
      const listed = await gw.gql<{ events: { edges: { node: { id: string; onlineUrl: string | null } }[] } }>(
        `{ events(first: 100) { edges { node { id onlineUrl } } } }`,
        {},
        token,
      );
      expect([who, listed.data!.events.edges.find((e) => e.node.id === event.id)?.node.onlineUrl]).toEqual([who, expected]);
    }
    // A registrant who cancels loses the link.
    await gw.gql(UNREGISTER, { id: event.id }, seat.token);
    expect((await read(event.id, seat.token))?.onlineUrl).toBeNull();
    expect((await read(event.id, waiting.token))?.onlineUrl).toBe(url);
  });

  it('40 concurrent registrations for 30 seats: exactly 30 registered, 10 waitlisted', async () => {
    const event = await published({ title: 'Ansturm', capacity: 30 });
    const responses = await Promise.all(
      people.map((p) => gw.gql<{ registerForEvent: { status: string } }>(REGISTER, { id: event.id }, p.token)),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);
    const statuses = responses.map((r) => r.data!.registerForEvent.status);
    expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(30);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(10);
    const [counts] = await gw.db.query(
      `select count(*) filter (where status = 'REGISTERED')::int as registered, count(*) filter (where status = 'WAITLISTED')::int as waitlisted,
              count(distinct waitlisted_at)::int as distinct_waits from registration where event_id = $1`,
      [event.id],
    );
    expect(counts).toEqual({ registered: 30, waitlisted: 10, distinct_waits: 10 });

    // Raising the capacity moves the first waitlisted people up at once; lowering it below the count is refused.
    const [first] = await gw.db.query(`select user_id from registration where event_id = $1 and status = 'WAITLISTED' order by waitlisted_at limit 1`, [event.id]);
    const raised = await gw.gql<{ updateEvent: EventView }>(UPDATE, { id: event.id, i: { capacity: 32 } }, officerA);
    expect(raised.data?.updateEvent).toMatchObject({ registeredCount: 32, waitlistCount: 8 });
    expect((await outbox('knowledge.waitlist-promoted', event.id))[0]).toMatchObject({ userId: first.user_id });
    const lowered = await gw.gql(UPDATE, { id: event.id, i: { capacity: 20 } }, officerA);
    expect(lowered.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CAPACITY_TOO_SMALL', field: 'input.capacity' });
    expect((await read(event.id))?.registeredCount).toBe(32);
  });

  it('closes registration after the deadline, for unpublished events and for events that started', async () => {
    const deadline = await published({ title: 'Frist vorbei', registrationDeadline: new Date(Date.now() - 60_000).toISOString() });
    const closed = await gw.gql(REGISTER, { id: deadline.id }, member);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CLOSED' });
    const draft = await create({ ...netzwerktreffen, title: 'Noch Entwurf' });
    expect((await gw.gql(REGISTER, { id: draft.id }, member)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await gw.gql(REGISTER, { id: draft.id }, officerA)).errors?.[0]?.extensions?.reason).toBe('REGISTRATION_CLOSED');
    const started = await published({ title: 'Läuft schon' });
    await gw.db.query(`update event set starts_at = now() - interval '1 hour' where id = $1`, [started.id]);
    expect((await gw.gql(REGISTER, { id: started.id }, member)).errors?.[0]?.extensions?.reason).toBe('REGISTRATION_CLOSED');
    expect((await gw.gql(REGISTER, { id: started.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gw.gql(UNREGISTER, { id: started.id }, member)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_REGISTERED' });
    expect(await gw.db.query(`select 1 from registration where user_id = $1 and event_id = any($2::uuid[])`, [memberId, [deadline.id, draft.id, started.id]])).toEqual([]);
  });

  it('cancelling keeps the event visible, marked, with its registrations, and tells calendars', async () => {
    const event = await published({ title: 'Fällt aus' });
    await gw.gql(REGISTER, { id: event.id }, member);
    const noReason = await gw.gql(`mutation($id: ID!) { cancelEvent(id: $id, reason: "  ") { status } }`, { id: event.id }, officerA);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await gw.gql<{ cancelEvent: EventView }>(
      `mutation($id: ID!) { cancelEvent(id: $id, reason: "Referentin erkrankt") { ${FIELDS} } }`,
      { id: event.id },
      officerA,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelEvent).toMatchObject({ status: 'CANCELLED', cancelReason: 'Referentin erkrankt', icalSequence: 1, registeredCount: 1 });
    expect(await outbox('knowledge.event-cancelled', event.id)).toEqual([{ eventId: event.id, reason: 'Referentin erkrankt' }]);
    const listed = await gw.gql<{ events: { edges: { node: { id: string; status: string } }[] } }>(LIST, { first: 100 });
    expect(listed.data!.events.edges.find((e) => e.node.id === event.id)?.node.status).toBe('CANCELLED');
    const ics = await (await fetch(`${gw.url}/events/${event.id}.ics`)).text();
    const vevent = findEvent(ics, `${event.id}@ikone.example`);
    expect(vevent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.sequence).toBe(1);
    expect((await gw.gql(`mutation($id: ID!) { cancelEvent(id: $id, reason: "nochmal") { status } }`, { id: event.id }, officerA)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gw.gql(REGISTER, { id: event.id }, people[39].token)).errors?.[0]?.extensions?.reason).toBe('REGISTRATION_CLOSED');
  });

  it('a list never shows an event the single-item query would deny', async () => {
    const network = await published({ title: 'Nur für das Netzwerk', visibility: 'NETWORK' });
    const draftA = await create({ ...netzwerktreffen, title: 'Entwurf Kaiserslautern' });
    const draftB = await create({ ...netzwerktreffen, title: 'Entwurf Mainz' }, officerB);
    const all = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED', 'ARCHIVED', 'CANCELLED'];
    const callers: Array<[string, string | undefined]> = [
      ['anonymous', undefined], ['member', member], ['officerA', officerA], ['officerB', officerB], ['coordinator', coordinator],
    ];
    const seen: Record<string, string[]> = {};
    for (const [name, token] of callers) {
      const ids: string[] = [];
      let after: string | undefined;
      do {
        const res = await gw.gql<{ events: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(
          LIST,
          { f: { status: all, from: '2000-01-01T00:00:00Z' }, first: 7, after },
          token,
        );
        expect(res.errors).toBeUndefined();
        ids.push(...res.data!.events.edges.map((e) => e.node.id));
        after = res.data!.events.pageInfo.hasNextPage ? res.data!.events.pageInfo.endCursor : undefined;
      } while (after);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect([name, id, (await read(id, token))?.id]).toEqual([name, id, id]);
      seen[name] = ids;
    }
    expect(seen.anonymous).not.toContain(network.id);
    expect(seen.member).toContain(network.id);
    for (const name of ['anonymous', 'member', 'officerB']) expect(seen[name]).not.toContain(draftA.id);
    for (const name of ['anonymous', 'member', 'officerA']) expect(seen[name]).not.toContain(draftB.id);
    expect(seen.officerA).toContain(draftA.id);
    expect(seen.coordinator).toEqual(expect.arrayContaining([draftA.id, draftB.id, network.id]));

    // The single-event calendar follows the same rule; NETWORK events need a token.
    expect((await fetch(`${gw.url}/events/${network.id}.ics`)).status).toBe(404);
    const withToken = await fetch(`${gw.url}/events/${network.id}.ics`, { headers: { authorization: `Bearer ${member}` } });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain(`UID:${network.id}@ikone.example`);
    expect((await fetch(`${gw.url}/events/${draftA.id}.ics`)).status).toBe(404);
    expect((await fetch(`${gw.url}/events/${draftA.id}.ics`, { headers: { authorization: 'Bearer kaputt' } })).status).toBe(401);
    expect(await (await fetch(`${gw.url}/calendar.ics`)).text()).not.toContain(network.id);
  });

  it('filters by date range, topic and municipality, ordered by start', async () => {
    const early = await published({ title: 'Früh', startsAt: '2031-01-10T09:00:00Z', endsAt: '2031-01-10T10:00:00Z', topicSlugs: ['mobilitaet'] });
    const late = await published({ title: 'Spät', startsAt: '2031-02-10T09:00:00Z', endsAt: '2031-02-10T10:00:00Z', topicSlugs: ['mobilitaet'] });
    const other = await published({ title: 'Anderes Thema', startsAt: '2031-01-20T09:00:00Z', endsAt: '2031-01-20T10:00:00Z', topicSlugs: ['bildung'] });
    const ids = async (f: Record<string, unknown>) =>
      (await gw.gql<{ events: { edges: { node: { id: string } }[] } }>(LIST, { f, first: 100 })).data!.events.edges.map((e) => e.node.id);
    expect(await ids({ from: '2031-01-01T00:00:00Z', to: '2031-03-01T00:00:00Z' })).toEqual([early.id, other.id, late.id]);
    expect(await ids({ from: '2031-01-01T00:00:00Z', topicSlugs: ['mobilitaet'] })).toEqual([early.id, late.id]);
    expect(await ids({ from: '2031-01-15T00:00:00Z', to: '2031-02-01T00:00:00Z' })).toEqual([other.id]);
    expect(await ids({ from: '2031-01-01T00:00:00Z', municipalitySlugs: [mainz.slug] })).toEqual([]);
    expect(await ids({ from: '2031-01-01T00:00:00Z', municipalitySlugs: [kaiserslautern.slug], topicSlugs: ['bildung'] })).toEqual([other.id]);
    const unknownTopic = await fetch(`${gw.url}/calendar.ics?topic=gibt-es-nicht`);
    expect(unknownTopic.status).toBe(404);
    const bad = await fetch(`${gw.url}/calendar.ics?topic=%3Cscript%3E`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^Ungültiger Parameter/);
    expect((await fetch(`${gw.url}/calendar.ics?topic=a&topic=b`)).status).toBe(400);
    const mobility = await (await fetch(`${gw.url}/calendar.ics?topic=mobilitaet`)).text();
    expect(mobility).toContain('X-WR-CALNAME:IKONE – Veranstaltungen: Mobilität');
    expect(mobility).toContain(early.id);
    expect(mobility).not.toContain(other.id);
  });
});

function findEvent(text: string, uid: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const found = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)).find((e) => e.uid === uid);
  if (!found) throw new Error(`no VEVENT ${uid}`);
  return found;
}
