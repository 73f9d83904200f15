import { UUID_FIELD as ID } from '@ikone/platform';
import type { EventSchemas, EventsOf } from '@ikone/platform';

/** Domain events of the notifications library (type → payload), written to the outbox with the change. */
export interface NotificationsEvents {
  /** A person asked for notification emails: the email with the confirmation link goes out (ADR 0023). */
  'notifications.consent-requested': { consentId: string };
}

declare module '@ikone/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEventCatalogue extends NotificationsEvents {}
}

export type NotificationsEvent = EventsOf<NotificationsEvents>;

/** What the notifier checks a stored notifications event against before it acts on it. */
export const NOTIFICATIONS_EVENT_SCHEMAS: EventSchemas<NotificationsEvents> = {
  'notifications.consent-requested': { properties: { consentId: ID } },
};
