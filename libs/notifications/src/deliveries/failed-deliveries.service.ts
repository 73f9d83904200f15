import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_PAGE_SIZE, Page, PageRequest, decodeCursor, encodeCursor } from '@ikone/platform';
import { Actor, requireRole } from '@ikone/membership';

/** A delivery that failed for good, for the coordination office to follow up. */
export interface FailedDelivery {
  id: string;
  recipient: string;
  template: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** Failed deliveries (coordinators only), newest first. */
@Injectable()
export class FailedDeliveriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor | null, page: PageRequest): Promise<Page<FailedDelivery>> {
    requireRole(actor, 'COORDINATOR');
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [];
    let keyset = '';
    if (page.after) {
      const [at, id] = decodeCursor(page.after, ['timestamp', 'bigint']);
      params.push(at, id);
      keyset = ` and (created_at, id) < ($1::timestamptz, $2::bigint)`;
    }
    const [rows, [{ n }]] = await Promise.all([
      this.db.query(
        `select id::text as id, recipient, template, attempts, last_error as "lastError", created_at as "createdAt", created_at::text as "cursorAt"
         from email_delivery where status = 'FAILED'${keyset} order by created_at desc, id desc limit ${first + 1}`,
        params,
      ) as Promise<Array<FailedDelivery & { cursorAt: string }>>,
      this.db.query(`select count(*)::int as n from email_delivery where status = 'FAILED'`) as Promise<Array<{ n: number }>>,
    ]);
    const rowsOnPage = rows.slice(0, first);
    const items = rowsOnPage.map(({ cursorAt: _cursor, ...item }) => item);
    return {
      items,
      cursors: rowsOnPage.map((r) => encodeCursor([r.cursorAt, r.id])),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(page.after),
      totalCount: n,
    };
  }
}
