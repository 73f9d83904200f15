import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact roles (ADR 0026): a function of a municipality ("Digitalbeauftragte/r") held by an
 * account, with a deputy. A case study's contact is either a person (`contact_user_id`) or a
 * role (`contact_role_id`), never both. Deleting a role leaves its case studies with no contact
 * column set; the service hands them to a person first, so no practice is left without one.
 */
export class ContactRoles1765600000000 implements MigrationInterface {
  name = 'ContactRoles1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table contact_role (
        id uuid primary key default gen_random_uuid(),
        municipality_id uuid not null references municipality(id) on delete cascade,
        name text not null,
        holder_user_id uuid references app_user(id) on delete set null,
        deputy_user_id uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint contact_role_deputy_not_holder check (deputy_user_id is null or deputy_user_id <> holder_user_id)
      )`);
    await q.query(`create unique index contact_role_name on contact_role (municipality_id, lower(name))`);
    await q.query(`create index contact_role_holder on contact_role (holder_user_id) where holder_user_id is not null`);
    await q.query(`create index contact_role_deputy on contact_role (deputy_user_id) where deputy_user_id is not null`);
    await q.query(`alter table case_study add column contact_role_id uuid references contact_role(id) on delete set null`);
    await q.query(`alter table case_study add constraint case_study_one_contact check (contact_user_id is null or contact_role_id is null)`);
    await q.query(`create index case_study_contact_user on case_study (contact_user_id) where contact_user_id is not null`);
    await q.query(`create index case_study_contact_role on case_study (contact_role_id) where contact_role_id is not null`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index case_study_contact_role`);
    await q.query(`drop index case_study_contact_user`);
    await q.query(`alter table case_study drop constraint case_study_one_contact`);
    await q.query(`alter table case_study drop column contact_role_id`);
    await q.query(`drop table contact_role`);
  }
}
