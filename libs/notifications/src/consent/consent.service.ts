import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { recordEvents } from '@ikone/platform';
import { ACCOUNTS_SQL, ACTIVE_ACCOUNTS_SQL, Actor, TokenCodec, lockAccount, requireRole } from '@ikone/membership';
import { NotificationsError } from '../notifications.error';

/** The version of the consent text the confirmation email and the settings page show. */
export const CONSENT_TEXT_VERSION = '2026-12';
/** A confirmation link is valid this many days; afterwards the person asks for a new one. */
export const CONSENT_LINK_DAYS = 14;
/** The outbox event whose email asks a person to confirm (ADR 0023). */
export const CONSENT_REQUESTED = 'notifications.consent-requested';

export type ConsentStatus = 'CONFIRMED' | 'PENDING' | 'NONE';
export type WithdrawnVia = 'SETTINGS' | 'UNSUBSCRIBE_LINK';

/** A person's consent to notification emails as the settings page shows it. */
export interface EmailConsentState {
  status: ConsentStatus;
  /** When the open request was sent (PENDING) or the consent asked for (CONFIRMED). */
  requestedAt: Date | null;
  givenAt: Date | null;
}

/** What a confirmation link stands for, changing nothing (the GET page). */
export type ConsentLink = { kind: 'pending'; locale: 'de' | 'en' } | { kind: 'used' } | { kind: 'expired' };

interface OpenRow {
  id: string;
  givenAt: Date | null;
  requestedAt: Date;
}

