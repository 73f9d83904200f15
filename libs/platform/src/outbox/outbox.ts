import { EntityManager } from 'typeorm';
import type { CatalogueEvent } from './event-catalogue';

/** A domain event: a type such as `membership.invitation-created` and a payload of ids. */
export interface DomainEvent<T extends string = string, P extends object = object> {
  type: T;
  payload: P;
}

/** The one statement that writes events to the outbox: a row per event, one statement however many. */
export const OUTBOX_INSERT = `insert into outbox_event (type, payload) select * from unnest($1::text[], $2::jsonb[])`;

/**
 * The parameters of {@link OUTBOX_INSERT}: only events of the catalogue compile (ADR 0030). For
 * writers without a TypeORM transaction (the benchmark's own client); domain code uses
 * {@link recordEvents}.
 */
export function outboxRows(events: readonly CatalogueEvent[]): [types: string[], payloads: string[]] {
  return [events.map((e) => e.type), events.map((e) => JSON.stringify(e.payload))];
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
  await manager.query(OUTBOX_INSERT, outboxRows(events));
}
