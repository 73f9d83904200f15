import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, FieldProblem, InputError, spreadsheetCsv, TtlCache } from '@ikone/platform';
import { ACTIVE_ACCOUNTS_SQL, Actor, MUNICIPALITIES_SQL, requireRole } from '@ikone/membership';

export interface MunicipalityStats {
  municipalityId: string;
  name: string;
  slug: string;
  state: string;
  /** Case studies first published in the period (owned or co-owned). */
  caseStudies: number;
  /** Events taking place in the period. */
  events: number;
  /** Active accounts at the end of the period. */
  members: number;
  /** Reuse requests the municipality sent in the period. */
  reuseRequestsSent: number;
  /** Reuse requests for its case studies received in the period. */
  reuseRequestsReceived: number;
  /** Of those received, how many ended ADOPTED. */
  reusesAdopted: number;
  /** Partner organisations named by its case studies and events of the period, one per pair (ADR 0024). */
  partnerInvolvements: number;
}

/** Figures of the whole network for a period: the sums over every member municipality. */
export interface NetworkTotals {
  /** Member municipalities counted (ACTIVE and SUSPENDED). */
  municipalities: number;
  caseStudies: number;
  events: number;
  members: number;
  reuseRequestsSent: number;
  reuseRequestsReceived: number;
  reusesAdopted: number;
  partnerInvolvements: number;
}

/**
 * NAME: alphabetical (the CSV, small networks). ACTIVITY: most case studies first, then events,
 * then reuse requests (received and sent), then name.
 */
export type StatsOrder = 'NAME' | 'ACTIVITY';

/** The most rows one call may ask for with `first` (a page shows 100; the CSV takes all, without `first`). */
export const NETWORK_STATS_MAX_FIRST = 200;

/** How long expired figures of a period may still be shown while they are recomputed. */
const STALE_SECONDS = 30;

/** What one statement yields for a period, kept for LIST_COUNT_CACHE_SECONDS. */
interface PeriodStats {
  byName: MunicipalityStats[];
  byActivity: MunicipalityStats[];
  totals: NetworkTotals;
}

/**
 * Figures for the funding report: per member municipality, for a period. One statement per period
 * computes every row, the ranking by activity and the totals; callers get the rows they ask for.
 */
