import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import { FUNDING_PROGRAMME_TOPICS_SQL, FUNDING_PROGRAMMES_SQL, TOPICS_SQL, similarPractices, similarityReason } from '@ikone/knowledge';
import { ACCOUNTS_SQL, MUNICIPALITIES_SQL } from '@ikone/membership';
import { CONFIRMED_CONSENT } from '../fanout/notice-writer.repository';
import { DigestPeriod, periodKey } from './digest-period';

/** Items older than this never enter a digest (email was off, or the notifier was down for weeks). */
const MAX_AGE_DAYS = 14;
/** People per build statement: bounds transaction size and lets the CLI show progress. */
const CHUNK = 5000;
/** Funding deadlines this many days ahead go into a digest (ADR 0025). */
const DEADLINE_DAYS = 30;

/** Suggestions in the section "Aus Kommunen wie Ihrer" (ADR 0026). */
const SIMILAR_IN_DIGEST = 3;

/** One suggestion of the digest section "Aus Kommunen wie Ihrer", as the email shows it. */
export interface DigestSuggestion {
  title: string;
  link: string;
  municipality: string;
  reason: { de: string; en: string };
}

export interface DigestBuildOptions {
  onProgress?: (done: number, total: number) => void;
}

export interface DigestBuild {
  periodKey: string;
  /** Digests created by this run (0 on a re-run). */
  created: number;
  /** Digest deliveries of the period still PENDING: this run's and any an interrupted run left. */
  pending: string[];
}

/** What a scheduled run built: people due at different times may fall into different periods. */
export interface DueDigestBuild {
  /** The periods of the digests this run created (e.g. `daily:2026-11-26`), sorted. */
  periodKeys: string[];
  created: number;
  /** Digest deliveries of this frequency still PENDING: this run's and any an interrupted run left. */
  pending: string[];
}

/**
 * Who gets a digest, for which period, with the items created before which instant. The CLI
 * names one period and takes everyone; a schedule takes those whose due time fell in its window.
 */
type Selection =
  | { kind: 'everyone'; key: string; cutoff: Date }
  | { kind: 'due'; since: Date; now: Date };

/**
 * Builds digests with set-based SQL. Per chunk of people, one transaction: a digest row per
 * person and period (unique, `on conflict do nothing`), the person's undigested DAILY/WEEKLY
 * notifications attached to it, and one `digest` email delivery holding the items. A digest
 * row exists only together with its items and its delivery, so a crash, a re-run or two
 * notifiers at once never create a second digest and never lose one.
 *
 * When a period is due (ADR 0019): a person's daily digest is due at their hour (preference,
 * else `DIGEST_HOUR`) in the digest time zone, the weekly one at their weekday and hour. A
 * scheduled run at `now` takes everyone whose latest due time lies in `(since, now]` — `since`
 * being where the previous run stopped — and gives them the items created before that due
 * time. An hour with no due time in the window sends nothing, whether or not the day had a
 * digest; after downtime over a due time the next run (the notifier's start) sends it late, once.
 */
