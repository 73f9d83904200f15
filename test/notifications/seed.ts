import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

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

export async function subscribe(db: DataSource, userIds: string[], target: { topicSlug?: string; municipalityId?: string }, frequency: string): Promise<void> {
  if (target.topicSlug) {
    await db.query(
      `insert into subscription (user_id, topic_id, frequency) select u, (select id from topic where slug = $2), $3 from unnest($1::uuid[]) u`,
      [userIds, target.topicSlug, frequency],
    );
  } else {
    await db.query(`insert into subscription (user_id, municipality_id, frequency) select u, $2, $3 from unnest($1::uuid[]) u`, [userIds, target.municipalityId, frequency]);
  }
}

/**
 * A published case study and its first-publication outbox event, written as the knowledge
 * library does (one transaction), until its GraphQL lands.
 */
export async function publishCaseStudy(db: DataSource, options: { title: string; municipalityId: string; topicSlugs: string[] }): Promise<{ id: string; slug: string; eventId: string }> {
  const slug = `${options.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${randomUUID().slice(0, 6)}`;
  return db.transaction(async (m) => {
    const [cs] = (await m.query(
      `insert into case_study (slug, title, summary, maturity, municipality_id, visibility, status, published_at)
       values ($1, $2, 'Kurzbeschreibung', 'PILOT', $3, 'NETWORK', 'PUBLISHED', now()) returning id`,
      [slug, options.title, options.municipalityId],
    )) as Array<{ id: string }>;
    await m.query(`insert into case_study_topic (case_study_id, topic_id) select $1, id from topic where slug = any($2::text[])`, [cs.id, options.topicSlugs]);
    const [event] = (await m.query(`insert into outbox_event (type, payload) values ('knowledge.case-study-published', $1) returning id::text as id`, [
      JSON.stringify({ caseStudyId: cs.id }),
    ])) as Array<{ id: string }>;
    return { id: cs.id, slug, eventId: event.id };
  });
}

/** Writes one outbox event as a domain service would. */
export async function recordOutbox(db: DataSource, type: string, payload: object): Promise<string> {
  const [event] = (await db.query(`insert into outbox_event (type, payload) values ($1, $2) returning id::text as id`, [type, JSON.stringify(payload)])) as Array<{ id: string }>;
  return event.id;
}
