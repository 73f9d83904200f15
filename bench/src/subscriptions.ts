import { Client } from 'pg';
import { progress } from './report';
import { Scale } from './scale';

/** Whether the notifications tables exist (migration 1764300000000-notifications) and how to count them. */
export interface SubscriptionSchema {
  available: boolean;
  reason: string;
  counts(client: Client): Promise<Record<string, number>>;
}

const NEEDED: Record<string, string[]> = {
  subscription: ['user_id', 'topic_id', 'municipality_id', 'frequency'],
  notification: ['recipient_id', 'event_key', 'kind', 'subject_id', 'email_via', 'digest_id'],
};

export async function subscriptionSchema(client: Client): Promise<SubscriptionSchema> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns where table_schema = 'public' and table_name = any($1)`,
    [Object.keys(NEEDED)],
  );
  const missing = Object.entries(NEEDED).flatMap(([t, cols]) =>
    cols.filter((c) => !rows.some((r) => r.table_name === t && r.column_name === c)).map((c) => `${t}.${c}`),
  );
  return {
    available: missing.length === 0,
    reason: missing.length ? `the notifications schema lacks ${missing.join(', ')}` : '',
    counts: async (c) => {
      const { rows: r } = await c.query<{ n: string; top: string | null }>(
        `select (select count(*) from subscription) as n,
                (select max(k) from (select count(*) as k from subscription where topic_id is not null group by topic_id) t) as top`,
      );
      return { subscription: Number(r[0].n), 'followers of the top topic': Number(r[0].top ?? 0) };
    },
  };
}

/**
 * Topic subscriptions with a Zipf-like skew: the most followed topic has `topTopicFollowers`
 * followers (≥ 10,000 at network scale), topic k about that / k^0.8. A third of the subscribers
 * also follow their own municipality. Frequencies: 25% IMMEDIATE, 35% DAILY, 40% WEEKLY.
 * One set-based statement per topic.
 */
export async function generateSubscriptions(client: Client, scale: Scale): Promise<number> {
  const { rows: topics } = await client.query<{ id: string }>(`select id from topic order by slug = 'verwaltungsdigitalisierung' desc, slug`);
  const users = scale.users;
  const bar = progress('subscriptions', topics.length + 1);
  await client.query(`select setseed(0.31)`);
  let total = 0;
  for (const [rank, topic] of topics.entries()) {
    const followers = Math.min(Math.round(users * scale.subscriberShare), Math.round(scale.topTopicFollowers / Math.pow(rank + 1, 0.8)));
    // Followers are a pseudo-random sample of the users (ordered by a hash per topic).
    const result = await client.query(
      `insert into subscription (user_id, topic_id, frequency, created_at)
       select u.id, $1::uuid,
              case when r < 0.25 then 'IMMEDIATE' when r < 0.60 then 'DAILY' else 'WEEKLY' end,
              now() - r * interval '400 days'
         from (select id, random() as r from app_user where status = 'ACTIVE'
                order by md5(id::text || $1::text) limit $2) u
       on conflict do nothing`,
      [topic.id, followers],
    );
    total += result.rowCount ?? 0;
    bar.update(rank + 1);
  }
  const own = await client.query(
    `insert into subscription (user_id, municipality_id, frequency, created_at)
     select u.id, u.municipality_id,
            case when random() < 0.3 then 'IMMEDIATE' when random() < 0.5 then 'DAILY' else 'WEEKLY' end, now() - interval '100 days'
       from app_user u where u.municipality_id is not null and u.id in (select user_id from subscription) and random() < 0.33
     on conflict do nothing`,
  );
  total += own.rowCount ?? 0;
  // Subscribers confirmed notification emails (ADR 0023), recorded as the demo network does.
  await client.query(
    `insert into consent (user_id, purpose, text_version, source, requested_at, given_at)
     select user_id, 'NOTIFICATION_EMAIL', '2026-12', 'DEMO', min(created_at), min(created_at) from subscription group by user_id
     on conflict do nothing`,
  );
  bar.update(topics.length + 1);
  bar.stop();
  return total;
}
