import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, MailTransport, PermanentMailError } from '@ikone/platform';
import { InvitationService, TokenCodec } from '@ikone/membership';
import type { DigestMailData } from '../email/digest.templates';
import type { EmailLinks, RenderedEmail } from '../email/email-layout';
import { EmailTemplateData, NOTIFICATION_TEMPLATES, isEmailTemplateName, renderEmail } from '../email/email-templates';
import type { NoticeMailData } from '../email/notice.templates';
import { ClaimedDelivery, EmailDeliveryRepository } from './email-delivery.repository';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What happened to the deliveries handed to {@link EmailSender.sendMany}. */
export interface SendOutcome {
  sent: number;
  failed: number;
  cancelled: number;
  /** Transient SMTP failures handed back as PENDING, to be retried later. */
  retry: string[];
  /** The error of the first transient failure, for the retry message. */
  retryError?: string;
  /** Not claimed: sent, failed or taken by someone else already. */
  skipped: number;
}

type Result = { kind: 'sent'; messageId: string } | { kind: 'failed'; error: string } | { kind: 'transient'; error: string };

/**
 * Sends email deliveries, each at most once: rows are claimed PENDING → SENDING before the
 * SMTP hand-over (many in one statement, each row on its own), so a row found SENDING by a
 * later run was interrupted mid-send and is failed instead of risking a second copy.
 * Transient errors hand the row back as PENDING; SMTP 5xx fails it for good. Notification
 * emails are checked again right before sending: email turned off, an ended subscription or
 * an account gone cancel them.
 */
