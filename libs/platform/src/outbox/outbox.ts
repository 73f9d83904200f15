import { EntityManager } from 'typeorm';
import type { CatalogueEvent } from './event-catalogue';

/** A domain event: a type such as `membership.invitation-created` and a payload of ids. */
export interface DomainEvent<T extends string = string, P extends object = object> {
  type: T;
  payload: P;
}

/**
 * Records domain events inside the caller's transaction: they become visible to the relay
 * exactly when the change commits, and never for a rolled-back change. Only events of the
 * catalogue compile (type and payload, ADR 0030).
 */
export async function recordEvents(manager: EntityManager, ...events: CatalogueEvent[]): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordEvents must run inside a transaction');
  }
  if (events.length === 0) return;
  await manager.query(`insert into outbox_event (type, payload) select * from unnest($1::text[], $2::jsonb[])`, [
    events.map((e) => e.type),
    events.map((e) => JSON.stringify(e.payload)),
  ]);
}
