import type { DomainEvent } from '@ikone/platform';

export type SubjectType = 'CaseStudy' | 'Event';
export type ReviewDecisionKind = 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' | 'ARCHIVED';

/** Domain events of the knowledge library, written to the outbox with the change. */
export type KnowledgeEvent =
  /** First publication only (never on later edits or re-publication). */
  | DomainEvent<'knowledge.case-study-published', { caseStudyId: string }>
  | DomainEvent<'knowledge.event-published', { eventId: string }>
  /** A coordinator's decision, told to the owners. */
  | DomainEvent<'knowledge.content-reviewed', { subjectType: SubjectType; subjectId: string; decision: ReviewDecisionKind; comment: string | null }>
  /** A published event's time, place or access changed: registrants are told. */
  | DomainEvent<'knowledge.event-changed', { eventId: string; fields: string[]; sequence: number }>
  | DomainEvent<'knowledge.event-cancelled', { eventId: string; reason: string }>
  /** Someone registered, was waitlisted or cancelled: organisers are told. */
  | DomainEvent<'knowledge.registration-changed', { eventId: string; registrationId: string; userId: string; status: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' }>
  /** Someone registered or was waitlisted: they get a confirmation (with the event, if they have a seat). */
  | DomainEvent<'knowledge.registration-confirmed', { eventId: string; registrationId: string; userId: string; status: 'REGISTERED' | 'WAITLISTED' }>
  | DomainEvent<'knowledge.waitlist-promoted', { eventId: string; registrationId: string; userId: string }>
  /** Recorded by the notifier's reminder schedule once an event is less than 24 h away. */
  | DomainEvent<'knowledge.event-reminder-due', { eventId: string }>
  | DomainEvent<'knowledge.reuse-requested', { reuseRequestId: string }>
  | DomainEvent<'knowledge.reuse-updated', { reuseRequestId: string; status: 'IN_TALKS' | 'ADOPTED' | 'DECLINED' }>
  | DomainEvent<'knowledge.report-filed', { reportId: string }>
  /** An account left (disabled or deleted): its roles and direct contacts passed on (ADR 0026). */
  | DomainEvent<
      'knowledge.contacts-handed-over',
      { userId: string; municipalityId: string | null; reason: 'DISABLED' | 'DELETED'; roleIds: string[]; caseStudyIds: string[] }
    >;

export type KnowledgeEventType = KnowledgeEvent['type'];
