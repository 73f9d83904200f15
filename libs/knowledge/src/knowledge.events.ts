import { UUID_FIELD as ID, UUID_LIST as IDS } from '@ikone/platform';
import type { EventSchemas, EventsOf } from '@ikone/platform';

export type SubjectType = 'CaseStudy' | 'Event';
export type ReviewDecisionKind = 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' | 'ARCHIVED';

/** Domain events of the knowledge library (type → payload), written to the outbox with the change. */
export interface KnowledgeEvents {
  /** First publication only (never on later edits or re-publication). */
  'knowledge.case-study-published': { caseStudyId: string };
  'knowledge.event-published': { eventId: string };
  /** A coordinator's decision, told to the owners. */
  'knowledge.content-reviewed': { subjectType: SubjectType; subjectId: string; decision: ReviewDecisionKind; comment: string | null };
  /** A published event's time, place or access changed: registrants are told. */
  'knowledge.event-changed': { eventId: string; fields: string[]; sequence: number };
  'knowledge.event-cancelled': { eventId: string; reason: string };
  /** Someone registered, was waitlisted or cancelled: organisers are told. */
  'knowledge.registration-changed': { eventId: string; registrationId: string; userId: string; status: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' };
  /** Someone registered or was waitlisted: they get a confirmation (with the event, if they have a seat). */
  'knowledge.registration-confirmed': { eventId: string; registrationId: string; userId: string; status: 'REGISTERED' | 'WAITLISTED' };
  'knowledge.waitlist-promoted': { eventId: string; registrationId: string; userId: string };
  /** Recorded by the notifier's reminder schedule once an event is less than 24 h away. */
  'knowledge.event-reminder-due': { eventId: string };
  'knowledge.reuse-requested': { reuseRequestId: string };
  'knowledge.reuse-updated': { reuseRequestId: string; status: 'IN_TALKS' | 'ADOPTED' | 'DECLINED' };
  /** An account left (disabled or deleted): its roles and direct contacts passed on (ADR 0026). */
  'knowledge.contacts-handed-over': {
    userId: string;
    municipalityId: string | null;
    reason: 'DISABLED' | 'DELETED';
    roleIds: string[];
    caseStudyIds: string[];
  };
}

declare module '@ikone/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEventCatalogue extends KnowledgeEvents {}
}

export type KnowledgeEvent = EventsOf<KnowledgeEvents>;
export type KnowledgeEventType = KnowledgeEvent['type'];

/** What the notifier checks a stored knowledge event against before it acts on it. */
export const KNOWLEDGE_EVENT_SCHEMAS: EventSchemas<KnowledgeEvents> = {
  'knowledge.case-study-published': { properties: { caseStudyId: ID } },
  'knowledge.event-published': { properties: { eventId: ID } },
  'knowledge.content-reviewed': {
    properties: {
      subjectType: { enum: ['CaseStudy', 'Event'] },
      subjectId: ID,
      decision: { enum: ['APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'ARCHIVED'] },
      comment: { type: 'string', nullable: true },
    },
  },
  'knowledge.event-changed': { properties: { eventId: ID, fields: { elements: { type: 'string' } }, sequence: { type: 'int32' } } },
  'knowledge.event-cancelled': { properties: { eventId: ID, reason: { type: 'string' } } },
  'knowledge.registration-changed': {
    properties: { eventId: ID, registrationId: ID, userId: ID, status: { enum: ['REGISTERED', 'WAITLISTED', 'CANCELLED'] } },
  },
  'knowledge.registration-confirmed': { properties: { eventId: ID, registrationId: ID, userId: ID, status: { enum: ['REGISTERED', 'WAITLISTED'] } } },
  'knowledge.waitlist-promoted': { properties: { eventId: ID, registrationId: ID, userId: ID } },
  'knowledge.event-reminder-due': { properties: { eventId: ID } },
  'knowledge.reuse-requested': { properties: { reuseRequestId: ID } },
  'knowledge.reuse-updated': { properties: { reuseRequestId: ID, status: { enum: ['IN_TALKS', 'ADOPTED', 'DECLINED'] } } },
  'knowledge.contacts-handed-over': {
    properties: {
      userId: ID,
      municipalityId: { ...ID, nullable: true },
      reason: { enum: ['DISABLED', 'DELETED'] },
      roleIds: IDS,
      caseStudyIds: IDS,
    },
  },
};
