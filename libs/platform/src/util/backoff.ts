import { setTimeout as sleep } from 'node:timers/promises';

/** How long to wait before the next try: the first delay, doubled per failure, up to a cap. */
export interface Backoff {
  /** The delay after the first failure, before jitter. */
  firstMs: number;
  /** No delay grows past this. Default: no cap. */
  maxMs?: number;
  /**
   * Spread, as BullMQ's `backoff.jitter`: the delay is drawn from [base · (1 − jitter), base], so
   * processes that failed together do not all retry together. Default 0.5.
   */
  jitter?: number;
}

/**
 * The wait after the `failures`-th failure in a row (1 = the first): `firstMs · 2^(failures−1)`,
 * capped at `maxMs`, spread by `jitter`, the same curve as BullMQ's exponential backoff of the
 * jobs. The one backoff of the code base beside BullMQ's (ADR 0033).
 */
export function backoffDelay(failures: number, { firstMs, maxMs = Number.POSITIVE_INFINITY, jitter = 0.5 }: Backoff): number {
  const base = Math.min(maxMs, firstMs * 2 ** Math.max(0, Math.min(failures, 30) - 1));
  return Math.round(base * (1 - jitter * Math.random()));
}

/**
 * Calls `operation` until it resolves; after a failure waits `backoffDelay` and tries again,
 * until `giveUpAfterMs` have passed since the first call: then the last error is thrown.
 */
export async function retryUntil<T>(operation: () => Promise<T>, giveUpAfterMs: number, backoff: Backoff): Promise<T> {
  const giveUpAt = Date.now() + giveUpAfterMs;
  for (let failures = 1; ; failures++) {
    try {
      return await operation();
    } catch (error) {
      if (Date.now() >= giveUpAt) throw error;
      await sleep(Math.min(backoffDelay(failures, backoff), Math.max(0, giveUpAt - Date.now())));
    }
  }
}
