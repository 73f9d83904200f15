import { UUID_FIELD as ID } from '@ikone/platform';
import type { EventSchemas, EventsOf } from '@ikone/platform';

/** Domain events of the moderation library (type → payload), written to the outbox with the change. */
export interface ModerationEvents {
  /** Someone reported a case study or an event: the coordinators are told. */
  'moderation.report-filed': { reportId: string };
}

declare module '@ikone/platform' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEventCatalogue extends ModerationEvents {}
}

export type ModerationEvent = EventsOf<ModerationEvents>;

/** What the notifier checks a stored moderation event against before it acts on it. */
export const MODERATION_EVENT_SCHEMAS: EventSchemas<ModerationEvents> = {
  'moderation.report-filed': { properties: { reportId: ID } },
};
