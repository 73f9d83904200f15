import { randomUUID } from 'node:crypto';
import { Actor, AuthService, MunicipalityEntity, UserService } from '@ikone/membership';
import { EventInput, EventService, RegistrationService } from '@ikone/knowledge';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

type RoleName = 'anonymous' | 'member' | 'officerA' | 'officerB' | 'coordinator' | 'disabled';
const ROLES: RoleName[] = ['anonymous', 'member', 'officerA', 'officerB', 'coordinator', 'disabled'];
const EVERYONE: RoleName[] = ['anonymous', 'member', 'officerA', 'officerB', 'coordinator'];
const SIGNED_IN: RoleName[] = ['member', 'officerA', 'officerB', 'coordinator'];
const ORGANISERS: RoleName[] = ['officerA', 'coordinator'];
const TABLES = ['event', 'event_topic', 'registration', 'content_revision', 'review_decision', 'audit_entry', 'outbox_event'];

interface Operation {
  name: string;
  document: string;
  allowed: RoleName[];
  setup: (role: RoleName) => Promise<Record<string, unknown>>;
  /** Reads refuse with NOT_FOUND instead: they do not reveal that the item exists. */
  hidden?: true;
}

/**
 * Every event operation × every role. Allowed cells succeed; refused cells answer
 * UNAUTHENTICATED (anonymous, disabled) or FORBIDDEN (signed in, wrong role) and leave the
 * event, registration, review, audit and outbox tables exactly as they were.
 */
