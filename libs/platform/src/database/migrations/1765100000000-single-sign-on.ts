import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on with OpenID Connect (ADR 0021). One row per sign-in attempt: opened with the
 * state (as its SHA-256), nonce and PKCE verifier and the hash of the browser binding the web
 * keeps; the provider's callback claims it once (`called_back_at`) and, when the ID token checks
 * out, stores the verified identity under a single-use code (as its SHA-256) that the web
 * redeems once (`redeemed_at`) for the platform's own token pair.
 */
export class SingleSignOn1765100000000 implements MigrationInterface {
  name = 'SingleSignOn1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table sso_flow (
        id uuid primary key default gen_random_uuid(),
        provider text not null,
        state_hash text not null unique,
        nonce text not null,
        code_verifier text not null,
        binding_hash text not null,
        return_to text not null default '/',
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        called_back_at timestamptz,
        code_hash text unique,
        code_expires_at timestamptz,
        subject text,
        email text,
        display_name text,
        redeemed_at timestamptz
      )`);
    await q.query(`create index sso_flow_expires on sso_flow (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists sso_flow`);
  }
}
