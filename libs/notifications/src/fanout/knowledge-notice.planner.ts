import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CatalogueEvent } from '@ikone/platform';
import type { KnowledgeEvent, KnowledgeEventType, ReviewDecisionKind } from '@ikone/knowledge';
import type { ModerationEvent } from '@ikone/moderation';
import { ofDomain } from '../catalogue/domain-events';
import type { NotificationKind } from '../inbox/notification-kinds';
import type { Notice } from './notice-writer.repository';

/** The events this planner tells people about: knowledge's, and the reports of moderation. */
type NoticeEvent = KnowledgeEvent | ModerationEvent;
type PayloadOf<T extends KnowledgeEventType | ModerationEvent['type']> = Extract<NoticeEvent, { type: T }>['payload'];

const REVIEW_KINDS = {
  APPROVED: 'CONTENT_APPROVED',
  CHANGES_REQUESTED: 'CONTENT_CHANGES_REQUESTED',
  REJECTED: 'CONTENT_REJECTED',
  ARCHIVED: 'CONTENT_ARCHIVED',
} satisfies Record<ReviewDecisionKind, NotificationKind>;

/** Who is told what about one knowledge event. */
export type KnowledgePlan =
  /** Subscribers of the item's topics or its municipality (first publications). */
  | { kind: 'fan-out'; notice: Notice; topicIds: string[]; municipalityId: string }
  | { kind: 'users'; notice: Notice; userIds: string[] }
  /** Nothing to tell any more (the subject is gone or no longer in that state). */
  | { kind: 'none'; why: string };

interface Subject {
  type: 'CaseStudy' | 'Event';
  id: string;
  title: string;
  link: string;
  status: string;
  municipalityId: string;
  municipality: string;
  startsAt: string | null;
}

/** The web application's address of an item (links in emails and in-app). */
/** Where the owning officers act on a notice: their workspace, with the review comment and the editor. */
export const WORKSPACE_LINK = '/meine-kommune';
/** Where both sides of a reuse request move it on or follow it. */
export const REUSE_LINK = '/meine-kommune/nachnutzung';

export function subjectLink(type: 'CaseStudy' | 'Event', idOrSlug: string): string {
  return type === 'CaseStudy' ? `/praxisbeispiele/${encodeURIComponent(idOrSlug)}` : `/veranstaltungen/${encodeURIComponent(idOrSlug)}`;
}

/**
 * Decides the notices of knowledge events from the state as it is now: an item deleted or
 * unpublished before its notice went out gets none, a registration cancelled meanwhile tells
 * nobody it moved up.
 */
@Injectable()
export class KnowledgeNoticePlanner {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Narrows an event read against the catalogue (ADR 0030) to one this planner tells about. */
  asEvent(event: CatalogueEvent): NoticeEvent | null {
    return ofDomain(event, 'knowledge') || ofDomain(event, 'moderation') ? event : null;
  }

  async plan(event: NoticeEvent, createdAt: Date): Promise<KnowledgePlan> {
    switch (event.type) {
      case 'knowledge.case-study-published':
        return this.published('CaseStudy', event.payload.caseStudyId);
      case 'knowledge.event-published':
        return this.published('Event', event.payload.eventId);
      case 'knowledge.content-reviewed':
        return this.reviewed(event.payload);
      case 'knowledge.event-changed':
        return this.eventChanged(event.payload);
      case 'knowledge.event-cancelled':
        return this.eventCancelled(event.payload, createdAt);
      case 'knowledge.registration-changed':
        return this.registrationChanged(event.payload);
      case 'knowledge.registration-confirmed':
        return this.registrationConfirmed(event.payload);
      case 'knowledge.event-reminder-due':
        return this.reminder(event.payload);
      case 'knowledge.waitlist-promoted':
        return this.waitlistPromoted(event.payload);
      case 'knowledge.reuse-requested':
        return this.reuse(event.payload.reuseRequestId, 'REUSE_REQUESTED');
      case 'knowledge.reuse-updated':
        return this.reuse(event.payload.reuseRequestId, 'REUSE_UPDATED');
      case 'moderation.report-filed':
        return this.reportFiled(event.payload);
      case 'knowledge.contacts-handed-over':
        return this.contactsHandedOver(event.payload);
    }
  }

