import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import { FRESHNESS_CHECKED_SQL, FRESHNESS_QUESTIONS_DUE_CTE, FRESHNESS_REMINDERS_DUE_CTE } from '@ikone/knowledge';
import { ACTIVE_ACCOUNTS_SQL } from '@ikone/membership';

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
    select c.id, c.reminder, c.case_study_id, c.title, c.slug, c.published_at, c.municipality_id,
           coalesce(cu.id, rh.id) as contact_id
    from ${FRESHNESS_CHECKED_SQL} c
    left join ${ACTIVE_ACCOUNTS_SQL} cu on cu.id = c.contact_user_id
    left join ${ACTIVE_ACCOUNTS_SQL} rh on rh.id = c.role_holder_id
  ),
  recipient as (
    select k.*, u.id as user_id, u.email, u.display_name, u.locale
    from contact k join ${ACTIVE_ACCOUNTS_SQL} u on u.id = k.contact_id
    union all
    select k.*, u.id, u.email, u.display_name, u.locale
    from contact k join ${ACTIVE_ACCOUNTS_SQL} u on u.municipality_id = k.municipality_id and u.role = 'OFFICER'
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
      `with ${FRESHNESS_QUESTIONS_DUE_CTE},
       ${DELIVERIES}`,
      [at, intervalDays],
    )) as Array<{ checks: number }>;
    // One reminder per run: after downtime over both dates, the second follows at the next run.
    const [reminded] = (await this.db.query(
      `with ${FRESHNESS_REMINDERS_DUE_CTE},
       ${DELIVERIES}`,
      [at, reminderDays],
    )) as Array<{ checks: number }>;
    return { asked: asked.checks, reminded: reminded.checks, pending: await this.pending() };
  }

  /** Freshness emails still PENDING (new, or left by a run that died before sending), oldest first. */
  async pending(): Promise<string[]> {
    const rows = (await this.db.query(
      `select id::text as id from email_delivery where status = 'PENDING' and template = 'freshness-check' order by email_delivery.id`,
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
