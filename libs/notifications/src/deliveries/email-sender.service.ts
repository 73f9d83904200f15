import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, MailTransport, PermanentMailError, retryUntil } from '@ikone/platform';
import { ACCOUNTS_SQL, InvitationService, TokenCodec } from '@ikone/membership';
import type { DigestMailData } from '../email/digest.templates';
import type { EmailLinks, RenderedEmail } from '../email/email-layout';
import { EmailTemplateData, NOTIFICATION_TEMPLATES, isEmailTemplateName, renderEmail } from '../email/email-templates';
import type { EmailConsentMailData } from '../email/consent.templates';
import type { NoticeMailData } from '../email/notice.templates';
import { CONFIRMED_CONSENT } from '../fanout/notice-writer.repository';
import { DeliveryRow, EmailDeliveryRepository } from './email-delivery.repository';
import { EventInvitation, EventInvitations } from './event-invitations';

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

/** What {@link EmailSender.resendInDoubt} did. */
export interface InDoubtOutcome extends SendOutcome {
  /** Deliveries found in doubt and resent (or cancelled, or handed back) this time. */
  inDoubt: number;
  /** Found in doubt a second time after their one resend: failed, listed to coordinators. */
  failedAgain: number;
}

type Result = { kind: 'sent'; messageId: string } | { kind: 'failed'; error: string } | { kind: 'transient'; error: string };

