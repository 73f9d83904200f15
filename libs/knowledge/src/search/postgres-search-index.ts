import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SubjectType } from '../knowledge.events';
import type { Visibility } from '../shared/content-policy';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, SearchIndex, SearchIndexResult, SearchRequest } from './search-index';

/** Totals are exact up to this many matches per kind, then capped. */
export const COUNT_CAP = 1_000;
/**
 * Share of rows a query must match for the newest-first walk over whole texts: above it the
 * walk finds its candidates within a few hundred rows, while the posting lists would name most
 * of the table; below it the posting lists are the cheaper way (a walk tests a whole tsvector
 * per row, the posting lists only visit the rows they name).
 */
export const WALK_SHARE = 0.05;
/** The same for titles, lower: testing a title per row costs little more than visiting it. */
export const TITLE_WALK_SHARE = 0.02;
/** Word statistics are reread from pg_stats (kept by autovacuum's analyze) at most this often. */
const STATISTICS_TTL_MS = 5 * 60_000;

const TABLES = ['case_study', 'event'] as const;
type Table = (typeof TABLES)[number];

/** One searchable table; both have `search` (title A, summary/location B, body C) and `title_search`. */
interface Kind {
  type: SubjectType;
  table: Table;
  snippetText: string;
}

const KINDS: Kind[] = [
  { type: 'CaseStudy', table: 'case_study', snippetText: `t.summary || ' ' || t.problem || ' ' || t.solution || ' ' || t.results` },
  { type: 'Event', table: 'event', snippetText: `coalesce(t.location, '') || ' ' || t.description` },
];

/** What pg_stats says about one table: row count, lexeme shares per tsvector column, value shares. */
export interface TableStatistics {
  rows: number;
  /** Most common lexemes and the share of rows holding each, per tsvector column. */
  lexemes: Record<'search' | 'title_search', Map<string, number>>;
  /** Share of rows per value of `status` and `visibility`. */
  values: Record<'status' | 'visibility', Map<string, number>>;
}

/** How one kind is searched; see {@link planKind}. */
export interface KindPlan {
  /** Walk the newest published rows testing the title; otherwise read the title posting lists. */
  walkTitles: boolean;
  /** Walk the newest published rows testing the whole text; otherwise read the posting lists. */
  walkBodies: boolean;
  /** So many rows match that the capped total is certain without counting. */
  countCertain: boolean;
  /** The words the title posting lists are read for (the rare ones); the rest are tested on the rows found. */
  titleIndexQuery: string;
  /** The words the posting lists are read for; the rest are tested on the rows found. */
  bodyIndexQuery: string;
  /** All words (the tsquery as `ikone_search_query` made it, up to spacing). */
  query: string;
}

/** Lexemes starting with `word` (its German forms: digitalisier, digitalisiert, digitalisierung …) and their shares. */
function formShares(lexemes: Map<string, number>, word: string): number[] {
  const shares: number[] = [];
  for (const [lexeme, f] of lexemes) if (lexeme.startsWith(word)) shares.push(f);
  return shares;
}

const prefixQuery = (words: string[]) => words.map((w) => `'${w.replace(/'/g, "''")}':*`).join(' & ');
const product = (xs: number[]) => xs.reduce((a, x) => a * x, 1);

/**
 * Picks the cheaper path per kind from the statistics. A word's share of rows is taken two
 * ways: at least its most frequent form (a lower bound: whether the capped total is certain),
 * and about 1 − Π(1 − share of each form) (whether to walk; a walk stops after a bounded
 * number of rows and falls back when it finds too little). A query's share is the product of
 * its words' (independent words). Without statistics (a fresh or tiny database) every share
 * is 0: posting lists and an exact count.
 */
export function planKind(stats: TableStatistics | undefined, words: string[], visibilities: Visibility[]): KindPlan {
  const shares = (column: 'search' | 'title_search') => words.map((w) => formShares(stats?.lexemes[column] ?? new Map(), w));
  const likely = (forms: number[]) => 1 - product(forms.map((f) => 1 - f));
  const atLeast = (forms: number[]) => Math.max(0, ...forms);
  const body = shares('search');
  const title = shares('title_search');
  const visibleShare =
    (stats?.values.status.get('PUBLISHED') ?? 0) * visibilities.reduce((a, v) => a + (stats?.values.visibility.get(v) ?? 0), 0);
  const countCertain = (stats?.rows ?? 0) * product(body.map(atLeast)) * visibleShare >= 2 * COUNT_CAP;
  // A posting list of a word in most rows costs as much as the rows it names: read only the
  // rarest word's list (and those of other rare words) and test the whole query on what they find.
  const indexWords = (forms: number[][]) => {
    const s = forms.map(likely);
    const rarest = s.indexOf(Math.min(...s));
    return prefixQuery(words.filter((_, i) => i === rarest || s[i] < WALK_SHARE));
  };
  return {
    walkTitles: product(title.map(likely)) >= TITLE_WALK_SHARE,
    walkBodies: countCertain && product(body.map(likely)) >= WALK_SHARE,
    countCertain,
    titleIndexQuery: indexWords(title),
    bodyIndexQuery: indexWords(body),
    query: prefixQuery(words),
  };
}

