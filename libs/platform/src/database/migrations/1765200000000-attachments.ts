import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments of case studies and events (ADR 0022). A row is written when an upload URL is
 * handed out (state AWAITING_UPLOAD) and completed by the single upload that URL allows; the
 * bytes live in the storage adapter under `storage_key`. Rows go with their item.
 */
export class Attachments1765200000000 implements MigrationInterface {
  name = 'Attachments1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table attachment (
        id uuid primary key default gen_random_uuid(),
        case_study_id uuid references case_study (id) on delete cascade,
        event_id uuid references event (id) on delete cascade,
        title text not null check (length(title) between 1 and 200),
        licence text not null check (licence in ('CC_BY_4_0', 'CC_BY_SA_4_0', 'CC0_1_0', 'DL_DE_BY_2_0', 'DL_DE_ZERO_2_0', 'ALL_RIGHTS_RESERVED')),
        file_name text not null check (length(file_name) between 1 and 200),
        content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
        declared_size integer not null check (declared_size > 0),
        size integer,
        state text not null default 'AWAITING_UPLOAD' check (state in ('AWAITING_UPLOAD', 'STORED')),
        scan_status text check (scan_status in ('PENDING', 'CLEAN', 'NOT_SCANNED')),
        storage_key text,
        has_preview boolean not null default false,
        width integer,
        height integer,
        uploader_id uuid references app_user (id) on delete set null,
        upload_expires_at timestamptz not null,
        created_at timestamptz not null default now(),
        stored_at timestamptz,
        check ((case_study_id is null) <> (event_id is null))
      )`);
    await q.query(`create index attachment_case_study on attachment (case_study_id, created_at) where case_study_id is not null`);
    await q.query(`create index attachment_event on attachment (event_id, created_at) where event_id is not null`);
    await q.query(`create index attachment_uploader on attachment (uploader_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table attachment`);
  }
}
