import { randomUUID } from 'node:crypto';
import { EventInput, EventService, RegistrationService } from '@ikone/knowledge';
import { startTestGateway } from '../support/gateway';
import { WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, HIDDEN, OK, RoleName, row, runCell, UNAUTH } from '../support/matrix';

let cast: Cast;
const ONLINE = 'https://meet.example/raum';

const input = (overrides: Partial<EventInput> = {}): EventInput => ({
  title: `Veranstaltung ${randomUUID().slice(0, 6)}`,
  description: 'Beschreibung',
  startsAt: new Date('2030-05-05T08:00:00Z'),
  endsAt: new Date('2030-05-05T10:00:00Z'),
  format: 'HYBRID',
  location: 'Rathaus',
  onlineUrl: ONLINE,
  topicSlugs: ['open-data'],
  capacity: 10,
  visibility: 'PUBLIC',
  ...overrides,
});
const events = () => cast.gw.app.get(EventService);
/** Events of A: a draft by its officer, one in review, or one a coordinator published. */
const draft = async () => (await events().create(cast.people.officerA.actor, input())).id;
const inReview = async () => {
  const id = await draft();
  await events().submit(cast.people.officerA.actor, id);
  return id;
};
const published = async (overrides: Partial<EventInput> = {}) => {
  const e = await events().create(cast.people.coordinator.actor, { municipalityId: cast.a.id, ...input(overrides) });
  await events().submit(cast.people.coordinator.actor, e.id);
  return e.id;
};
const cell = (make: () => Promise<string>) => async () => {
  const id = await make();
  return { variables: { id }, state: id };
};

interface Read {
  status: string; title: string; startsAt: string; icalSequence: number; revision: number; publishedAt: string | null;
  cancelReason: string | null; organiser: { id: string }; myRegistration: { status: string } | null;
}
/** The event as `role` (a coordinator by default) reads it back. */
const readBack = async (id: string, role: RoleName = 'coordinator'): Promise<Read> =>
  (await cast.read<{ event: Read }>(
    `query($id: ID!) { event(id: $id) { status title startsAt icalSequence revision publishedAt cancelReason organiser { id } myRegistration { status } } }`,
    { id },
    role,
  )).event;
const organises = (role: RoleName) => role === 'officerA' || role === 'coordinator';
const BY_ID = `query($id: ID!) { event(id: $id) { id } }`;

/**
 * Every event operation × every role.
 * Answers in the order of ROLES: anonymous, member, officerA, officerB, officerS, coordinator, disabled.
 */
