import { MigrationInterface, QueryRunner } from 'typeorm';

/** Municipalities, directory, users and sessions, invitations, applications, audit log, outbox, email deliveries. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create extension if not exists pg_trgm`);
    await q.query(`create extension if not exists unaccent`);
    // unaccent() is only STABLE; an immutable wrapper lets indexes use it.
    await q.query(`
      create function ikone_fold(text) returns text language sql immutable parallel safe strict
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await q.query(`
      create table directory_entry (
        ags char(8) primary key check (ags ~ '^[0-9]{8}$'),
        name text not null,
        state char(2) not null
      )`);
    await q.query(`create index directory_entry_name_trgm on directory_entry using gin (ikone_fold(name) gin_trgm_ops)`);
    await q.query(`create index directory_entry_state on directory_entry (state, name)`);

    await q.query(`
      create table municipality (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique,
        name text not null,
        kind text not null check (kind in ('GEMEINDE','STADT','VERBANDSGEMEINDE','LANDKREIS','OTHER')),
        ags char(8) unique check (ags ~ '^[0-9]{8}$'),
        state char(2) not null,
        website text,
        status text not null check (status in ('APPLIED','ACTIVE','SUSPENDED','LEFT')),
        status_reason text,
        joined_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create index municipality_status_name on municipality (status, name, id)`);
    await q.query(`create index municipality_name_trgm on municipality using gin (ikone_fold(name) gin_trgm_ops)`);

    await q.query(`
      create table app_user (
        id uuid primary key default gen_random_uuid(),
        email text not null,
        display_name text not null,
        password_hash text,
        role text not null check (role in ('MEMBER','OFFICER','COORDINATOR')),
        municipality_id uuid references municipality(id) on delete restrict,
        status text not null default 'ACTIVE' check (status in ('ACTIVE','DISABLED','DELETED')),
        locale text not null default 'de' check (locale in ('de','en')),
        token_version integer not null default 0,
        last_login_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create unique index app_user_email on app_user (lower(email))`);
    await q.query(`create index app_user_municipality on app_user (municipality_id)`);
    await q.query(`create index app_user_created on app_user (created_at, id)`);

    await q.query(`
      create table auth_session (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user(id) on delete cascade,
        created_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query(`create index auth_session_user on auth_session (user_id)`);
    await q.query(`
      create table refresh_token (
        id uuid primary key default gen_random_uuid(),
        session_id uuid not null references auth_session(id) on delete cascade,
        secret_hash text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index refresh_token_session on refresh_token (session_id)`);

    await q.query(`
      create table invitation (
        id uuid primary key default gen_random_uuid(),
        email text not null,
        role text not null check (role in ('MEMBER','OFFICER','COORDINATOR')),
        municipality_id uuid references municipality(id) on delete cascade,
        invited_by uuid references app_user(id) on delete set null,
        locale text not null default 'de' check (locale in ('de','en')),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index invitation_email on invitation (lower(email))`);

    await q.query(`
      create table password_reset (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user(id) on delete cascade,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      )`);

    await q.query(`
      create table membership_application (
        id uuid primary key default gen_random_uuid(),
        municipality_id uuid references municipality(id) on delete set null,
        municipality_name text not null,
        ags char(8),
        kind text not null,
        state char(2) not null,
        website text,
        applicant_name text not null,
        applicant_email text not null,
        motivation text not null,
        locale text not null default 'de',
        status text not null default 'APPLIED' check (status in ('APPLIED','APPROVED','DECLINED')),
        decided_by uuid references app_user(id) on delete set null,
        decided_at timestamptz,
        decision_comment text,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index membership_application_status on membership_application (status, created_at, id)`);
    await q.query(`create unique index membership_application_one_open on membership_application (municipality_id) where status = 'APPLIED'`);

    await q.query(`
      create table audit_entry (
        id bigserial primary key,
        actor_id uuid,
        actor_label text not null,
        action text not null,
        subject_type text not null,
        subject_id text not null,
        details jsonb not null default '{}',
        at timestamptz not null default now()
      )`);
    await q.query(`create index audit_entry_at on audit_entry (at desc, id desc)`);
    await q.query(`create index audit_entry_subject on audit_entry (subject_type, subject_id)`);
    await q.query(`
      create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_entry is append-only'; end $$`);
    await q.query(`
      create trigger audit_entry_append_only before update or delete on audit_entry
      for each row execute function audit_entry_append_only()`);

    await q.query(`
      create table outbox_event (
        id bigserial primary key,
        type text not null,
        payload jsonb not null,
        created_at timestamptz not null default now(),
        relayed_at timestamptz
      )`);
    await q.query(`create index outbox_event_pending on outbox_event (id) where relayed_at is null`);
    await q.query(`
      create function outbox_event_notify() returns trigger language plpgsql as $$
      begin perform pg_notify('ikone_outbox', ''); return null; end $$`);
    await q.query(`
      create trigger outbox_event_notify after insert on outbox_event
      for each statement execute function outbox_event_notify()`);

    await q.query(`
      create table email_delivery (
        id bigserial primary key,
        idempotency_key text not null unique,
        recipient text not null,
        user_id uuid references app_user(id) on delete set null,
        template text not null,
        locale text not null,
        data jsonb not null,
        status text not null default 'PENDING' check (status in ('PENDING','SENDING','SENT','FAILED')),
        attempts integer not null default 0,
        last_error text,
        message_id text,
        created_at timestamptz not null default now(),
        sent_at timestamptz
      )`);
    await q.query(`create index email_delivery_status on email_delivery (status, created_at)`);

    await q.query(`
      create table topic (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name_de text not null,
        name_en text not null,
        description_de text not null default '',
        description_en text not null default '',
        created_at timestamptz not null default now()
      )`);

    await q.query(`
      create table rate_limit_hit (
        key text not null,
        window_start timestamptz not null,
        hits integer not null,
        primary key (key, window_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'rate_limit_hit', 'topic', 'email_delivery', 'outbox_event', 'audit_entry', 'membership_application',
      'password_reset', 'invitation', 'refresh_token', 'auth_session', 'app_user', 'municipality', 'directory_entry',
    ]) {
      await q.query(`drop table if exists ${table} cascade`);
    }
    await q.query(`drop function if exists outbox_event_notify, audit_entry_append_only, ikone_fold`);
  }
}
