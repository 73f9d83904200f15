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

/**
 * What one value of a cursor must look like before it may reach SQL: `text` (a string of at
 * most 1,000 characters, valid Unicode, no NUL), `uuid`, `timestamp` (ISO 8601 or PostgreSQL's
 * text form of a timestamptz), `int` (a safe integer) or `bigint` (up to 18 digits, as text).
 */
export type CursorPart = 'text' | 'uuid' | 'timestamp' | 'int' | 'bigint';

type CursorValue<K extends CursorPart> = K extends 'int' ? number : string;

/** A sort key: the SQL expression, how to read its value from a row, and the value's kind. */
export interface SortKey<T> {
  expression: string;
  value: (row: T) => string | number | Date | null;
  kind: CursorPart;
  direction?: 'ASC' | 'DESC';
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/;
// eslint-disable-next-line no-control-regex -- NUL is what is looked for
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isTimestamp(value: string): boolean {
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Rejects 2026-02-31 and 25:00, which PostgreSQL would refuse with an error.
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && s < 60;
}

function fits(kind: CursorPart, value: unknown): boolean {
  switch (kind) {
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'bigint':
      return typeof value === 'string' && /^\d{1,18}$/.test(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp':
      return typeof value === 'string' && isTimestamp(value);
    case 'text':
      return typeof value === 'string' && value.length <= 1000 && !BAD_TEXT.test(value);
  }
}

/**
 * Reads a cursor written by {@link encodeCursor} and checks every value against its kind, so
 * a forged cursor is refused here (BAD_USER_INPUT naming `after`) and never reaches SQL.
 */
export function decodeCursor<const K extends readonly CursorPart[]>(cursor: string, kinds: K): { -readonly [I in keyof K]: CursorValue<K[I]> } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new PlatformError('INVALID_CURSOR', 'after');
  }
  if (!Array.isArray(values) || values.length !== kinds.length || !kinds.every((kind, i) => fits(kind, values[i]))) {
    throw new PlatformError('INVALID_CURSOR', 'after');
  }
  return values as { -readonly [I in keyof K]: CursorValue<K[I]> };
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
  // Decoded before any statement runs, so a forged cursor costs no query.
  const values: unknown[] | null = request.after ? decodeCursor(request.after, keys.map((k) => k.kind)) : null;
  const totalCount = await qb.clone().orderBy().getCount();
  if (values) {
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
