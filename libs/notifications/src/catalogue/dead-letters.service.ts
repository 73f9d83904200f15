import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page, PageRequest } from '@ikone/platform';
import { Actor, requireRole } from '@ikone/membership';
import { newestFirst } from '../newest-first';

/** An outbox event the notifier could not use: an unknown type or a payload that does not fit its schema (ADR 0030). */
export interface DeadLetter {
  id: string;
  eventId: string;
  type: string;
  payload: unknown;
  reason: string;
  createdAt: Date;
}

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
  list(actor: Actor | null, page: PageRequest): Promise<Page<DeadLetter>> {
    requireRole(actor, 'COORDINATOR');
    return newestFirst<DeadLetter>(
      this.db,
      { columns: `id::text as id, event_id::text as "eventId", type, payload, reason, created_at as "createdAt"`, table: 'outbox_dead_letter' },
      page,
    );
  }
}
