import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@ikone/platform';
import { EmailSender } from '@ikone/notifications';
import { JobQueues } from '../jobs/job-queues.service';

/** Delay before a transient failure of a resend is tried again. */
const RETRY_DELAY_MS = 5000;

/**
 * Looks for in-doubt emails (SENDING, claim run out: the sender died between claim and
 * recording the SMTP answer) every third of the claim lease and resends each once with the
 * same Message-ID (ADR 0012). Taking rows is `for update skip locked`, so several notifiers
 * share the work; a transient failure of a resend goes back to PENDING in a batch job of its own.
 */
@Injectable()
export class InDoubtSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('InDoubt');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly sender: EmailSender,
    private readonly queues: JobQueues,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), Math.max(1000, (this.config.emailClaimSeconds * 1000) / 3));
    this.wake();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private wake(): void {
    if (this.running) return;
    this.running = this.sweep().finally(() => {
      this.running = undefined;
    });
  }

  /** One pass; also for tests. */
  async sweep(): Promise<void> {
    try {
      const outcome = await this.sender.resendInDoubt();
      if (outcome.retry.length > 0) {
        // A set no earlier job had (each delivery is resent at most once), so its job id is new.
        await this.queues.addBulk('send-email-batch', [{ deliveryIds: outcome.retry }], () => ({ delay: RETRY_DELAY_MS }));
      }
    } catch (error) {
      this.logger.warn(`Suche nach ungewissen E-Mails fehlgeschlagen, nächster Versuch gleich / in-doubt sweep failed: ${String(error)}`);
    }
  }
}
