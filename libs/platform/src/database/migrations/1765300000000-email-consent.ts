import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Double opt-in for notification emails and pseudonymised audit entries (ADR 0023, ADR 0007).
 *
 * `consent` keeps every consent a person gave or was asked for: a row is asked for
 * (`requested_at`), given (`given_at`) and withdrawn (`withdrawn_at`), never overwritten by a
 * later one; at most one row per person and purpose is open (not withdrawn).
 *
 * Existing subscribers are grandfathered with a `MIGRATED` consent (ADR 0023 says why).
 *
 * The audit log stays append-only, except that the account deletion may replace the actor
 * label and details of a row (never who, what, when) while `ikone.audit_pseudonymise` is set
 * for its transaction. Entries of accounts deleted before this migration are pseudonymised here.
 */
export class EmailConsent1765300000000 implements MigrationInterface {
  name = 'EmailConsent1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table consent (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references app_user (id) on delete cascade,
        purpose text not null check (purpose in ('NOTIFICATION_EMAIL')),
        text_version text not null,
        source text not null check (source in ('CONFIRMATION_LINK','MIGRATED','DEMO')),
        requested_at timestamptz not null default now(),
        given_at timestamptz,
        withdrawn_at timestamptz,
        withdrawn_via text check (withdrawn_via in ('SETTINGS','UNSUBSCRIBE_LINK','EXPIRED')),
        check ((withdrawn_at is null) = (withdrawn_via is null))
      )`);
    // The fan-out and the digest look a person's open consent up by this index (a semi-join).
    await q.query(`create unique index consent_open on consent (user_id, purpose) include (given_at) where withdrawn_at is null`);
    await q.query(`create index consent_user on consent (user_id, requested_at)`);

    await q.query(`
      insert into consent (user_id, purpose, text_version, source, requested_at, given_at)
      select s.user_id, 'NOTIFICATION_EMAIL', 'vor-2026-12', 'MIGRATED', min(s.created_at), min(s.created_at)
      from subscription s join app_user u on u.id = s.user_id and u.status = 'ACTIVE'
      group by s.user_id`);

    await q.query(`
      create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and current_setting('ikone.audit_pseudonymise', true) = 'on'
           and new.id = old.id and new.actor_id is not distinct from old.actor_id and new.action = old.action
           and new.subject_type = old.subject_type and new.subject_id = old.subject_id and new.at = old.at then
          return new;
        end if;
        raise exception 'audit_entry is append-only';
      end $$`);

    // Accounts deleted earlier: their address survives only in their own actor labels.
    await q.query(`select set_config('ikone.audit_pseudonymise', 'on', false)`);
    const deleted = (await q.query(
      `select distinct u.id, substring(a.actor_label from '<([^<>]+)>$') as email,
              coalesce(m.name, 'Koordinierungsstelle') as municipality
       from app_user u join audit_entry a on a.actor_id = u.id left join municipality m on m.id = u.municipality_id
       where u.status = 'DELETED' and a.actor_label like '%<%>'`,
    )) as Array<{ id: string; email: string | null; municipality: string }>;
    for (const d of deleted) {
      await q.query(`update audit_entry set actor_label = $2 where actor_id = $1`, [d.id, `ehemaliges Mitglied (${d.municipality})`]);
      if (!d.email) continue;
      await q.query(
        `update audit_entry set
           actor_label = case when strpos(lower(actor_label), lower('<' || $1 || '>')) > 0 then $3 else actor_label end,
           details = regexp_replace(details::text, $4, $2, 'gi')::jsonb
         where strpos(lower(actor_label), lower('<' || $1 || '>')) > 0 or strpos(lower(details::text), lower($1)) > 0`,
        [d.email, `geloescht-${d.id}@ikone.invalid`, `ehemaliges Mitglied (${d.municipality})`, d.email.replace(/[^a-zA-Z0-9@_-]/g, '\\$&')],
      );
    }
    await q.query(`select set_config('ikone.audit_pseudonymise', 'off', false)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_entry is append-only'; end $$`);
    await q.query(`drop table if exists consent`);
  }
}