  private async subject(type: 'CaseStudy' | 'Event', id: string): Promise<Subject | null> {
    const sql =
      type === 'CaseStudy'
        ? `select c.id, c.title, c.slug as key, c.status, c.municipality_id as "municipalityId", m.name as municipality, null::timestamptz as "startsAt"
           from case_study c join municipality m on m.id = c.municipality_id where c.id = $1`
        : `select e.id, e.title, e.id::text as key, e.status, e.municipality_id as "municipalityId", m.name as municipality, e.starts_at as "startsAt"
           from event e join municipality m on m.id = e.municipality_id where e.id = $1`;
    const [row] = (await this.db.query(sql, [id])) as Array<{
      id: string;
      title: string;
      key: string;
      status: string;
      municipalityId: string;
      municipality: string;
      startsAt: Date | null;
    }>;
    if (!row) return null;
    return { type, id: row.id, title: row.title, link: subjectLink(type, row.key), status: row.status, municipalityId: row.municipalityId, municipality: row.municipality, startsAt: row.startsAt?.toISOString() ?? null };
  }

  /** Active officers of the owning municipality and, for case studies, of the co-owners. */
  private async ownerOfficers(subject: Subject): Promise<string[]> {
    const rows = (await this.db.query(
      `select u.id from app_user u where u.role = 'OFFICER' and u.status = 'ACTIVE' and (u.municipality_id = $1
         or ($2 = 'CaseStudy' and u.municipality_id in (select municipality_id from case_study_co_owner where case_study_id = $3)))
       order by u.id`,
      [subject.municipalityId, subject.type, subject.id],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  private async officersOf(municipalityIds: string[]): Promise<string[]> {
    const rows = (await this.db.query(
      `select id from app_user where role = 'OFFICER' and status = 'ACTIVE' and municipality_id = any($1::uuid[]) order by id`,
      [municipalityIds],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  private async published(type: 'CaseStudy' | 'Event', id: string): Promise<KnowledgePlan> {
    const subject = await this.subject(type, id);
    if (!subject) return { kind: 'none', why: 'gone' };
    if (subject.status !== 'PUBLISHED') return { kind: 'none', why: `status ${subject.status}` };
    // A past event published for the record (slides, minutes) invites nobody.
    if (subject.startsAt && new Date(subject.startsAt).getTime() <= Date.now()) return { kind: 'none', why: 'already started' };
    const topics = (await this.db.query(
      type === 'CaseStudy'
        ? `select t.id, t.name_de as de, t.name_en as en from case_study_topic x join topic t on t.id = x.topic_id where x.case_study_id = $1 order by t.name_de`
        : `select t.id, t.name_de as de, t.name_en as en from event_topic x join topic t on t.id = x.topic_id where x.event_id = $1 order by t.name_de`,
      [id],
    )) as Array<{ id: string; de: string; en: string }>;
    return {
      kind: 'fan-out',
      topicIds: topics.map((t) => t.id),
      municipalityId: subject.municipalityId,
      notice: {
        kind: type === 'CaseStudy' ? 'CASE_STUDY_PUBLISHED' : 'EVENT_PUBLISHED',
        subjectType: type,
        subjectId: id,
        title: subject.title,
        link: subject.link,
        data: {
          subjectType: type,
          municipality: subject.municipality,
          topics: topics.map((t) => t.de),
          topicsEn: topics.map((t) => t.en),
          ...(subject.startsAt ? { startsAt: subject.startsAt } : {}),
        },
      },
    };
  }

  private async reviewed({ subjectType, subjectId, decision, comment }: PayloadOf<'knowledge.content-reviewed'>): Promise<KnowledgePlan> {
    const subject = await this.subject(subjectType, subjectId);
    if (!subject) return { kind: 'none', why: 'gone' };
    return {
      kind: 'users',
      userIds: await this.ownerOfficers(subject),
      notice: {
        kind: REVIEW_KINDS[decision],
        subjectType,
        subjectId,
        title: subject.title,
        // Approved: the published page; sent back or rejected: the workspace, where they act on it.
        link: decision === 'APPROVED' ? subject.link : WORKSPACE_LINK,
        data: { subjectType, municipality: subject.municipality, comment },
      },
    };
  }

  /** Everyone holding a seat or a waiting-list place. */
  private async registrants(eventId: string, since?: Date): Promise<string[]> {
    const rows = (await this.db.query(
      `select user_id as id from registration where event_id = $1
         and (status in ('REGISTERED','WAITLISTED') or ($2::timestamptz is not null and updated_at >= $2::timestamptz))
       order by user_id`,
      [eventId, since ?? null],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  private async eventChanged({ eventId, fields }: PayloadOf<'knowledge.event-changed'>): Promise<KnowledgePlan> {
    const subject = await this.subject('Event', eventId);
    if (!subject) return { kind: 'none', why: 'gone' };
    return {
      kind: 'users',
      userIds: await this.registrants(eventId),
      notice: {
        kind: 'EVENT_CHANGED',
        subjectType: 'Event',
        subjectId: eventId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: 'Event', municipality: subject.municipality, fields, ...(subject.startsAt ? { startsAt: subject.startsAt } : {}) },
      },
    };
  }

  /**
   * Registrations the cancellation itself may have closed count too (changed at or after the
   * event was written), so registrants are told whether or not the events service closes them.
   */
  private async eventCancelled({ eventId, reason }: PayloadOf<'knowledge.event-cancelled'>, createdAt: Date): Promise<KnowledgePlan> {
    const subject = await this.subject('Event', eventId);
    if (!subject) return { kind: 'none', why: 'gone' };
    return {
      kind: 'users',
      userIds: await this.registrants(eventId, new Date(createdAt.getTime() - 1000)),
      notice: {
        kind: 'EVENT_CANCELLED',
        subjectType: 'Event',
        subjectId: eventId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: 'Event', municipality: subject.municipality, reason },
      },
    };
  }

  private async registrationChanged({ eventId, userId, status }: PayloadOf<'knowledge.registration-changed'>): Promise<KnowledgePlan> {
    const subject = await this.subject('Event', eventId);
    if (!subject) return { kind: 'none', why: 'gone' };
    const [person] = (await this.db.query(`select display_name as name, status from app_user where id = $1`, [userId])) as Array<{ name: string; status: string }>;
    return {
      kind: 'users',
      userIds: await this.officersOf([subject.municipalityId]),
      notice: {
        kind: 'REGISTRATION_CHANGED',
        subjectType: 'Event',
        subjectId: eventId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: 'Event', municipality: subject.municipality, status, ...(person && person.status !== 'DELETED' ? { person: person.name } : {}) },
      },
    };
  }

  /**
   * The registrant's confirmation, while the registration is still as it was (a seat, or a
   * place on the waiting list); the sender attaches the event to it for a seat.
   */
  private async registrationConfirmed({ eventId, registrationId, userId, status }: PayloadOf<'knowledge.registration-confirmed'>): Promise<KnowledgePlan> {
    const subject = await this.subject('Event', eventId);
    if (!subject) return { kind: 'none', why: 'gone' };
    const [registration] = (await this.db.query(`select status from registration where id = $1 and user_id = $2`, [registrationId, userId])) as Array<{ status: string }>;
    if (registration?.status !== status) return { kind: 'none', why: 'registration changed meanwhile' };
    return {
      kind: 'users',
      userIds: [userId],
      notice: {
        kind: 'REGISTRATION_CONFIRMED',
        subjectType: 'Event',
        subjectId: eventId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: 'Event', municipality: subject.municipality, status, ...(subject.startsAt ? { startsAt: subject.startsAt } : {}) },
      },
    };
  }

  /** The day before: everyone holding a seat (not the waiting list) of a still published event. */
  private async reminder({ eventId }: PayloadOf<'knowledge.event-reminder-due'>): Promise<KnowledgePlan> {
    const subject = await this.subject('Event', eventId);
    if (!subject) return { kind: 'none', why: 'gone' };
    const [event] = (await this.db.query(`select status from event where id = $1`, [eventId])) as Array<{ status: string }>;
    if (event?.status !== 'PUBLISHED') return { kind: 'none', why: 'event no longer published' };
    const rows = (await this.db.query(`select user_id as id from registration where event_id = $1 and status = 'REGISTERED' order by user_id`, [eventId])) as Array<{ id: string }>;
    return {
      kind: 'users',
      userIds: rows.map((r) => r.id),
      notice: {
        kind: 'EVENT_REMINDER',
        subjectType: 'Event',
        subjectId: eventId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: 'Event', municipality: subject.municipality, ...(subject.startsAt ? { startsAt: subject.startsAt } : {}) },
      },
    };
  }

  private async waitlistPromoted({ eventId, registrationId, userId }: PayloadOf<'knowledge.waitlist-promoted'>): Promise<KnowledgePlan> {
    const subject = await this.subject('Event', eventId);
    if (!subject) return { kind: 'none', why: 'gone' };
    const [registration] = (await this.db.query(`select status from registration where id = $1 and user_id = $2`, [registrationId, userId])) as Array<{ status: string }>;
    if (registration?.status !== 'REGISTERED') return { kind: 'none', why: 'registration no longer active' };
    return {
      kind: 'users',
      userIds: [userId],
      notice: {
        kind: 'WAITLIST_PROMOTED',
        subjectType: 'Event',
        subjectId: eventId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: 'Event', municipality: subject.municipality, ...(subject.startsAt ? { startsAt: subject.startsAt } : {}) },
      },
    };
  }

  /** Both sides hear of a reuse request and of every step: the owners' and the requester's officers. */
  private async reuse(reuseRequestId: string, kind: 'REUSE_REQUESTED' | 'REUSE_UPDATED'): Promise<KnowledgePlan> {
    const [request] = (await this.db.query(
      `select r.case_study_id as "caseStudyId", r.municipality_id as "requesterId", rm.name as requester, r.message, r.status
       from reuse_request r join municipality rm on rm.id = r.municipality_id where r.id = $1`,
      [reuseRequestId],
    )) as Array<{ caseStudyId: string; requesterId: string; requester: string; message: string; status: string }>;
    if (!request) return { kind: 'none', why: 'gone' };
    const subject = await this.subject('CaseStudy', request.caseStudyId);
    if (!subject) return { kind: 'none', why: 'gone' };
    const owners = await this.ownerOfficers(subject);
    const requesters = await this.officersOf([request.requesterId]);
    return {
      kind: 'users',
      userIds: [...new Set([...owners, ...requesters])],
      notice: {
        kind,
        subjectType: 'CaseStudy',
        subjectId: subject.id,
        title: subject.title,
        link: REUSE_LINK,
        data: {
          subjectType: 'CaseStudy',
          municipality: subject.municipality,
          owner: subject.municipality,
          requester: request.requester,
          status: request.status,
          ...(kind === 'REUSE_REQUESTED' ? { message: request.message } : {}),
        },
      },
    };
  }

  private async reportFiled({ reportId }: PayloadOf<'moderation.report-filed'>): Promise<KnowledgePlan> {
    const [report] = (await this.db.query(`select subject_type as "subjectType", subject_id as "subjectId", reason, note, status from report where id = $1`, [
      reportId,
    ])) as Array<{ subjectType: 'CaseStudy' | 'Event'; subjectId: string; reason: string; note: string | null; status: string }>;
    if (!report) return { kind: 'none', why: 'gone' };
    const subject = await this.subject(report.subjectType, report.subjectId);
    if (!subject) return { kind: 'none', why: 'subject gone' };
    const coordinators = (await this.db.query(`select id from app_user where role = 'COORDINATOR' and status = 'ACTIVE' order by id`)) as Array<{ id: string }>;
    return {
      kind: 'users',
      userIds: coordinators.map((c) => c.id),
      notice: {
        kind: 'REPORT_FILED',
        subjectType: report.subjectType,
        subjectId: report.subjectId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: report.subjectType, municipality: subject.municipality, reason: report.reason, note: report.note },
      },
    };
  }

  /**
   * The coordination office, the officers of the municipality and whoever now holds a handed-on
   * contact learn which contacts changed hands and to whom (ADR 0026).
   */
  private async contactsHandedOver({ municipalityId, reason, roleIds, caseStudyIds }: PayloadOf<'knowledge.contacts-handed-over'>): Promise<KnowledgePlan> {
    const items = (await this.db.query(
      `select 'role' as what, r.name as label, h.display_name as holder, h.id as "holderId", m.name as municipality
         from contact_role r join municipality m on m.id = r.municipality_id left join app_user h on h.id = r.holder_user_id and h.status = 'ACTIVE'
        where r.id = any($1::uuid[])
       union all
       select 'case-study', c.title, h.display_name, h.id, m.name
         from case_study c join municipality m on m.id = c.municipality_id left join app_user h on h.id = c.contact_user_id and h.status = 'ACTIVE'
        where c.id = any($2::uuid[])
       order by 1 desc, 2`,
      [roleIds, caseStudyIds],
    )) as Array<{ what: 'role' | 'case-study'; label: string; holder: string | null; holderId: string | null; municipality: string }>;
    if (items.length === 0) return { kind: 'none', why: 'roles and case studies gone' };
    const [home] = municipalityId
      ? ((await this.db.query(`select name, slug from municipality where id = $1`, [municipalityId])) as Array<{ name: string; slug: string }>)
      : [];
    const recipients = (await this.db.query(
      `select id from app_user
        where status = 'ACTIVE' and (role = 'COORDINATOR' or (role = 'OFFICER' and municipality_id = $1) or id = any($2::uuid[]))
        order by id`,
      [municipalityId, items.map((i) => i.holderId).filter((id): id is string => id !== null)],
    )) as Array<{ id: string }>;
    const municipality = home?.name ?? items[0].municipality;
    return {
      kind: 'users',
      userIds: recipients.map((r) => r.id),
      notice: {
        kind: 'CONTACT_HANDED_OVER',
        subjectType: null,
        subjectId: null,
        title: municipality,
        link: home ? `/kommunen/${encodeURIComponent(home.slug)}` : '/kommunen',
        data: {
          municipality,
          reason,
          handovers: items.map((i) => ({ kind: i.what, label: i.label, holder: i.holder })),
        },
      },
    };
  }
}
