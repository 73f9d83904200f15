import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funding programmes (Förderprogramme, ADR 0025): a list kept by the coordination office, each
 * with topics and an optional application deadline; a case study may refer to the programme
 * that funded it beside the free text it always had.
 */
export class FundingProgrammes1765500000000 implements MigrationInterface {
  name = 'FundingProgrammes1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table funding_programme (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        provider text not null default '',
        url text,
        deadline date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create index funding_programme_deadline on funding_programme (deadline) where deadline is not null`);
    await q.query(`
      create table funding_programme_topic (
        funding_programme_id uuid not null references funding_programme (id) on delete cascade,
        topic_id uuid not null references topic (id) on delete cascade,
        primary key (funding_programme_id, topic_id)
      )`);
    await q.query(`create index funding_programme_topic_topic on funding_programme_topic (topic_id)`);
    await q.query(`alter table case_study add column funding_programme_id uuid references funding_programme (id) on delete set null`);
    await q.query(`create index case_study_funding_programme on case_study (funding_programme_id) where funding_programme_id is not null`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table case_study drop column funding_programme_id`);
    await q.query(`drop table funding_programme_topic`);
    await q.query(`drop table funding_programme`);
  }
}
