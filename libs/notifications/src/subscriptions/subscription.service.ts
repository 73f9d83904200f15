import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, MUNICIPALITIES_SQL, PARTNERS_SQL, requireRole } from '@ikone/membership';
import { TOPICS_SQL } from '@ikone/knowledge';
import { ConsentService } from '../consent/consent.service';
import { NotificationsError } from '../notifications.error';

export const FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** What a subscription follows: exactly one of a topic, a municipality or a partner organisation, by slug. */
export interface SubscriptionTarget {
  topicSlug?: string | null;
  municipalitySlug?: string | null;
  partnerSlug?: string | null;
}

export interface SubscriptionRecord {
  id: string;
  userId: string;
  topicId: string | null;
  municipalityId: string | null;
  partnerId: string | null;
  frequency: Frequency;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `id, user_id as "userId", topic_id as "topicId", municipality_id as "municipalityId", partner_id as "partnerId", frequency,
  created_at as "createdAt", updated_at as "updatedAt"`;

/**
 * A signed-in person's subscriptions. Every method acts on the caller's own rows only;
 * coordinators included, since a subscription is personal.
 */
@Injectable()
export class SubscriptionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consent: ConsentService,
  ) {}

  /**
   * Subscribes, or changes the frequency of the existing subscription to the same target. A
   * person without consent to notification emails is asked for it by email (ADR 0023).
   */
  async subscribe(actor: Actor | null, target: SubscriptionTarget, frequency: Frequency): Promise<SubscriptionRecord> {
    const who = requireRole(actor);
    const slugs = {
      topic: target.topicSlug?.trim() || null,
      municipality: target.municipalitySlug?.trim() || null,
      partner: target.partnerSlug?.trim() || null,
    };
    const given = (Object.keys(slugs) as Array<keyof typeof slugs>).filter((k) => slugs[k] !== null);
    if (given.length !== 1) throw new NotificationsError('TARGET_REQUIRED', 'target');
    const kind = given[0];
    // Applied and former members are not listed to members (ADR 0005), so they cannot be followed.
    const lookup = {
      topic: { sql: `select id from ${TOPICS_SQL} t where slug = $1`, column: 'topic_id', error: 'TOPIC_NOT_FOUND', field: 'target.topicSlug' },
      municipality: {
        sql: `select id from ${MUNICIPALITIES_SQL} m where slug = $1 and status in ('ACTIVE','SUSPENDED')`,
        column: 'municipality_id', error: 'MUNICIPALITY_NOT_FOUND', field: 'target.municipalitySlug',
      },
      partner: {
        sql: `select id from ${PARTNERS_SQL} p where slug = $1 and status in ('ACTIVE','SUSPENDED')`,
        column: 'partner_id', error: 'PARTNER_NOT_FOUND', field: 'target.partnerSlug',
      },
    } as const;
    const { sql, column, error, field } = lookup[kind];
    const [found] = (await this.db.query(sql, [slugs[kind]])) as Array<{ id: string }>;
    if (!found) throw new NotificationsError(error, field);
    return this.write(
      who.id,
      `insert into subscription (user_id, ${column}, frequency) values ($1, $2, $3)
       on conflict (user_id, ${column}) where ${column} is not null
       do update set frequency = excluded.frequency, updated_at = now()
       returning ${COLUMNS}`,
      [who.id, found.id, frequency],
    );
  }

  private write(userId: string, sql: string, params: unknown[]): Promise<SubscriptionRecord> {
    return this.db.transaction(async (manager) => {
      const [row] = (await manager.query(sql, params)) as SubscriptionRecord[];
      await this.consent.requestIfNeeded(manager, userId);
      return row;
    });
  }

  /** Ends one of the caller's subscriptions; someone else's is NOT_FOUND, so ids reveal nothing. */
  async unsubscribe(actor: Actor | null, subscriptionId: string): Promise<void> {
    const who = requireRole(actor);
    const [, count] = (await this.db.query(`delete from subscription where id = $1 and user_id = $2`, [subscriptionId, who.id])) as [unknown, number];
    if (count === 0) throw new NotificationsError('SUBSCRIPTION_NOT_FOUND', 'subscriptionId');
  }

  /** The caller's subscriptions, topics first, oldest first. */
  async mine(actor: Actor | null): Promise<SubscriptionRecord[]> {
    const who = requireRole(actor);
    return (await this.db.query(
      `select ${COLUMNS} from subscription where user_id = $1 order by (topic_id is null), created_at, id`,
      [who.id],
    )) as SubscriptionRecord[];
  }
}
