import type { DataSource } from 'typeorm';

/**
 * Remembers the answer of an expensive read for a while per key; concurrent callers share one
 * run, and a failed run is not remembered. TTL 0 turns it off (tests).
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  get(key: string, run: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return run();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const value = run();
    value.catch(() => this.entries.delete(key));
    this.entries.set(key, { at: now, value });
    return value;
  }
}

/**
 * Remembers list totals (`select count(*) …`) for a few seconds per statement and parameters.
 * Counting tens of thousands of visible rows costs more than the page itself; a total that is
 * a few seconds old is fine for "1.234 Praxisbeispiele". TTL 0 turns it off (tests).
 */
export class CountCache {
  private readonly cache: TtlCache<number>;

  constructor(
    private readonly db: DataSource,
    ttlMs: number,
    maxEntries = 1000,
  ) {
    this.cache = new TtlCache<number>(ttlMs, maxEntries);
  }

  get(sql: string, params: unknown[]): Promise<number> {
    return this.cache.get(`${sql}\u0000${JSON.stringify(params)}`, () =>
      this.db.query(sql, params).then((rows: Array<{ n: number }>) => Number(rows[0].n)),
    );
  }
}
