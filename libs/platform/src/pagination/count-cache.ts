import type { DataSource } from 'typeorm';

/**
 * Remembers the answer of an expensive read for a while per key; concurrent callers share one
 * run, and a failed run is not remembered. TTL 0 turns it off (tests).
 *
 * With `staleMs`, an answer older than the TTL but younger than TTL + `staleMs` is still
 * returned at once while one run in the background replaces it, so callers never wait for a
 * refresh of a key that is in use (stale-while-revalidate); a failed refresh keeps the old answer
 * until the next call tries again.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T>; settled: boolean; refreshing: boolean }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly options: { staleMs?: number; now?: () => number } = {},
  ) {}

  get(key: string, run: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return run();
    const now = (this.options.now ?? Date.now)();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (hit && hit.settled && now - hit.at < this.ttlMs + (this.options.staleMs ?? 0)) {
      if (!hit.refreshing) {
        hit.refreshing = true;
        run().then(
          (fresh) => this.entries.set(key, { at: now, value: Promise.resolve(fresh), settled: true, refreshing: false }),
          () => (hit.refreshing = false),
        );
      }
      return hit.value;
    }
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const value = run();
    const entry = { at: now, value, settled: false, refreshing: false };
    value.then(
      () => (entry.settled = true),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.entries.set(key, entry);
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
