import type { DataSource, EntityManager } from 'typeorm';
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

/** An event as stored: type and payload as written (unchecked; read them against the catalogue) and when. */
export interface StoredEvent {
  type: string;
  payload: unknown;
  createdAt: Date;
}

/**
 * Takes up to `limit` events not yet relayed, oldest first, and locks them until the caller's
 * transaction ends; events another relay holds are skipped, so several relays share the work.
 * Returns their ids.
 */
export async function claimUnrelayedEvents(manager: EntityManager, limit: number): Promise<string[]> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('claimUnrelayedEvents must run inside a transaction');
  }
  // `order by outbox_event.id`, not `id`: a bare name means the text output column (999 after 1000).
  const rows = (await manager.query(`select id::text as id from outbox_event where relayed_at is null order by outbox_event.id limit $1 for update skip locked`, [
    limit,
  ])) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/** Marks events relayed, in the transaction that claimed them. */
export async function markEventsRelayed(manager: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(`update outbox_event set relayed_at = now() where id = any($1::bigint[])`, [ids]);
}

/** One stored event by id; null when there is none. */
export async function readStoredEvent(db: DataSource | EntityManager, id: string): Promise<StoredEvent | null> {
  const [row] = (await db.query(`select type, payload, created_at as "createdAt" from outbox_event where id = $1`, [id])) as StoredEvent[];
  return row ?? null;
}
