import { randomInt, randomUUID } from 'node:crypto';
import { AuthService, MunicipalityEntity, UserService } from '@ikone/membership';
import { DeadLettersService } from '@ikone/notifications';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot, WRITABLE_TABLES } from '../support/snapshot';
import { Cast, cells, FORBID, HIDDEN, nothing, OK, RoleName, row, runCell, SignedInRole, UNAUTH } from '../support/matrix';

type Person = 'member' | 'officer' | 'coordinator' | 'disabled';
const TABLES = ['subscription', 'notification', 'notification_preference', 'app_user', 'email_delivery', 'digest'];

const SUBSCRIBE = `mutation($t: SubscriptionTargetInput!, $f: SubscriptionFrequency) { subscribe(target: $t, frequency: $f) { id frequency topic { slug } municipality { slug } } }`;
const MINE = `{ mySubscriptions { id frequency topic { slug name } municipality { name } } }`;
const NOTIFICATIONS = `query($u: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $u, first: $first, after: $after) {
  totalCount edges { cursor node { id kind title message messageEn link readAt } } pageInfo { hasNextPage endCursor } } }`;

/** Subscriptions, in-app notifications and preferences through the API: personal, signed-in only. */
describe('subscriptions, notifications and preferences', () => {
  let gw: TestGateway;
  let kl: MunicipalityEntity;
  const tokens: Partial<Record<Person, string>> = {};
  const ids: Partial<Record<Person, string>> = {};

  const insertNotification = async (recipient: string, title: string, at = 'now()') => {
    const [row] = (await gw.db.query(
      `insert into notification (recipient_id, event_key, kind, subject_type, subject_id, title, link, data, created_at)
       values ($1, $2, 'CASE_STUDY_PUBLISHED', 'CaseStudy', gen_random_uuid(), $3, '/praxisbeispiele/x', '{"municipality":"Kaiserslautern"}', ${at}) returning id`,
      [recipient, `test:${randomUUID()}`, title],
    )) as Array<{ id: string }>;
    return row.id;
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    kl = await makeMunicipality(gw.app, '07312000');
    for (const [role, options] of [
      ['member', { role: 'MEMBER', municipality: kl }],
      ['officer', { role: 'OFFICER', municipality: kl }],
      ['coordinator', { role: 'COORDINATOR' }],
      ['disabled', { role: 'MEMBER', municipality: kl }],
    ] as const) {
      const made = await makeUser(gw.app, options);
      tokens[role] = made.token;
      ids[role] = made.user.id;
    }
    const actor = await gw.app.get(AuthService).resolveActor(JSON.parse(Buffer.from(tokens.coordinator!.split('.')[1], 'base64url').toString()));
    await gw.app.get(UserService).disable(actor, ids.disabled!);
  });
  afterAll(() => gw.close());

  it('subscribes to a topic, changes the frequency by subscribing again, lists and ends it', async () => {
    const first = await gw.gql<{ subscribe: { id: string; frequency: string; topic: { slug: string } } }>(SUBSCRIBE, { t: { topicSlug: 'buergerbeteiligung' }, f: 'DAILY' }, tokens.member);
    expect(first.errors).toBeUndefined();
    expect(first.data!.subscribe).toMatchObject({ frequency: 'DAILY', topic: { slug: 'buergerbeteiligung' } });
    const again = await gw.gql<{ subscribe: { id: string; frequency: string } }>(SUBSCRIBE, { t: { topicSlug: 'buergerbeteiligung' }, f: 'WEEKLY' }, tokens.member);
    expect(again.data!.subscribe).toMatchObject({ id: first.data!.subscribe.id, frequency: 'WEEKLY' });
    const municipality = await gw.gql<{ subscribe: { id: string; frequency: string } }>(SUBSCRIBE, { t: { municipalitySlug: kl.slug } }, tokens.member);
    expect(municipality.data!.subscribe.frequency).toBe('IMMEDIATE');

    const mine = await gw.gql<{ mySubscriptions: Array<{ id: string; topic: { name: string } | null; municipality: { name: string } | null }> }>(MINE, {}, tokens.member);
    expect(mine.data!.mySubscriptions).toHaveLength(2);
    expect(mine.data!.mySubscriptions[0].topic?.name).toBe('Bürgerbeteiligung');
    expect(mine.data!.mySubscriptions[1].municipality?.name).toBe('Kaiserslautern');
    // Someone else sees none of them.
    expect((await gw.gql<{ mySubscriptions: unknown[] }>(MINE, {}, tokens.officer)).data!.mySubscriptions).toHaveLength(0);

    const ended = await gw.gql(`mutation($id: ID!) { unsubscribe(subscriptionId: $id) }`, { id: municipality.data!.subscribe.id }, tokens.member);
    expect(ended.data).toEqual({ unsubscribe: true });
    expect((await gw.gql<{ mySubscriptions: unknown[] }>(MINE, {}, tokens.member)).data!.mySubscriptions).toHaveLength(1);
  });

  it('lists notifications newest first as a connection, filters unread and marks only own ones read', async () => {
    const user = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
    const other = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
    const titles = ['Eins', 'Zwei', 'Drei', 'Vier', 'Fünf'];
    const created: string[] = [];
    // Same timestamp for three of them, as in one fan-out: the cursor must not skip any.
    for (const [i, title] of titles.entries()) created.push(await insertNotification(user.user.id, title, i < 3 ? `'2026-11-20T10:00:00.123456Z'` : `now()`));
    const foreign = await insertNotification(other.user.id, 'Fremd');

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { notifications: { edges: Array<{ node: { id: string; title: string; message: string; messageEn: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null; errors?: unknown } =
        await gw.gql(NOTIFICATIONS, { first: 2, after }, user.token);
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.notifications.edges.map((e) => e.node.id));
      if (!page.data!.notifications.pageInfo.hasNextPage) break;
      after = page.data!.notifications.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(created));
    const top = await gw.gql<{ notifications: { totalCount: number; edges: Array<{ node: { title: string; message: string; messageEn: string } }> } }>(NOTIFICATIONS, { first: 1 }, user.token);
    expect(top.data!.notifications.totalCount).toBe(5);
    expect(['Vier', 'Fünf']).toContain(top.data!.notifications.edges[0].node.title);
    expect(top.data!.notifications.edges[0].node.message).toMatch(/^Kaiserslautern hat ein neues Praxisbeispiel veröffentlicht: „/);
    expect(top.data!.notifications.edges[0].node.messageEn).toMatch(/^Kaiserslautern published a new case study/);

    const marked = await gw.gql<{ markNotificationsRead: number }>(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [created[0], created[1], foreign] }, user.token);
    expect(marked.data!.markNotificationsRead).toBe(2);
    const [{ read }] = (await gw.db.query(`select read_at is not null as read from notification where id = $1`, [foreign])) as Array<{ read: boolean }>;
    expect(read).toBe(false);
    const unread = await gw.gql<{ notifications: { totalCount: number } }>(NOTIFICATIONS, { u: true }, user.token);
    expect(unread.data!.notifications.totalCount).toBe(3);
    const me = await gw.gql<{ me: { unreadNotificationCount: number } }>(`{ me { unreadNotificationCount } }`, {}, user.token);
    expect(me.data!.me.unreadNotificationCount).toBe(3);
  });

  it("pages the operators' lists newest first through one instant, in id order, and refuses another list's cursor", async () => {
    // Ids whose text order is not their numeric order, three at one microsecond (a batch of
    // deliveries shares its created_at), one a microsecond earlier; all later than any other row.
    const rows: Array<[id: string, at: string]> = [
      ['999999999998', '2999-01-01T00:00:00.123456Z'],
      ['1000000000000', '2999-01-01T00:00:00.123456Z'],
      ['999999999999', '2999-01-01T00:00:00.123456Z'],
      ['1000000000001', '2999-01-01T00:00:00.123455Z'],
    ];
    const newestFirst = ['1000000000000', '999999999999', '999999999998', '1000000000001'];
    for (const [i, [id, at]] of rows.entries()) {
      await gw.db.query(
        `insert into email_delivery (id, idempotency_key, recipient, template, locale, data, status, attempts, last_error, created_at)
         values ($1, $2, 'seite@example.org', 'digest', 'de', '{}', 'FAILED', 5, '550 unbekannt', $3)`,
        [id, `paging:${randomUUID()}`, at],
      );
      await gw.db.query(
        `insert into outbox_dead_letter (id, event_id, type, payload, reason, created_at) values ($1, $2, 'knowledge.no-such-event', '{}', 'Unbekannter Ereignistyp', $3)`,
        [id, String(8_000_000_000 + randomInt(1_000_000) * 10 + i), at],
      );
    }
    await insertNotification(ids.member!, 'Seite');
    const inbox = await gw.gql<{ notifications: { pageInfo: { endCursor: string } } }>(NOTIFICATIONS, { first: 1 }, tokens.member);
    const inboxCursor = inbox.data!.notifications.pageInfo.endCursor;

    type Paged = { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    for (const [list, table] of [['failedDeliveries', `email_delivery where status = 'FAILED'`], ['deadLetterEvents', 'outbox_dead_letter']] as const) {
      const document = `query($after: String) { ${list}(first: 1, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      const [{ n }] = (await gw.db.query(`select count(*)::int as n from ${table}`)) as Array<{ n: number }>;
      const seen: string[] = [];
      let after: string | null = null;
      while (seen.length < newestFirst.length) {
        const res: { data?: Record<string, Paged> | null; errors?: unknown } = await gw.gql(document, { after }, tokens.coordinator);
        expect(res.errors).toBeUndefined();
        const page = res.data![list];
        expect([page.totalCount, page.pageInfo.hasNextPage]).toEqual([n, n > seen.length + 1]);
        seen.push(page.edges[0].node.id);
        after = page.pageInfo.endCursor;
      }
      expect({ list, seen }).toEqual({ list, seen: newestFirst });

      // The inbox's cursor carries a uuid where these lists keep a bigint, and the other way round.
      for (const [doc, cursor, token] of [[document, inboxCursor, tokens.coordinator], [NOTIFICATIONS, after, tokens.member]] as const) {
        const refused = await gw.gql(doc, { after: cursor }, token);
        expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'after']]);
      }
    }
  });

  it('reads and changes preferences within the allowed values', async () => {
    const user = await makeUser(gw.app, { role: 'MEMBER', municipality: kl });
    const initial = await gw.gql<{ myPreferences: Record<string, unknown> }>(`{ myPreferences { emailEnabled locale digestHour digestWeekday } }`, {}, user.token);
    expect(initial.data!.myPreferences).toEqual({ emailEnabled: true, locale: 'de', digestHour: 7, digestWeekday: 'MONDAY' });
    const changed = await gw.gql<{ updatePreferences: Record<string, unknown> }>(
      `mutation($i: UpdatePreferencesInput!) { updatePreferences(input: $i) { emailEnabled locale digestHour digestWeekday } }`,
      { i: { emailEnabled: false, locale: 'en', digestHour: 9, digestWeekday: 'FRIDAY' } },
      user.token,
    );
    expect(changed.data!.updatePreferences).toEqual({ emailEnabled: false, locale: 'en', digestHour: 9, digestWeekday: 'FRIDAY' });
    const partial = await gw.gql<{ updatePreferences: Record<string, unknown> }>(
      `mutation { updatePreferences(input: { emailEnabled: true }) { emailEnabled locale digestHour digestWeekday } }`,
      {},
      user.token,
    );
    expect(partial.data!.updatePreferences).toEqual({ emailEnabled: true, locale: 'en', digestHour: 9, digestWeekday: 'FRIDAY' });
  });

  describe('bad input', () => {
    const cases: Array<{ name: string; document: string; variables: Record<string, unknown>; code: string; field: string }> = [
      { name: 'no target', document: SUBSCRIBE, variables: { t: {} }, code: 'BAD_USER_INPUT', field: 'target' },
      { name: 'both targets', document: SUBSCRIBE, variables: { t: { topicSlug: 'open-data', municipalitySlug: 'kaiserslautern' } }, code: 'BAD_USER_INPUT', field: 'target' },
      { name: 'unknown topic', document: SUBSCRIBE, variables: { t: { topicSlug: 'gibt-es-nicht' } }, code: 'NOT_FOUND', field: 'target.topicSlug' },
      { name: 'unknown municipality', document: SUBSCRIBE, variables: { t: { municipalitySlug: 'nirgendwo' } }, code: 'NOT_FOUND', field: 'target.municipalitySlug' },
      { name: 'malformed slug', document: SUBSCRIBE, variables: { t: { topicSlug: 'Drop Table' } }, code: 'BAD_USER_INPUT', field: 'target.topicSlug' },
      { name: 'unknown frequency', document: SUBSCRIBE, variables: { t: { topicSlug: 'open-data' }, f: 'HOURLY' }, code: 'BAD_USER_INPUT', field: 'f' },
      { name: 'unsubscribe: not a uuid', document: `mutation { unsubscribe(subscriptionId: "1") }`, variables: {}, code: 'BAD_USER_INPUT', field: 'subscriptionId' },
      { name: 'unsubscribe: unknown', document: `mutation($id: ID!) { unsubscribe(subscriptionId: $id) }`, variables: { id: randomUUID() }, code: 'NOT_FOUND', field: 'subscriptionId' },
      { name: 'mark read: not uuids', document: `mutation { markNotificationsRead(ids: ["x"]) }`, variables: {}, code: 'BAD_USER_INPUT', field: 'ids' },
      { name: 'mark read: too many', document: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, variables: { ids: Array.from({ length: 101 }, () => randomUUID()) }, code: 'BAD_USER_INPUT', field: 'ids' },
      { name: 'notifications: bad cursor', document: NOTIFICATIONS, variables: { after: 'abc' }, code: 'BAD_USER_INPUT', field: 'after' },
      { name: 'preferences: hour 4', document: `mutation { updatePreferences(input: { digestHour: 4 }) { digestHour } }`, variables: {}, code: 'BAD_USER_INPUT', field: 'input.digestHour' },
      { name: 'preferences: hour 11', document: `mutation { updatePreferences(input: { digestHour: 11 }) { digestHour } }`, variables: {}, code: 'BAD_USER_INPUT', field: 'input.digestHour' },
      { name: 'preferences: Sunday', document: `mutation { updatePreferences(input: { digestWeekday: SUNDAY }) { digestHour } }`, variables: {}, code: 'BAD_USER_INPUT', field: 'digestWeekday' },
      { name: 'preferences: unknown locale', document: `mutation { updatePreferences(input: { locale: fr }) { digestHour } }`, variables: {}, code: 'BAD_USER_INPUT', field: 'locale' },
    ];
    it.each(cases)('$name → $code naming $field, nothing stored', async (c) => {
      const before = await snapshot(gw.db, TABLES);
      const res = await gw.gql(c.document, c.variables, tokens.member);
      expect(res.errors?.[0]?.extensions?.code).toBe(c.code);
      const ext = res.errors![0].extensions!;
      const fields = [ext.field, ...((ext.fields as Array<{ path: string }> | undefined) ?? []).map((f) => f.path)].filter(Boolean).join(' ');
      expect(fields).toContain(c.field);
      expect(await snapshot(gw.db, TABLES)).toEqual(before);
    });
  });

  describe('authorization matrix', () => {
    let cast: Cast;
    const notice = (role: SignedInRole) => insertNotification(cast.people[role].id, 'Matrix');
    const subscription = async (role: SignedInRole) => {
      const [row] = (await gw.db.query(
        `insert into subscription (user_id, topic_id, frequency) select $1, id, 'DAILY' from topic where slug = 'open-data'
         on conflict (user_id, topic_id) where topic_id is not null do update set frequency = 'DAILY' returning id`,
        [cast.people[role].id],
      )) as Array<{ id: string }>;
      return row.id;
    };
    const mine = async (role: RoleName) =>
      (await cast.read<{ mySubscriptions: Array<{ id: string; frequency: string; topic: { slug: string } | null }> }>(MINE, {}, role)).mySubscriptions;
    const unread = async (role: RoleName) =>
      (await cast.read<{ notifications: { edges: Array<{ node: { id: string } }> } }>(NOTIFICATIONS, { u: true, first: 100 }, role)).notifications.edges.map((e) => e.node.id);
    const signedIn = (role: RoleName): SignedInRole => (role === 'anonymous' ? 'member' : role);
    /** A member's own row; the others try to act on it. */
    const ofTheMember = (make: (role: SignedInRole) => Promise<string>) => async () => {
      const id = await make('member');
      return { variables: { id, ids: [id] }, state: id };
    };
    /** The role's own row (refused roles try a member's). */
    const own = (make: (role: SignedInRole) => Promise<string>) => async (role: RoleName) => {
      const id = await make(signedIn(role));
      return { variables: { id, ids: [id] }, state: id };
    };

    /** Personal operations: every signed-in person on their own data, nobody on anyone else's. */
    const ROWS = [
      row<{ subscribe: { id: string } }>({
        name: 'subscribe', document: SUBSCRIBE, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: async () => ({ variables: { t: { topicSlug: 'smart-city' }, f: 'WEEKLY' }, state: undefined }),
        then: async (d, _s, role) => expect(await mine(role)).toContainEqual(expect.objectContaining({ id: d.subscribe.id, frequency: 'WEEKLY', topic: expect.objectContaining({ slug: 'smart-city' }) })),
      }),
      row<{ unsubscribe: boolean }, string>({
        name: 'unsubscribe (own)', document: `mutation($id: ID!) { unsubscribe(subscriptionId: $id) }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: own(subscription),
        then: async (_d, id, role) => expect((await mine(role)).map((m) => m.id)).not.toContain(id),
      }),
      row<{ unsubscribe: boolean }, string>({
        // Someone else's subscription does not exist for the caller, coordinators included.
        name: "unsubscribe (a member's)", document: `mutation($id: ID!) { unsubscribe(subscriptionId: $id) }`, answers: [UNAUTH, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, UNAUTH],
        setup: ofTheMember(subscription),
        then: async (_d, id) => expect((await mine('member')).map((m) => m.id)).not.toContain(id),
      }),
      row<{ mySubscriptions: Array<{ id: string }> }, string>({
        name: 'mySubscriptions', document: MINE, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: async (role) => ({ state: await subscription(signedIn(role)) }),
        then: (d, id) => expect(d.mySubscriptions.map((m) => m.id)).toContain(id),
      }),
      row<{ notifications: { edges: Array<{ node: { id: string } }> } }, string>({
        name: 'notifications', document: NOTIFICATIONS, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: async (role) => ({ variables: { first: 100 }, state: await notice(signedIn(role)) }),
        then: (d, id) => expect(d.notifications.edges.map((e) => e.node.id)).toContain(id),
      }),
      row<{ markNotificationsRead: number }, string>({
        name: 'markNotificationsRead (own)', document: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: own(notice),
        then: async (d, id, role) => {
          expect(d.markNotificationsRead).toBe(1);
          expect(await unread(role)).not.toContain(id);
        },
      }),
      row<{ markNotificationsRead: number }, string>({
        // A list of ids: others' are skipped (0 changed) rather than refused one by one (ADR 0017).
        name: "markNotificationsRead (a member's)", document: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH],
        setup: ofTheMember(notice),
        then: async (d, id, role) => {
          expect(d.markNotificationsRead).toBe(role === 'member' ? 1 : 0);
          expect((await unread('member')).includes(id)).toBe(role !== 'member');
        },
      }),
      row<{ myPreferences: { emailEnabled: boolean; locale: string } }>({
        name: 'myPreferences', document: `{ myPreferences { emailEnabled locale } }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
        then: (d) => expect(d.myPreferences).toEqual({ emailEnabled: true, locale: 'de' }),
      }),
      row<{ updatePreferences: { digestHour: number } }>({
        name: 'updatePreferences', document: `mutation { updatePreferences(input: { digestHour: 8 }) { digestHour } }`, answers: [UNAUTH, OK, OK, OK, OK, OK, UNAUTH], setup: nothing,
        then: async (_d, _s, role) => expect((await cast.read<{ myPreferences: { digestHour: number } }>(`{ myPreferences { digestHour } }`, {}, role)).myPreferences.digestHour).toBe(8),
      }),
      row<{ failedDeliveries: { edges: Array<{ node: { recipient: string; lastError: string } }> } }, string>({
        name: 'failedDeliveries', document: `{ failedDeliveries(first: 100) { edges { node { recipient lastError } } } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
        setup: async () => {
          const recipient = `fehlschlag-${randomUUID().slice(0, 8)}@example.org`;
          await gw.db.query(
            `insert into email_delivery (idempotency_key, recipient, template, locale, data, status, attempts, last_error) values ($1, $2, 'digest', 'de', '{}', 'FAILED', 5, '550 unbekannt')`,
            [`matrix:${recipient}`, recipient],
          );
          return { state: recipient };
        },
        then: (d, recipient) => expect(d.failedDeliveries.edges.map((e) => e.node)).toContainEqual({ recipient, lastError: '550 unbekannt' }),
      }),
      row<{ deadLetterEvents: { edges: Array<{ node: { eventId: string; reason: string } }> } }, string>({
        name: 'deadLetterEvents', document: `{ deadLetterEvents(first: 100) { edges { node { eventId reason } } } }`, answers: [UNAUTH, FORBID, FORBID, FORBID, FORBID, OK, UNAUTH],
        setup: async () => {
          // What the notifier records for an outbox event it cannot read (ADR 0030); the gateway only lists them.
          const eventId = String(9_000_000 + randomInt(1_000_000));
          await gw.app.get(DeadLettersService).record(eventId, 'knowledge.no-such-event', {}, 'Unbekannter Ereignistyp');
          return { state: eventId };
        },
        then: (d, eventId) => expect(d.deadLetterEvents.edges.map((e) => e.node)).toContainEqual({ eventId, reason: 'Unbekannter Ereignistyp' }),
      }),
    ];

    beforeAll(async () => {
      cast = await Cast.assemble(gw, '07312000', '07315000');
    });

    it.each(cells(ROWS))('$name as $role → $answer', ({ row: r, role, answer }) => runCell(cast, r, role, answer, WRITABLE_TABLES));
  });
});
