import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, InputError, TtlCache } from '@ikone/platform';
import { Actor, requireRole } from '@ikone/membership';

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
}

/** Figures for the funding report: per member municipality, for a period. One statement. */
@Injectable()
export class NetworkStatsService {
  /** The figures of a period, reused as briefly as list totals (LIST_COUNT_CACHE_SECONDS). */
  private readonly cache: TtlCache<MunicipalityStats[]>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: AppConfig,
  ) {
    this.cache = new TtlCache(config.listCountCacheSeconds * 1000, 100);
  }

  async perMunicipality(actor: Actor | null, from: Date, to: Date): Promise<MunicipalityStats[]> {
    requireRole(actor, 'COORDINATOR');
    if (!(from < to)) {
      throw new InputError([{ path: 'to', de: 'muss nach dem Beginn (from) liegen', en: 'must be after from' }]);
    }
    return this.cache.get(`${from.toISOString()}/${to.toISOString()}`, () => this.compute(from, to));
  }

  private async compute(from: Date, to: Date): Promise<MunicipalityStats[]> {
    // Set-based: one aggregate per figure, joined to the municipalities. (Correlated subqueries per
    // municipality took longer than 10 s at network scale: 3,232 members × the period's case studies.)
    const rows: Array<Record<string, unknown>> = await this.db.query(
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
         select municipality_id as mid, count(*) as n from app_user
          where municipality_id is not null and status = 'ACTIVE' and created_at < $2 group by 1
       ), sent as (
         select municipality_id as mid, count(*) as n from reuse_request where created_at >= $1 and created_at < $2 group by 1
       ), received as (
         select c.municipality_id as mid, count(*) as n, count(*) filter (where r.status = 'ADOPTED') as adopted
           from reuse_request r join case_study c on c.id = r.case_study_id
          where r.created_at >= $1 and r.created_at < $2 group by 1
       )
       select m.id, m.name, m.slug, m.state,
              coalesce(cs.n, 0)::int as case_studies, coalesce(ev.n, 0)::int as events, coalesce(us.n, 0)::int as members,
              coalesce(sent.n, 0)::int as sent, coalesce(received.n, 0)::int as received, coalesce(received.adopted, 0)::int as adopted
         from municipality m
         left join cs on cs.mid = m.id left join ev on ev.mid = m.id left join us on us.mid = m.id
         left join sent on sent.mid = m.id left join received on received.mid = m.id
        where m.status in ('ACTIVE','SUSPENDED') order by m.name, m.id`,
      [from, to],
    );
    return rows.map((r) => ({
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
    }));
  }
}

/** The same figures as CSV (semicolon-separated, as German spreadsheet software expects). */
export function statsToCsv(stats: MunicipalityStats[]): string {
  const header = ['Kommune', 'Bundesland', 'Praxisbeispiele', 'Veranstaltungen', 'Mitglieder', 'Nachnutzungsanfragen gesendet', 'Nachnutzungsanfragen erhalten', 'Nachnutzungen'];
  const cell = (v: string | number) => {
    const s = String(v);
    // Quote, and neutralise spreadsheet formulas (CSV injection).
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[";\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = stats.map((s) =>
    [s.name, s.state, s.caseStudies, s.events, s.members, s.reuseRequestsSent, s.reuseRequestsReceived, s.reusesAdopted].map(cell).join(';'),
  );
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}
