/**
 * Subqueries other libraries put into their own set-based statements instead of naming
 * knowledge's tables (ADR 0029); columns as documented are the contract.
 */

/** Topics: id, slug, name_de, name_en. */
export const TOPICS_SQL = `(select id, slug, name_de, name_en from topic)`;

/**
 * The case studies the checks in the caller's CTE `checks(id, case_study_id, reminder)` ask about,
 * with whom to ask: `contact_user_id` (the named contact person) and `role_holder_id` (the holder
 * of the named contact role), either possibly inactive. Columns: id, reminder, case_study_id,
 * title, slug, published_at, municipality_id, contact_user_id, role_holder_id.
 */
export const FRESHNESS_CHECKED_SQL = `(select k.id, k.reminder, c.id as case_study_id, c.title, c.slug, c.published_at, c.municipality_id,
    c.contact_user_id, r.holder_user_id as role_holder_id
  from checks k join case_study c on c.id = k.case_study_id left join contact_role r on r.id = c.contact_role_id)`;

/**
 * A CTE `checks(id, case_study_id, reminder)` of the freshness questions due by $1 and written
 * now ($2: the interval in days, ADR 0028): a case study is due the interval after its last
 * answered question (the later of asking and answering), else after its publication; an
 * unanswered one is not asked again; the unique (case study, due date) makes a re-run ask nothing twice.
 */
export const FRESHNESS_QUESTIONS_DUE_CTE = `due as (
         select c.id, coalesce(last.answered_at, c.published_at) + make_interval(days => $2) as due_at
         from case_study c
         left join lateral (select max(greatest(x.asked_at, x.answered_at)) as answered_at from freshness_check x where x.case_study_id = c.id) last on true
         where c.status = 'PUBLISHED' and c.maturity <> 'DISCONTINUED' and c.published_at is not null
           and coalesce(last.answered_at, c.published_at) + make_interval(days => $2) <= $1
           and not exists (select 1 from freshness_check o where o.case_study_id = c.id and o.answered_at is null)),
       checks as (
         insert into freshness_check (case_study_id, due_at, asked_at) select id, due_at, $1 from due
         on conflict (case_study_id, due_at) do nothing
         returning id, case_study_id, 0 as reminder)`;

/** A CTE `checks(id, case_study_id, reminder)` of the reminders due by $1 and counted now ($2: days between reminders; at most two). */
export const FRESHNESS_REMINDERS_DUE_CTE = `checks as (
         update freshness_check f set reminders = f.reminders + 1, last_reminded_at = $1
          from case_study c
          where c.id = f.case_study_id and c.status = 'PUBLISHED' and f.answered_at is null and f.reminders < 2
            and f.asked_at + make_interval(days => $2 * (f.reminders + 1)) <= $1
          returning f.id, f.case_study_id, f.reminders as reminder)`;

/**
 * The partner organisations content names (ADR 0024): subject_type ('CaseStudy' or 'Event'),
 * subject_id, partner_id. A filter on subject_type and subject_id reaches both link tables'
 * indexes; the branch of the other type is skipped by its constant.
 */
export const CONTENT_PARTNERS_SQL = `(select 'CaseStudy'::text as subject_type, case_study_id as subject_id, partner_id from case_study_partner
  union all select 'Event'::text, event_id, partner_id from event_partner)`;

/** Funding programmes: id, name, provider, url, deadline (a date, possibly null). */
export const FUNDING_PROGRAMMES_SQL = `(select id, name, provider, url, deadline from funding_programme)`;

/** The topics of funding programmes: funding_programme_id, topic_id. */
export const FUNDING_PROGRAMME_TOPICS_SQL = `(select funding_programme_id, topic_id from funding_programme_topic)`;

/**
 * The calendar entry of each registrant holding a seat at an event that has one (published or
 * cancelled): event_id, user_id and the event's ical_uid, ical_sequence, title, description,
 * status, cancel_reason, format, location, online_url, starts_at, ends_at, created_at,
 * updated_at, municipality_id. The waiting list has no entry (it gets one when it moves up).
 */
export const SEAT_CALENDAR_ENTRIES_SQL = `(select e.id as event_id, r.user_id, e.ical_uid, e.ical_sequence, e.title, e.description, e.status,
    e.cancel_reason, e.format, e.location, e.online_url, e.starts_at, e.ends_at, e.created_at, e.updated_at, e.municipality_id
  from event e join registration r on r.event_id = e.id and r.status = 'REGISTERED'
  where e.status in ('PUBLISHED','CANCELLED'))`;
