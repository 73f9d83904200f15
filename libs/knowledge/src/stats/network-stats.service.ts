import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InputError } from '@ikone/platform';
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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async perMunicipality(actor: Actor | null, from: Date, to: Date): Promise<MunicipalityStats[]> {
    requireRole(actor, 'COORDINATOR');
    if (!(from < to)) {
      throw new InputError([{ path: 'to', de: 'muss nach dem Beginn (from) liegen', en: 'must be after from' }]);
    }
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `select m.id, m.name, m.slug, m.state,
         (select count(*) from case_study c where c.published_at >= $1 and c.published_at < $2 and c.status in ('PUBLISHED','ARCHIVED')
            and (c.municipality_id = m.id or exists (select 1 from case_study_co_owner o where o.case_study_id = c.id and o.municipality_id = m.id)))::int as case_studies,
         (select count(*) from event e where e.municipality_id = m.id and e.starts_at >= $1 and e.starts_at < $2 and e.status in ('PUBLISHED','ARCHIVED'))::int as events,
         (select count(*) from app_user u where u.municipality_id = m.id and u.status = 'ACTIVE' and u.created_at < $2)::int as members,
         (select count(*) from reuse_request r where r.municipality_id = m.id and r.created_at >= $1 and r.created_at < $2)::int as sent,
         (select count(*) from reuse_request r join case_study c on c.id = r.case_study_id where c.municipality_id = m.id and r.created_at >= $1 and r.created_at < $2)::int as received,
         (select count(*) from reuse_request r join case_study c on c.id = r.case_study_id where c.municipality_id = m.id and r.status = 'ADOPTED' and r.created_at >= $1 and r.created_at < $2)::int as adopted
       from municipality m where m.status in ('ACTIVE','SUSPENDED') order by m.name, m.id`,
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