/** A first-come, first-served counter of free places. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  async take(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/**
 * Sends email deliveries and records each as SENT the moment SMTP accepts it. A delivery is
 * claimed (PENDING → SENDING, with a lease this sender keeps renewing) right before its SMTP
 * hand-over, and at most `SMTP_POOL_SIZE` per process are between claim and record at any
 * time, so a process killed mid fan-out leaves at most that many in doubt (ADR 0012); every
 * other delivery is PENDING or SENT. {@link resendInDoubt} resends those whose claim ran out,
 * once, with the same Message-ID. Transient errors hand the row back as PENDING; SMTP 5xx
 * fails it for good. Notification emails are checked again right before sending: email
 * turned off, an ended subscription, a withdrawn consent or an account gone cancel them.
 */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private readonly logger = new Logger('SendEmail');
  readonly links: EmailLinks;
  private readonly messageIdHost: string;
  private readonly unsubscribeMailbox: string;
  private readonly leaseSeconds: number;
  private readonly slots: Slots;
  /** Deliveries this process holds SENDING: their claims are renewed until recorded. */
  private readonly held = new Set<string>();
  private readonly renewTimer: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly deliveries: EmailDeliveryRepository,
    private readonly mail: MailTransport,
    private readonly tokens: TokenCodec,
    private readonly invitations: InvitationService,
    private readonly calendars: EventInvitations,
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
      emailConsent: (id) => `${base}/e-mail-bestaetigen?token=${encodeURIComponent(this.tokens.encode('email-consent', id))}`,
      freshness: (id) => `${base}/aktualitaet?token=${encodeURIComponent(this.tokens.encode('freshness', id))}`,
      preferences: `${base}/einstellungen/benachrichtigungen`,
    };
    this.messageIdHost = new URL(base).hostname;
    this.unsubscribeMailbox = /<([^<>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
    this.leaseSeconds = config.emailClaimSeconds;
    this.slots = new Slots(config.smtpPoolSize);
    this.renewTimer = setInterval(() => void this.renew(), (this.leaseSeconds * 1000) / 3);
    this.renewTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.renewTimer);
  }

  /** The Message-ID a delivery is always sent with, so receivers can drop a duplicate. */
  messageId(deliveryId: string): string {
    return `delivery-${deliveryId}@${this.messageIdHost}`;
  }

  /** Sends one delivery (the `send-email` job); throws a transient error so the job is retried. */
  sendOne(deliveryId: string, finalAttempt: boolean): Promise<SendOutcome> {
    // Found SENDING: a live sender holds it, or its sender died and resendInDoubt takes it.
    return this.sendMany([deliveryId], { finalAttempt });
  }

  /**
   * Sends the PENDING ones of `ids`, read and checked `window` at a time, each claimed on its
   * own right before the hand-over. Ids found in another state are skipped.
   */
  async sendMany(ids: string[], options: { window?: number; finalAttempt?: boolean } = {}): Promise<SendOutcome> {
    const outcome: SendOutcome = { sent: 0, failed: 0, cancelled: 0, retry: [], skipped: 0 };
    const window = options.window ?? 50;
    for (let i = 0; i < ids.length; i += window) {
      const windowIds = ids.slice(i, i + window);
      const rows = await this.deliveries.pendingRows(windowIds);
      outcome.skipped += windowIds.length - rows.length;
      const ready = await this.stillWanted(rows, outcome, 'PENDING');
      const calendars = await this.calendars.forDeliveries(ready);
      await Promise.all(
        ready.map(({ delivery, data }) => this.claimAndSend(delivery, data, calendars.get(delivery.id), outcome, options.finalAttempt ?? false, false)),
      );
    }
    return outcome;
  }

  /**
   * Resends, once and with the same Message-ID, the deliveries whose sender died between the
   * claim and recording the SMTP answer (SENDING with a claim that ran out). With `periodKey`
   * only the digests of that period, after waiting for their claims to run out (the CLI re-run).
   */
  async resendInDoubt(options: { periodKey?: string; waitForClaims?: boolean; finalAttempt?: boolean } = {}): Promise<InDoubtOutcome> {
    const outcome: InDoubtOutcome = { sent: 0, failed: 0, cancelled: 0, retry: [], skipped: 0, inDoubt: 0, failedAgain: 0 };
    if (options.periodKey && options.waitForClaims) {
      const wait = await this.deliveries.secondsUntilDigestClaimsExpire(options.periodKey);
      if (wait > 0) await sleep(Math.ceil(wait * 1000) + 50);
    }
    for (;;) {
      const { resend, failed } = await this.deliveries.takeInDoubt(this.leaseSeconds, 200, options.periodKey);
      outcome.failedAgain += failed;
      outcome.failed += failed;
      if (resend.length === 0) break;
      outcome.inDoubt += resend.length;
      for (const d of resend) this.held.add(d.id);
      try {
        const ready = await this.stillWanted(resend, outcome, 'SENDING');
        const calendars = await this.calendars.forDeliveries(ready);
        await Promise.all(
          ready.map(({ delivery, data }) => this.claimAndSend(delivery, data, calendars.get(delivery.id), outcome, options.finalAttempt ?? false, true)),
        );
      } finally {
        for (const d of resend) this.held.delete(d.id);
      }
    }
    if (outcome.inDoubt > 0 || outcome.failedAgain > 0) {
      this.logger.warn(
        `${outcome.inDoubt} ungewisse E-Mail(s) mit derselben Message-ID erneut gesendet, ${outcome.failedAgain} nach erneutem Abbruch fehlgeschlagen / ` +
          'in-doubt emails resent with the same Message-ID; failed after a second interruption',
      );
    }
    return outcome;
  }

  /**
   * One delivery: claim (unless already held), hand to SMTP, record the answer. Holds one of the
   * pool-size places from the claim to the record, which bounds what a kill leaves in doubt.
   */
  private async claimAndSend(
    delivery: DeliveryRow,
    data: unknown,
    calendar: EventInvitation | undefined,
    outcome: SendOutcome,
    finalAttempt: boolean,
    alreadyClaimed: boolean,
  ): Promise<void> {
    await this.slots.take();
    try {
      if (!alreadyClaimed) {
        if (!(await this.deliveries.claim(delivery.id, this.leaseSeconds))) {
          outcome.skipped += 1;
          return;
        }
        this.held.add(delivery.id);
      }
      try {
        const result = await this.deliver(delivery, data, calendar);
        if (result.kind === 'sent') {
          await this.recordSent(delivery.id, result.messageId);
          outcome.sent += 1;
        } else if (result.kind === 'failed' || finalAttempt) {
          outcome.failed += 1;
          await this.deliveries.markFailed(delivery.id, result.error);
        } else {
          outcome.retry.push(delivery.id);
          outcome.retryError ??= result.error;
          await this.deliveries.release(delivery.id, result.error);
        }
      } finally {
        if (!alreadyClaimed) this.held.delete(delivery.id);
      }
    } finally {
      this.slots.give();
    }
  }

  private async renew(): Promise<void> {
    if (this.held.size === 0) return;
    try {
      await this.deliveries.renewClaims([...this.held], this.leaseSeconds);
    } catch (error) {
      // The next tick tries again; a claim that runs out meanwhile is resent once (same Message-ID).
      this.logger.warn(`Verlängern der Versand-Ansprüche fehlgeschlagen / renewing claims failed: ${String(error)}`);
    }
  }

  /**
   * Drops what should no longer go out, in at most four statements for the whole set: inactive
   * accounts; confirmation emails of requests no longer open; for notification emails also
   * "email off", ended subscriptions and, for subscriptions' emails, a consent withdrawn or never
   * given (a digest loses the items of ended subscriptions and goes only if some remain).
   */
  private async stillWanted(
    claimed: DeliveryRow[],
    outcome: SendOutcome,
    status: 'PENDING' | 'SENDING',
  ): Promise<Array<{ delivery: DeliveryRow; data: unknown }>> {
    if (claimed.length === 0) return [];
    const userIds = [...new Set(claimed.map((d) => d.userId).filter((id): id is string => id !== null))];
    const users = new Map<string, { active: boolean; email: boolean; consented: boolean }>();
    if (userIds.length > 0) {
      const rows = (await this.db.query(
        `select u.id, u.status = 'ACTIVE' as active, coalesce(p.email_enabled, true) as email, ${CONFIRMED_CONSENT} as consented
         from ${ACCOUNTS_SQL} u left join notification_preference p on p.user_id = u.id where u.id = any($1::uuid[])`,
        [userIds],
      )) as Array<{ id: string; active: boolean; email: boolean; consented: boolean }>;
      for (const row of rows) users.set(row.id, row);
    }
    // A confirmation email whose request was confirmed, withdrawn or replaced meanwhile is not sent.
    const consentIds = claimed.filter((d) => d.template === 'email-consent').map((d) => (d.data as EmailConsentMailData).consentId);
    const openRequests = new Set<string>();
    if (consentIds.length > 0) {
      const rows = (await this.db.query(`select id from consent where id = any($1::uuid[]) and given_at is null and withdrawn_at is null`, [
        consentIds,
      ])) as Array<{ id: string }>;
      for (const row of rows) openRequests.add(row.id);
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
    const ready: Array<{ delivery: DeliveryRow; data: unknown }> = [];
    for (const d of claimed) {
      const user = d.userId ? users.get(d.userId) : undefined;
      if (d.userId && !user?.active) {
        drop(d.id, 'recipient inactive');
        continue;
      }
      if (d.template === 'email-consent' && !openRequests.has((d.data as EmailConsentMailData).consentId)) {
        drop(d.id, 'consent no longer requested');
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
        else if (data.via && !user?.consented) drop(d.id, 'no consent');
        else ready.push({ delivery: d, data });
        continue;
      }
      if (d.template !== 'digest') {
        // A role notice (a new application to a coordinator): only "email off" stops it.
        ready.push({ delivery: d, data: d.data });
        continue;
      }
      if (!user?.consented) {
        drop(d.id, 'no consent');
        continue;
      }
      const digest = d.data as DigestMailData;
      const items = (digest.items ?? []).filter((item) => !item.subscriptionId || existing.has(item.subscriptionId));
      if (items.length === 0) drop(d.id, 'unsubscribed');
      else ready.push({ delivery: d, data: { ...digest, items } satisfies DigestMailData });
    }
    for (const [reason, ids] of cancel) {
      await this.deliveries.cancel(ids, reason, status);
      outcome.cancelled += ids.length;
    }
    return ready;
  }

  private async deliver(delivery: DeliveryRow, data: unknown, calendar: EventInvitation | undefined): Promise<Result> {
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
      await this.mail.send({ to: delivery.recipient, ...content, messageId, headers, calendar });
      return { kind: 'sent', messageId };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return error instanceof PermanentMailError ? { kind: 'failed', error: message } : { kind: 'transient', error: message };
    }
  }

  /**
   * Retries for up to one lease: a row left SENDING after SMTP accepted it would be resent as in
   * doubt, so a database restart shorter than that (connections refused, then back) costs no
   * second copy. Longer, the claim may have run out and the in-doubt resend takes over (ADR 0016).
   */
  private async recordSent(id: string, messageId: string): Promise<void> {
    await retryUntil(() => this.deliveries.markSent(id, messageId), this.leaseSeconds * 1000, { firstMs: 500, maxMs: 2000, jitter: 0 });
  }
}
