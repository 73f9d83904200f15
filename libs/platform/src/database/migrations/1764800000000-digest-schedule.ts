import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far each digest schedule has looked (ADR 0019): a run at T builds the digests of everyone
 * whose due time (their hour, and weekly their weekday) fell after `covered_until` and by T, then
 * moves `covered_until` to T. So a period is due at its hour or, after downtime over that hour,
 * once at the next run; never at a later hour merely because the day had no digest yet.
 */
export class DigestSchedule1764800000000 implements MigrationInterface {
  name = 'DigestSchedule1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table digest_schedule (
        period text primary key check (period in ('daily','weekly')),
        covered_until timestamptz not null
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists digest_schedule`);
  }
}
