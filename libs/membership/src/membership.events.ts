import { UUID_FIELD as ID } from '@ikone/platform';
import type { EventSchemas, EventsOf } from '@ikone/platform';

/** Domain events of the membership library (type → payload), written to the outbox with the change. */
export interface MembershipEvents {
  'membership.application-received': { applicationId: string };
  'membership.application-decided': { applicationId: string; invitationId: string | null };
  'membership.invitation-created': { invitationId: string };
  'membership.password-reset-requested': { resetId: string };
  'membership.municipality-suspended': { municipalityId: string };
}

declare module '@ikone/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEventCatalogue extends MembershipEvents {}
}

export type MembershipEvent = EventsOf<MembershipEvents>;
export type MembershipEventType = MembershipEvent['type'];

/** What the notifier checks a stored membership event against before it acts on it. */
export const MEMBERSHIP_EVENT_SCHEMAS: EventSchemas<MembershipEvents> = {
  'membership.application-received': { properties: { applicationId: ID } },
  'membership.application-decided': { properties: { applicationId: ID, invitationId: { ...ID, nullable: true } } },
  'membership.invitation-created': { properties: { invitationId: ID } },
  'membership.password-reset-requested': { properties: { resetId: ID } },
  'membership.municipality-suspended': { properties: { municipalityId: ID } },
};
