import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueConnection } from './queue-connection';
import { withTimeout } from '../util/with-timeout';

export const HEALTH_QUEUE = 'ikone-health';

/** Answers whether the queue backend (PostgreSQL or Redis) answers. */
@Injectable()
export class QueueHealth implements OnModuleInit, OnApplicationShutdown {
  private queue?: Promise<Queue>;

  constructor(private readonly connection: QueueConnection) {}

  /** Built at start, as the queue of a probe should not wait for its first connection. */
  onModuleInit(): void {
    void this.health().catch(() => undefined);
  }

  private health(): Promise<Queue> {
    this.queue ??= this.connection.get().then(({ connection }) => {
      const queue = new Queue(HEALTH_QUEUE, { connection });
      // A dropped connection (database or Redis restart) is reported by check(); unheard, BullMQ
      // would print each one as an unhandled error event.
      queue.on('error', () => undefined);
      return queue;
    });
    return this.queue;
  }

  async check(timeoutMs = 2000): Promise<boolean> {
    return withTimeout(
      this.health().then((queue) => queue.getJobCounts('waiting')),
      timeoutMs,
      'queue',
    ).then(
      () => true,
      () => false,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const queue = this.queue;
    this.queue = undefined;
    if (queue) await (await queue.catch(() => undefined))?.close().catch(() => undefined);
  }
}
