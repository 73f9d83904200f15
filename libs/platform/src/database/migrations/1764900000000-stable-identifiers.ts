import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identifiers that outlive addresses and titles (ADR 0018).
 *
 * - `event.ical_uid`: the iCal UID is stored when an event is created and never changes.
 *   Until now it was computed as `<id>@<host of PUBLIC_URL>` whenever a calendar was served,
 *   so a new port, proxy or domain duplicated every event in subscribed calendars. Existing
 *   events keep the UID they show today: the host of PUBLIC_URL as this process sees it, with
 *   the configuration's default (`http://localhost:$PORT`, PORT 3000) written out here, so
 *   this migration stays the same when the configuration code changes. Migrations run at
 *   start with the same environment as the gateway, so that is the host the feed used.
 * - `case_study_slug`: every slug ever handed out to a case study, current and former, one
 *   row each (the primary key makes a slug unique across both). `caseStudy(slug)` finds an
 *   item by a former slug, so a cited link keeps working after a title change. Existing slugs
 *   stay as they are.
 */
export class StableIdentifiers1764900000000 implements MigrationInterface {
  name = 'StableIdentifiers1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const port = /^\d+$/.test(process.env.PORT ?? '') ? process.env.PORT : '3000';
    const publicUrl = process.env.PUBLIC_URL || `http://localhost:${port}`;
    const host = new URL(publicUrl.replace(/\/+$/, '')).host;
    await q.query(`alter table event add column ical_uid text`);
    await q.query(`update event set ical_uid = id::text || '@' || $1`, [host]);
    await q.query(`alter table event alter column ical_uid set not null`);
    await q.query(`alter table event add constraint event_ical_uid_unique unique (ical_uid)`);

    await q.query(`
      create table case_study_slug (
        slug text primary key,
        case_study_id uuid not null references case_study(id) on delete cascade,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index case_study_slug_case_study on case_study_slug (case_study_id)`);
    await q.query(`insert into case_study_slug (slug, case_study_id, created_at) select slug, id, created_at from case_study`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists case_study_slug`);
    await q.query(`alter table event drop column if exists ical_uid`);
  }
}
