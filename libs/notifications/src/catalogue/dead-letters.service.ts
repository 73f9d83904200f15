import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_PAGE_SIZE, Page, PageRequest, decodeCursor, encodeCursor } from '@ikone/platform';
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
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [];
    let keyset = '';
    if (page.after) {
      const [at, id] = decodeCursor(page.after, ['timestamp', 'bigint']);
      params.push(at, id);
      keyset = ` where (created_at, id) < ($1::timestamptz, $2::bigint)`;
    }
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `select id::text as id, event_id::text as "eventId", type, payload, reason, created_at as "createdAt", created_at::text as "cursorAt"
         from outbox_dead_letter${keyset} order by created_at desc, id desc limit ${first + 1}`,
        params,
      ) as Promise<Array<DeadLetter & { cursorAt: string }>>,
      this.db.query(`select count(*)::int as n from outbox_dead_letter`) as Promise<Array<{ n: number }>>,
    ]);
    const rowsOnPage = rows.slice(0, first);
    return {
      items: rowsOnPage.map(({ cursorAt: _cursor, ...item }) => item),
      cursors: rowsOnPage.map((r) => encodeCursor([r.cursorAt, r.id])),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(page.after),
      totalCount: n,
    };
  }
}
