import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONTENT_PARTNERS_SQL, TOPICS_SQL } from '@ikone/knowledge';
import { ACTIVE_ACCOUNTS_SQL, MUNICIPALITIES_SQL, PARTNERS_SQL } from '@ikone/membership';
import type { NotificationData, NotificationKind } from '../inbox/notification-kinds';

/** One notice of a domain event: the same words for every recipient. */
export interface Notice {
  kind: NotificationKind;
  subjectType: 'CaseStudy' | 'Event' | null;
  subjectId: string | null;
  title: string;
  /** Path below PUBLIC_URL. */
  link: string | null;
  data: NotificationData;
}

/**
 * The condition on `u` (an account of membership's `ACCOUNTS_SQL`) that a person confirmed
 * notification emails (ADR 0023): a semi-join on the open consent, answered from the index `consent_open`.
 */
export const CONFIRMED_CONSENT = `exists (select 1 from consent c where c.user_id = u.id and c.purpose = 'NOTIFICATION_EMAIL' and c.withdrawn_at is null and c.given_at is not null)`;

/** The key that makes a notification unique per recipient: one per outbox event. */
export const eventKey = (eventId: string) => `outbox:${eventId}`;

/**
 * Writes in-app notifications and their emails with set-based statements: one statement for
 * all recipients of an event, `on conflict do nothing` on (event, recipient), so a repeated
 * job (crash, redelivery) adds nothing and loses nothing.
 */
@Injectable()
export class NoticeWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Everyone subscribed to one of `topicIds`, to `municipalityId` or to a partner organisation
   * the subject names (ADR 0024), once per person whatever
   * the number of matching subscriptions; the most immediate frequency wins and is stored
   * with the subscription it came from (its id goes into the unsubscribe link). Disabled and
   * deleted accounts are skipped. Returns the number of notifications inserted now.
   */
  async fanOut(eventId: string, notice: Notice, topicIds: string[], municipalityId: string): Promise<number> {
    const [{ count }] = (await this.db.query(
      `with written as (
       insert into notification (recipient_id, event_key, kind, subject_type, subject_id, title, link, data, email_via, subscription_id)
       select r.user_id, $1, $2, $3, $4, $5, $6, $7::jsonb, r.frequency, r.subscription_id
       from (
         select s.user_id,
           (array_agg(s.frequency order by s.rank, s.created_at, s.id))[1] as frequency,
           (array_agg(s.id order by s.rank, s.created_at, s.id))[1] as subscription_id
         from (
           select id, user_id, frequency, created_at, case frequency when 'IMMEDIATE' then 0 when 'DAILY' then 1 else 2 end as rank
           from subscription where topic_id = any($8::uuid[])
           union all
           select id, user_id, frequency, created_at, case frequency when 'IMMEDIATE' then 0 when 'DAILY' then 1 else 2 end
           from subscription where municipality_id = $9
           union all
           select id, user_id, frequency, created_at, case frequency when 'IMMEDIATE' then 0 when 'DAILY' then 1 else 2 end
           from subscription where partner_id in (
             select cp.partner_id from ${CONTENT_PARTNERS_SQL} cp where cp.subject_type = $3::text and cp.subject_id = $4::uuid)
         ) s
         join ${ACTIVE_ACCOUNTS_SQL} u on u.id = s.user_id
         group by s.user_id
       ) r
       on conflict (event_key, recipient_id) do nothing
       returning 1)
       select count(*)::int as count from written`,
      [eventKey(eventId), notice.kind, notice.subjectType, notice.subjectId, notice.title, notice.link, JSON.stringify(notice.data), topicIds, municipalityId],
    )) as Array<{ count: number }>;
    return count;
  }

  /** A notice to named accounts (officers, registrants, coordinators), by email too. */
  async toUsers(eventId: string, notice: Notice, userIds: string[]): Promise<number> {
    if (userIds.length === 0) return 0;
    const [{ count }] = (await this.db.query(
      `with written as (
       insert into notification (recipient_id, event_key, kind, subject_type, subject_id, title, link, data, email_via)
       select u.id, $1, $2, $3, $4, $5, $6, $7::jsonb, 'IMMEDIATE'
       from ${ACTIVE_ACCOUNTS_SQL} u where u.id = any($8::uuid[])
       on conflict (event_key, recipient_id) do nothing
       returning 1)
       select count(*)::int as count from written`,
      [eventKey(eventId), notice.kind, notice.subjectType, notice.subjectId, notice.title, notice.link, JSON.stringify(notice.data), userIds],
    )) as Array<{ count: number }>;
    return count;
  }

  /**
   * One `notice` email for each notification of the event that is due now (IMMEDIATE) to a
   * person with email on (and, for a subscription's notice, confirmed consent), in one statement; returns the ids still PENDING. Built from the
   * notification rows, so a run that died between the two statements catches up here.
   */
  async planEmails(eventId: string): Promise<string[]> {
    await this.db.query(
      `insert into email_delivery (idempotency_key, recipient, user_id, template, locale, data, event_id)
       select $2 || ':notice:' || lower(u.email), u.email, u.id, 'notice', u.locale,
         jsonb_build_object(
           'kind', n.kind, 'title', n.title, 'link', n.link, 'data', n.data, 'displayName', u.display_name, 'subjectId', n.subject_id,
           'unsubscribeId', coalesce(n.subscription_id, n.recipient_id),
           'via', case when s.id is null then null else jsonb_build_object('topic', t.name_de, 'topicEn', t.name_en, 'municipality', m.name, 'partner', po.name) end),
         $2::bigint
       from notification n
       join ${ACTIVE_ACCOUNTS_SQL} u on u.id = n.recipient_id
       left join notification_preference p on p.user_id = u.id
       left join subscription s on s.id = n.subscription_id
       left join ${TOPICS_SQL} t on t.id = s.topic_id
       left join ${MUNICIPALITIES_SQL} m on m.id = s.municipality_id
       left join ${PARTNERS_SQL} po on po.id = s.partner_id
       where n.event_key = $1 and n.email_via = 'IMMEDIATE' and coalesce(p.email_enabled, true)
         and (n.subscription_id is null or (s.id is not null and ${CONFIRMED_CONSENT}))
       on conflict (idempotency_key) do nothing`,
      [eventKey(eventId), eventId],
    );
    const rows = (await this.db.query(`select id::text as id from email_delivery where event_id = $1 and status = 'PENDING' order by email_delivery.id`, [
      eventId,
    ])) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }
}
