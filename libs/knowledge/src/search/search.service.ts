import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@ikone/membership';
import { CASE_STUDY_LIST_COLUMNS, CaseStudyRecord } from '../case-studies/case-study.types';
import { EVENT_COLUMNS, EventRecord } from '../events/event.types';
import type { SubjectType } from '../knowledge.events';
import { canRead, ContentStatus, Visibility } from '../shared/content-policy';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, SearchIndex } from './search-index';

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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes the headline text first, then turns the sentinel markers into <mark>: nothing user-written becomes markup. */
export function highlight(headline: string): string {
  return escapeHtml(headline).split(HIGHLIGHT_START).join('<mark>').split(HIGHLIGHT_STOP).join('</mark>');
}

/**
 * Search over case studies and events in one list: asks the {@link SearchIndex} (PostgreSQL
 * unless a network binds another) for published items the caller may see, then loads them and
 * checks them again, so an index that lags behind a change never shows what is gone or hidden.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** `snippets: false` when the caller does not show them (they cost a second pass over each hit's text). */
  async search(actor: Actor | null, query: string, first: number, snippets = true): Promise<SearchResult> {
    // Search covers PUBLISHED items only; for those, reading depends on visibility alone.
    const visibilities: Visibility[] = actor ? ['PUBLIC', 'NETWORK'] : ['PUBLIC'];
    const found = await this.index.search({ text: query, visibilities, first, snippets });
    const caseStudyIds = found.hits.filter((h) => h.subjectType === 'CaseStudy').map((h) => h.id);
    const eventIds = found.hits.filter((h) => h.subjectType === 'Event').map((h) => h.id);
    const [caseStudies, events] = (await Promise.all([
      caseStudyIds.length ? this.db.query(`select ${CASE_STUDY_LIST_COLUMNS} from case_study c where c.id = any($1::uuid[])`, [caseStudyIds]) : [],
      eventIds.length ? this.db.query(`select ${EVENT_COLUMNS} from event e where e.id = any($1::uuid[])`, [eventIds]) : [],
    ])) as [CaseStudyRecord[], EventRecord[]];
    const readable = (record: { status: ContentStatus; visibility: Visibility } | undefined) =>
      !!record && record.status === 'PUBLISHED' && canRead(actor, { ...record, ownerIds: [] });
    return {
      totalCount: found.totalCount,
      hits: found.hits.flatMap((h) => {
        const caseStudy = h.subjectType === 'CaseStudy' ? caseStudies.find((c) => c.id === h.id) : undefined;
        const event = h.subjectType === 'Event' ? events.find((e) => e.id === h.id) : undefined;
        if (!readable(caseStudy ?? event)) return [];
        return [{ subjectType: h.subjectType, id: h.id, score: h.score, snippet: highlight(h.snippet), caseStudy, event }];
      }),
    };
  }
}
