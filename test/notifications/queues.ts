import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { JobQueues, QUEUE_NAMES } from '../../apps/notifier/src/index';

/**
 * Whether everything the notifier was given has been done: no outbox event waits for the relay,
 * and no job waits, runs or is delayed on any queue. The relay marks events relayed in the
 * transaction that adds their jobs, and a job adds its follow-up jobs before it completes, so
 * once this is true nothing more can be sent for what happened before: "nothing happened"
 * assertions made then are final, not a guess after a sleep.
 */
export async function notifierIdle(db: DataSource, notifier: INestApplicationContext): Promise<boolean> {
  const [{ n }] = (await db.query(`select count(*)::int as n from outbox_event where relayed_at is null`)) as Array<{ n: number }>;
  if (n > 0) return false;
  const queues = notifier.get(JobQueues);
  for (const name of QUEUE_NAMES) {
    const counts = await (await queues.queue(name)).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(counts).some((c) => c > 0)) return false;
  }
  const [{ sending }] = (await db.query(`select count(*)::int as sending from email_delivery where status in ('PENDING', 'SENDING')`)) as Array<{ sending: number }>;
  return sending === 0;
}

/** Deletes a test run's keys (its queue prefix) from the shared Redis; never anything else. */
export async function removeQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length > 0) await client.del(...keys);
  } finally {
    client.disconnect();
  }
}
