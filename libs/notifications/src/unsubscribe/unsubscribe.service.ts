import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACCOUNTS_SQL, MUNICIPALITIES_SQL, PARTNERS_SQL, TokenCodec } from '@ikone/membership';
import { TOPICS_SQL } from '@ikone/knowledge';
import type { Locale } from '@ikone/membership';
import { ConsentService } from '../consent/consent.service';
import { PreferencesService } from '../preferences/preferences.service';
import type { Frequency } from '../subscriptions/subscription.service';

/**
 * What an unsubscribe link stands for. The token is `TokenCodec('unsubscribe')` over either a
 * subscription id (emails caused by a subscription: the link ends it) or a user id (every
 * other notification email: the link turns notification emails off), see ADR 0006.
 */
export type UnsubscribeTarget =
  | { kind: 'subscription'; subscriptionId: string; topicName: string | null; topicNameEn: string | null; municipalityName: string | null; partnerName?: string | null; frequency: Frequency; locale: Locale }
  | { kind: 'email'; userId: string; locale: Locale; alreadyOff: boolean }
  /** Authentic, but the subscription was already ended (a second click, a resent form). */
  | { kind: 'gone' };

/** One-click unsubscribe (RFC 8058) without a login; the token is the only credential. */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenCodec,
    private readonly preferences: PreferencesService,
    private readonly consent: ConsentService,
  ) {}

  /** The token of a link; `id` is a subscription id or a user id. */
  token(id: string): string {
    return this.tokens.encode('unsubscribe', id);
  }

  /** What the link would do, changing nothing (the GET page); null for a token that is not ours. */
  async describe(token: string): Promise<UnsubscribeTarget | null> {
    const id = this.tokens.decode('unsubscribe', token);
    if (!id) return null;
    const [subscription] = (await this.db.query(
      `select s.id, s.frequency, t.name_de as "topicName", t.name_en as "topicNameEn", m.name as "municipalityName", po.name as "partnerName", u.locale
       from subscription s join ${ACCOUNTS_SQL} u on u.id = s.user_id
       left join ${TOPICS_SQL} t on t.id = s.topic_id left join ${MUNICIPALITIES_SQL} m on m.id = s.municipality_id
       left join ${PARTNERS_SQL} po on po.id = s.partner_id
       where s.id = $1`,
      [id],
    )) as Array<{ id: string; frequency: Frequency; topicName: string | null; topicNameEn: string | null; municipalityName: string | null; partnerName: string | null; locale: Locale }>;
    if (subscription) {
      return {
        kind: 'subscription',
        subscriptionId: subscription.id,
        topicName: subscription.topicName,
        topicNameEn: subscription.topicNameEn,
        municipalityName: subscription.municipalityName,
        partnerName: subscription.partnerName,
        frequency: subscription.frequency,
        locale: subscription.locale === 'en' ? 'en' : 'de',
      };
    }
    const [user] = (await this.db.query(
      `select u.id, u.locale, coalesce(p.email_enabled, true) as enabled from ${ACCOUNTS_SQL} u
       left join notification_preference p on p.user_id = u.id where u.id = $1 and u.status <> 'DELETED'`,
      [id],
    )) as Array<{ id: string; locale: Locale; enabled: boolean }>;
    if (user) return { kind: 'email', userId: user.id, locale: user.locale === 'en' ? 'en' : 'de', alreadyOff: !user.enabled };
    return { kind: 'gone' };
  }

  /**
   * Ends the subscription or turns emails off; repeating it is harmless. Null for a foreign
   * token. "Emails off" by link also withdraws the consent to notification emails (recorded,
   * ADR 0023); ending one subscription keeps it for the others.
   */
  async apply(token: string): Promise<UnsubscribeTarget | null> {
    const target = await this.describe(token);
    if (!target) return null;
    if (target.kind === 'subscription') await this.db.query(`delete from subscription where id = $1`, [target.subscriptionId]);
    if (target.kind === 'email') {
      await this.preferences.disableEmail(target.userId);
      await this.consent.withdraw(target.userId, 'UNSUBSCRIBE_LINK');
    }
    return target;
  }
}
