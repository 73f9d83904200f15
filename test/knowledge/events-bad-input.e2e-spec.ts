import { randomUUID } from 'node:crypto';
import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

const TABLES = ['event', 'event_topic', 'registration', 'content_revision', 'review_decision', 'audit_entry', 'outbox_event'];
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }`;

interface BadCase {
  name: string;
  document: string;
  variables: (ids: { draft: string; published: string }) => Record<string, unknown>;
  as?: 'coordinator' | 'officer' | 'member' | 'anonymous';
  code: 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND';
  field: string;
}

/** Bad input on every event mutation: a clear error naming the field, never INTERNAL, nothing stored. */
describe('events: bad input', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  const tokens: Record<string, string> = {};
  const ids = { draft: '', published: '' };
  const valid = {
    title: 'Netzwerktreffen',
    startsAt: '2030-03-05T13:00:00Z',
    endsAt: '2030-03-05T16:00:00Z',
    format: 'ON_SITE',
    location: 'Rathaus',
    topicSlugs: ['open-data'],
    visibility: 'PUBLIC',
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07312000');
    tokens.officer = (await makeUser(gw.app, { role: 'OFFICER', municipality: a })).token;
    tokens.coordinator = (await makeUser(gw.app, { role: 'COORDINATOR' })).token;
    tokens.member = (await makeUser(gw.app, { role: 'MEMBER', municipality: a })).token;
    const draft = await gw.gql<{ createEvent: { id: string } }>(CREATE, { i: valid }, tokens.officer);
    ids.draft = draft.data!.createEvent.id;
    const published = await gw.gql<{ createEvent: { id: string } }>(CREATE, { i: { ...valid, municipalityId: a.id, capacity: 5 } }, tokens.coordinator);
    ids.published = published.data!.createEvent.id;
    await gw.gql(`mutation($id: ID!) { submitEvent(id: $id) { id } }`, { id: ids.published }, tokens.coordinator);
  });
  afterAll(() => gw.close());

  const create = (name: string, i: Record<string, unknown>, field: string, code: BadCase['code'] = 'BAD_USER_INPUT', as: BadCase['as'] = 'officer'): BadCase => ({
    name: `createEvent: ${name}`, document: CREATE, variables: () => ({ i: { ...valid, ...i } }), code, field, as,
  });
  const update = (name: string, i: Record<string, unknown>, field: string, code: BadCase['code'] = 'BAD_USER_INPUT', which: 'draft' | 'published' = 'draft'): BadCase => ({
    name: `updateEvent: ${name}`, document: UPDATE, variables: (x) => ({ id: x[which], i }), code, field, as: 'officer',
  });

  const cases: BadCase[] = [
    create('ends before it starts', { endsAt: '2030-03-05T12:00:00Z' }, 'input.endsAt'),
    create('deadline after the start', { registrationDeadline: '2030-03-06T00:00:00Z' }, 'input.registrationDeadline'),
    create('no location on site', { location: null }, 'input.location'),
    create('blank location for a hybrid event', { format: 'HYBRID', location: '   ', onlineUrl: 'https://meet.example/x' }, 'input.location'),
    create('online without a link', { format: 'ONLINE', location: null }, 'input.onlineUrl'),
    create('javascript: online link', { format: 'ONLINE', onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl'),
    create('data: online link', { format: 'HYBRID', onlineUrl: 'data:text/html,<script>alert(1)</script>' }, 'input.onlineUrl'),
    create('unknown topic', { topicSlugs: ['gibt-es-nicht'] }, 'input.topicSlugs'),
    create('unknown topic id', { topicSlugs: undefined, topicIds: [randomUUID()] }, 'input.topicIds'),
    create('no topic', { topicSlugs: [] }, 'input.topicSlugs'),
    create('capacity 0', { capacity: 0 }, 'input.capacity'),
    create('title too long', { title: 'x'.repeat(201) }, 'input.title'),
    create('empty title', { title: '' }, 'input.title'),
    create('start is not a date', { startsAt: 'gestern' }, 'input.startsAt'),
    create('unknown format', { format: 'BOOT' }, 'i.format'),
    create('unknown organiser (coordinator)', { municipalityId: randomUUID() }, 'input.municipalityId', 'BAD_USER_INPUT', 'coordinator'),
    create('organiser id not a uuid', { municipalityId: 'kaiserslautern' }, 'input.municipalityId', 'BAD_USER_INPUT', 'coordinator'),
    update('end moved before the start', { endsAt: '2030-03-05T12:00:00Z' }, 'input.endsAt'),
    update('location cleared on site', { location: null }, 'input.location'),
    update('title cleared', { title: null }, 'input.title'),
    update('capacity negative', { capacity: -1 }, 'input.capacity'),
    update('all topics removed', { topicSlugs: [] }, 'input.topicSlugs'),
    update('javascript: link on a published event', { onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl', 'BAD_USER_INPUT', 'published'),
    { name: 'updateEvent: id not a uuid', document: UPDATE, variables: () => ({ id: '1', i: { title: 'x' } }), as: 'officer', code: 'BAD_USER_INPUT', field: 'id' },
    { name: 'updateEvent: unknown event', document: UPDATE, variables: () => ({ id: randomUUID(), i: { title: 'x' } }), as: 'officer', code: 'NOT_FOUND', field: 'id' },
    { name: 'submitEvent: unknown event', document: `mutation($id: ID!) { submitEvent(id: $id) { id } }`, variables: () => ({ id: randomUUID() }), as: 'officer', code: 'NOT_FOUND', field: 'id' },
    { name: 'submitEvent: already published', document: `mutation($id: ID!) { submitEvent(id: $id) { id } }`, variables: (x) => ({ id: x.published }), as: 'coordinator', code: 'CONFLICT', field: 'id' },
    { name: 'cancelEvent: empty reason', document: `mutation($id: ID!) { cancelEvent(id: $id, reason: "") { id } }`, variables: (x) => ({ id: x.published }), as: 'officer', code: 'BAD_USER_INPUT', field: 'reason' },
    { name: 'cancelEvent: reason too long', document: `mutation($id: ID!, $r: String!) { cancelEvent(id: $id, reason: $r) { id } }`, variables: (x) => ({ id: x.published, r: 'x'.repeat(2001) }), as: 'officer', code: 'BAD_USER_INPUT', field: 'reason' },
    { name: 'cancelEvent: a draft', document: `mutation($id: ID!) { cancelEvent(id: $id, reason: "x") { id } }`, variables: (x) => ({ id: x.draft }), as: 'officer', code: 'CONFLICT', field: 'id' },
    { name: 'archiveEvent: a draft', document: `mutation($id: ID!) { archiveEvent(id: $id) { id } }`, variables: (x) => ({ id: x.draft }), as: 'officer', code: 'CONFLICT', field: 'id' },
    { name: 'registerForEvent: id not a uuid', document: `mutation { registerForEvent(id: "'; drop table event; --") { id } }`, variables: () => ({}), as: 'member', code: 'BAD_USER_INPUT', field: 'id' },
    { name: 'registerForEvent: unknown event', document: `mutation($id: ID!) { registerForEvent(id: $id) { id } }`, variables: () => ({ id: randomUUID() }), as: 'member', code: 'NOT_FOUND', field: 'id' },
    { name: 'cancelRegistration: not registered', document: `mutation($id: ID!) { cancelRegistration(id: $id) { id } }`, variables: (x) => ({ id: x.published }), as: 'member', code: 'NOT_FOUND', field: 'id' },
    { name: 'events: page too large', document: `{ events(first: 1000) { totalCount } }`, variables: () => ({}), code: 'BAD_USER_INPUT', field: 'first' },
    { name: 'events: malformed cursor', document: `{ events(after: "%%%") { totalCount } }`, variables: () => ({}), code: 'BAD_USER_INPUT', field: 'after' },
    {
      name: 'events: forged cursor', document: `query($a: String!) { events(after: $a) { totalCount } }`,
      variables: () => ({ a: Buffer.from(JSON.stringify(['kein Datum', 'x'])).toString('base64url') }), code: 'BAD_USER_INPUT', field: 'after',
    },
    { name: 'event: id not a uuid', document: `{ event(id: "abc") { id } }`, variables: () => ({}), code: 'BAD_USER_INPUT', field: 'id' },
  ];

  it.each(cases)('$name → $code naming $field, nothing stored', async (c) => {
    const token = c.as && c.as !== 'anonymous' ? tokens[c.as] : undefined;
    const before = await snapshot(gw.db, TABLES);
    const res = await gw.gql(c.document, c.variables(ids), token);
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe(c.code);
    expect(error?.extensions?.field).toBe(c.field);
    expect(error?.message).toMatch(/[a-zäöü]/i);
    expect(await snapshot(gw.db, TABLES)).toEqual(before);
  });

  it('names the field in German with an English message beside it', async () => {
    const res = await gw.gql(CREATE, { i: { ...valid, title: 'x'.repeat(201), capacity: 0 } }, tokens.officer);
    const ext = res.errors?.[0]?.extensions as { fields: Array<{ path: string; message: string; messageEn: string }> };
    expect(ext.fields).toEqual(
      expect.arrayContaining([
        { path: 'input.title', message: 'darf höchstens 200 Zeichen lang sein', messageEn: 'must be at most 200 characters long' },
        { path: 'input.capacity', message: 'muss mindestens 1 sein', messageEn: 'must be at least 1' },
      ]),
    );
    const rule = await gw.gql(CREATE, { i: { ...valid, endsAt: '2030-03-05T12:00:00Z' } }, tokens.officer);
    expect(rule.errors?.[0]).toMatchObject({ message: 'Das Ende liegt vor dem Beginn.', extensions: { messageEn: 'The end is before the start.' } });
  });
});
