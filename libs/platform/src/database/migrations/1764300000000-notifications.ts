import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subscriptions, in-app notifications, notification preferences and digest bookkeeping;
 * email deliveries learn which outbox event planned them and a CANCELLED state (the reason
 * to send went away before sending: unsubscribed, email turned off).
 */
export class Notifications1764300000000 implements MigrationInterface {
  name = 'Notifications1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const frequency = `'IMMEDIATE','DAILY','WEEKLY'`;
    await q.query(`
      create table subscription (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user(id) on delete cascade,
        topic_id uuid references topic(id) on delete cascade,
        municipality_id uuid references municipality(id) on delete cascade,
        frequency text not null check (frequency in (${frequency})),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((topic_id is null) <> (municipality_id is null))
      )`);
    await q.query(`create unique index subscription_user_topic on subscription (user_id, topic_id) where topic_id is not null`);
    await q.query(`create unique index subscription_user_municipality on subscription (user_id, municipality_id) where municipality_id is not null`);
    // The fan-out reads subscribers by target; covering columns keep it to the index.
    await q.query(`create index subscription_topic on subscription (topic_id) include (user_id, frequency) where topic_id is not null`);
    await q.query(`create index subscription_municipality on subscription (municipality_id) include (user_id, frequency) where municipality_id is not null`);

    await q.query(`
      create table notification_preference (
        user_id uuid primary key references app_user(id) on delete cascade,
        email_enabled boolean not null default true,
        digest_hour smallint check (digest_hour between 5 and 10),
        digest_weekday smallint check (digest_weekday between 1 and 5),
        updated_at timestamptz not null default now()
      )`);

    await q.query(`
      create table digest (
        id bigserial primary key,
        user_id uuid not null references app_user(id) on delete cascade,
        period_key text not null,
        frequency text not null check (frequency in ('DAILY','WEEKLY')),
        item_count integer not null default 0,
        delivery_id bigint references email_delivery(id) on delete set null,
        created_at timestamptz not null default now(),
        unique (user_id, period_key)
      )`);
    await q.query(`create index digest_period on digest (period_key, id)`);

    await q.query(`
      create table notification (
        id uuid primary key default gen_random_uuid(),
        recipient_id uuid not null references app_user(id) on delete cascade,
        event_key text not null,
        kind text not null,
        subject_type text,
        subject_id uuid,
        title text not null,
        link text,
        data jsonb not null default '{}',
        email_via text check (email_via in (${frequency})),
        subscription_id uuid,
        digest_id bigint references digest(id) on delete set null,
        created_at timestamptz not null default now(),
        read_at timestamptz,
        unique (event_key, recipient_id)
      )`);
    await q.query(`create index notification_recipient on notification (recipient_id, created_at desc, id desc)`);
    await q.query(`create index notification_unread on notification (recipient_id) where read_at is null`);
    await q.query(`create index notification_digest_due on notification (email_via, created_at) where digest_id is null and email_via in ('DAILY','WEEKLY')`);
    await q.query(`create index notification_digest on notification (digest_id) where digest_id is not null`);

    await q.query(`alter table email_delivery add column event_id bigint`);
    await q.query(`create index email_delivery_event_pending on email_delivery (event_id) where status = 'PENDING'`);
    await q.query(`create index email_delivery_failed on email_delivery (created_at desc, id desc) where status = 'FAILED'`);
    await q.query(`alter table email_delivery drop constraint email_delivery_status_check`);
    await q.query(`alter table email_delivery add constraint email_delivery_status_check check (status in ('PENDING','SENDING','SENT','FAILED','CANCELLED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`update email_delivery set status = 'FAILED' where status = 'CANCELLED'`);
    await q.query(`alter table email_delivery drop constraint email_delivery_status_check`);
    await q.query(`alter table email_delivery add constraint email_delivery_status_check check (status in ('PENDING','SENDING','SENT','FAILED'))`);
    await q.query(`drop index if exists email_delivery_failed`);
    await q.query(`drop index if exists email_delivery_event_pending`);
    await q.query(`alter table email_delivery drop column if exists event_id`);
    for (const table of ['notification', 'digest', 'notification_preference', 'subscription']) {
      await q.query(`drop table if exists ${table} cascade`);
    }
  }
}
