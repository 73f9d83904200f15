import type { DataSource } from 'typeorm';
import { makeUser } from '../support/factories';
import type { TestGateway } from '../support/gateway';

/** A fixed argon2id hash: the accounts made here never sign in, so hashing thousands would only cost time. */
const NO_LOGIN = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0000000000000000000000000000000000000000000';

/** Inserts `count` member accounts in one statement; returns their ids and emails in order. */
export async function insertUsers(
  db: DataSource,
  count: number,
  options: { prefix: string; municipalityId?: string | null; status?: 'ACTIVE' | 'DISABLED'; locale?: 'de' | 'en'; role?: string },
): Promise<Array<{ id: string; email: string }>> {
  return (await db.query(
    `insert into app_user (email, display_name, password_hash, role, status, locale, municipality_id)
     select $1 || '-' || i || '@example.org', 'Person ' || $1 || ' ' || i, $2, $6, $3, $4, $5
     from generate_series(1, $7::int) i
     returning id, email`,
    [options.prefix, NO_LOGIN, options.status ?? 'ACTIVE', options.locale ?? 'de', options.municipalityId ?? null, options.role ?? 'MEMBER', count],
  )) as Array<{ id: string; email: string }>;
}

/**
 * Subscribes thousands in one statement, with their consent to notification emails recorded as
 * given (source DEMO, as the demo network and the bench data; ADR 0023) unless `consent: false`.
 * Tests about one person's double opt-in confirm through the email link instead (../support/consent.ts).
 */
export async function subscribe(
  db: DataSource,
  userIds: string[],
  target: { topicSlug?: string; municipalityId?: string },
  frequency: string,
  options: { consent?: boolean } = {},
): Promise<void> {
  if (options.consent !== false) {
    await db.query(
      `insert into consent (user_id, purpose, text_version, source, given_at) select u, 'NOTIFICATION_EMAIL', '2026-12', 'DEMO', now() from unnest($1::uuid[]) u
       on conflict do nothing`,
      [userIds],
    );
  }
  if (target.topicSlug) {
    await db.query(
      `insert into subscription (user_id, topic_id, frequency) select u, (select id from topic where slug = $2), $3 from unnest($1::uuid[]) u`,
      [userIds, target.topicSlug, frequency],
    );
  } else {
    await db.query(`insert into subscription (user_id, municipality_id, frequency) select u, $2, $3 from unnest($1::uuid[]) u`, [userIds, target.municipalityId, frequency]);
  }
}

const coordinators = new WeakMap<TestGateway, Promise<string>>();

/** The token of one coordinator per gateway, made on first use, who publishes the helpers' content. */
export function coordinatorToken(gw: TestGateway): Promise<string> {
  let token = coordinators.get(gw);
  if (!token) {
    token = makeUser(gw.app, { role: 'COORDINATOR', displayName: 'Koordination Testdaten' }).then((c) => c.token);
    coordinators.set(gw, token);
  }
  return token;
}

/** Runs a GraphQL operation that must succeed; throws with the errors otherwise. */
export async function mutate<T>(gw: TestGateway, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await gw.gql<T>(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/**
 * A case study published the way people do it: `createCaseStudy` and `submitCaseStudy` over
 * GraphQL by a coordinator (whose own submission publishes at once); returns it with the id of
 * the first-publication outbox event the knowledge library recorded.
 */
export async function publishCaseStudy(
  gw: TestGateway,
  options: { title: string; municipalityId: string; topicSlugs: string[]; token?: string },
): Promise<{ id: string; slug: string; eventId: string }> {
  const token = options.token ?? (await coordinatorToken(gw));
  const { createCaseStudy: created } = await mutate<{ createCaseStudy: { id: string; slug: string } }>(
    gw,
    `mutation ($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id slug } }`,
    { input: { title: options.title, summary: 'Kurzbeschreibung', maturity: 'PILOT', visibility: 'NETWORK', topicSlugs: options.topicSlugs, municipalityId: options.municipalityId } },
    token,
  );
  const { submitCaseStudy } = await mutate<{ submitCaseStudy: { status: string } }>(gw, `mutation ($id: ID!) { submitCaseStudy(id: $id) { status } }`, { id: created.id }, token);
  if (submitCaseStudy.status !== 'PUBLISHED') throw new Error(`expected PUBLISHED, got ${submitCaseStudy.status}`);
  const [event] = (await gw.db.query(
    `select id::text as id from outbox_event where type = 'knowledge.case-study-published' and payload->>'caseStudyId' = $1`,
    [created.id],
  )) as Array<{ id: string }>;
  if (!event) throw new Error('no publication event recorded');
  return { id: created.id, slug: created.slug, eventId: event.id };
}
