import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { withTimeout } from '../util/with-timeout';

export const HEALTH_QUEUE = 'ikone-health';

/** Answers whether the queue backend (PostgreSQL or Redis) answers. */
@Injectable()
export class QueueHealth {
  constructor(@InjectQueue(HEALTH_QUEUE) private readonly queue: Queue) {
    // A dropped connection (database or Redis restart) is reported by check(); unheard, BullMQ
    // would print each one as an unhandled error event.
    this.queue.on('error', () => undefined);
  }

  async check(timeoutMs = 2000): Promise<boolean> {
    return withTimeout(this.queue.getJobCounts('waiting'), timeoutMs, 'queue').then(
      () => true,
      () => false,
    );
  }
}
