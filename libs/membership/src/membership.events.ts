import type { DomainEvent } from '@ikone/platform';

/** Domain events of the membership library, written to the outbox with the change. */
export type MembershipEvent =
  | DomainEvent<'membership.application-received', { applicationId: string }>
  | DomainEvent<'membership.application-decided', { applicationId: string; invitationId: string | null }>
  | DomainEvent<'membership.invitation-created', { invitationId: string }>
  | DomainEvent<'membership.password-reset-requested', { resetId: string }>
  | DomainEvent<'membership.municipality-suspended', { municipalityId: string }>
  /** The person erased their account (DSGVO); nothing is sent to them afterwards. */
  | DomainEvent<'membership.account-deleted', { userId: string }>;

export type MembershipEventType = MembershipEvent['type'];