/**
 * Double opt-in of notification emails (immediate notices of subscriptions and digests, ADR
 * 0023): asking by email with a single-use link, confirming, withdrawing. Every consent is a row
 * of `consent` that is asked for, given and withdrawn, never overwritten; at most one is open.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenCodec,
  ) {}

  /** The token of a confirmation link. */
  token(consentId: string): string {
    return this.tokens.encode('email-consent', consentId);
  }

  async state(actor: Actor | null): Promise<EmailConsentState> {
    const who = requireRole(actor);
    const open = await this.open(this.db.manager, who.id);
    if (!open || this.expired(open)) return { status: 'NONE', requestedAt: null, givenAt: null };
    return { status: open.givenAt ? 'CONFIRMED' : 'PENDING', requestedAt: open.requestedAt, givenAt: open.givenAt };
  }

  /**
   * Within the caller's transaction (a subscription made, email turned on): asks the person by
   * email if they follow something with email on and neither gave consent nor have an open
   * request. An expired request is closed and replaced. Returns whether it asked.
   */
  async requestIfNeeded(manager: EntityManager, userId: string): Promise<boolean> {
    const [wanted] = (await manager.query(
      `select 1 from ${ACTIVE_ACCOUNTS_SQL} u left join notification_preference p on p.user_id = u.id
       where u.id = $1 and coalesce(p.email_enabled, true) and exists (select 1 from subscription s where s.user_id = u.id)`,
      [userId],
    )) as unknown[];
    if (!wanted) return false;
    const open = await this.open(manager, userId, true);
    if (open && !this.expired(open)) return false;
    await this.ask(manager, userId, open);
    return true;
  }

  /** "Erneut senden": another email with the open request's link, or a new request. */
  async resend(actor: Actor | null): Promise<EmailConsentState> {
    const who = requireRole(actor);
    await this.db.transaction(async (manager) => {
      const open = await this.open(manager, who.id, true);
      if (open?.givenAt) return;
      if (open && !this.expired(open)) await recordEvents(manager, { type: CONSENT_REQUESTED, payload: { consentId: open.id } });
      else await this.ask(manager, who.id, open);
    });
    return this.state(who);
  }

  async describe(token: string): Promise<ConsentLink | null> {
    const id = this.tokens.decode('email-consent', token);
    if (!id) return null;
    const [row] = (await this.db.query(
      `select c.given_at as "givenAt", c.withdrawn_at as "withdrawnAt", c.requested_at as "requestedAt", u.locale, u.status
       from consent c join ${ACCOUNTS_SQL} u on u.id = c.user_id where c.id = $1`,
      [id],
    )) as Array<{ givenAt: Date | null; withdrawnAt: Date | null; requestedAt: Date; locale: string; status: string }>;
    if (!row || row.status !== 'ACTIVE') return null;
    if (row.givenAt || row.withdrawnAt) return { kind: 'used' };
    if (this.expired({ id, givenAt: null, requestedAt: row.requestedAt })) return { kind: 'expired' };
    return { kind: 'pending', locale: row.locale === 'en' ? 'en' : 'de' };
  }

  /** Confirms with the link's token, once; no sign-in needed, the token is the credential. */
  async confirm(token: string): Promise<void> {
    const link = await this.describe(token);
    if (!link) throw new NotificationsError('CONSENT_TOKEN_INVALID', 'token');
    if (link.kind === 'used') throw new NotificationsError('CONSENT_TOKEN_USED', 'token');
    if (link.kind === 'expired') throw new NotificationsError('CONSENT_TOKEN_EXPIRED', 'token');
    const [, count] = (await this.db.query(
      `update consent set given_at = now() where id = $1 and given_at is null and withdrawn_at is null`,
      [this.tokens.decode('email-consent', token)],
    )) as [unknown, number];
    // Two clicks at once: the second finds it given.
    if (count === 0) throw new NotificationsError('CONSENT_TOKEN_USED', 'token');
  }

  /** Withdraws the open consent (or request) of the caller from the settings page. */
  async withdrawMine(actor: Actor | null): Promise<EmailConsentState> {
    const who = requireRole(actor);
    await this.withdraw(who.id, 'SETTINGS');
    return this.state(who);
  }

  /** Records the withdrawal of the open consent, if any; returns whether there was one. */
  async withdraw(userId: string, via: WithdrawnVia): Promise<boolean> {
    const [, count] = (await this.db.query(
      `update consent set withdrawn_at = now(), withdrawn_via = $3 where user_id = $1 and purpose = $2 and withdrawn_at is null`,
      [userId, 'NOTIFICATION_EMAIL', via],
    )) as [unknown, number];
    return count > 0;
  }

  /** The demo network (ADR 0010, 0023): a consent recorded as given, marked `DEMO`. */
  async recordDemo(userId: string): Promise<void> {
    await this.db.query(
      `insert into consent (user_id, purpose, text_version, source, given_at) values ($1, 'NOTIFICATION_EMAIL', $2, 'DEMO', now())
       on conflict (user_id, purpose) where withdrawn_at is null do nothing`,
      [userId, CONSENT_TEXT_VERSION],
    );
  }

  private async ask(manager: EntityManager, userId: string, expired: OpenRow | null): Promise<void> {
    if (expired) await manager.query(`update consent set withdrawn_at = now(), withdrawn_via = 'EXPIRED' where id = $1`, [expired.id]);
    const [row] = (await manager.query(
      `insert into consent (user_id, purpose, text_version, source) values ($1, 'NOTIFICATION_EMAIL', $2, 'CONFIRMATION_LINK') returning id`,
      [userId, CONSENT_TEXT_VERSION],
    )) as Array<{ id: string }>;
    await recordEvents(manager, { type: CONSENT_REQUESTED, payload: { consentId: row.id } });
  }

  private async open(manager: EntityManager, userId: string, lock = false): Promise<OpenRow | null> {
    if (lock) await lockAccount(manager, userId);
    const [row] = (await manager.query(
      `select id, given_at as "givenAt", requested_at as "requestedAt" from consent
       where user_id = $1 and purpose = 'NOTIFICATION_EMAIL' and withdrawn_at is null`,
      [userId],
    )) as OpenRow[];
    return row ?? null;
  }

  private expired(row: OpenRow): boolean {
    return !row.givenAt && Date.now() - new Date(row.requestedAt).getTime() > CONSENT_LINK_DAYS * 86_400_000;
  }
}