const ROWS = [
  row<{ events: { edges: Array<{ node: { id: string } }> } }, { open: string; network: string }>({
    name: 'events', document: `{ events(first: 100) { edges { node { id } } } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH],
    setup: async () => ({ state: { open: await published(), network: await published({ visibility: 'NETWORK' }) } }),
    then: (d, { open, network }, role) => {
      const ids = d.events.edges.map((e) => e.node.id);
      expect([ids.includes(open), ids.includes(network)]).toEqual([true, role !== 'anonymous']);
    },
  }),
  row<{ event: { id: string; onlineUrl: string | null } }, string>({
    // The online link only for registered people, organisers and coordinators.
    name: 'event (PUBLIC)', document: `query($id: ID!) { event(id: $id) { id onlineUrl } }`, answers: [OK, OK, OK, OK, OK, OK, UNAUTH], setup: cell(() => published()),
    then: (d, id, role) => expect(d.event).toEqual({ id, onlineUrl: organises(role) ? ONLINE : null }),
  }),
  ...(
    [
      ['event (NETWORK)', [HIDDEN, OK, OK, OK, OK, OK, UNAUTH], () => published({ visibility: 'NETWORK' })],
      ['event (draft of A)', [HIDDEN, HIDDEN, OK, HIDDEN, HIDDEN, OK, UNAUTH], draft],
    ] as const
  ).map(([name, answers, make]) =>
    row<{ event: { id: string } }, string>({ name, answers, document: BY_ID, setup: cell(make), then: (d, id) => expect(d.event.id).toBe(id) }),
  ),
  row<{ createEvent: { id: string } }>({
    name: 'createEvent (for A)', document: `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH],
    setup: async () => ({ variables: { i: { ...input(), startsAt: '2030-05-05T08:00:00Z', endsAt: '2030-05-05T10:00:00Z', municipalityId: cast.a.id } }, state: undefined }),
    then: async (d) => expect(await readBack(d.createEvent.id)).toMatchObject({ status: 'DRAFT', organiser: { id: cast.a.id } }),
  }),
  row<unknown, string>({
    // B's officer cannot read A's draft: it does not exist for them (ADR 0017).
    name: 'updateEvent (draft of A)', document: `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Neuer Titel" }) { id } }`,
    answers: [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], setup: cell(draft),
    then: async (_d, id) => expect(await readBack(id)).toMatchObject({ title: 'Neuer Titel', status: 'DRAFT' }),
  }),
  row<unknown, string>({
    // A live edit: a new revision, and calendars see a higher SEQUENCE.
    name: 'updateEvent (published of A)', document: `mutation($id: ID!) { updateEvent(id: $id, input: { startsAt: "2030-05-05T09:00:00Z" }) { id } }`,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: cell(() => published()),
    then: async (_d, id) =>
      expect(await readBack(id)).toMatchObject({ startsAt: '2030-05-05T09:00:00.000Z', status: 'PUBLISHED', revision: 2, icalSequence: 1 }),
  }),
  row<unknown, string>({
    // A suspended municipality's events stay, but its officers may no longer change them.
    name: 'updateEvent (published of S)', document: `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Neuer Titel" }) { id } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: cell(() => published({ municipalityId: cast.s.id })),
    then: async (_d, id) => expect(await readBack(id)).toMatchObject({ title: 'Neuer Titel', status: 'PUBLISHED', organiser: { id: cast.s.id } }),
  }),
  row<unknown, string>({
    name: 'submitEvent (draft of A)', document: `mutation($id: ID!) { submitEvent(id: $id) { status } }`,
    answers: [UNAUTH, FORBID, OK, HIDDEN, HIDDEN, OK, UNAUTH], setup: cell(draft),
    then: async (_d, id, role) =>
      expect(await readBack(id)).toMatchObject(role === 'coordinator' ? { status: 'PUBLISHED', publishedAt: expect.any(String) } : { status: 'IN_REVIEW', publishedAt: null }),
  }),
  row<unknown, string>({
    name: 'cancelEvent (published of A)', document: `mutation($id: ID!) { cancelEvent(id: $id, reason: "Erkrankt") { status } }`,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: cell(() => published()),
    then: async (_d, id) => expect(await readBack(id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'Erkrankt', icalSequence: 1 }),
  }),
  row<unknown, string>({
    name: 'archiveEvent (published of A)', document: `mutation($id: ID!) { archiveEvent(id: $id) { status } }`,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH], setup: cell(() => published()),
    then: async (_d, id) => expect((await readBack(id)).status).toBe('ARCHIVED'),
  }),
  row<unknown, string>({
    name: 'approve (event)', document: `mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: cell(inReview),
    then: async (_d, id) => expect(await readBack(id)).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) }),
  }),
  row<unknown, string>({
    name: 'requestChanges (event)', document: `mutation($id: ID!) { requestChanges(subjectId: $id, comment: "Bitte ergänzen") { subjectId } }`,
    answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH], setup: cell(inReview),
    then: async (_d, id) => expect(await readBack(id)).toMatchObject({ status: 'CHANGES_REQUESTED', publishedAt: null }),
  }),
  row<unknown, string>({
    name: 'registerForEvent (published)', document: `mutation($id: ID!) { registerForEvent(id: $id) { status } }`,
    answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH], setup: cell(() => published()),
    then: async (_d, id, role) => expect((await readBack(id, role)).myRegistration).toEqual({ status: 'REGISTERED' }),
  }),
  row<unknown, string>({
    // Those who can read the draft learn that registration is not open (CONFLICT); for the others it does not exist.
    name: 'registerForEvent (draft of A)', document: `mutation($id: ID!) { registerForEvent(id: $id) { status } }`,
    answers: [UNAUTH, HIDDEN, 'CONFLICT', HIDDEN, HIDDEN, 'CONFLICT', UNAUTH], setup: cell(draft),
  }),
  row<unknown, string>({
    name: 'cancelRegistration', document: `mutation($id: ID!) { cancelRegistration(id: $id) { status } }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
    setup: async (role) => {
      const id = await published();
      if (role !== 'anonymous') await cast.gw.app.get(RegistrationService).register(cast.people[role].actor, id).catch(() => undefined);
      return { variables: { id }, state: id };
    },
    then: async (_d, id, role) => expect((await readBack(id, role)).myRegistration).toEqual({ status: 'CANCELLED' }),
  }),
  row<{ event: { registrations: { edges: Array<{ node: { displayName: string } }> } } }, string>({
    name: 'Event.registrations', document: `query($id: ID!) { event(id: $id) { id registrations { edges { node { displayName } } } } }`,
    answers: [UNAUTH, FORBID, OK, FORBID, FORBID, OK, UNAUTH],
    setup: cell(async () => {
      const id = await published();
      await cast.gw.app.get(RegistrationService).register(cast.people.member.actor, id);
      return id;
    }),
    then: (d) => expect(d.event.registrations.edges.map((e) => e.node.displayName)).toEqual([cast.people.member.displayName]),
  }),
];

describe('authorization matrix (events)', () => {
  beforeAll(async () => {
    cast = await Cast.assemble(await startTestGateway(), '07312000', '07315000');
  });
  afterAll(() => cast.gw.close());

  it('covers every event operation', () => {
    expect([...new Set(ROWS.map((r) => r.name.split(' ')[0]))].sort()).toEqual(
      [
        'Event.registrations', 'approve', 'archiveEvent', 'cancelEvent', 'cancelRegistration', 'createEvent', 'event', 'events',
        'registerForEvent', 'requestChanges', 'submitEvent', 'updateEvent',
      ].sort(),
    );
  });

  it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
});