describe('authorization matrix (events)', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  const tokens: Partial<Record<RoleName, string>> = {};
  const actors: Partial<Record<RoleName, Actor>> = {};
  const operations: Operation[] = [];

  const base = (overrides: Partial<EventInput> = {}): EventInput => ({
    title: `Veranstaltung ${randomUUID().slice(0, 6)}`,
    description: 'Beschreibung',
    startsAt: new Date('2030-05-05T08:00:00Z'),
    endsAt: new Date('2030-05-05T10:00:00Z'),
    format: 'HYBRID',
    location: 'Rathaus',
    onlineUrl: 'https://meet.example/raum',
    topicSlugs: ['open-data'],
    capacity: 10,
    visibility: 'PUBLIC',
    ...overrides,
  });

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07312000');
    const b = await makeMunicipality(gw.app, '07315000');
    const setups: Array<[RoleName, Parameters<typeof makeUser>[1]]> = [
      ['member', { role: 'MEMBER', municipality: a }],
      ['officerA', { role: 'OFFICER', municipality: a }],
      ['officerB', { role: 'OFFICER', municipality: b }],
      ['coordinator', { role: 'COORDINATOR' }],
      ['disabled', { role: 'OFFICER', municipality: a }],
    ];
    const auth = gw.app.get(AuthService);
    for (const [role, options] of setups) {
      const made = await makeUser(gw.app, options);
      tokens[role] = made.token;
      actors[role] = (await auth.resolveActor(JSON.parse(Buffer.from(made.token.split('.')[1], 'base64url').toString())))!;
    }
    await gw.app.get(UserService).disable(actors.coordinator!, actors.disabled!.id);

    const events = gw.app.get(EventService);
    const registrations = gw.app.get(RegistrationService);
    const draft = async () => (await events.create(actors.officerA!, base())).id;
    const publishedEvent = async (overrides: Partial<EventInput> = {}) => {
      const e = await events.create(actors.coordinator!, { ...base(overrides), municipalityId: a.id });
      await events.submit(actors.coordinator!, e.id);
      return e.id;
    };
    const inReview = async () => {
      const id = await draft();
      await events.submit(actors.officerA!, id);
      return id;
    };
    const shared = { network: await publishedEvent({ visibility: 'NETWORK' }), public: await publishedEvent() };

    operations.push(
      { name: 'events', document: `{ events(first: 50) { totalCount edges { node { id title } } } }`, allowed: EVERYONE, setup: async () => ({}) },
      { name: 'event (PUBLIC)', document: `query($id: ID!) { event(id: $id) { id onlineUrl } }`, allowed: EVERYONE, setup: async () => ({ id: shared.public }) },
      {
        name: 'event (NETWORK)', document: `query($id: ID!) { event(id: $id) { id } }`, allowed: SIGNED_IN, hidden: true,
        setup: async () => ({ id: shared.network }),
      },
      {
        name: 'event (draft of A)', document: `query($id: ID!) { event(id: $id) { id } }`, allowed: ORGANISERS, setup: async () => ({ id: await draft() }),
        hidden: true,
      },
      {
        name: 'createEvent (for A)',
        document: `mutation($i: CreateEventInput!) { createEvent(input: $i) { id status } }`,
        allowed: ORGANISERS,
        setup: async (role) => ({
          i: {
            ...base(), startsAt: '2030-05-05T08:00:00Z', endsAt: '2030-05-05T10:00:00Z',
            ...(role === 'officerA' ? {} : { municipalityId: a.id }),
          },
        }),
      },
      {
        name: 'updateEvent (draft of A)',
        document: `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Neuer Titel" }) { id title } }`,
        allowed: ORGANISERS,
        setup: async () => ({ id: await draft() }),
      },
      {
        name: 'updateEvent (published of A)',
        document: `mutation($id: ID!) { updateEvent(id: $id, input: { startsAt: "2030-05-05T09:00:00Z" }) { id icalSequence } }`,
        allowed: ORGANISERS,
        setup: async () => ({ id: await publishedEvent() }),
      },
      { name: 'submitEvent', document: `mutation($id: ID!) { submitEvent(id: $id) { status } }`, allowed: ORGANISERS, setup: async () => ({ id: await draft() }) },
      {
        name: 'cancelEvent', document: `mutation($id: ID!) { cancelEvent(id: $id, reason: "Erkrankt") { status } }`, allowed: ORGANISERS,
        setup: async () => ({ id: await publishedEvent() }),
      },
      {
        name: 'archiveEvent', document: `mutation($id: ID!) { archiveEvent(id: $id) { status } }`, allowed: ORGANISERS,
        setup: async () => ({ id: await publishedEvent() }),
      },
      {
        name: 'approve (event)', document: `mutation($id: ID!) { approve(subjectId: $id) { subjectId } }`, allowed: ['coordinator'],
        setup: async () => ({ id: await inReview() }),
      },
      {
        name: 'requestChanges (event)', document: `mutation($id: ID!) { requestChanges(subjectId: $id, comment: "Bitte ergänzen") { subjectId } }`,
        allowed: ['coordinator'], setup: async () => ({ id: await inReview() }),
      },
      {
        name: 'registerForEvent', document: `mutation($id: ID!) { registerForEvent(id: $id) { status } }`, allowed: SIGNED_IN,
        setup: async () => ({ id: await publishedEvent() }),
      },
      {
        name: 'cancelRegistration', document: `mutation($id: ID!) { cancelRegistration(id: $id) { status } }`, allowed: SIGNED_IN,
        setup: async (role) => {
          const id = await publishedEvent();
          if (SIGNED_IN.includes(role)) await registrations.register(actors[role]!, id);
          return { id };
        },
      },
      {
        name: 'Event.registrations', document: `query($id: ID!) { event(id: $id) { id registrations { totalCount edges { node { displayName } } } } }`,
        allowed: ORGANISERS,
        setup: async () => {
          const id = await publishedEvent();
          await registrations.register(actors.member!, id);
          return { id };
        },
      },
    );
  }, 60_000);
  afterAll(() => gw.close());

  it('covers every event operation', () => {
    expect([...new Set(operations.map((o) => o.name.split(' ')[0]))].sort()).toEqual(
      [
        'Event.registrations', 'approve', 'archiveEvent', 'cancelEvent', 'cancelRegistration', 'createEvent', 'event', 'events',
        'registerForEvent', 'requestChanges', 'submitEvent', 'updateEvent',
      ].sort(),
    );
  });

  it.each(ROLES)('as %s: allowed cells succeed, refused cells change nothing', async (role) => {
    const failures: string[] = [];
    for (const op of operations) {
      const variables = await op.setup(role);
      const before = await snapshot(gw.db, TABLES);
      const res = await gw.gql(op.document, variables, tokens[role]);
      if (op.allowed.includes(role)) {
        if (res.errors) failures.push(`${op.name}: expected success, got ${JSON.stringify(res.errors[0])}`);
        continue;
      }
      const expected = role === 'disabled' ? 'UNAUTHENTICATED' : op.hidden ? 'NOT_FOUND' : role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== expected) failures.push(`${op.name}: expected ${expected}, got ${JSON.stringify(res.errors ?? res.data)}`);
      if (JSON.stringify(await snapshot(gw.db, TABLES)) !== JSON.stringify(before)) failures.push(`${op.name}: refused but the database changed`);
    }
    expect(failures).toEqual([]);
  });
});
