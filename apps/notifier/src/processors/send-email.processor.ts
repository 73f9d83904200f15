import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { EmailSender } from '@ikone/notifications';
import { backoffDelay } from '@ikone/platform';
import { JobQueues } from '../jobs/job-queues.service';
import type { JobHandlers, JobPayload, JobProcessor } from '../jobs/notification-jobs';

/**
 * The `send-email` job (one delivery, retried by BullMQ with backoff) and `send-email-batch`
 * (up to a few hundred deliveries of a fan-out or digest in one job, so the PostgreSQL queue
 * backend is not the limit). A batch hands each transient failure to its own `send-email` job
 * with a delay, so one slow mailbox does not hold back the rest.
 */
@Injectable()
export class SendEmailProcessor implements JobProcessor {
  private readonly logger = new Logger('SendEmail');

  constructor(
    private readonly sender: EmailSender,
    private readonly queues: JobQueues,
  ) {}

  jobHandlers(): Partial<JobHandlers> {
    return {
      'send-email': (data, job) => this.handle(data, job),
      'send-email-batch': (data) => this.handleBatch(data),
    };
  }

  /** The Message-ID a delivery is always sent with, so receivers can drop a duplicate. */
  messageId(deliveryId: string): string {
    return this.sender.messageId(deliveryId);
  }

  async handle({ deliveryId }: JobPayload<'send-email'>, job: Pick<Job, 'attemptsMade' | 'opts'>): Promise<void> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome = await this.sender.sendOne(deliveryId, finalAttempt);
    if (outcome.failed > 0) throw new UnrecoverableError(`Zustellung ${deliveryId} endgültig fehlgeschlagen / failed for good`);
    if (outcome.retry.length > 0) throw new Error(outcome.retryError ?? 'transient SMTP failure');
  }

  async handleBatch({ deliveryIds }: JobPayload<'send-email-batch'>): Promise<void> {
    // A repeated batch (crash, lost lock) sends what is still PENDING; what its first run left
    // SENDING is in doubt and resent by the InDoubtSweeper once the claim has run out.
    const outcome = await this.sender.sendMany(deliveryIds);
    if (outcome.retry.length > 0) {
      await this.queues.addBulk(
        'send-email',
        outcome.retry.map((deliveryId) => ({ deliveryId })),
        // The first step of the `send-email` job's own backoff (notification-jobs).
        () => ({ delay: backoffDelay(1, { firstMs: 2000 }) }),
      );
      this.logger.warn(`${outcome.retry.length} E-Mail(s) vorübergehend nicht zustellbar, neuer Versuch später / retrying later: ${outcome.retryError ?? ''}`);
    }
    if (outcome.failed > 0) this.logger.warn(`${outcome.failed} E-Mail(s) endgültig fehlgeschlagen / failed for good`);
  }
}
