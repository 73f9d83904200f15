import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Keyset, Page, PageRequest } from '@ikone/platform';
import { Actor, requireRole } from '@ikone/membership';

/** An outbox event the notifier could not use: an unknown type or a payload that does not fit its schema (ADR 0030). */
export interface DeadLetter {
  id: string;
  eventId: string;
  type: string;
  payload: unknown;
  reason: string;
  createdAt: Date;
}

const COLUMNS = `d.id::text as id, d.event_id::text as "eventId", d.type, d.payload, d.reason, d.created_at as "createdAt"`;

/** Newest first, the id breaking ties within one microsecond (the index `outbox_dead_letter_newest`). */
const NEWEST_FIRST = new Keyset([{ sql: 'd.created_at', kind: 'timestamp' }, { sql: 'd.id', kind: 'bigint', field: 'id' }], 'DESC');

/**
 * The dead letters of the outbox: written by the notifier instead of acting on an event it cannot
 * read (the job then ends, it does not retry for ever), listed for the coordination office.
 */
@Injectable()
export class DeadLettersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Keeps the event aside with the reason; a second look at the same event adds nothing. */
  async record(eventId: string, type: string, payload: unknown, reason: string): Promise<void> {
    await this.db.query(
      `insert into outbox_dead_letter (event_id, type, payload, reason) values ($1, $2, $3::jsonb, $4) on conflict (event_id) do nothing`,
      [eventId, type, JSON.stringify(payload ?? null), reason],
    );
  }

  /** Dead letters (coordinators only), newest first. */
  async list(actor: Actor | null, page: PageRequest): Promise<Page<DeadLetter>> {
    requireRole(actor, 'COORDINATOR');
    const window = NEWEST_FIRST.window(page);
    const params: unknown[] = [window.limit];
    const after = window.condition((value) => `$${params.push(value)}`);
    const [rows, [{ n }]] = (await Promise.all([
      this.db.query(`select ${COLUMNS}, ${NEWEST_FIRST.select} from outbox_dead_letter d where ${after} order by ${NEWEST_FIRST.orderBy} limit $1`, params),
      this.db.query(`select count(*)::int as n from outbox_dead_letter`),
    ])) as [DeadLetter[], Array<{ n: number }>];
    return window.page(rows, n);
  }
}
