import type { SubjectType } from '../knowledge.events';
import type { Visibility } from '../shared/content-policy';

/** What a search index is asked: published items of the given visibilities matching `text`. */
export interface SearchRequest {
  /** The words as the person typed them; the index does its own (German) analysis. */
  text: string;
  /** PUBLIC for anonymous visitors, PUBLIC and NETWORK for signed-in people. */
  visibilities: Visibility[];
  /** Number of hits wanted, best first (1–50). */
  first: number;
  /** Whether the caller shows snippets; an index may skip building them when not (default: true). */
  snippets?: boolean;
}

export interface SearchIndexHit {
  subjectType: SubjectType;
  id: string;
  /** Higher is better; the hits come sorted by it. */
  score: number;
  /** The matching passage with the matches between the {@link HIGHLIGHT_START} and {@link HIGHLIGHT_STOP} markers, otherwise plain text; '' when `snippets` was false. */
  snippet: string;
}

export interface SearchIndexResult {
  hits: SearchIndexHit[];
  /** Matches over both kinds; an index may cap it (the PostgreSQL index counts up to 1,000 per kind). */
  totalCount: number;
}

/** Marks the start of a match in {@link SearchIndexHit.snippet} (a control character no author can type into a form). */
export const HIGHLIGHT_START = '\u0002';
/** Marks the end of a match in {@link SearchIndexHit.snippet}. */
export const HIGHLIGHT_STOP = '\u0003';

/**
 * The port behind `search`: ranks published case studies and events together. The PostgreSQL
 * implementation (`PostgresSearchIndex`) is the default; a network that outgrows it binds
 * an adapter for a search engine here, fed from the outbox events (ADR 0020). The caller loads
 * the records and checks them again, so an index that lags behind only costs a shorter page.
 */
export abstract class SearchIndex {
  abstract search(request: SearchRequest): Promise<SearchIndexResult>;
}
