import { backoffDelay, retryUntil } from './backoff';

describe('backoffDelay', () => {
  it('doubles per failure up to the cap, spread downwards by the jitter like BullMQ', () => {
    for (let i = 0; i < 200; i++) {
      const first = backoffDelay(1, { firstMs: 1000, maxMs: 30_000 });
      expect(first).toBeGreaterThanOrEqual(500);
      expect(first).toBeLessThanOrEqual(1000);
      const fourth = backoffDelay(4, { firstMs: 1000, maxMs: 30_000 });
      expect(fourth).toBeGreaterThanOrEqual(4000);
      expect(fourth).toBeLessThanOrEqual(8000);
      const late = backoffDelay(100, { firstMs: 1000, maxMs: 30_000 });
      expect(late).toBeGreaterThanOrEqual(15_000);
      expect(late).toBeLessThanOrEqual(30_000);
    }
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { firstMs: 500, maxMs: 2000, jitter: 0 }))).toEqual([500, 1000, 2000, 2000]);
  });
});

describe('retryUntil', () => {
  it('tries again until the operation succeeds', async () => {
    let calls = 0;
    const result = await retryUntil(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('noch nicht');
        return 'ok';
      },
      5000,
      { firstMs: 1, jitter: 0 },
    );
    expect([result, calls]).toEqual(['ok', 3]);
  });

  it('throws the last error once the time is up', async () => {
    let calls = 0;
    await expect(
      retryUntil(
        async () => {
          calls += 1;
          throw new Error(`Fehler ${calls}`);
        },
        30,
        { firstMs: 5, jitter: 0 },
      ),
    ).rejects.toThrow(/Fehler \d+/);
    expect(calls).toBeGreaterThan(1);
  });
});