@Injectable()
export class NetworkStatsService {
  /**
   * The figures of a period, reused as briefly as list totals (LIST_COUNT_CACHE_SECONDS). The
   * statement takes a few hundred milliseconds at network scale; rather than let every
   * coordinator wait for it each time the figures expire, a period asked for again within
   * STALE_SECONDS gets the previous figures at once while one run refreshes them (ADR 0015).
   */
  private readonly cache: TtlCache<PeriodStats>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: AppConfig,
  ) {
    this.cache = new TtlCache(config.listCountCacheSeconds * 1000, 100, { staleMs: STALE_SECONDS * 1000 });
  }

  /** Every member municipality (or the `first` of them) in the given order. */
  async perMunicipality(
    actor: Actor | null,
    from: Date,
    to: Date,
    options: { order?: StatsOrder; first?: number } = {},
  ): Promise<MunicipalityStats[]> {
    requireRole(actor, 'COORDINATOR');
    const { first, order = 'NAME' } = options;
    const problems = periodProblems(from, to);
    if (first !== undefined && !(Number.isInteger(first) && first >= 1 && first <= NETWORK_STATS_MAX_FIRST)) {
      problems.push({ path: 'first', de: `muss zwischen 1 und ${NETWORK_STATS_MAX_FIRST} liegen`, en: `must be between 1 and ${NETWORK_STATS_MAX_FIRST}` });
    }
    if (problems.length > 0) throw new InputError(problems);
    const period = await this.period(from, to);
    const rows = order === 'ACTIVITY' ? period.byActivity : period.byName;
    // A copy: the cached arrays are shared by every caller of the period.
    return rows.slice(0, first);
  }

  /** The sums over every member municipality and how many there are. */
  async totals(actor: Actor | null, from: Date, to: Date): Promise<NetworkTotals> {
    requireRole(actor, 'COORDINATOR');
    const problems = periodProblems(from, to);
    if (problems.length > 0) throw new InputError(problems);
    return (await this.period(from, to)).totals;
  }

  private period(from: Date, to: Date): Promise<PeriodStats> {
    return this.cache.get(`${from.toISOString()}/${to.toISOString()}`, () => this.compute(from, to));
  }

  private async compute(from: Date, to: Date): Promise<PeriodStats> {
    // Set-based: one aggregate per figure, joined to the municipalities. (Correlated subqueries per
    // municipality took longer than 10 s at network scale: 3,232 members × the period's case studies.)
    // The same statement ranks the rows by activity and sums them, so a page asking for the top
    // rows and the totals gets both from one run, and only what it shows crosses the API.
    const rows: Array<Record<string, number | string>> = await this.db.query(
      `with period_cs as (
         select c.id, c.municipality_id from case_study c
          where c.published_at >= $1 and c.published_at < $2 and c.status in ('PUBLISHED','ARCHIVED')
       ), owned as (
         select municipality_id as mid, id from period_cs
         union
         select o.municipality_id, o.case_study_id from case_study_co_owner o join period_cs p on p.id = o.case_study_id
       ), cs as (select mid, count(*) as n from owned group by mid),
       ev as (
         select municipality_id as mid, count(*) as n from event
          where starts_at >= $1 and starts_at < $2 and status in ('PUBLISHED','ARCHIVED') group by 1
       ), us as (
         select u.municipality_id as mid, count(*) as n from ${ACTIVE_ACCOUNTS_SQL} u
          where u.municipality_id is not null and u.created_at < $2 group by 1
       ), sent as (
         select municipality_id as mid, count(*) as n from reuse_request where created_at >= $1 and created_at < $2 group by 1
       ), received as (
         select c.municipality_id as mid, count(*) as n, count(*) filter (where r.status = 'ADOPTED') as adopted
           from reuse_request r join case_study c on c.id = r.case_study_id
          where r.created_at >= $1 and r.created_at < $2 group by 1
       ), involved as (
         select x.mid, count(*) as n from (
           select o.mid from owned o join case_study_partner l on l.case_study_id = o.id
           union all
           select e.municipality_id from event e join event_partner l on l.event_id = e.id
            where e.starts_at >= $1 and e.starts_at < $2 and e.status in ('PUBLISHED','ARCHIVED')
         ) x group by 1
       ), per_municipality as (
         select m.id, m.name, m.slug, m.state,
                coalesce(cs.n, 0)::int as case_studies, coalesce(ev.n, 0)::int as events, coalesce(us.n, 0)::int as members,
                coalesce(sent.n, 0)::int as sent, coalesce(received.n, 0)::int as received, coalesce(received.adopted, 0)::int as adopted,
                coalesce(involved.n, 0)::int as involved
           from ${MUNICIPALITIES_SQL} m
           left join cs on cs.mid = m.id left join ev on ev.mid = m.id left join us on us.mid = m.id
           left join sent on sent.mid = m.id left join received on received.mid = m.id
           left join involved on involved.mid = m.id
          where m.status in ('ACTIVE','SUSPENDED')
       )
       select p.*,
              row_number() over (order by p.case_studies desc, p.events desc, p.received + p.sent desc, p.name, p.id)::int as activity_rank,
              count(*) over ()::int as all_municipalities, sum(p.case_studies) over ()::int as all_case_studies,
              sum(p.events) over ()::int as all_events, sum(p.members) over ()::int as all_members,
              sum(p.sent) over ()::int as all_sent, sum(p.received) over ()::int as all_received, sum(p.adopted) over ()::int as all_adopted,
              sum(p.involved) over ()::int as all_involved
         from per_municipality p
        order by p.name, p.id`,
      [from, to],
    );
    const byName = rows.map((r) => ({
      municipalityId: r.id as string,
      name: r.name as string,
      slug: r.slug as string,
      state: r.state as string,
      caseStudies: r.case_studies as number,
      events: r.events as number,
      members: r.members as number,
      reuseRequestsSent: r.sent as number,
      reuseRequestsReceived: r.received as number,
      reusesAdopted: r.adopted as number,
      partnerInvolvements: r.involved as number,
    }));
    const byActivity: MunicipalityStats[] = new Array<MunicipalityStats>(byName.length);
    rows.forEach((r, i) => (byActivity[(r.activity_rank as number) - 1] = byName[i]));
    const all = rows[0];
    const totals: NetworkTotals = all
      ? {
          municipalities: all.all_municipalities as number,
          caseStudies: all.all_case_studies as number,
          events: all.all_events as number,
          members: all.all_members as number,
          reuseRequestsSent: all.all_sent as number,
          reuseRequestsReceived: all.all_received as number,
          reusesAdopted: all.all_adopted as number,
          partnerInvolvements: all.all_involved as number,
        }
      : { municipalities: 0, caseStudies: 0, events: 0, members: 0, reuseRequestsSent: 0, reuseRequestsReceived: 0, reusesAdopted: 0, partnerInvolvements: 0 };
    return { byName, byActivity, totals };
  }
}

/** `to` must come after `from`. */
function periodProblems(from: Date, to: Date): FieldProblem[] {
  return from < to ? [] : [{ path: 'to', de: 'muss nach dem Beginn (from) liegen', en: 'must be after from' }];
}

/** The same figures as CSV (semicolon-separated, as German spreadsheet software expects). */
export function statsToCsv(stats: MunicipalityStats[]): string {
  const header = ['Kommune', 'Bundesland', 'Praxisbeispiele', 'Veranstaltungen', 'Mitglieder', 'Nachnutzungsanfragen gesendet', 'Nachnutzungsanfragen erhalten', 'Nachnutzungen', 'Partnerbeteiligungen'];
  const lines = stats.map((s) => [s.name, s.state, s.caseStudies, s.events, s.members, s.reuseRequestsSent, s.reuseRequestsReceived, s.reusesAdopted, s.partnerInvolvements]);
  return spreadsheetCsv([header, ...lines]);
}
