import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { hostname } from 'node:os';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { NOTIFICATIONS_OPTIONS } from '../notifier.options';
import type { NotificationsOptions } from '../notifier.options';
import { JobQueues } from './job-queues.service';
import {
  JOB_SPECS,
  JobHandler,
  JobHandlers,
  JobName,
  JobPayload,
  JobProcessor,
  QUEUE_NAMES,
  QueueName,
  collectJobHandlers,
  isJobName,
} from './notification-jobs';

export const JOB_PROCESSORS = Symbol('JOB_PROCESSORS');

const DEFAULT_CONCURRENCY: Record<QueueName, number> = { 'ikone-events': 4, 'ikone-emails': 8 };

/**
 * Runs one BullMQ worker per queue and dispatches each job to its single typed handler.
 * Plain bullmq Workers (not @nestjs/bullmq processors) so they close in
 * beforeApplicationShutdown: active jobs finish while the database and queues are still open.
 */
@Injectable()
export class JobRunner implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private handlers?: JobHandlers;
  private workers: Worker[] = [];

  constructor(
    private readonly queues: JobQueues,
    @Inject(JOB_PROCESSORS) private readonly processors: JobProcessor[],
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  onModuleInit(): void {
    this.handlers = collectJobHandlers(this.processors);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { connection } = await this.queues.connection();
    const concurrency: Record<QueueName, number> = {
      'ikone-events': this.options.concurrency?.events ?? DEFAULT_CONCURRENCY['ikone-events'],
      'ikone-emails': this.options.concurrency?.emails ?? DEFAULT_CONCURRENCY['ikone-emails'],
    };
    for (const queue of QUEUE_NAMES) {
      const worker = new Worker<unknown, void, string>(queue, (job) => this.dispatch(job), {
        connection,
        prefix: this.queues.prefix,
        concurrency: concurrency[queue],
        // BullMQ's default of 1 fails a job for good the second time it is found stalled: two
        // database restarts (or a kill and a restart) during one job would drop a fan-out. The
        // handlers are idempotent, so a few more takeovers cost nothing (ADR 0016).
        maxStalledCount: 5,
        // Stamped on each job as processedBy: which of several notifiers ran it.
        name: `${hostname()}:${process.pid}`,
      });
      worker.on('error', (error) => this.logger.warn(`Warteschlange ${queue}: ${error.message} / queue error`));
      worker.on('failed', (job, error) => {
        if (!job) return;
        const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
        const message = `Job ${job.name} ${job.id ?? ''} fehlgeschlagen (Versuch ${job.attemptsMade}${final ? ', endgültig' : ''}): ${error.message}`;
        if (final) this.logger.error(message);
        else this.logger.warn(message);
      });
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  /** Lets active jobs finish; waiting jobs stay in the queue for the next instance. */
  async beforeApplicationShutdown(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.close()));
  }

  private async dispatch(job: Job<unknown, void, string>): Promise<void> {
    if (!isJobName(job.name)) throw new UnrecoverableError(`Unbekannter Job "${job.name}" / unknown job`);
    if (JOB_SPECS[job.name].queue !== job.queueName) throw new UnrecoverableError(`Job "${job.name}" in falscher Warteschlange ${job.queueName}`);
    await this.run(job.name, job);
  }

  private run<N extends JobName>(name: N, job: Job<unknown, void, string>): Promise<void> {
    if (!this.handlers) throw new Error('JobRunner not initialised');
    const handler: JobHandler<N> = this.handlers[name];
    // The job name was checked above and only JobQueues adds jobs, so the payload matches.
    return handler(job.data as JobPayload<N>, job as unknown as Job<JobPayload<N>>);
  }
}
