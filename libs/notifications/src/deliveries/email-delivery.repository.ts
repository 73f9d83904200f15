import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Locale } from '@ikone/membership';
import type { EmailTemplateData, EmailTemplateName } from '../email/email-templates';

/** One email to write, decided by an event handler. */
export type PlannedDelivery = {
  [T in EmailTemplateName]: { template: T; recipient: string; userId: string | null; locale: Locale; data: EmailTemplateData[T] };
}[EmailTemplateName];

/** A claimed delivery, ready to render and send. */
export interface ClaimedDelivery {
  id: string;
  recipient: string;
  userId: string | null;
  template: string;
  locale: string;
  data: unknown;
  attempts: number;
}

/** The same event, template and recipient always give the same key, so a re-run inserts nothing. */
export function idempotencyKey(eventId: string, delivery: Pick<PlannedDelivery, 'template' | 'recipient'>): string {
  return `${eventId}:${delivery.template}:${delivery.recipient.trim().toLowerCase()}`;
}

/** The `email_delivery` table: at most one row per idempotency key, sent at most once. */
@Injectable()
export class EmailDeliveryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Inserts the deliveries of one event (one statement, whatever the number of recipients)
   * and returns the ids of those of the event still PENDING: new ones and any left by an
   * earlier run that did not get to enqueue them.
   */
  async plan(eventId: string, deliveries: PlannedDelivery[]): Promise<string[]> {
    if (deliveries.length === 0) return [];
    const keys = deliveries.map((d) => idempotencyKey(eventId, d));
    await this.db.query(
      `insert into email_delivery (idempotency_key, recipient, user_id, template, locale, data, event_id)
       select k, r, u, t, l, d, $7::bigint from unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[]) as x(k, r, u, t, l, d)
       on conflict (idempotency_key) do nothing`,
      [
        keys,
        deliveries.map((d) => d.recipient.trim()),
        deliveries.map((d) => d.userId),
        deliveries.map((d) => d.template),
        deliveries.map((d) => d.locale),
        deliveries.map((d) => JSON.stringify(d.data)),
        eventId,
      ],
    );
    const rows: Array<{ id: string }> = await this.db.query(
      `select id::text as id from email_delivery where idempotency_key = any($1::text[]) and status = 'PENDING' order by id`,
      [keys],
    );
    return rows.map((r) => r.id);
  }

  /** Deliveries of one outbox event still waiting to be sent, oldest first. */
  async pendingOfEvent(eventId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `select id::text as id from email_delivery where event_id = $1 and status = 'PENDING' order by id`,
      [eventId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Claims many deliveries in one statement; each row still goes PENDING → SENDING on its own,
   * so a row another job holds or has sent is simply not returned.
   */
  async claimMany(ids: string[]): Promise<ClaimedDelivery[]> {
    if (ids.length === 0) return [];
    const [rows]: [ClaimedDelivery[], number] = await this.db.query(
      `update email_delivery set status = 'SENDING', attempts = attempts + 1
       where id = any($1::bigint[]) and status = 'PENDING'
       returning id::text as id, recipient, user_id as "userId", template, locale, data, attempts`,
      [ids],
    );
    return rows;
  }

  /**
   * Digest deliveries of a period left SENDING by a run that died: failed, never resent. Only
   * for a run that knows no other sender is at work on the period (the CLI re-run).
   */
  async failInterruptedDigests(periodKey: string): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(
      `update email_delivery d set status = 'FAILED', last_error = 'interrupted'
       from digest g where g.delivery_id = d.id and g.period_key = $1 and d.status = 'SENDING'`,
      [periodKey],
    );
    return count;
  }

  /** Of `ids`, those found SENDING: a run that claimed them died mid-send; they are failed, never resent. */
  async failInterrupted(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const [, count]: [unknown, number] = await this.db.query(
      `update email_delivery set status = 'FAILED', last_error = 'interrupted' where id = any($1::bigint[]) and status = 'SENDING'`,
      [ids],
    );
    return count;
  }

  async markSentMany(sent: Array<{ id: string; messageId: string }>): Promise<void> {
    if (sent.length === 0) return;
    await this.db.query(
      `update email_delivery d set status = 'SENT', sent_at = now(), message_id = x.m, last_error = null
       from unnest($1::bigint[], $2::text[]) as x(i, m) where d.id = x.i`,
      [sent.map((s) => s.id), sent.map((s) => s.messageId)],
    );
  }

  /** The reason to send went away (unsubscribed, email turned off, account gone). */
  async cancel(ids: string[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`update email_delivery set status = 'CANCELLED', last_error = $2 where id = any($1::bigint[]) and status = 'SENDING'`, [
      ids,
      reason,
    ]);
  }

  /** Takes a PENDING delivery for sending; null when it is gone, sent, failed or being sent. */
  async claim(id: string): Promise<ClaimedDelivery | null> {
    const [rows]: [ClaimedDelivery[], number] = await this.db.query(
      `update email_delivery set status = 'SENDING', attempts = attempts + 1
       where id = $1 and status = 'PENDING'
       returning id::text as id, recipient, user_id as "userId", template, locale, data, attempts`,
      [id],
    );
    return rows[0] ?? null;
  }

  async status(id: string): Promise<string | null> {
    const rows: Array<{ status: string }> = await this.db.query(`select status from email_delivery where id = $1`, [id]);
    return rows[0]?.status ?? null;
  }

  /** Whether the account the delivery is for can still receive email (no account: yes). */
  async recipientActive(userId: string | null): Promise<boolean> {
    if (!userId) return true;
    const rows: Array<{ status: string }> = await this.db.query(`select status from app_user where id = $1`, [userId]);
    return rows[0]?.status === 'ACTIVE';
  }

  /** The truth wins: once handed to SMTP, the row says SENT even if it was marked interrupted meanwhile. */
  async markSent(id: string, messageId: string): Promise<void> {
    await this.db.query(
      `update email_delivery set status = 'SENT', sent_at = now(), message_id = $2, last_error = null where id = $1`,
      [id, messageId],
    );
  }

  async markFailed(id: string, error: string, fromStatus: 'SENDING' | 'PENDING' = 'SENDING'): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `update email_delivery set status = 'FAILED', last_error = $2 where id = $1 and status = $3`,
      [id, error.slice(0, 2000), fromStatus],
    );
    return count > 0;
  }

  /** Hands a delivery back for the next attempt. */
  async release(id: string, error: string): Promise<void> {
    await this.db.query(`update email_delivery set status = 'PENDING', last_error = $2 where id = $1 and status = 'SENDING'`, [
      id,
      error.slice(0, 2000),
    ]);
  }
}
