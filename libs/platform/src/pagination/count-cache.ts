import type { DataSource } from 'typeorm';

/**
 * Remembers list totals (`select count(*) …`) for a few seconds per statement and parameters.
 * Counting tens of thousands of visible rows costs more than the page itself; a total that is
 * a few seconds old is fine for "1.234 Praxisbeispiele". TTL 0 turns it off (tests).
 */
export class CountCache {
  private readonly entries = new Map<string, { at: number; value: Promise<number> }>();

  constructor(
    private readonly db: DataSource,
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  get(sql: string, params: unknown[]): Promise<number> {
    const run = () => this.db.query(sql, params).then((rows: Array<{ n: number }>) => Number(rows[0].n));
    if (this.ttlMs <= 0) return run();
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const value = run();
    // A failed count must not be remembered.
    value.catch(() => this.entries.delete(key));
    this.entries.set(key, { at: now, value });
    return value;
  }
}
