import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, Backoff, backoffDelay, claimUnrelayedEvents, markEventsRelayed, resolveDatabaseUrl, withTimeout } from '@ikone/platform';
import { JobQueues } from '../jobs/job-queues.service';
import { NOTIFICATIONS_OPTIONS } from '../notifier.options';
import type { NotificationsOptions } from '../notifier.options';

const CHANNEL = 'ikone_outbox';
const BATCH = 500;
/** A queue backend that hangs (Redis unreachable) must not hold the row locks forever. */
const ENQUEUE_TIMEOUT_MS = 15_000;
/** After a failed drain or a lost LISTEN connection: 1 s doubled per failure, at most 30 s. */
const BACKOFF: Backoff = { firstMs: 1000, maxMs: 30_000 };

/**
 * Moves committed domain events from the platform's outbox into the queue, one `outbox-event` job
 * per row. Woken by NOTIFY on a dedicated connection, with a slow timer as fallback for
 * missed notifications. Rows are taken with `for update skip locked` and marked relayed in
 * the same transaction as they are enqueued, so several notifiers share the work; if the
 * commit fails after the enqueue, the retry adds the same jobIds, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: Client;
  private listenerFailures = 0;
  private reconnectTimer?: NodeJS.Timeout;
  private fallbackTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private failures = 0;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: JobQueues,
    private readonly config: AppConfig,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.fallbackTimer = setInterval(() => this.wake(), this.options.relayFallbackMs ?? 5000);
    this.wake();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.fallbackTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.reconnectTimer);
    await this.running;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Asks for a drain; coalesces while one runs and waits out a backoff after failures. */
  wake(): void {
    if (this.stopped || this.retryTimer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
    });
  }

  /** Relays everything pending now; for tests and the CLI. Returns the number of events relayed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n < BATCH) return total;
    }
  }

  private async run(): Promise<void> {
    try {
      do {
        this.again = false;
        if ((await this.relayBatch()) === BATCH) this.again = true;
      } while (this.again && !this.stopped);
      if (this.failures > 0) this.logger.log('Outbox-Weiterleitung läuft wieder / outbox relay recovered');
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      const delay = backoffDelay(this.failures, BACKOFF);
      this.logger.warn(
        `Outbox-Weiterleitung fehlgeschlagen, neuer Versuch in ${delay} ms / outbox relay failed, retrying: ${(error as Error).message}`,
      );
      if (!this.stopped) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          this.wake();
        }, delay);
      }
    }
  }

  private async relayBatch(): Promise<number> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      try {
        const ids = await claimUnrelayedEvents(runner.manager, BATCH);
        if (ids.length > 0) {
          await withTimeout(this.queues.addBulk('outbox-event', ids.map((eventId) => ({ eventId }))), ENQUEUE_TIMEOUT_MS, 'addBulk');
          await markEventsRelayed(runner.manager, ids);
        }
        await runner.commitTransaction();
        return ids.length;
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  /** A dedicated connection for LISTEN (a pooled one would lose it on release); reconnects with backoff. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: await resolveDatabaseUrl(this.config), application_name: 'ikone-outbox-relay' });
    const retry = (error: Error) => {
      if (this.stopped || this.listener !== client) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.listenerFailures += 1;
      const delay = backoffDelay(this.listenerFailures, BACKOFF);
      this.logger.warn(`LISTEN ${CHANNEL} unterbrochen, neuer Versuch in ${delay} ms / connection lost: ${error.message}`);
      this.reconnectTimer = setTimeout(() => {
        this.listen().catch((e: Error) => this.logger.warn(`LISTEN ${CHANNEL}: ${e.message}`));
      }, delay);
    };
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection ended')));
    client.on('notification', () => this.wake());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.listenerFailures = 0;
      // Events committed while nobody listened.
      this.wake();
    } catch (error) {
      retry(error as Error);
    }
  }
}
