import { createHash } from 'node:crypto';
import type { Job, JobsOptions } from 'bullmq';

/** The queues of this library: relayed domain events, and single emails to hand to SMTP. */
export const QUEUE_NAMES = ['ikone-events', 'ikone-emails'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * Every job the notifier runs, keyed by name. Payloads carry ids only: handlers reload the
 * state and skip what is gone, so a late or repeated job never acts on stale data.
 * Private to this library and the notifier (STYLE.md boundary 4).
 */
export interface JobPayloads {
  /** One relayed `outbox_event` row. */
  'outbox-event': { eventId: string };
  /** One `email_delivery` row: membership mail, and retries of a delivery a batch handed back. */
  'send-email': { deliveryId: string };
  /**
   * Up to {@link EMAIL_BATCH_SIZE} deliveries of a fan-out or digest: one job per recipient
   * would cap the PostgreSQL backend near 1,000 emails/s (STACK.md).
   */
  'send-email-batch': { deliveryIds: string[] };
  /** A digest run, added by the job schedulers each hour of the digest window. */
  'digest-run': { period: 'daily' | 'weekly' };
  /** Marks events starting within 24 h as reminded and records their reminder events. */
  'event-reminders': Record<string, never>;
  /** Asks "Läuft das noch?" for the case studies due, and sends the reminders due (ADR 0028). */
  'freshness-run': Record<string, never>;
}

/** Deliveries per `send-email-batch` job. */
export const EMAIL_BATCH_SIZE = 200;

export type JobName = keyof JobPayloads;
export type JobPayload<N extends JobName> = JobPayloads[N];
export type JobHandler<N extends JobName> = (data: JobPayload<N>, job: Job<JobPayload<N>>) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

/** A provider that runs some of the jobs; the runner checks that each name has exactly one handler. */
export interface JobProcessor {
  jobHandlers(): Partial<JobHandlers>;
}

const WEEK_SECONDS = 7 * 24 * 3600;

/** SHA-256 (hex, first 32) of the sorted, distinct delivery ids: one id per set, whatever its order. */
export function deliverySetHash(deliveryIds: string[]): string {
  const ids = [...new Set(deliveryIds)].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
  return createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 32);
}

interface JobSpec<N extends JobName> {
  queue: QueueName;
  /** Stable id so a relayed or re-enqueued job is added once (BullMQ dedupes by jobId). */
  jobId(data: JobPayload<N>): string;
  options: Omit<JobsOptions, 'jobId'>;
}

/**
 * Where each job goes and how it retries. Completed jobs are kept for a week so their
 * jobIds keep deduplicating re-relays; failed ones a month for inspection.
 */
export const JOB_SPECS: { [N in JobName]: JobSpec<N> } = {
  'outbox-event': {
    queue: 'ikone-events',
    jobId: (data) => `outbox-${data.eventId}`,
    options: {
      attempts: 10,
      backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
      removeOnComplete: { age: WEEK_SECONDS },
      removeOnFail: { age: 4 * WEEK_SECONDS },
    },
  },
  'send-email': {
    queue: 'ikone-emails',
    jobId: (data) => `email-${data.deliveryId}`,
    options: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
      removeOnComplete: { age: WEEK_SECONDS },
      removeOnFail: { age: 4 * WEEK_SECONDS },
    },
  },
  'send-email-batch': {
    queue: 'ikone-emails',
    // Derived from the content: the same set (in any order) gives the same id (deduped), any other set a new job.
    jobId: (data) => `emails-${deliverySetHash(data.deliveryIds)}`,
    options: {
      // A batch fails only when the database does not answer, and nothing else lists its PENDING
      // deliveries: ten attempts (2 s doubled: ≈ 17 min of retries) outlast a database restart (ADR 0016).
      attempts: 10,
      backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
      removeOnComplete: { age: WEEK_SECONDS },
      removeOnFail: { age: 4 * WEEK_SECONDS },
    },
  },
  'event-reminders': {
    queue: 'ikone-events',
    jobId: () => `event-reminders-${Date.now()}`,
    options: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
      removeOnComplete: { age: 24 * 3600 },
      removeOnFail: { age: WEEK_SECONDS },
    },
  },
  'freshness-run': {
    queue: 'ikone-events',
    jobId: () => `freshness-${Date.now()}`,
    options: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
      removeOnComplete: { age: WEEK_SECONDS },
      removeOnFail: { age: 4 * WEEK_SECONDS },
    },
  },
  'digest-run': {
    queue: 'ikone-events',
    // Only the schedulers add it (they set their own ids); a manual add gets a fresh one.
    jobId: (data) => `digest-${data.period}-${Date.now()}`,
    options: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
      removeOnComplete: { age: WEEK_SECONDS },
      removeOnFail: { age: 4 * WEEK_SECONDS },
    },
  },
};

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOB_SPECS, name);
}

/**
 * Merges the handlers of all processors; throws at start-up when a job name has no handler
 * or more than one, so a forgotten or doubled registration never reaches production.
 */
export function collectJobHandlers(processors: JobProcessor[]): JobHandlers {
  const found = new Map<JobName, Array<JobHandlers[JobName]>>();
  for (const processor of processors) {
    const handlers = processor.jobHandlers();
    for (const name of Object.keys(handlers)) {
      if (!isJobName(name)) throw new Error(`Handler für unbekannten Job "${name}" / handler for unknown job "${name}"`);
      const handler = handlers[name];
      if (handler) found.set(name, [...(found.get(name) ?? []), handler]);
    }
  }
  const problems: string[] = [];
  for (const name of Object.keys(JOB_SPECS) as JobName[]) {
    const count = found.get(name)?.length ?? 0;
    if (count !== 1) problems.push(`${name}: ${count}`);
  }
  if (problems.length > 0) {
    throw new Error(`Jeder Job braucht genau einen Handler / every job needs exactly one handler (${problems.join(', ')})`);
  }
  return Object.fromEntries([...found].map(([name, handlers]) => [name, handlers[0]])) as unknown as JobHandlers;
}
