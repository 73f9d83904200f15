import { MigrationInterface, QueryRunner } from 'typeorm';

/** Case studies, events, registrations, reviews, reuse requests and reports. */
export class Knowledge1764100000000 implements MigrationInterface {
  name = 'Knowledge1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const lifecycle = `'DRAFT','IN_REVIEW','CHANGES_REQUESTED','REJECTED','PUBLISHED','ARCHIVED'`;
    // array_to_string is only STABLE in general; for text[] it is immutable, which the search column needs.
    await q.query(`
      create function ikone_join_tags(text[]) returns text language sql immutable parallel safe
      as $$ select coalesce(array_to_string($1, ' '), '') $$`);
    await q.query(`
      create table case_study (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique,
        title text not null,
        summary text not null check (char_length(summary) <= 300),
        problem text not null default '',
        solution text not null default '',
        results text not null default '',
        lessons_learned text not null default '',
        maturity text not null check (maturity in ('IDEA','PILOT','ROLLOUT','OPERATIONAL','DISCONTINUED')),
        cost_one_off numeric(14,2) check (cost_one_off >= 0),
        cost_yearly numeric(14,2) check (cost_yearly >= 0),
        funding_programme text,
        funding_url text,
        partners text[] not null default '{}',
        contact_user_id uuid references app_user(id) on delete set null,
        municipality_id uuid not null references municipality(id) on delete restrict,
        tags text[] not null default '{}',
        links jsonb not null default '[]',
        visibility text not null check (visibility in ('PUBLIC','NETWORK')),
        status text not null default 'DRAFT' check (status in (${lifecycle})),
        revision integer not null default 1,
        reviewed_revision integer,
        submitted_at timestamptz,
        published_at timestamptz,
        created_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        search tsvector generated always as (
          setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('german', coalesce(summary, '')), 'B') ||
          setweight(to_tsvector('german', coalesce(problem, '') || ' ' || coalesce(solution, '') || ' ' ||
            coalesce(results, '') || ' ' || coalesce(lessons_learned, '') || ' ' || ikone_join_tags(tags)), 'C')
        ) stored
      )`);
    await q.query(`create index case_study_search on case_study using gin (search)`);
    await q.query(`create index case_study_listing on case_study (status, visibility, published_at desc, id desc)`);
    await q.query(`create index case_study_municipality on case_study (municipality_id, status)`);
    await q.query(`create index case_study_review on case_study (submitted_at, id) where status = 'IN_REVIEW'`);
    await q.query(`
      create table case_study_topic (
        case_study_id uuid not null references case_study(id) on delete cascade,
        topic_id uuid not null references topic(id) on delete restrict,
        primary key (case_study_id, topic_id)
      )`);
    await q.query(`create index case_study_topic_topic on case_study_topic (topic_id, case_study_id)`);
    await q.query(`
      create table case_study_co_owner (
        case_study_id uuid not null references case_study(id) on delete cascade,
        municipality_id uuid not null references municipality(id) on delete restrict,
        primary key (case_study_id, municipality_id)
      )`);
    await q.query(`create index case_study_co_owner_municipality on case_study_co_owner (municipality_id)`);

    await q.query(`
      create table event (
        id uuid primary key default gen_random_uuid(),
        title text not null,
        description text not null default '',
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        format text not null check (format in ('ON_SITE','ONLINE','HYBRID')),
        location text,
        online_url text,
        municipality_id uuid not null references municipality(id) on delete restrict,
        capacity integer check (capacity > 0),
        registration_deadline timestamptz,
        visibility text not null check (visibility in ('PUBLIC','NETWORK')),
        status text not null default 'DRAFT' check (status in (${lifecycle},'CANCELLED')),
        cancel_reason text,
        revision integer not null default 1,
        reviewed_revision integer,
        ical_sequence integer not null default 0,
        submitted_at timestamptz,
        published_at timestamptz,
        reminder_sent_at timestamptz,
        created_by uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (ends_at >= starts_at),
        search tsvector generated always as (
          setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('german', coalesce(location, '')), 'B') ||
          setweight(to_tsvector('german', coalesce(description, '')), 'C')
        ) stored
      )`);
    await q.query(`create index event_search on event using gin (search)`);
    await q.query(`create index event_listing on event (status, starts_at, id)`);
    await q.query(`create index event_municipality on event (municipality_id, status)`);
    await q.query(`create index event_review on event (submitted_at, id) where status = 'IN_REVIEW'`);
    await q.query(`
      create table event_topic (
        event_id uuid not null references event(id) on delete cascade,
        topic_id uuid not null references topic(id) on delete restrict,
        primary key (event_id, topic_id)
      )`);
    await q.query(`create index event_topic_topic on event_topic (topic_id, event_id)`);

    await q.query(`
      create table registration (
        id uuid primary key default gen_random_uuid(),
        event_id uuid not null references event(id) on delete cascade,
        user_id uuid not null references app_user(id) on delete cascade,
        status text not null check (status in ('REGISTERED','WAITLISTED','CANCELLED')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        waitlisted_at timestamptz,
        unique (event_id, user_id)
      )`);
    await q.query(`create index registration_event_status on registration (event_id, status, waitlisted_at)`);
    await q.query(`create index registration_user on registration (user_id)`);

    // Every published revision and every submitted one, for the history and review diffs.
    await q.query(`
      create table content_revision (
        subject_type text not null check (subject_type in ('CaseStudy','Event')),
        subject_id uuid not null,
        revision integer not null,
        snapshot jsonb not null,
        author_id uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now(),
        primary key (subject_type, subject_id, revision)
      )`);
    await q.query(`
      create table review_decision (
        id uuid primary key default gen_random_uuid(),
        subject_type text not null,
        subject_id uuid not null,
        revision integer not null,
        decision text not null check (decision in ('SUBMITTED','APPROVED','CHANGES_REQUESTED','REJECTED','ARCHIVED','PUBLISHED_DIRECTLY')),
        comment text,
        actor_id uuid references app_user(id) on delete set null,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index review_decision_subject on review_decision (subject_id, created_at)`);

    await q.query(`
      create table reuse_request (
        id uuid primary key default gen_random_uuid(),
        case_study_id uuid not null references case_study(id) on delete cascade,
        municipality_id uuid not null references municipality(id) on delete restrict,
        requested_by uuid references app_user(id) on delete set null,
        message text not null,
        status text not null default 'REQUESTED' check (status in ('REQUESTED','IN_TALKS','ADOPTED','DECLINED')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create unique index reuse_request_one_open on reuse_request (case_study_id, municipality_id) where status in ('REQUESTED','IN_TALKS')`);
    await q.query(`create index reuse_request_case_study on reuse_request (case_study_id, status)`);

    await q.query(`
      create table report (
        id uuid primary key default gen_random_uuid(),
        reporter_id uuid references app_user(id) on delete set null,
        subject_type text not null check (subject_type in ('CaseStudy','Event')),
        subject_id uuid not null,
        reason text not null check (reason in ('SPAM','OFFENSIVE','INCORRECT','OTHER')),
        note text,
        status text not null default 'OPEN' check (status in ('OPEN','RESOLVED','DISMISSED')),
        resolution text,
        resolved_by uuid references app_user(id) on delete set null,
        resolved_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index report_status on report (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'report', 'reuse_request', 'review_decision', 'content_revision', 'registration', 'event_topic', 'event',
      'case_study_co_owner', 'case_study_topic', 'case_study',
    ]) {
      await q.query(`drop table if exists ${table} cascade`);
    }
    await q.query(`drop function if exists ikone_join_tags`);
  }
}
