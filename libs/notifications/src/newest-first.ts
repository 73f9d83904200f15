import type { DataSource } from 'typeorm';
import { DEFAULT_PAGE_SIZE, Page, PageRequest, decodeCursor, encodeCursor } from '@ikone/platform';

/** Which rows of which table a newest-first list shows: fixed SQL, never caller input. */
export interface NewestFirstQuery {
  /** The select list, aliased to the record's fields. */
  columns: string;
  table: string;
  /** A fixed condition, e.g. `status = 'FAILED'`. */
  where?: string;
}

/**
 * A keyset page of a table with `created_at` and a bigint `id`, newest first: the operators'
 * lists (failed deliveries, dead letters). The cursor keeps `created_at` as PostgreSQL's text, so
 * rows within one millisecond are neither skipped nor repeated.
 */
export async function newestFirst<T>(db: DataSource, query: NewestFirstQuery, page: PageRequest): Promise<Page<T>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const params: unknown[] = [];
  const conditions = query.where ? [query.where] : [];
  if (page.after) {
    const [at, id] = decodeCursor(page.after, ['timestamp', 'bigint']);
    params.push(at, id);
    conditions.push(`(created_at, id) < ($1::timestamptz, $2::bigint)`);
  }
  const where = (c: string[]) => (c.length ? ` where ${c.join(' and ')}` : '');
  const [rows, [{ n }]] = await Promise.all([
    db.query(
      `select ${query.columns}, id::text as "cursorId", created_at::text as "cursorAt"
       from ${query.table}${where(conditions)} order by created_at desc, id desc limit ${first + 1}`,
      params,
    ) as Promise<Array<T & { cursorId: string; cursorAt: string }>>,
    db.query(`select count(*)::int as n from ${query.table}${where(query.where ? [query.where] : [])}`) as Promise<Array<{ n: number }>>,
  ]);
  const rowsOnPage = rows.slice(0, first);
  return {
    items: rowsOnPage.map(({ cursorId: _id, cursorAt: _at, ...item }) => item as unknown as T),
    cursors: rowsOnPage.map((r) => encodeCursor([r.cursorAt, r.cursorId])),
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(page.after),
    totalCount: n,
  };
}
