import { TtlCache } from './count-cache';

/** A run whose answers are counted and which the test resolves or rejects by hand. */
function runs() {
  const pending: Array<{ resolve: (v: number) => void; reject: (e: Error) => void }> = [];
  const run = () => new Promise<number>((resolve, reject) => pending.push({ resolve, reject }));
  return { run, pending };
}
const settle = () => new Promise((r) => setImmediate(r));

describe('TtlCache', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 1_000));

  it('shares one run between concurrent callers and reuses its answer within the TTL', async () => {
    const cache = new TtlCache<number>(5_000, 10, { now });
    const { run, pending } = runs();
    const a = cache.get('k', run);
    const b = cache.get('k', run);
    expect(pending).toHaveLength(1);
    pending[0].resolve(1);
    expect([await a, await b]).toEqual([1, 1]);
    clock += 4_999;
    expect(await cache.get('k', run)).toBe(1);
    expect(pending).toHaveLength(1);
  });

  it('without staleMs: after the TTL the caller waits for a new run', async () => {
    const cache = new TtlCache<number>(5_000, 10, { now });
    const { run, pending } = runs();
    const first = cache.get('k', run);
    pending[0].resolve(1);
    await first;
    clock += 5_000;
    const second = cache.get('k', run);
    expect(pending).toHaveLength(2);
    pending[1].resolve(2);
    expect(await second).toBe(2);
  });

  it('with staleMs: after the TTL the old answer comes at once while one run replaces it', async () => {
    const cache = new TtlCache<number>(5_000, 10, { now, staleMs: 60_000 });
    const { run, pending } = runs();
    const first = cache.get('k', run);
    pending[0].resolve(1);
    await first;
    clock += 6_000;
    expect(await cache.get('k', run)).toBe(1);
    expect(await cache.get('k', run)).toBe(1);
    expect(pending).toHaveLength(2);
    pending[1].resolve(2);
    await settle();
    expect(await cache.get('k', run)).toBe(2);
    expect(pending).toHaveLength(2);
  });

  it('with staleMs: a failed refresh keeps the old answer and the next call tries again', async () => {
    const cache = new TtlCache<number>(5_000, 10, { now, staleMs: 60_000 });
    const { run, pending } = runs();
    const first = cache.get('k', run);
    pending[0].resolve(1);
    await first;
    clock += 6_000;
    expect(await cache.get('k', run)).toBe(1);
    pending[1].reject(new Error('database restarting'));
    await settle();
    expect(await cache.get('k', run)).toBe(1);
    expect(pending).toHaveLength(3);
  });

  it('with staleMs: an answer older than TTL + staleMs is not used, and a failed first run is not remembered', async () => {
    const cache = new TtlCache<number>(5_000, 10, { now, staleMs: 60_000 });
    const { run, pending } = runs();
    const first = cache.get('k', run);
    pending[0].resolve(1);
    await first;
    clock += 65_000;
    const late = cache.get('k', run);
    pending[1].reject(new Error('down'));
    await expect(late).rejects.toThrow('down');
    await settle();
    const again = cache.get('k', run);
    expect(pending).toHaveLength(3);
    pending[2].resolve(3);
    expect(await again).toBe(3);
  });

  it('TTL 0 runs every time', async () => {
    const cache = new TtlCache<number>(0, 10, { now, staleMs: 60_000 });
    let n = 0;
    const run = () => Promise.resolve(++n);
    expect([await cache.get('k', run), await cache.get('k', run)]).toEqual([1, 2]);
  });
});
