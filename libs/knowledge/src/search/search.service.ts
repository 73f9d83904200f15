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
const TITLE_CANDIDATES = 200;
const BODY_CANDIDATES = 500;
/** Totals are exact up to this many matches per kind, then capped. */
const COUNT_CAP = 1_000;
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
    // Ranking reads every candidate's tsvector, so candidates are bounded: title matches (they
    // rank highest, found through their own index) plus a capped sample of body matches. Only
    // current content is searched; archived and cancelled items are reached through their pages.
    const cs = `c.status = 'PUBLISHED' and ${caseStudyVisible.sql}`;
    const ev = `e.status = 'PUBLISHED' and ${eventVisible.sql}`;
    // One statement: each bounded candidate set is read once and serves both the ranking and the
    // (capped) total, so the index is scanned once per kind and field.
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `with q as materialized (select ikone_search_query(:query) as tsq),
            cs_title as (select c.id from case_study c, q where to_tsvector('german', c.title) @@ q.tsq and ${cs} limit ${TITLE_CANDIDATES}),
            cs_body as (select c.id from case_study c, q where c.search @@ q.tsq and ${cs} limit ${COUNT_CAP}),
            ev_title as (select e.id from event e, q where to_tsvector('german', e.title) @@ q.tsq and ${ev} limit ${TITLE_CANDIDATES}),
            ev_body as (select e.id from event e, q where e.search @@ q.tsq and ${ev} limit ${COUNT_CAP}),
            cand as (
              select 'CaseStudy' as kind, id from cs_title union select 'CaseStudy', id from (select id from cs_body limit ${BODY_CANDIDATES}) b
              union select 'Event', id from ev_title union select 'Event', id from (select id from ev_body limit ${BODY_CANDIDATES}) b2),
            hits as (
              select k.kind, k.id, ts_rank(coalesce(c.search, e.search), q.tsq) as score
                from cand k
                left join case_study c on k.kind = 'CaseStudy' and c.id = k.id
                left join event e on k.kind = 'Event' and e.id = k.id, q
               order by score desc, k.id limit :limit)
       select h.kind, h.id, h.score,
              case h.kind
                when 'CaseStudy' then (select ts_headline('german', c.summary || ' ' || c.problem || ' ' || c.solution || ' ' || c.results, q.tsq,
                                        'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                                       from case_study c where c.id = h.id)
                else (select ts_headline('german', coalesce(e.location, '') || ' ' || e.description, q.tsq,
                                        'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                       from event e where e.id = h.id)
              end as snippet,
              ((select count(*) from cs_body) + (select count(*) from ev_body))::int as total
         from (select * from hits union all select null, null, null where not exists (select 1 from hits)) h, q
        order by h.score desc nulls last, h.id`,
      params,
    );
    const all = (await this.db.query(sql, values)) as Array<{ kind: SubjectType | null; id: string; score: number; snippet: string | null; total: number }>;
    const n = all[0]?.total ?? 0;
    const rows = all.filter((r) => r.kind !== null) as Array<{ kind: SubjectType; id: string; score: number; snippet: string | null }>;
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
