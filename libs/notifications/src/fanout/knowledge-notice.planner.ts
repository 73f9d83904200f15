import { Injectable } from '@nestjs/common';
import type { CatalogueEvent } from '@ikone/platform';
import { KnowledgeNoticeFacts } from '@ikone/knowledge';
import type { KnowledgeEvent, KnowledgeEventType, ReviewDecisionKind } from '@ikone/knowledge';
import { MembershipNoticeFacts } from '@ikone/membership';
import { ReportNoticeFacts } from '@ikone/moderation';
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
 * nobody it moved up. What it knows of content, people and reports it asks their owners
 * (ADR 0029); it reads no table of theirs.
 */
@Injectable()
export class KnowledgeNoticePlanner {
  constructor(
    private readonly knowledge: KnowledgeNoticeFacts,
    private readonly members: MembershipNoticeFacts,
    private readonly reports: ReportNoticeFacts,
  ) {}

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
    const row = await this.knowledge.subject(type, id);
    if (!row) return null;
    const municipality = (await this.members.municipalities([row.municipalityId])).get(row.municipalityId);
    if (!municipality) return null;
    return {
      type,
      id: row.id,
      title: row.title,
      link: subjectLink(type, row.key),
      status: row.status,
      municipalityId: row.municipalityId,
      municipality: municipality.name,
      startsAt: row.startsAt?.toISOString() ?? null,
    };
  }

  /** Active officers of the owning municipality and, for case studies, of the co-owners. */
  private async ownerOfficers(subject: Subject): Promise<string[]> {
    return this.members.recipientIds({ officersOf: await this.knowledge.owningMunicipalities(subject) });
  }

  private async published(type: 'CaseStudy' | 'Event', id: string): Promise<KnowledgePlan> {
    const subject = await this.subject(type, id);
    if (!subject) return { kind: 'none', why: 'gone' };
    if (subject.status !== 'PUBLISHED') return { kind: 'none', why: `status ${subject.status}` };
    // A past event published for the record (slides, minutes) invites nobody.
    if (subject.startsAt && new Date(subject.startsAt).getTime() <= Date.now()) return { kind: 'none', why: 'already started' };
    const topics = await this.knowledge.topics(type, id);
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
          topics: topics.map((t) => t.nameDe),
          topicsEn: topics.map((t) => t.nameEn),
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
  private registrants(eventId: string, since?: Date): Promise<string[]> {
    return this.knowledge.registrants(eventId, { changedSince: since });
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
    const person = (await this.members.namesOf([userId])).get(userId);
    return {
      kind: 'users',
      userIds: await this.members.recipientIds({ officersOf: [subject.municipalityId] }),
      notice: {
        kind: 'REGISTRATION_CHANGED',
        subjectType: 'Event',
        subjectId: eventId,
        title: subject.title,
        link: subject.link,
        data: { subjectType: 'Event', municipality: subject.municipality, status, ...(person !== undefined ? { person } : {}) },
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
    if ((await this.knowledge.registrationStatus(registrationId, userId)) !== status) return { kind: 'none', why: 'registration changed meanwhile' };
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
    if (subject.status !== 'PUBLISHED') return { kind: 'none', why: 'event no longer published' };
    return {
      kind: 'users',
      userIds: await this.knowledge.registrants(eventId, { seatsOnly: true }),
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
    if ((await this.knowledge.registrationStatus(registrationId, userId)) !== 'REGISTERED') return { kind: 'none', why: 'registration no longer active' };
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
    const request = await this.knowledge.reuseRequest(reuseRequestId);
    const requester = request && (await this.members.municipalities([request.municipalityId])).get(request.municipalityId);
    if (!request || !requester) return { kind: 'none', why: 'gone' };
    const subject = await this.subject('CaseStudy', request.caseStudyId);
    if (!subject) return { kind: 'none', why: 'gone' };
    const owners = await this.ownerOfficers(subject);
    const requesters = await this.members.recipientIds({ officersOf: [request.municipalityId] });
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
          requester: requester.name,
          status: request.status,
          ...(kind === 'REUSE_REQUESTED' ? { message: request.message } : {}),
        },
      },
    };
  }

  private async reportFiled({ reportId }: PayloadOf<'moderation.report-filed'>): Promise<KnowledgePlan> {
    const report = await this.reports.report(reportId);
    if (!report) return { kind: 'none', why: 'gone' };
    const subject = await this.subject(report.subjectType, report.subjectId);
    if (!subject) return { kind: 'none', why: 'subject gone' };
    return {
      kind: 'users',
      userIds: await this.members.recipientIds({ coordinators: true }),
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
    const contacts = await this.knowledge.handedOverContacts(roleIds, caseStudyIds);
    if (contacts.length === 0) return { kind: 'none', why: 'roles and case studies gone' };
    const holderIds = contacts.map((c) => c.holderId).filter((id): id is string => id !== null);
    const [holders, municipalities] = await Promise.all([
      this.members.activeNamesOf(holderIds),
      this.members.municipalities([...contacts.map((c) => c.municipalityId), ...(municipalityId ? [municipalityId] : [])]),
    ]);
    const items = contacts.map((c) => ({
      what: c.kind,
      label: c.label,
      holder: (c.holderId && holders.get(c.holderId)) ?? null,
      municipality: municipalities.get(c.municipalityId)?.name ?? '',
    }));
    const home = municipalityId ? municipalities.get(municipalityId) : undefined;
    const recipients = await this.members.recipientIds({
      coordinators: true,
      officersOf: municipalityId ? [municipalityId] : [],
      users: contacts.filter((c) => c.holderId && holders.has(c.holderId)).map((c) => c.holderId as string),
    });
    const municipality = home?.name ?? items[0].municipality;
    return {
      kind: 'users',
      userIds: recipients,
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