/**
 * The default {@link SearchIndex}: German full text in PostgreSQL (ADR 0020). Ranks a bounded
 * candidate set per kind — the newest title matches and the newest matches anywhere — title
 * matches above all others, then by ts_rank (weights A title, B summary, C body), then newest.
 */
@Injectable()
export class PostgresSearchIndex extends SearchIndex {
  private statistics?: { at: number; tables: Promise<Map<Table, TableStatistics>> };

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async search(request: SearchRequest): Promise<SearchIndexResult> {
    const [prepared] = (await this.db.query(`select ikone_search_query($1)::text as tsq`, [request.text])) as Array<{ tsq: string | null }>;
    if (!prepared.tsq) return { hits: [], totalCount: 0 };
    const words = [...prepared.tsq.matchAll(/'((?:[^']|'')+)':\*/g)].map((m) => m[1].replace(/''/g, "'"));
    const tables = await this.tableStatistics();
    const plans = KINDS.map((kind) => planKind(tables.get(kind.table), words, request.visibilities));
    const result = await this.run(prepared.tsq, plans, request);
    // Words assumed independent may seldom meet: a walk that found fewer candidates than it
    // looked for (within its bound of rows) reads the posting lists instead, and counts.
    const wanted = this.candidates(request);
    const fallback = plans.map((p, i) => ({
      ...p,
      walkTitles: p.walkTitles && result.walked[i].titles >= wanted,
      walkBodies: p.walkBodies && result.walked[i].bodies >= wanted,
      countCertain: p.countCertain && (!p.walkBodies || result.walked[i].bodies >= wanted),
    }));
    const changed = fallback.some((p, i) => p.walkTitles !== plans[i].walkTitles || p.walkBodies !== plans[i].walkBodies);
    return changed ? this.run(prepared.tsq, fallback, request) : result;
  }

  private candidates(request: SearchRequest): number {
    return Math.min(100, 3 * request.first);
  }

  private async run(tsq: string, plans: KindPlan[], request: SearchRequest): Promise<SearchIndexResult & { walked: Array<{ titles: number; bodies: number }> }> {
    const candidates = this.candidates(request);
    const params: unknown[] = [tsq, request.visibilities, request.first];
    const param = (value: unknown) => `$${params.push(value)}`;
    const parts = KINDS.map((kind, i) => this.kindSql(kind, plans[i], candidates, i, param));
    const headline = `'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
    // One statement; the tsquery is a parameter (not computed inside it), so the planner sees
    // it and each path below gets the plan it was chosen for. ts_headline parses each hit's
    // whole text again, so it runs only when snippets are shown.
    const rows = (await this.db.query(
      `with ${parts.map((p) => p.ctes).join(',\n')},
            ranked as (select kind, id, published_at, tier + rank / (1 + rank) as score from (${parts.map((p) => p.ranked).join(' union all ')}) r),
            top as (select * from ranked order by score desc, published_at desc nulls last, id desc limit $3)
       select top.kind, top.id, top.score,
              ${
                request.snippets === false
                  ? 'null::text'
                  : `case top.kind ${KINDS.map(
                      (k) => `when '${k.type}' then (select ts_headline('german', ${k.snippetText}, $1::tsquery, ${headline}) from ${k.table} t where t.id = top.id)`,
                    ).join(' ')} end`
              } as snippet,
              (${parts.map((p) => p.total).join(' + ')})::int as total,
              array[${parts.map((p) => p.walked).join(', ')}]::int[] as walked
         from top
        order by top.score desc, top.published_at desc nulls last, top.id desc`,
      params,
    )) as Array<{ kind: SubjectType; id: string; score: number; snippet: string | null; total: number; walked: number[] }>;
    // No row means nothing matched: every path finds a candidate when anything matches.
    const walked = KINDS.map((_, i) => ({ titles: rows[0]?.walked[2 * i] ?? 0, bodies: rows[0]?.walked[2 * i + 1] ?? 0 }));
    return {
      hits: rows.map((r) => ({ subjectType: r.kind, id: r.id, score: Number(r.score), snippet: r.snippet ?? '' })),
      totalCount: rows[0]?.total ?? 0,
      walked,
    };
  }

  /**
   * The candidate sets, ranked rows and capped total of one kind: `$1` the tsquery, `$2` the
   * visibilities; `param` adds a parameter and names it.
   */
  private kindSql(kind: Kind, plan: KindPlan, candidates: number, i: number, param: (value: unknown) => string) {
    const visible = `t.status = 'PUBLISHED' and t.visibility = any($2::text[])`;
    const newest = (share: number) => `order by t.published_at desc, t.id desc limit ${Math.ceil(candidates / share)}`;
    // Walk: the (published_at desc) index in order, each row tested, stopping after `candidates`
    // matches or `candidates / share` rows. Posting lists: the GIN index for the rare
    // words, the whole query tested on the rows found if it has more words (ts_match_vq, the
    // function of @@, which the planner does not take to the index), at most COUNT_CAP of
    // them, the newest kept;
    // `is true` keeps the planner from ANDing the bitmap with the listing index, which names
    // every published row.
    const walk = (column: string, name: string, share: number) =>
      `${name}${i} as (select t.id from (select t.id, t.${column} from ${kind.table} t where ${visible} ${newest(share)}) t
          where t.${column} @@ $1::tsquery limit ${candidates})`;
    const lists = (column: string, name: string, indexQuery: string) =>
      `${name}_matches${i} as materialized (select t.id, t.published_at from ${kind.table} t
          where t.${column} @@ ${param(indexQuery)}::tsquery ${indexQuery === plan.query ? '' : `and ts_match_vq(t.${column}, $1::tsquery)`}
            and (${visible}) is true limit ${COUNT_CAP}),
       ${name}${i} as (select t.id from ${name}_matches${i} t order by t.published_at desc, t.id desc limit ${candidates})`;
    const titles = plan.walkTitles ? walk('title_search', 'titles', TITLE_WALK_SHARE) : lists('title_search', 'titles', plan.titleIndexQuery);
    const bodies = plan.walkBodies ? walk('search', 'bodies', WALK_SHARE) : lists('search', 'bodies', plan.bodyIndexQuery);
    return {
      ctes: `${titles},\n${bodies},
             cand${i} as (select id from titles${i} union select id from bodies${i})`,
      // Title matches form the upper tier: score = (1 if the title matches) + rank / (1 + rank), rank ≥ 0.
      ranked: `select '${kind.type}' as kind, t.id, t.published_at, (t.title_search @@ $1::tsquery)::int as tier, ts_rank(t.search, $1::tsquery) as rank
                 from cand${i} k join ${kind.table} t on t.id = k.id`,
      total: plan.countCertain ? String(COUNT_CAP) : `(select count(*) from bodies_matches${i})`,
      walked: `${plan.walkTitles ? `(select count(*) from titles${i})` : candidates}, ${plan.walkBodies ? `(select count(*) from bodies${i})` : candidates}`,
    };
  }

  /** pg_stats of both tables, reread after {@link STATISTICS_TTL_MS}. */
  private tableStatistics(): Promise<Map<Table, TableStatistics>> {
    if (!this.statistics || Date.now() - this.statistics.at > STATISTICS_TTL_MS) {
      const tables = this.readStatistics();
      this.statistics = { at: Date.now(), tables };
      tables.catch(() => (this.statistics = undefined));
    }
    return this.statistics.tables;
  }

  private async readStatistics(): Promise<Map<Table, TableStatistics>> {
    const rows = (await this.db.query(
      `select c.relname as table, c.reltuples as rows, s.attname as column,
              coalesce(s.most_common_elems::text, s.most_common_vals::text)::text[] as keys,
              coalesce(s.most_common_elem_freqs, s.most_common_freqs) as freqs
         from pg_class c
         left join pg_stats s on s.schemaname = current_schema() and s.tablename = c.relname
                             and s.attname in ('search', 'title_search', 'status', 'visibility')
        where c.oid in ('case_study'::regclass, 'event'::regclass)`,
    )) as Array<{ table: Table; rows: number; column: string | null; keys: string[] | null; freqs: number[] | null }>;
    const tables = new Map<Table, TableStatistics>();
    for (const table of TABLES) {
      const own = rows.filter((r) => r.table === table);
      const map = (column: string) => {
        const r = own.find((x) => x.column === column);
        return new Map((r?.keys ?? []).map((k, j) => [k, Number(r?.freqs?.[j] ?? 0)]));
      };
      tables.set(table, {
        rows: Math.max(0, Number(own[0]?.rows ?? 0)),
        lexemes: { search: map('search'), title_search: map('title_search') },
        values: { status: map('status'), visibility: map('visibility') },
      });
    }
    return tables;
  }
}
