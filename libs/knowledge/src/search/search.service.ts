import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@ikone/membership';
import { CASE_STUDY_LIST_COLUMNS, CaseStudyRecord } from '../case-studies/case-study.types';
import { EVENT_COLUMNS, EventRecord } from '../events/event.types';
import type { SubjectType } from '../knowledge.events';
import { visibilitySql } from '../shared/content-policy';

export interface SearchHit {
  subjectType: SubjectType;
  id: string;
  score: number;
  /** HTML-escaped text with the matches wrapped in <mark>. */
  snippet: string;
  caseStudy?: CaseStudyRecord;
  event?: EventRecord;
}

export interface SearchResult {
  hits: SearchHit[];
  totalCount: number;
}

const START = '\u0002';
const STOP = '\u0003';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes the headline text first, then turns the sentinel markers into <mark>: nothing user-written becomes markup. */
export function highlight(headline: string): string {
  return escapeHtml(headline).split(START).join('<mark>').split(STOP).join('</mark>');
}

/**
 * One German full-text search over case studies and events: published items the caller may
 * read, ranked title above summary above body (tsvector weights A, B, C).
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(actor: Actor | null, query: string, first: number): Promise<SearchResult> {
    const caseStudyVisible = visibilitySql(
      actor,
      'c',
      '',
      `(c.municipality_id = :ownMunicipality or exists (select 1 from case_study_co_owner o where o.case_study_id = c.id and o.municipality_id = :ownMunicipality))`,
    );
    const eventVisible = visibilitySql(actor, 'e', 'array[e.municipality_id]');
    const params = { ...caseStudyVisible.params, ...eventVisible.params, query, limit: first };
    // Only current content is searched; archived and cancelled items are found through their pages.
    const matches = `
      select 'CaseStudy' as kind, c.id, ts_rank(c.search, q.tsq) as score from case_study c, q
       where c.search @@ q.tsq and c.status = 'PUBLISHED' and ${caseStudyVisible.sql}
      union all
      select 'Event', e.id, ts_rank(e.search, q.tsq) from event e, q
       where e.search @@ q.tsq and e.status = 'PUBLISHED' and ${eventVisible.sql}`;
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `with q as (select ikone_search_query(:query) as tsq),
            hits as (select * from (${matches}) m order by score desc, id limit :limit)
       select h.kind, h.id, h.score,
              case h.kind
                when 'CaseStudy' then (select ts_headline('german', c.summary || ' ' || c.problem || ' ' || c.solution || ' ' || c.results, q.tsq,
                                        'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                                       from case_study c where c.id = h.id)
                else (select ts_headline('german', coalesce(e.location, '') || ' ' || e.description, q.tsq,
                                        'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                       from event e where e.id = h.id)
              end as snippet
         from hits h, q order by h.score desc, h.id`,
      params,
    );
    const [countSql, countValues] = this.db.driver.escapeQueryWithParameters(
      `with q as (select ikone_search_query(:query) as tsq) select count(*)::int as n from (${matches}) m`,
      params,
    );
    const [rows, [{ n }]] = (await Promise.all([this.db.query(sql, values), this.db.query(countSql, countValues)])) as [
      Array<{ kind: SubjectType; id: string; score: number; snippet: string | null }>,
      [{ n: number }],
    ];
    const caseStudyIds = rows.filter((r) => r.kind === 'CaseStudy').map((r) => r.id);
    const eventIds = rows.filter((r) => r.kind === 'Event').map((r) => r.id);
    const [caseStudies, events] = (await Promise.all([
      caseStudyIds.length ? this.db.query(`select ${CASE_STUDY_LIST_COLUMNS} from case_study c where c.id = any($1::uuid[])`, [caseStudyIds]) : [],
      eventIds.length ? this.db.query(`select ${EVENT_COLUMNS} from event e where e.id = any($1::uuid[])`, [eventIds]) : [],
    ])) as [CaseStudyRecord[], EventRecord[]];
    return {
      totalCount: n,
      hits: rows.map((r) => ({
        subjectType: r.kind,
        id: r.id,
        score: Number(r.score),
        snippet: highlight(r.snippet ?? ''),
        caseStudy: caseStudies.find((c) => c.id === r.id),
        event: events.find((e) => e.id === r.id),
      })),
    };
  }
}
