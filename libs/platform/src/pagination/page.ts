import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PlatformError } from '../errors/domain-error';

/** One page of a keyset-paginated list, transport-free (the gateway maps it to a connection). */
export interface Page<T> {
  items: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

export interface PageRequest {
  first?: number;
  after?: string;
}

/** A sort key: the SQL expression and how to read its value from a row. */
export interface SortKey<T> {
  expression: string;
  value: (row: T) => string | number | Date | null;
  direction?: 'ASC' | 'DESC';
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through
  }
  throw new PlatformError('INVALID_CURSOR', 'after');
}

/**
 * Keyset pagination over a query builder: one statement for the page, one for the count.
 * Keys must end with a unique column so the order is total.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  request: PageRequest,
  keys: SortKey<T>[],
): Promise<Page<T>> {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  const totalCount = await qb.clone().orderBy().getCount();
  if (request.after) {
    const values = decodeCursor(request.after, keys.length);
    // (k1, k2, …) > (v1, v2, …) expanded so mixed directions work.
    const clauses: string[] = [];
    const params: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      const equal = keys.slice(0, i).map((k, j) => `${k.expression} = :cursor${j}`);
      const op = (key.direction ?? 'ASC') === 'ASC' ? '>' : '<';
      clauses.push(`(${[...equal, `${key.expression} ${op} :cursor${i}`].join(' and ')})`);
      params[`cursor${i}`] = values[i];
    });
    qb.andWhere(`(${clauses.join(' or ')})`, params);
  }
  keys.forEach((key, i) =>
    i === 0 ? qb.orderBy(key.expression, key.direction ?? 'ASC') : qb.addOrderBy(key.expression, key.direction ?? 'ASC'),
  );
  const rows = await qb.take(first + 1).getMany();
  const items = rows.slice(0, first);
  return {
    items,
    cursors: items.map((row) => encodeCursor(keys.map((k) => {
      const v = k.value(row);
      return v instanceof Date ? v.toISOString() : v;
    }))),
    hasNextPage: rows.length > first,
    hasPreviousPage: Boolean(request.after),
    totalCount,
  };
}
