import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The freshness check "Läuft das noch?" (ADR 0028): one row per case study and due date, so a
 * re-run or a run after a crash never asks twice for one period; `case_study.last_confirmed_at`
 * is the day an owner last answered "Läuft noch".
 */
export class FreshnessCheck1765800000000 implements MigrationInterface {
  name = 'FreshnessCheck1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table case_study add column last_confirmed_at timestamptz`);
    await q.query(`
      create table freshness_check (
        id uuid primary key default gen_random_uuid(),
        case_study_id uuid not null references case_study(id) on delete cascade,
        due_at timestamptz not null,
        asked_at timestamptz not null,
        reminders integer not null default 0 check (reminders between 0 and 2),
        last_reminded_at timestamptz,
        answer text check (answer in ('RUNNING','NEEDS_UPDATE','DISCONTINUED')),
        answered_at timestamptz,
        answered_by uuid references app_user(id) on delete set null,
        constraint freshness_check_period unique (case_study_id, due_at),
        constraint freshness_check_answered check ((answer is null) = (answered_at is null))
      )`);
    await q.query(`create index freshness_check_open on freshness_check (asked_at, id) where answered_at is null`);
    await q.query(`create index freshness_check_latest on freshness_check (case_study_id, answered_at desc)`);
    // What a run resends after a crash between writing the questions and sending them.
    await q.query(`create index email_delivery_freshness_pending on email_delivery (id) where status = 'PENDING' and template = 'freshness-check'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index if exists email_delivery_freshness_pending`);
    await q.query(`drop table if exists freshness_check`);
    await q.query(`alter table case_study drop column if exists last_confirmed_at`);
  }
}
