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

/** One sort key of a {@link Keyset}: its SQL expression and the kind of value the cursor carries for it. */
export interface KeysetKey {
  /**
   * The sort expression, qualified by its table's alias (`d.id`): in ORDER BY a bare name that is
   * also an output column means that column, so `id` beside `d.id::text as id` would sort as text.
   */
  sql: string;
  kind: CursorPart;
  /**
   * The row property that already holds the value (`id` for `c.id`), so the page statement does
   * not select it twice. Not for timestamps, which must come as text. Ignored by {@link paginate}.
   */
  field?: string;
}

const CAST: Record<CursorPart, string> = { text: 'text', uuid: 'uuid', timestamp: 'timestamptz', int: 'int', bigint: 'bigint' };

/** A key as the page statement selects it: timestamps and bigints as text, which a Date or number would round. */
function keyColumn(key: KeysetKey): string {
  return `(${key.sql})${key.kind === 'timestamp' || key.kind === 'bigint' ? '::text' : ''}`;
}

/**
 * The one way to page a list (ADR 0031): a keyset order whose last key is unique, every key in
 * the same direction. The page statement selects each key as `"_k0"`, `"_k1"`, … (timestamps
 * and bigints as PostgreSQL text, so microseconds survive the round trip) and compares the row
 * tuple with the cursor's values; the count statement is the caller's, so each list keeps its
 * statement count. The key columns stay on the rows (no copy per row on the hot path).
 */
export class Keyset {
  /** Select-list entries naming each key `"_k<i>"` (keys with a `field` are not repeated), for the page statement. */
  readonly select: string;
  /** The ORDER BY list, without the keywords. */
  readonly orderBy: string;
  /** Where each key's value is on a row of the page statement. */
  readonly fields: readonly string[];
  /** A row's key values, in key order (one small closure per width: no loop over names per row on the hot path). */
  readonly read: (row: Record<string, unknown>) => unknown[];
  private readonly kinds: CursorPart[];

  constructor(
    readonly keys: readonly KeysetKey[],
    readonly direction: 'ASC' | 'DESC' = 'ASC',
  ) {
    for (const k of keys) if (k.field && k.kind === 'timestamp') throw new Error(`Keyset: the timestamp key ${k.sql} must be selected as text`);
    this.kinds = keys.map((k) => k.kind);
    this.fields = keys.map((k, i) => k.field ?? `_k${i}`);
    this.select = keys.flatMap((k, i) => (k.field ? [] : [`${keyColumn(k)} as "_k${i}"`])).join(', ');
    const [f0, f1, f2] = this.fields;
    const fields = this.fields;
    if (fields.length === 1) this.read = (row) => [row[f0]];
    else if (fields.length === 2) this.read = (row) => [row[f0], row[f1]];
    else if (fields.length === 3) this.read = (row) => [row[f0], row[f1], row[f2]];
    else this.read = (row) => fields.map((f) => row[f]);
    this.orderBy = keys.map((k) => `${k.sql} ${direction.toLowerCase()}`).join(', ');
  }

  /**
   * Reads `first` and `after` of a request; a forged cursor is refused here (INVALID_CURSOR on
   * `after`), before any statement runs.
   */
  window(request: PageRequest): KeysetWindow {
    const first = request.first ?? DEFAULT_PAGE_SIZE;
    return new KeysetWindow(this, first, request.after ? decodeCursor(request.after, this.kinds) : null);
  }
}

/** One requested page of a {@link Keyset}: the condition and limit for its statement, and the page built from its rows. */
export class KeysetWindow {
  /** Rows to fetch: one more than shown, to learn whether a next page exists. */
  readonly limit: number;

  constructor(
    private readonly keyset: Keyset,
    readonly first: number,
    /** The cursor's values, checked against the keys' kinds; null on the first page. */
    readonly after: readonly unknown[] | null,
  ) {
    this.limit = first + 1;
  }

  /**
   * `(k0, k1) < ($3::timestamptz, $4::uuid)` after a cursor, else `true`. `bind` adds one
   * parameter and returns its placeholder (`$3`, `:cursor0`), so positional and named styles fit.
   */
  condition(bind: (value: unknown, index: number) => string): string {
    const after = this.after;
    if (!after) return 'true';
    const { keys, direction } = this.keyset;
    const placeholders = keys.map((k, i) => `${bind(after[i], i)}::${CAST[k.kind]}`);
    return `(${keys.map((k) => k.sql).join(', ')}) ${direction === 'ASC' ? '>' : '<'} (${placeholders.join(', ')})`;
  }

  /** The page from the rows of a statement that selected {@link Keyset.select} with {@link limit}. */
  page<T>(rows: T[], totalCount: number): Page<T> {
    const items = rows.length > this.first ? rows.slice(0, this.first) : rows;
    const read = this.keyset.read;
    const cursors: string[] = [];
    for (const item of items) cursors.push(encodeCursor(read(item as Record<string, unknown>)));
    return { items, cursors, hasNextPage: rows.length > this.first, hasPreviousPage: this.after !== null, totalCount };
  }
}

/**
 * A {@link Keyset} page over a query builder: one statement for the page, one for the count
 * (counted before the cursor condition applies).
 */
export async function paginate<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, request: PageRequest, keyset: Keyset): Promise<Page<T>> {
  const window = keyset.window(request);
  const totalCount = await qb.clone().orderBy().getCount();
  const params: Record<string, unknown> = {};
  qb.andWhere(
    window.condition((value, i) => {
      params[`cursor${i}`] = value;
      return `:cursor${i}`;
    }),
    params,
  );
  keyset.keys.forEach((key, i) => {
    qb.addSelect(keyColumn(key), `_k${i}`);
    if (i === 0) qb.orderBy(key.sql, keyset.direction);
    else qb.addOrderBy(key.sql, keyset.direction);
  });
  const { entities, raw } = await qb.take(window.limit).getRawAndEntities<Record<string, unknown>>();
  // Without joins, raw rows and entities come in the same order, one each.
  const keys = raw.slice(0, entities.length).map((row) => Object.fromEntries(keyset.fields.map((field, i) => [field, row[`_k${i}`]])));
  const page = window.page(keys, totalCount);
  return { ...page, items: entities.slice(0, page.items.length) };
}
