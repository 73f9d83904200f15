import DataLoader from 'dataloader';
import type { EventService, RegistrationRecord, RegistrationService, TopicEntity } from '@ikone/knowledge';
import { perRequest } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';

/** Topics of each event of a page, one statement per page. */
export function eventTopicsLoader(ctx: GqlContext, events: EventService): DataLoader<string, TopicEntity[]> {
  return perRequest(ctx, 'event.topics', () => new DataLoader<string, TopicEntity[]>(async (ids) => {
    const map = await events.topicsFor(ids);
    return ids.map((id) => map.get(id) ?? []);
  }));
}

/** Partner organisations each event of a page names, one statement per page. */
export function eventPartnerIdsLoader(ctx: GqlContext, events: EventService): DataLoader<string, string[]> {
  return perRequest(ctx, 'event.partnerIds', () => new DataLoader<string, string[]>(async (ids) => {
    const map = await events.partnerIdsFor(ids);
    return ids.map((id) => map.get(id) ?? []);
  }));
}

/** The caller's own registration per event, one statement per page (none for anonymous callers). */
export function myRegistrationLoader(ctx: GqlContext, registrations: RegistrationService): DataLoader<string, RegistrationRecord | null> {
  return perRequest(ctx, 'event.myRegistration', () => new DataLoader<string, RegistrationRecord | null>(async (ids) => {
    const map = await registrations.ownFor(ctx.actor, ids);
    return ids.map((id) => map.get(id) ?? null);
  }));
}

/** Waiting-list places of the registrations in one response, one statement. */
export function waitlistPositionLoader(ctx: GqlContext, registrations: RegistrationService): DataLoader<string, number | null> {
  return perRequest(ctx, 'registration.waitlistPosition', () => new DataLoader<string, number | null>(async (ids) => {
    const map = await registrations.waitlistPositions(ids);
    return ids.map((id) => map.get(id) ?? null);
  }));
}
