import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACCOUNTS_SQL } from '@ikone/membership';
import type { Locale } from '@ikone/membership';
import type { EmailTemplateData, EmailTemplateName } from '../email/email-templates';

/** One email to write, decided by an event handler. */
export type PlannedDelivery = {
  [T in EmailTemplateName]: { template: T; recipient: string; userId: string | null; locale: Locale; data: EmailTemplateData[T] };
}[EmailTemplateName];

/** A delivery as the sender reads it, ready to render and send. */
export interface DeliveryRow {
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

/**
 * The `email_delivery` table: at most one row per idempotency key; recorded SENT per message
 * the moment SMTP accepts it; in doubt only while claimed and unrecorded (ADR 0012).
 */
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
      `select id::text as id from email_delivery where idempotency_key = any($1::text[]) and status = 'PENDING' order by email_delivery.id`,
      [keys],
    );
    return rows.map((r) => r.id);
  }

  /** Deliveries of one outbox event still waiting to be sent, oldest first. */
  async pendingOfEvent(eventId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `select id::text as id from email_delivery where event_id = $1 and status = 'PENDING' order by email_delivery.id`,
      [eventId],
    );
    return rows.map((r) => r.id);
  }

  /** Of `ids`, the deliveries still PENDING, read (not claimed) so the sender can check them first. */
  async pendingRows(ids: string[]): Promise<DeliveryRow[]> {
    if (ids.length === 0) return [];
    return (await this.db.query(
      `select id::text as id, recipient, user_id as "userId", template, locale, data, attempts
       from email_delivery where id = any($1::bigint[]) and status = 'PENDING' order by email_delivery.id`,
      [ids],
    )) as DeliveryRow[];
  }

  /**
   * Claims one PENDING delivery right before its SMTP hand-over (PENDING → SENDING, one more
   * attempt, claimed for `leaseSeconds`); false when someone else has it or it is settled.
   */
  async claim(id: string, leaseSeconds: number): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `update email_delivery set status = 'SENDING', attempts = attempts + 1, claimed_until = now() + make_interval(secs => $2)
       where id = $1 and status = 'PENDING'`,
      [id, leaseSeconds],
    );
    return count > 0;
  }

  /** Keeps the claims of a live sender from running out (one statement for all it holds). */
  async renewClaims(ids: string[], leaseSeconds: number): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(
      `update email_delivery set claimed_until = now() + make_interval(secs => $2) where id = any($1::bigint[]) and status = 'SENDING'`,
      [ids, leaseSeconds],
    );
  }

  /**
   * Takes up to `limit` deliveries in doubt — SENDING with a claim that ran out, so their sender
   * died between the claim and recording the SMTP answer — for one resend: claimed again, one
   * more attempt, `in_doubt_at` set. Those already resent once and in doubt again are failed
   * (listed to coordinators), never resent a third time. `periodKey` limits it to the digests of
   * one period (the CLI).
   */
  async takeInDoubt(leaseSeconds: number, limit: number, periodKey?: string): Promise<{ resend: DeliveryRow[]; failed: number }> {
    const scope = (param: string) =>
      periodKey ? `and exists (select 1 from digest g where g.delivery_id = d.id and g.period_key = ${param})` : `and ${param}::text is null`;
    const [, failed]: [unknown, number] = await this.db.query(
      `update email_delivery d set status = 'FAILED', last_error = 'in doubt again after one resend'
       where d.status = 'SENDING' and d.claimed_until < now() and d.in_doubt_at is not null ${scope('$1')}`,
      [periodKey ?? null],
    );
    const [rows]: [DeliveryRow[], number] = await this.db.query(
      `update email_delivery d set attempts = d.attempts + 1, in_doubt_at = now(), claimed_until = now() + make_interval(secs => $1),
         last_error = 'in doubt: resent with the same Message-ID'
       where d.id in (
         select d.id from email_delivery d where d.status = 'SENDING' and d.claimed_until < now() and d.in_doubt_at is null ${scope('$3')}
         order by d.id limit $2 for update skip locked)
       returning d.id::text as id, d.recipient, d.user_id as "userId", d.template, d.locale, d.data, d.attempts`,
      [leaseSeconds, limit, periodKey ?? null],
    );
    return { resend: rows, failed };
  }

  /** Seconds until the last claim on a digest of the period runs out (0: none left). */
  async secondsUntilDigestClaimsExpire(periodKey: string): Promise<number> {
    const [row] = (await this.db.query(
      `select coalesce(extract(epoch from max(d.claimed_until) - now()), 0)::float8 as s
       from email_delivery d join digest g on g.delivery_id = d.id where g.period_key = $1 and d.status = 'SENDING'`,
      [periodKey],
    )) as Array<{ s: number }>;
    return Math.max(0, row?.s ?? 0);
  }

  /** The reason to send went away (unsubscribed, email turned off, account gone). */
  async cancel(ids: string[], reason: string, fromStatus: 'PENDING' | 'SENDING'): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`update email_delivery set status = 'CANCELLED', last_error = $2, claimed_until = null where id = any($1::bigint[]) and status = $3`, [
      ids,
      reason,
      fromStatus,
    ]);
  }

  async status(id: string): Promise<string | null> {
    const rows: Array<{ status: string }> = await this.db.query(`select status from email_delivery where id = $1`, [id]);
    return rows[0]?.status ?? null;
  }

  /** Whether the account the delivery is for can still receive email (no account: yes). */
  async recipientActive(userId: string | null): Promise<boolean> {
    if (!userId) return true;
    const rows: Array<{ status: string }> = await this.db.query(`select u.status from ${ACCOUNTS_SQL} u where u.id = $1`, [userId]);
    return rows[0]?.status === 'ACTIVE';
  }

  /**
   * Recorded the moment SMTP accepted the message. The truth wins: the row says SENT whatever
   * state it was put in meanwhile. The in-doubt note stays, so a resend remains visible.
   */
  async markSent(id: string, messageId: string): Promise<void> {
    await this.db.query(
      `update email_delivery set status = 'SENT', sent_at = now(), message_id = $2, claimed_until = null,
         last_error = case when in_doubt_at is null then null else last_error end
       where id = $1`,
      [id, messageId],
    );
  }

  async markFailed(id: string, error: string, fromStatus: 'SENDING' | 'PENDING' = 'SENDING'): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `update email_delivery set status = 'FAILED', last_error = $2, claimed_until = null where id = $1 and status = $3`,
      [id, error.slice(0, 2000), fromStatus],
    );
    return count > 0;
  }

  /** Hands a delivery back for the next attempt. */
  async release(id: string, error: string): Promise<void> {
    await this.db.query(`update email_delivery set status = 'PENDING', last_error = $2, claimed_until = null where id = $1 and status = 'SENDING'`, [
      id,
      error.slice(0, 2000),
    ]);
  }
}
