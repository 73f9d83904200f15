import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import { DigestPeriod, localTime, periodKey } from './digest-period';

/** Items older than this never enter a digest (email was off, or the notifier was down for weeks). */
const MAX_AGE_DAYS = 14;
/** People per build statement: bounds transaction size and lets the CLI show progress. */
const CHUNK = 5000;

export interface DigestBuildOptions {
  /**
   * Only people whose chosen hour (and, weekly, weekday) has come by `at` — the schedulers,
   * which run every hour of the digest window. The CLI builds for everyone now.
   */
  respectPreferredTime: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface DigestBuild {
  periodKey: string;
  /** Digests created by this run (0 on a re-run). */
  created: number;
  /** Digest deliveries of the period still PENDING: this run's and any an interrupted run left. */
  pending: string[];
}

/**
 * Builds digests with set-based SQL. Per chunk of people, one transaction: a digest row per
 * person and period (unique, `on conflict do nothing`), the person's undigested DAILY/WEEKLY
 * notifications attached to it, and one `digest` email delivery holding the items. A digest
 * row exists only together with its items and its delivery, so a crash, a re-run or two
 * notifiers at once never create a second digest and never lose one.
 */
@Injectable()
export class DigestBuilder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async build(period: DigestPeriod, at: Date, options: DigestBuildOptions): Promise<DigestBuild> {
    const key = periodKey(period, at, this.config.digest.timezone);
    const frequency = period === 'daily' ? 'DAILY' : 'WEEKLY';
    const from = new Date(at.getTime() - MAX_AGE_DAYS * 86_400_000);
    const candidates = (await this.db.query(
      `select distinct recipient_id as id from notification
       where email_via = $1 and digest_id is null and created_at < $2 and created_at >= $3`,
      [frequency, at, from],
    )) as Array<{ id: string }>;
    const ids = candidates.map((c) => c.id);
    const local = localTime(at, this.config.digest.timezone);
    const defaultWeekday = this.config.digest.weeklyDay === 0 ? 7 : this.config.digest.weeklyDay;
    const due =
      period === 'daily'
        ? `coalesce(p.digest_hour, $8::int) <= $7::int`
        : `(coalesce(p.digest_weekday, $10::int) < $9::int or (coalesce(p.digest_weekday, $10::int) = $9::int and coalesce(p.digest_hour, $8::int) <= $7::int))`;
    // Unused parameters would have no type, so daily passes only the ones it names.
    const timeParams = period === 'daily' ? [local.hour, this.config.digest.dailyHour] : [local.hour, this.config.digest.dailyHour, local.weekday, defaultWeekday];
    let created = 0;
    options.onProgress?.(0, ids.length);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const slice = ids.slice(i, i + CHUNK);
      created += await this.db.transaction(async (manager) => {
        const made = (await manager.query(
          `with due as (
             select u.id from app_user u left join notification_preference p on p.user_id = u.id
             where u.id = any($1::uuid[]) and u.status = 'ACTIVE' and coalesce(p.email_enabled, true)
               and (not $6::boolean or ${due})
           ),
           items as (
             select n.id, n.recipient_id from notification n join due on due.id = n.recipient_id
             where n.email_via = $2 and n.digest_id is null and n.created_at < $3 and n.created_at >= $4
           ),
           made as (
             insert into digest (user_id, period_key, frequency, item_count)
             select recipient_id, $5, $2, count(*) from items group by recipient_id
             on conflict (user_id, period_key) do nothing
             returning id, user_id
           ),
           attached as (
             update notification n set digest_id = made.id from made join items on items.recipient_id = made.user_id
             where n.id = items.id returning 1
           )
           select id::text as id from made`,
          [slice, frequency, at, from, key, options.respectPreferredTime, ...timeParams],
        )) as Array<{ id: string }>;
        if (made.length === 0) return 0;
        await manager.query(
          `with ins as (
             insert into email_delivery (idempotency_key, recipient, user_id, template, locale, data)
             select 'digest:' || g.period_key || ':' || g.user_id, u.email, u.id, 'digest', u.locale,
               jsonb_build_object(
                 'frequency', g.frequency, 'periodKey', g.period_key, 'displayName', u.display_name,
                 'unsubscribeId', case when x.subs = 1 and s.id is not null then s.id else u.id end,
                 'via', case when x.subs = 1 and s.id is not null
                   then jsonb_build_object('topic', t.name_de, 'topicEn', t.name_en, 'municipality', m.name) else null end,
                 'items', x.items)
             from digest g
             join app_user u on u.id = g.user_id
             join lateral (
               select jsonb_agg(jsonb_build_object('kind', n.kind, 'title', n.title, 'link', n.link, 'data', n.data, 'subscriptionId', n.subscription_id)
                        order by n.created_at, n.id) as items,
                      count(distinct n.subscription_id) as subs,
                      (array_agg(n.subscription_id) filter (where n.subscription_id is not null))[1] as sub
               from notification n where n.digest_id = g.id
             ) x on true
             left join subscription s on s.id = x.sub
             left join topic t on t.id = s.topic_id
             left join municipality m on m.id = s.municipality_id
             where g.id = any($1::bigint[])
             on conflict (idempotency_key) do nothing
             returning id, user_id
           )
           update digest g set delivery_id = ins.id from ins where g.user_id = ins.user_id and g.period_key = $2`,
          [made.map((m) => m.id), key],
        );
        return made.length;
      });
      options.onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
    }
    // Tens of thousands of fresh rows and no statistics yet: without this the planner keeps the
    // plan it made for empty tables and `pending()` ran for minutes at 100,000 users (bench).
    if (created > 1000) await this.db.query(`analyze digest, email_delivery`);
    return { periodKey: key, created, pending: await this.pending(key) };
  }

  /** Digest deliveries of a period not yet taken for sending. */
  async pending(key: string): Promise<string[]> {
    const rows = (await this.db.query(
      `select d.id::text as id from digest g join email_delivery d on d.id = g.delivery_id
       where g.period_key = $1 and d.status = 'PENDING' order by d.id`,
      [key],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
