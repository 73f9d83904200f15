import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';

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
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.getJobCounts('waiting'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
