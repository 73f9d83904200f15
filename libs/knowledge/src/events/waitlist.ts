import type { EntityManager } from 'typeorm';
import { recordEvents } from '@ikone/platform';
import type { KnowledgeEvent } from '../knowledge.events';

export interface Promotion {
  registrationId: string;
  userId: string;
}

/**
 * Moves waitlisted people up, earliest first, until the seats are full (all of them when the
 * event has no capacity), and records who moved up. The caller holds the event row lock, so
 * counting and promoting cannot race with a registration.
 */
export async function fillFreeSeats(manager: EntityManager, eventId: string, capacity: number | null): Promise<Promotion[]> {
  const [rows] = (await manager.query(
    `with free as (
       select case when $2::int is null then null
                   else greatest($2::int - (select count(*)::int from registration where event_id = $1 and status = 'REGISTERED'), 0) end as n
     ), next as (
       select id from registration where event_id = $1 and status = 'WAITLISTED'
        order by waitlisted_at, id limit (select n from free)
     )
     update registration r set status = 'REGISTERED', updated_at = now() from next where r.id = next.id
     returning r.id, r.user_id`,
    [eventId, capacity],
  )) as [Array<{ id: string; user_id: string }>, number];
  const promotions = rows.map((r) => ({ registrationId: r.id, userId: r.user_id }));
  await recordEvents(
    manager,
    ...promotions.flatMap((p): KnowledgeEvent[] => [
      { type: 'knowledge.waitlist-promoted', payload: { eventId, ...p } },
      { type: 'knowledge.registration-changed', payload: { eventId, ...p, status: 'REGISTERED' } },
    ]),
  );
  return promotions;
}
