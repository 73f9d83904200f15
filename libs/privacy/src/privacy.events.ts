import { UUID_FIELD as ID } from '@ikone/platform';
import type { EventSchemas, EventsOf } from '@ikone/platform';

/** Domain events of the privacy library (type → payload), written to the outbox with the change. */
export interface PrivacyEvents {
  /** The person erased their account (DSGVO); nothing is sent to them afterwards. */
  'privacy.account-deleted': { userId: string };
}

declare module '@ikone/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEventCatalogue extends PrivacyEvents {}
}

export type PrivacyEvent = EventsOf<PrivacyEvents>;

/** What the notifier checks a stored privacy event against before it acts on it. */
export const PRIVACY_EVENT_SCHEMAS: EventSchemas<PrivacyEvents> = {
  'privacy.account-deleted': { properties: { userId: ID } },
};