@Injectable()
export class EmailSender {
  private readonly logger = new Logger('SendEmail');
  readonly links: EmailLinks;
  private readonly messageIdHost: string;
  private readonly unsubscribeMailbox: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
      page: (path) => `${base}${path}`,
      unsubscribe: (id) => `${base}/unsubscribe/${encodeURIComponent(this.tokens.encode('unsubscribe', id))}`,
      preferences: `${base}/einstellungen/benachrichtigungen`,
    };
    this.messageIdHost = new URL(base).hostname;
    this.unsubscribeMailbox = /<([^<>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
  }

  /** The Message-ID a delivery is always sent with, so receivers can drop a duplicate. */
  messageId(deliveryId: string): string {
    return `delivery-${deliveryId}@${this.messageIdHost}`;
  }

  /** See {@link EmailDeliveryRepository.failInterruptedDigests}. */
  failInterruptedDigests(periodKey: string): Promise<number> {
    return this.deliveries.failInterruptedDigests(periodKey);
  }

  /** Sends one delivery (the `send-email` job); throws a transient error so the job is retried. */
  async sendOne(deliveryId: string, finalAttempt: boolean): Promise<SendOutcome> {
    const outcome = await this.sendMany([deliveryId], { finalAttempt });
    if (outcome.skipped > 0 && (await this.deliveries.status(deliveryId)) === 'SENDING' && (await this.deliveries.markFailed(deliveryId, 'interrupted'))) {
      this.logger.warn(`Zustellung ${deliveryId} wurde beim Senden unterbrochen und wird nicht wiederholt / interrupted, not resent`);
    }
    return outcome;
  }

  /**
   * Claims and sends many deliveries, `concurrency` at a time over the pooled transport.
   * Ids found SENDING are failed as interrupted only when `failInterrupted` (a re-run of a
   * batch that claimed them), never for single jobs racing a batch.
   */
  async sendMany(ids: string[], options: { concurrency?: number; finalAttempt?: boolean; failInterrupted?: boolean } = {}): Promise<SendOutcome> {
    const outcome: SendOutcome = { sent: 0, failed: 0, cancelled: 0, retry: [], skipped: 0 };
    const concurrency = options.concurrency ?? 20;
    // Claimed one window at a time: a crash leaves at most one window per job in doubt.
    for (let i = 0; i < ids.length; i += concurrency) {
      const windowIds = ids.slice(i, i + concurrency);
      const claimed = await this.deliveries.claimMany(windowIds);
      outcome.skipped += windowIds.length - claimed.length;
      if (options.failInterrupted && claimed.length < windowIds.length) {
        const got = new Set(claimed.map((d) => d.id));
        const interrupted = await this.deliveries.failInterrupted(windowIds.filter((id) => !got.has(id)));
        if (interrupted > 0) this.logger.warn(`${interrupted} Zustellung(en) beim Senden unterbrochen, nicht wiederholt / interrupted, not resent`);
      }
      const ready = await this.stillWanted(claimed, outcome);
      const results = await Promise.all(ready.map(({ delivery, data }) => this.deliver(delivery, data)));
      const sent: Array<{ id: string; messageId: string }> = [];
      for (const [j, result] of results.entries()) {
        const id = ready[j].delivery.id;
        if (result.kind === 'sent') sent.push({ id, messageId: result.messageId });
        else if (result.kind === 'failed' || options.finalAttempt) {
          outcome.failed += 1;
          await this.deliveries.markFailed(id, result.error);
        } else {
          outcome.retry.push(id);
          outcome.retryError ??= result.error;
          await this.deliveries.release(id, result.error);
        }
      }
      await this.recordSent(sent);
      outcome.sent += sent.length;
    }
    return outcome;
  }

  /**
   * Drops what should no longer go out, in three statements for the whole set: inactive
   * accounts; for notification emails also "email off" and ended subscriptions (a digest
   * loses the items of ended subscriptions and goes only if some remain).
   */
  private async stillWanted(claimed: ClaimedDelivery[], outcome: SendOutcome): Promise<Array<{ delivery: ClaimedDelivery; data: unknown }>> {
    if (claimed.length === 0) return [];
    const userIds = [...new Set(claimed.map((d) => d.userId).filter((id): id is string => id !== null))];
    const users = new Map<string, { active: boolean; email: boolean }>();
    if (userIds.length > 0) {
      const rows = (await this.db.query(
        `select u.id, u.status = 'ACTIVE' as active, coalesce(p.email_enabled, true) as email
         from app_user u left join notification_preference p on p.user_id = u.id where u.id = any($1::uuid[])`,
        [userIds],
      )) as Array<{ id: string; active: boolean; email: boolean }>;
      for (const row of rows) users.set(row.id, row);
    }
    const subscriptionIds = new Set<string>();
    for (const d of claimed) {
      if (d.template === 'notice') {
        const data = d.data as NoticeMailData;
        if (data.via) subscriptionIds.add(data.unsubscribeId);
      } else if (d.template === 'digest') {
        for (const item of (d.data as DigestMailData).items ?? []) if (item.subscriptionId) subscriptionIds.add(item.subscriptionId);
      }
    }
    const existing = new Set<string>();
    if (subscriptionIds.size > 0) {
      const rows = (await this.db.query(`select id from subscription where id = any($1::uuid[])`, [[...subscriptionIds]])) as Array<{ id: string }>;
      for (const row of rows) existing.add(row.id);
    }
    const cancel = new Map<string, string[]>();
    const drop = (id: string, reason: string) => cancel.set(reason, [...(cancel.get(reason) ?? []), id]);
    const ready: Array<{ delivery: ClaimedDelivery; data: unknown }> = [];
    for (const d of claimed) {
      const user = d.userId ? users.get(d.userId) : undefined;
      if (d.userId && !user?.active) {
        drop(d.id, 'recipient inactive');
        continue;
      }
      if (!NOTIFICATION_TEMPLATES.has(d.template)) {
        ready.push({ delivery: d, data: d.data });
        continue;
      }
      if (user && !user.email) {
        drop(d.id, 'email disabled');
        continue;
      }
      if (d.template === 'notice') {
        const data = d.data as NoticeMailData;
        if (data.via && !existing.has(data.unsubscribeId)) drop(d.id, 'unsubscribed');
        else ready.push({ delivery: d, data });
        continue;
      }
      if (d.template !== 'digest') {
        // A role notice (a new application to a coordinator): only "email off" stops it.
        ready.push({ delivery: d, data: d.data });
        continue;
      }
      const digest = d.data as DigestMailData;
      const items = (digest.items ?? []).filter((item) => !item.subscriptionId || existing.has(item.subscriptionId));
      if (items.length === 0) drop(d.id, 'unsubscribed');
      else ready.push({ delivery: d, data: { ...digest, items } satisfies DigestMailData });
    }
    for (const [reason, ids] of cancel) {
      await this.deliveries.cancel(ids, reason);
      outcome.cancelled += ids.length;
    }
    return ready;
  }

  private async deliver(delivery: ClaimedDelivery, data: unknown): Promise<Result> {
    const template = delivery.template;
    if (!isEmailTemplateName(template)) return { kind: 'failed', error: `unknown template ${template}` };
    let rendered: RenderedEmail;
    try {
      // Stored by a planner from the typed data of this template.
      rendered = renderEmail(template, data as EmailTemplateData[typeof template], delivery.locale, this.links);
    } catch (error) {
      // Bad stored data does not heal with retries.
      return { kind: 'failed', error: `render: ${String(error)}` };
    }
    const messageId = this.messageId(delivery.id);
    const { unsubscribeUrl, ...content } = rendered;
    const headers = unsubscribeUrl
      ? {
          'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${this.unsubscribeMailbox}?subject=unsubscribe>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : undefined;
    try {
      await this.mail.send({ to: delivery.recipient, ...content, messageId, headers });
      return { kind: 'sent', messageId };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return error instanceof PermanentMailError ? { kind: 'failed', error: message } : { kind: 'transient', error: message };
    }
  }

  /** Retries briefly: a row left SENDING after a successful send would be failed as interrupted. */
  private async recordSent(sent: Array<{ id: string; messageId: string }>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deliveries.markSentMany(sent);
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(500 * attempt);
      }
    }
  }
}
