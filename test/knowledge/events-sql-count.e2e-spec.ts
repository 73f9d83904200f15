import type { MunicipalityEntity } from '@ikone/membership';
import { makeMunicipality, makeUser } from '../support/factories';
import { startTestGateway, TestGateway } from '../support/gateway';
import { countSql } from '../support/sql-counter';

/** Everything a list page can ask for, including the per-caller fields. */
const PAGE = `query($first: Int!) { events(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  id title description descriptionHtml startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status
  revision icalSequence icalUid registeredCount waitlistCount registrationOpen
  organiser { id name slug } topics { slug name } myRegistration { id status }
} } } }`;

/** The events list issues the same number of SQL statements for 20 items as for 100. */
describe('events list SQL statements', () => {
  let gw: TestGateway;
  let a: MunicipalityEntity;
  let b: MunicipalityEntity;
  let member: { token: string; id: string };
  let officer: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    a = await makeMunicipality(gw.app, '07312000');
    b = await makeMunicipality(gw.app, '07315000');
    const m = await makeUser(gw.app, { role: 'MEMBER', municipality: a });
    member = { token: m.token, id: m.user.id };
    officer = (await makeUser(gw.app, { role: 'OFFICER', municipality: b })).token;
    // 150 published events over two organisers, three topics each, some with registrations of the member.
    await gw.db.query(
      `insert into event (ical_uid, title, description, starts_at, ends_at, format, location, online_url, municipality_id, capacity, visibility, status, published_at)
       select gen_random_uuid() || '@ikone.test', 'Veranstaltung ' || i, 'Beschreibung **' || i || '**', now() + (i || ' hours')::interval, now() + (i + 2 || ' hours')::interval,
              'HYBRID', 'Rathaus', 'https://meet.example/' || i, case when i % 2 = 0 then $1::uuid else $2::uuid end, 50,
              case when i % 3 = 0 then 'NETWORK' else 'PUBLIC' end, 'PUBLISHED', now()
         from generate_series(1, 150) i`,
      [a.id, b.id],
    );
    await gw.db.query(
      `insert into event_topic (event_id, topic_id)
       select e.id, t.id from event e cross join lateral (select id from topic order by md5(e.id::text || slug) limit 3) t`,
    );
    await gw.db.query(
      `insert into registration (event_id, user_id, status) select id, $1, 'REGISTERED' from event where title ~ '[05]$'`,
      [member.id],
    );
  });
  afterAll(() => gw.close());

  async function statements(first: number, token?: string): Promise<number> {
    const counter = countSql(gw.db);
    try {
      const res = await gw.gql<{ events: { edges: unknown[] } }>(PAGE, { first }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.events.edges).toHaveLength(first);
      return counter.count();
    } finally {
      counter.restore();
    }
  }

  it.each([
    ['anonymous', () => undefined],
    ['a member with registrations', () => member.token],
    ['an officer', () => officer],
  ])('as %s: first 20 and first 100 cost the same number of statements', async (_who, token) => {
    const at20 = await statements(20, token());
    const at100 = await statements(100, token());
    expect(at100).toBe(at20);
    // page + count, organisers, topics, own registrations (+ the session check for signed-in callers)
    expect(at20).toBeLessThanOrEqual(6);
  });
});
