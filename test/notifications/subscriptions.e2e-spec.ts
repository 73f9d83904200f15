import { randomUUID } from 'node:crypto';
import { AuthService, MunicipalityEntity, UserService } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { snapshot } from '../support/snapshot';

type RoleName = 'anonymous' | 'member' | 'officer' | 'coordinator' | 'disabled';
const ROLES: RoleName[] = ['anonymous', 'member', 'officer', 'coordinator', 'disabled'];
const SIGNED_IN: RoleName[] = ['member', 'officer', 'coordinator'];
const TABLES = ['subscription', 'notification', 'notification_preference', 'app_user', 'email_delivery', 'digest'];

interface Operation {
  name: string;
  document: string;
  allowed: RoleName[];
  variables: (role: RoleName) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

const SUBSCRIBE = `mutation($t: SubscriptionTargetInput!, $f: SubscriptionFrequency) { subscribe(target: $t, frequency: $f) { id frequency topic { slug } municipality { slug } } }`;
const MINE = `{ mySubscriptions { id frequency topic { slug name } municipality { name } } }`;
const NOTIFICATIONS = `query($u: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $u, first: $first, after: $after) {
  totalCount edges { cursor node { id kind title message messageEn link readAt } } pageInfo { hasNextPage endCursor } } }`;

/** Subscriptions, in-app notifications and preferences through the API: personal, signed-in only. */
describe('subscriptions, notifications and preferences', () => {
  let gw: TestGateway;
  let kl: MunicipalityEntity;
  const tokens: Partial<Record<RoleName, string>> = {};
  const ids: Partial<Record<RoleName, string>> = {};

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

  it("never lets anyone end or see another person's subscription, coordinators included", async () => {
    const own = await gw.gql<{ subscribe: { id: string } }>(SUBSCRIBE, { t: { topicSlug: 'open-data' } }, tokens.officer);
    expect(own.errors).toBeUndefined();
    for (const role of ['member', 'coordinator'] as const) {
      const before = await snapshot(gw.db, TABLES);
      const res = await gw.gql(`mutation($id: ID!) { unsubscribe(subscriptionId: $id) }`, { id: own.data!.subscribe.id }, tokens[role]);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await snapshot(gw.db, TABLES)).toEqual(before);
    }
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
    const operations: Operation[] = [
      { name: 'subscribe', document: SUBSCRIBE, allowed: SIGNED_IN, variables: () => ({ t: { topicSlug: 'smart-city' }, f: 'WEEKLY' }) },
      {
        name: 'unsubscribe',
        document: `mutation($id: ID!) { unsubscribe(subscriptionId: $id) }`,
        allowed: SIGNED_IN,
        variables: async (role) => {
          // Each signed-in role ends a subscription of its own; refused roles try a member's.
          const owner = SIGNED_IN.includes(role) ? ids[role]! : ids.member!;
          const [row] = (await gw.db.query(
            `insert into subscription (user_id, municipality_id, frequency) values ($1, $2, 'DAILY')
             on conflict (user_id, municipality_id) where municipality_id is not null do update set frequency = 'DAILY' returning id`,
            [owner, kl.id],
          )) as Array<{ id: string }>;
          return { id: row.id };
        },
      },
      { name: 'mySubscriptions', document: MINE, allowed: SIGNED_IN, variables: () => ({}) },
      { name: 'notifications', document: NOTIFICATIONS, allowed: SIGNED_IN, variables: () => ({}) },
      {
        name: 'markNotificationsRead',
        document: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
        allowed: SIGNED_IN,
        variables: async (role) => ({ ids: [await insertNotification(SIGNED_IN.includes(role) ? ids[role]! : ids.member!, 'Matrix')] }),
      },
      { name: 'myPreferences', document: `{ myPreferences { emailEnabled } }`, allowed: SIGNED_IN, variables: () => ({}) },
      { name: 'updatePreferences', document: `mutation { updatePreferences(input: { digestHour: 8 }) { digestHour } }`, allowed: SIGNED_IN, variables: () => ({}) },
      { name: 'failedDeliveries', document: `{ failedDeliveries(first: 5) { totalCount edges { node { recipient lastError } } } }`, allowed: ['coordinator'], variables: () => ({}) },
    ];

    it.each(ROLES)('as %s: allowed cells succeed, refused cells change nothing', async (role) => {
      const failures: string[] = [];
      for (const op of operations) {
        const variables = await op.variables(role);
        const before = await snapshot(gw.db, TABLES);
        const res = await gw.gql(op.document, variables, tokens[role]);
        if (op.allowed.includes(role)) {
          if (res.errors) failures.push(`${op.name}: expected success, got ${JSON.stringify(res.errors[0])}`);
          continue;
        }
        const expected = role === 'anonymous' || role === 'disabled' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const code = res.errors?.[0]?.extensions?.code;
        if (code !== expected) failures.push(`${op.name}: expected ${expected}, got ${JSON.stringify(res.errors ?? res.data)}`);
        if (JSON.stringify(await snapshot(gw.db, TABLES)) !== JSON.stringify(before)) failures.push(`${op.name}: refused but the database changed`);
      }
      expect(failures).toEqual([]);
    });
  });
});
