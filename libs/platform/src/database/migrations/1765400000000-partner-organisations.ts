import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner organisations from science, business and civil society (ADR 0024): their profile,
 * their people (a user belongs to one municipality or one partner, never both), applications
 * and invitations for them, the case studies and events that name them, and following them.
 */
export class PartnerOrganisations1765400000000 implements MigrationInterface {
  name = 'PartnerOrganisations1765400000000';

  async up(q: QueryRunner): Promise<void> {
    const kinds = `'UNIVERSITY','RESEARCH','COMPANY','ASSOCIATION','CIVIC','OTHER'`;
    const roles = `'OFFICER','MEMBER'`;
    await q.query(`
      create table partner_organisation (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique,
        name text not null,
        kind text not null check (kind in (${kinds})),
        state char(2) not null,
        website text,
        description text not null default '',
        contact_email text,
        status text not null check (status in ('APPLIED','ACTIVE','SUSPENDED','LEFT')),
        status_reason text,
        joined_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create index partner_organisation_name on partner_organisation (ikone_fold(name))`);
    await q.query(`
      create table partner_topic (
        partner_id uuid not null references partner_organisation(id) on delete cascade,
        topic_id uuid not null references topic(id) on delete cascade,
        primary key (partner_id, topic_id)
      )`);
    await q.query(`
      alter table app_user
        add column partner_id uuid references partner_organisation(id) on delete set null,
        add column partner_role text check (partner_role in (${roles})),
        add constraint app_user_partner_role check ((partner_id is null) = (partner_role is null)),
        add constraint app_user_one_organisation check (partner_id is null or municipality_id is null)`);
    await q.query(`create index app_user_partner on app_user (partner_id) where partner_id is not null`);
    await q.query(`
      alter table invitation
        add column partner_id uuid references partner_organisation(id) on delete cascade,
        add column partner_role text check (partner_role in (${roles})),
        add constraint invitation_partner_role check ((partner_id is null) = (partner_role is null)),
        add constraint invitation_one_organisation check (partner_id is null or municipality_id is null)`);
    await q.query(`
      alter table membership_application
        add column partner_id uuid references partner_organisation(id) on delete set null,
        add column partner_kind text check (partner_kind in (${kinds}))`);
    await q.query(`create unique index membership_application_one_open_partner on membership_application (partner_id) where status = 'APPLIED'`);
    for (const [table, column, parent] of [['case_study_partner', 'case_study_id', 'case_study'], ['event_partner', 'event_id', 'event']]) {
      await q.query(`
        create table ${table} (
          ${column} uuid not null references ${parent}(id) on delete cascade,
          partner_id uuid not null references partner_organisation(id) on delete cascade,
          primary key (${column}, partner_id)
        )`);
      await q.query(`create index ${table}_partner on ${table} (partner_id, ${column})`);
    }
    await q.query(`alter table subscription add column partner_id uuid references partner_organisation(id) on delete cascade`);
    await q.query(`alter table subscription drop constraint subscription_check`);
    await q.query(`alter table subscription add constraint subscription_one_target check (num_nonnulls(topic_id, municipality_id, partner_id) = 1)`);
    await q.query(`create unique index subscription_user_partner on subscription (user_id, partner_id) where partner_id is not null`);
    await q.query(`create index subscription_partner on subscription (partner_id) include (user_id, frequency) where partner_id is not null`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from subscription where partner_id is not null`);
    await q.query(`alter table subscription drop constraint subscription_one_target`);
    await q.query(`alter table subscription drop column partner_id`);
    await q.query(`alter table subscription add constraint subscription_check check ((topic_id is null) <> (municipality_id is null))`);
    await q.query(`drop table event_partner, case_study_partner`);
    await q.query(`drop index membership_application_one_open_partner`);
    await q.query(`alter table membership_application drop column partner_kind, drop column partner_id`);
    await q.query(`alter table invitation drop column partner_role, drop column partner_id`);
    await q.query(`alter table app_user drop column partner_role, drop column partner_id`);
    await q.query(`drop table partner_topic, partner_organisation`);
  }
}
