import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { AppConfig, MailTransport, PermanentMailError } from '@ikone/platform';
import { InvitationService, TokenCodec } from '@ikone/membership';
import { EmailDeliveryRepository } from '../deliveries/email-delivery.repository';
import type { EmailLinks, RenderedEmail } from '../email/email-layout';
import { EmailTemplateData, isEmailTemplateName, renderEmail } from '../email/email-templates';
import type { JobHandlers, JobPayload, JobProcessor } from '../jobs/notification-jobs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one delivery, at most once: the row is claimed PENDING → SENDING before the SMTP
 * hand-over, so a job that finds it still SENDING was interrupted mid-send (crash, lost lock)
 * and marks it FAILED instead of risking a second copy. Transient errors hand the row back
 * as PENDING and let BullMQ retry with backoff; SMTP 5xx fails it for good.
 */
@Injectable()
export class SendEmailProcessor implements JobProcessor {
  private readonly logger = new Logger('SendEmail');
  private readonly links: EmailLinks;
  private readonly messageIdHost: string;

  constructor(
    private readonly deliveries: EmailDeliveryRepository,
    private readonly mail: MailTransport,
    private readonly tokens: TokenCodec,
    private readonly invitations: InvitationService,
    config: AppConfig,
  ) {
    const base = config.publicUrl;
    this.links = {
      home: base,
      invitation: (id) => this.invitations.link({ id }),
      passwordReset: (id) => `${base}/passwort-zuruecksetzen?token=${encodeURIComponent(this.tokens.encode('password-reset', id))}`,
      application: (id) => `${base}/koordination/antraege/${encodeURIComponent(id)}`,
    };
    this.messageIdHost = new URL(base).hostname;
  }

  jobHandlers(): Partial<JobHandlers> {
    return { 'send-email': (data, job) => this.handle(data, job) };
  }

  /** The Message-ID a delivery is always sent with, so receivers can drop a duplicate. */
  messageId(deliveryId: string): string {
    return `delivery-${deliveryId}@${this.messageIdHost}`;
  }

  async handle({ deliveryId }: JobPayload<'send-email'>, job: Pick<Job, 'attemptsMade' | 'opts'>): Promise<void> {
    const delivery = await this.deliveries.claim(deliveryId);
    if (!delivery) {
      if ((await this.deliveries.status(deliveryId)) === 'SENDING' && (await this.deliveries.markFailed(deliveryId, 'interrupted'))) {
        this.logger.warn(`Zustellung ${deliveryId} wurde beim Senden unterbrochen und wird nicht wiederholt / interrupted, not resent`);
      }
      return;
    }
    if (!(await this.deliveries.recipientActive(delivery.userId))) {
      await this.deliveries.markFailed(deliveryId, 'recipient inactive');
      return;
    }
    const template = delivery.template;
    if (!isEmailTemplateName(template)) {
      await this.deliveries.markFailed(deliveryId, `unknown template ${template}`);
      throw new UnrecoverableError(`Unbekannte Vorlage ${template} / unknown template`);
    }
    const messageId = this.messageId(deliveryId);
    let rendered: RenderedEmail;
    try {
      // Stored by the planner from the typed PlannedDelivery of this template.
      rendered = renderEmail(template, delivery.data as EmailTemplateData[typeof template], delivery.locale, this.links);
    } catch (error) {
      // Bad stored data does not heal with retries.
      await this.deliveries.markFailed(deliveryId, `render: ${String(error)}`);
      throw new UnrecoverableError(`render: ${String(error)}`);
    }
    try {
      await this.mail.send({ to: delivery.recipient, ...rendered, messageId });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentMailError) {
        await this.deliveries.markFailed(deliveryId, message);
        throw new UnrecoverableError(message);
      }
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt) await this.deliveries.markFailed(deliveryId, message);
      else await this.deliveries.release(deliveryId, message);
      throw error;
    }
    await this.recordSent(deliveryId, messageId);
  }

  /** Retries briefly: a row left SENDING after a successful send would be marked interrupted. */
  private async recordSent(deliveryId: string, messageId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deliveries.markSent(deliveryId, messageId);
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(500 * attempt);
      }
    }
  }
}
