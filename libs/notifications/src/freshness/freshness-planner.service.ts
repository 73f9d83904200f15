import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';

/** What one run decided: new questions, reminders, and every freshness email still to send. */
export interface FreshnessPlan {
  asked: number;
  reminded: number;
  pending: string[];
}

/**
 * The deliveries of the checks in the CTE `checks(id, case_study_id, reminder)`: to the active
 * contact person (or the active holder of the contact role), else to the owning municipality's
 * active officers. Idempotency key per check, reminder number and address.
 */
const DELIVERIES = `
  contact as (
    select k.id, k.reminder, c.id as case_study_id, c.title, c.slug, c.published_at, c.municipality_id,
           coalesce(cu.id, rh.id) as contact_id
    from checks k
    join case_study c on c.id = k.case_study_id
    left join app_user cu on cu.id = c.contact_user_id and cu.status = 'ACTIVE'
    left join contact_role r on r.id = c.contact_role_id
    left join app_user rh on rh.id = r.holder_user_id and rh.status = 'ACTIVE'
  ),
  recipient as (
    select k.*, u.id as user_id, u.email, u.display_name, u.locale
    from contact k join app_user u on u.id = k.contact_id
    union all
    select k.*, u.id, u.email, u.display_name, u.locale
    from contact k join app_user u on u.municipality_id = k.municipality_id and u.role = 'OFFICER' and u.status = 'ACTIVE'
    where k.contact_id is null
  ),
  written as (
    insert into email_delivery (idempotency_key, recipient, user_id, template, locale, data)
    select 'freshness:' || id || ':' || reminder || ':' || lower(trim(email)), trim(email), user_id, 'freshness-check', locale,
           jsonb_build_object('checkId', id, 'title', title, 'slug', slug, 'displayName', display_name,
             'publishedAt', to_char(published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'reminder', reminder)
    from recipient
    on conflict (idempotency_key) do nothing
    returning id)
  select (select count(*)::int from checks) as checks`;

/**
 * The freshness check's planning (ADR 0028), set-based: one statement writes every question due
 * by `at` with its emails, one every reminder due by `at` with its emails, whatever the number of
 * case studies. A case study is due `FRESHNESS_INTERVAL_DAYS` after its last answered question
 * (the later of asking and answering), else after its publication; an unanswered one is not asked
 * again; the unique (case study, due date) and the idempotency keys make a re-run, or a run
 * after a crash, ask nothing twice.
 */
@Injectable()
export class FreshnessPlanner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async plan(at: Date): Promise<FreshnessPlan> {
    const { intervalDays, reminderDays } = this.config.freshness;
    const [asked] = (await this.db.query(
      `with due as (
         select c.id, coalesce(last.answered_at, c.published_at) + make_interval(days => $2) as due_at
         from case_study c
         left join lateral (select max(greatest(x.asked_at, x.answered_at)) as answered_at from freshness_check x where x.case_study_id = c.id) last on true
         where c.status = 'PUBLISHED' and c.maturity <> 'DISCONTINUED' and c.published_at is not null
           and coalesce(last.answered_at, c.published_at) + make_interval(days => $2) <= $1
           and not exists (select 1 from freshness_check o where o.case_study_id = c.id and o.answered_at is null)),
       checks as (
         insert into freshness_check (case_study_id, due_at, asked_at) select id, due_at, $1 from due
         on conflict (case_study_id, due_at) do nothing
         returning id, case_study_id, 0 as reminder),
       ${DELIVERIES}`,
      [at, intervalDays],
    )) as Array<{ checks: number }>;
    // One reminder per run: after downtime over both dates, the second follows at the next run.
    const [reminded] = (await this.db.query(
      `with checks as (
         update freshness_check f set reminders = f.reminders + 1, last_reminded_at = $1
          from case_study c
          where c.id = f.case_study_id and c.status = 'PUBLISHED' and f.answered_at is null and f.reminders < 2
            and f.asked_at + make_interval(days => $2 * (f.reminders + 1)) <= $1
          returning f.id, f.case_study_id, f.reminders as reminder),
       ${DELIVERIES}`,
      [at, reminderDays],
    )) as Array<{ checks: number }>;
    return { asked: asked.checks, reminded: reminded.checks, pending: await this.pending() };
  }

  /** Freshness emails still PENDING (new, or left by a run that died before sending), oldest first. */
  async pending(): Promise<string[]> {
    const rows = (await this.db.query(
      `select id::text as id from email_delivery where status = 'PENDING' and template = 'freshness-check' order by id`,
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
