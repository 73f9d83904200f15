import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions of the web application (ADR 0013): the browser holds only a random id in
 * an httpOnly cookie; the row holds the API token pair, so tokens never reach the browser. The
 * id is stored as its SHA-256, so a read of this table cannot take over a session.
 */
export class WebSessions1764700000000 implements MigrationInterface {
  name = 'WebSessions1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table web_session (
        id_hash bytea primary key,
        access_token text,
        access_expires_at timestamptz,
        refresh_token text,
        user_id uuid,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null
      )`);
    await q.query(`create index web_session_expires on web_session (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists web_session`);
  }
}
