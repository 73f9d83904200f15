import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { KnowledgeEvent } from '../knowledge.events';
import type { ContentKind } from '../review/content-kind';

/** Events in the shared content lifecycle. */
@Injectable()
export class EventKind implements ContentKind {
  readonly subjectType = 'Event' as const;
  readonly table = 'event' as const;

  async ownerIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { municipality_id: string }[] = await manager.query(`select municipality_id from event where id = $1`, [id]);
    return rows.map((r) => r.municipality_id);
  }

  async snapshot(manager: EntityManager, id: string): Promise<Record<string, unknown>> {
    const [row] = await manager.query(
      `select e.title, e.description, e.starts_at as "startsAt", e.ends_at as "endsAt", e.format, e.location, e.online_url as "onlineUrl",
              e.capacity, e.registration_deadline as "registrationDeadline", e.visibility,
              coalesce((select array_agg(t.slug order by t.slug) from event_topic et join topic t on t.id = et.topic_id where et.event_id = e.id), '{}') as topics
         from event e where e.id = $1`,
      [id],
    );
    return row ?? {};
  }

  firstPublication(id: string): KnowledgeEvent[] {
    return [{ type: 'knowledge.event-published', payload: { eventId: id } }];
  }
}