@Injectable()
export class DigestBuilder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The CLI: the period of `at` for everyone with items created before `at`, whatever hour they chose. */
  async build(period: DigestPeriod, at: Date, options: DigestBuildOptions = {}): Promise<DigestBuild> {
    const key = periodKey(period, at, this.config.digest.timezone);
    const made = await this.run(period, { kind: 'everyone', key, cutoff: at }, options);
    return { periodKey: key, created: made.length, pending: await this.pending(key) };
  }

  /** A scheduled run: everyone whose due time fell in `(since, now]`, each for the period of that due time. */
  async buildDue(period: DigestPeriod, since: Date, now: Date, options: DigestBuildOptions = {}): Promise<DueDigestBuild> {
    const made = await this.run(period, { kind: 'due', since, now }, options);
    const periodKeys = [...new Set(made.map((m) => m.key))].sort();
    return { periodKeys, created: made.length, pending: await this.pendingOf(period) };
  }

  /** Where the schedule of `period` stopped looking last time (null before its first run). */
  async coveredUntil(period: DigestPeriod): Promise<Date | null> {
    const [row] = (await this.db.query(`select covered_until from digest_schedule where period = $1`, [period])) as Array<{ covered_until: Date }>;
    return row ? new Date(row.covered_until) : null;
  }

  /** Records that due times up to `until` have been handled; never moves back (two notifiers, skewed clocks). */
  async markCovered(period: DigestPeriod, until: Date): Promise<void> {
    await this.db.query(
      `insert into digest_schedule (period, covered_until) values ($1, $2)
       on conflict (period) do update set covered_until = greatest(digest_schedule.covered_until, excluded.covered_until)`,
      [period, until],
    );
  }

  private async run(period: DigestPeriod, selection: Selection, options: DigestBuildOptions): Promise<Array<{ id: string; key: string }>> {
    const frequency = period === 'daily' ? 'DAILY' : 'WEEKLY';
    const latest = selection.kind === 'everyone' ? selection.cutoff : selection.now;
    const candidates = (await this.db.query(
      `select distinct recipient_id as id from notification
       where email_via = $1 and digest_id is null and created_at < $2 and created_at >= $3`,
      [frequency, latest, new Date(latest.getTime() - MAX_AGE_DAYS * 86_400_000)],
    )) as Array<{ id: string }>;
    const ids = candidates.map((c) => c.id);
    const { sql: dueSql, params: dueParams } = this.dueSelection(period, selection);
    const suggestions = await this.suggestionsFor(ids);
    const made: Array<{ id: string; key: string }> = [];
    options.onProgress?.(0, ids.length);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const slice = ids.slice(i, i + CHUNK);
      made.push(
        ...(await this.db.transaction(async (manager) => {
          const rows = (await manager.query(
            `with due as (${dueSql}),
             items as (
               select n.id, n.recipient_id, due.period_key from notification n join due on due.id = n.recipient_id
               where n.email_via = $2 and n.digest_id is null and n.created_at < due.cutoff
                 and n.created_at >= due.cutoff - make_interval(days => ${MAX_AGE_DAYS})
             ),
             made as (
               insert into digest (user_id, period_key, frequency, item_count)
               select recipient_id, period_key, $2, count(*) from items group by recipient_id, period_key
               on conflict (user_id, period_key) do nothing
               returning id, user_id, period_key
             ),
             attached as (
               update notification n set digest_id = made.id from made join items on items.recipient_id = made.user_id
               where n.id = items.id returning 1
             )
             select id::text as id, period_key as key from made`,
            [slice, frequency, ...dueParams],
          )) as Array<{ id: string; key: string }>;
          if (rows.length > 0) await this.writeDeliveries(manager, rows.map((r) => r.id), latest, suggestions.forReaders(slice));
          return rows;
        })),
      );
      options.onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
    }
    // Tens of thousands of fresh rows and no statistics yet: without this the planner keeps the
    // plan it made for empty tables and `pending()` ran for minutes at 100,000 users (bench).
    if (made.length > 1000) await this.db.query(`analyze digest, email_delivery`);
    return made;
  }

  /**
   * The `due` part of the build statement: (id, period_key, cutoff) per person of `$1` who is
   * active, has email on, confirmed notification emails and gets a digest now. Its parameters start at `$3`.
   */
  private dueSelection(period: DigestPeriod, selection: Selection): { sql: string; params: unknown[] } {
    const people = `${ACCOUNTS_SQL} u left join notification_preference p on p.user_id = u.id`;
    // Digests hold only subscriptions' items, so they need the confirmed consent (ADR 0023).
    const reachable = `u.id = any($1::uuid[]) and u.status = 'ACTIVE' and coalesce(p.email_enabled, true) and ${CONFIRMED_CONSENT}`;
    if (selection.kind === 'everyone') {
      return {
        sql: `select u.id, $3::text as period_key, $4::timestamptz as cutoff from ${people} where ${reachable}`,
        params: [selection.key, selection.cutoff],
      };
    }
    const { timezone, dailyHour, weeklyDay } = this.config.digest;
    // The person's latest due time by `now` on the wall clock of the digest time zone: today's
    // (this week's) if it has come, else yesterday's (last week's). Arithmetic on a wall-clock
    // `timestamp` keeps 07:00 at 07:00 across daylight saving time.
    const unit = period === 'daily' ? 'day' : 'week';
    const offset =
      period === 'daily'
        ? `make_interval(hours => coalesce(p.digest_hour, $6::int))`
        : `make_interval(days => coalesce(p.digest_weekday, $7::int) - 1, hours => coalesce(p.digest_hour, $6::int))`;
    const key = period === 'daily' ? `'daily:' || to_char(d.local_due, 'YYYY-MM-DD')` : `'weekly:' || to_char(d.local_due, 'IYYY-"W"IW')`;
    const sql = `select u.id, ${key} as period_key, d.due_at as cutoff
             from ${people}
             cross join lateral (
               select date_trunc('${unit}', $4::timestamptz at time zone $5::text) + ${offset} as this_one,
                      $4::timestamptz at time zone $5::text as local_now
             ) t
             cross join lateral (
               select w.local_due, w.local_due at time zone $5::text as due_at
               from (select case when t.this_one <= t.local_now then t.this_one else t.this_one - interval '1 ${unit}' end as local_due) w
             ) d
             where ${reachable} and d.due_at > $3::timestamptz and d.due_at <= $4::timestamptz`;
    const params: unknown[] = [selection.since, selection.now, timezone, dailyHour];
    if (period === 'weekly') params.push(weeklyDay === 0 ? 7 : weeklyDay);
    return { sql, params };
  }

  /**
   * "Aus Kommunen wie Ihrer": suggestions for every municipality the readers belong to, computed
   * once per run in one statement (not per reader), keyed by municipality id. Digest readers
   * are signed in, so NETWORK practices count. `forReaders` gives a chunk only the suggestions
   * of its readers' municipalities (not those of the whole run, parsed again by every chunk).
   */
  private async suggestionsFor(userIds: string[]): Promise<{ forReaders(ids: string[]): Record<string, DigestSuggestion[]> }> {
    if (userIds.length === 0) return { forReaders: () => ({}) };
    const rows = (await this.db.query(`select u.id::text as id, u.municipality_id::text as mid from ${ACCOUNTS_SQL} u where u.id = any($1::uuid[]) and u.municipality_id is not null`, [
      userIds,
    ])) as Array<{ id: string; mid: string }>;
    const municipalityOf = new Map(rows.map((r) => [r.id, r.mid]));
    const practices = await similarPractices(this.db, [...new Set(municipalityOf.values())], { signedIn: true, limit: SIMILAR_IN_DIGEST });
    const byMunicipality = new Map<string, DigestSuggestion[]>();
    for (const p of practices) {
      const list = byMunicipality.get(p.forMunicipalityId) ?? [];
      byMunicipality.set(p.forMunicipalityId, list);
      list.push({
        title: p.title,
        link: `/praxisbeispiele/${encodeURIComponent(p.slug)}`,
        municipality: p.municipalityName,
        reason: { de: similarityReason(p, 'de'), en: similarityReason(p, 'en') },
      });
    }
    return {
      forReaders: (ids) => {
        const picked: Record<string, DigestSuggestion[]> = {};
        for (const id of ids) {
          const mid = municipalityOf.get(id);
          const list = mid === undefined ? undefined : byMunicipality.get(mid);
          if (mid !== undefined && list) picked[mid] = list;
        }
        return picked;
      },
    };
  }

  /**
   * One `digest` email delivery per new digest, holding its items and the funding deadlines of
   * the reader's followed topics in the 30 days from `at` (ADR 0025): the programmes due soon are
   * found once per statement, then matched to the chunk's readers through their subscriptions;
   * and the suggestions "Aus Kommunen wie Ihrer" of the reader's municipality (ADR 0026).
   */
  private async writeDeliveries(manager: EntityManager, digestIds: string[], at: Date, suggestions: Record<string, DigestSuggestion[]>): Promise<void> {
    await manager.query(
      `with soon as (
         select fp.id, jsonb_build_object('name', fp.name, 'provider', fp.provider, 'url', fp.url,
                  'deadline', to_char(fp.deadline, 'YYYY-MM-DD')) as entry, fp.deadline, fp.name
         from ${FUNDING_PROGRAMMES_SQL} fp
         where fp.deadline between ($2::timestamptz at time zone $3::text)::date
                               and ($2::timestamptz at time zone $3::text)::date + ${DEADLINE_DAYS}
       ),
       deadlines as (
         select x.user_id, jsonb_agg(x.entry order by x.deadline, x.name) as list
         from (
           select distinct g.user_id, soon.id, soon.entry, soon.deadline, soon.name
           from digest g
           join subscription s on s.user_id = g.user_id and s.topic_id is not null
           join ${FUNDING_PROGRAMME_TOPICS_SQL} pt on pt.topic_id = s.topic_id
           join soon on soon.id = pt.funding_programme_id
           where g.id = any($1::bigint[])
         ) x group by x.user_id
       ),
       ins as (
         insert into email_delivery (idempotency_key, recipient, user_id, template, locale, data)
         select 'digest:' || g.period_key || ':' || g.user_id, u.email, u.id, 'digest', u.locale,
           jsonb_build_object(
             'frequency', g.frequency, 'periodKey', g.period_key, 'displayName', u.display_name,
             'unsubscribeId', case when x.subs = 1 and s.id is not null then s.id else u.id end,
             'via', case when x.subs = 1 and s.id is not null
               then jsonb_build_object('topic', t.name_de, 'topicEn', t.name_en, 'municipality', m.name) else null end,
             'items', x.items, 'deadlines', coalesce(dl.list, '[]'::jsonb),
             'similar', coalesce($4::jsonb -> u.municipality_id::text, '[]'::jsonb))
         from digest g
         join ${ACCOUNTS_SQL} u on u.id = g.user_id
         join lateral (
           select jsonb_agg(jsonb_build_object('kind', n.kind, 'title', n.title, 'link', n.link, 'data', n.data, 'subscriptionId', n.subscription_id)
                    order by n.created_at, n.id) as items,
                  count(distinct n.subscription_id) as subs,
                  (array_agg(n.subscription_id) filter (where n.subscription_id is not null))[1] as sub
           from notification n where n.digest_id = g.id
         ) x on true
         left join subscription s on s.id = x.sub
         left join ${TOPICS_SQL} t on t.id = s.topic_id
         left join ${MUNICIPALITIES_SQL} m on m.id = s.municipality_id
         left join deadlines dl on dl.user_id = g.user_id
         where g.id = any($1::bigint[])
         on conflict (idempotency_key) do nothing
         returning id, idempotency_key
       )
       update digest g set delivery_id = ins.id from ins
       where g.id = any($1::bigint[]) and ins.idempotency_key = 'digest:' || g.period_key || ':' || g.user_id`,
      [digestIds, at, this.config.digest.timezone, JSON.stringify(suggestions)],
    );
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

  /** Digest deliveries of a frequency not yet taken for sending, whatever their period. */
  async pendingOf(period: DigestPeriod): Promise<string[]> {
    const rows = (await this.db.query(
      `select d.id::text as id from email_delivery d join digest g on g.delivery_id = d.id
       where d.status = 'PENDING' and d.template = 'digest' and g.frequency = $1 order by d.id`,
      [period === 'daily' ? 'DAILY' : 'WEEKLY'],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
