/** Settings of the notifications module; the defaults suit production. */
export interface NotificationsOptions {
  /**
   * Key prefix of the queues on Redis (ignored on PostgreSQL, whose queues live in schema
   * `bullmq`). Tests set a unique one so runs sharing a Redis never see each other's jobs.
   */
  queuePrefix?: string;
  /** Parallel jobs per worker. */
  concurrency?: { events?: number; emails?: number };
  /** How often the relay looks at the outbox without a NOTIFY, in ms (default 5000). */
  relayFallbackMs?: number;
  /**
   * Register the job schedulers and run the digest catch-up at start (default true); tests that
   * drive digests themselves turn it off.
   */
  schedules?: boolean;
  /** The time digest and freshness runs take as now (default the system clock); tests move it across days and hours. */
  clock?: () => Date;
}

export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');
