import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { ConnectionOptions, JobsOptions } from 'bullmq';
import { QueueBackend, QueueConnection } from '@ikone/platform';
import { NOTIFICATIONS_OPTIONS } from '../notifier.options';
import type { NotificationsOptions } from '../notifier.options';
import { JOB_SPECS, JobName, JobPayload, QueueName } from './notification-jobs';

/**
 * The producer side of the notifier's queues, on the process's one QueueConnection, so the Redis
 * key prefix can be set per instance and the queues close only after the workers (see
 * JobRunner) have handed back their jobs.
 */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly queueConnection: QueueConnection,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  /** Connection options of the backend (PostgreSQL by default, Redis with REDIS_URL). */
  connection(): Promise<{ backend: QueueBackend; connection: ConnectionOptions }> {
    return this.queueConnection.get();
  }

  get prefix(): string | undefined {
    return this.options.queuePrefix;
  }

  async queue(name: QueueName): Promise<Queue> {
    let queue = this.queues.get(name);
    if (!queue) {
      const { connection } = await this.connection();
      queue = this.queues.get(name);
      if (!queue) {
        queue = new Queue(name, { connection, prefix: this.prefix });
        // Errors also reject the pending call; without a listener the emitter would throw.
        queue.on('error', () => undefined);
        this.queues.set(name, queue);
      }
    }
    return queue;
  }

  /** Adds one job per payload; jobs whose id already exists are left as they are. */
  async addBulk<N extends JobName>(name: N, items: Array<JobPayload<N>>, extra?: (data: JobPayload<N>) => Pick<JobsOptions, 'delay'>): Promise<void> {
    if (items.length === 0) return;
    const spec = JOB_SPECS[name];
    const queue = await this.queue(spec.queue);
    await queue.addBulk(items.map((data) => ({ name, data, opts: { ...spec.options, ...extra?.(data), jobId: spec.jobId(data) } })));
  }

  /**
   * Creates or updates a repeating job (BullMQ job scheduler, cron pattern in a time zone).
   * Upserting with the same id on every start keeps exactly one scheduler per id.
   */
  async schedule<N extends JobName>(schedulerId: string, pattern: string, tz: string, name: N, data: JobPayload<N>): Promise<void> {
    const spec = JOB_SPECS[name];
    const queue = await this.queue(spec.queue);
    const { attempts, backoff, removeOnComplete, removeOnFail } = spec.options;
    await queue.upsertJobScheduler(schedulerId, { pattern, tz }, { name, data, opts: { attempts, backoff, removeOnComplete, removeOnFail } });
  }

  async onApplicationShutdown(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
  }
}
