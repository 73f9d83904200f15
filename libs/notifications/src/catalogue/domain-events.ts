import { EventCatalogue } from '@ikone/platform';
import type { CatalogueEvent, EventSchemas, DomainEventCatalogue } from '@ikone/platform';
import { KNOWLEDGE_EVENT_SCHEMAS } from '@ikone/knowledge';
import { MEMBERSHIP_EVENT_SCHEMAS } from '@ikone/membership';
import { MODERATION_EVENT_SCHEMAS } from '@ikone/moderation';
import { PRIVACY_EVENT_SCHEMAS } from '@ikone/privacy';
import { NOTIFICATIONS_EVENT_SCHEMAS } from '../notifications.events';

/**
 * The schemas of every domain's events, in one place where all domains are known (ADR 0030).
 * Typed as the whole catalogue: a domain that declares a new event without a schema here does
 * not compile.
 */
export const DOMAIN_EVENT_SCHEMAS: EventSchemas<DomainEventCatalogue> = {
  ...MEMBERSHIP_EVENT_SCHEMAS,
  ...KNOWLEDGE_EVENT_SCHEMAS,
  ...MODERATION_EVENT_SCHEMAS,
  ...PRIVACY_EVENT_SCHEMAS,
  ...NOTIFICATIONS_EVENT_SCHEMAS,
};

/** Reads stored outbox rows against {@link DOMAIN_EVENT_SCHEMAS}. */
export const DOMAIN_EVENTS = new EventCatalogue(DOMAIN_EVENT_SCHEMAS);

/** Narrows a read event to one domain's events by its type prefix (`membership.`, `knowledge.`, …). */
export function ofDomain<P extends string>(event: CatalogueEvent, prefix: P): event is Extract<CatalogueEvent, { type: `${P}.${string}` }> {
  return event.type.startsWith(`${prefix}.`);
}
