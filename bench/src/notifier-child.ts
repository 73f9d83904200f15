/**
 * Runs the built notifier (dist) as a child of the harness with its own queue prefix and the
 * digest schedules off, so runs never share Redis job ids and digests run only when asked.
 * Sends `{ type: 'ready' }` over IPC once the relay and workers run.
 */
import 'reflect-metadata';
import { loadConfig } from '@ikone/platform';
import type { NotificationsOptions } from '../../apps/notifier/src/index';
import { createNotifier } from '../../apps/notifier/src/index';

async function main(): Promise<void> {
  const options: NotificationsOptions = {
    queuePrefix: process.env.BENCH_QUEUE_PREFIX ?? `bench-${process.pid}`,
    schedules: false,
    relayFallbackMs: 1000,
  };
  const app = await createNotifier(loadConfig(), options);
  process.send?.({ type: 'ready' });
  const stop = () => {
    void app.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

main().catch((error: unknown) => {
  console.error('bench notifier failed to start:', error);
  process.exit(1);
});
