import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Keyset, Page, PageRequest } from '@ikone/platform';
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

const COLUMNS = `d.id::text as id, d.recipient, d.template, d.attempts, d.last_error as "lastError", d.created_at as "createdAt"`;

/** Newest first, the id breaking ties within one microsecond (the index `email_delivery_failed`). */
const NEWEST_FIRST = new Keyset([{ sql: 'd.created_at', kind: 'timestamp' }, { sql: 'd.id', kind: 'bigint', field: 'id' }], 'DESC');

/** Failed deliveries (coordinators only), newest first. */
@Injectable()
export class FailedDeliveriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor | null, page: PageRequest): Promise<Page<FailedDelivery>> {
    requireRole(actor, 'COORDINATOR');
    const window = NEWEST_FIRST.window(page);
    const params: unknown[] = [window.limit];
    const after = window.condition((value) => `$${params.push(value)}`);
    const [rows, [{ n }]] = (await Promise.all([
      this.db.query(
        `select ${COLUMNS}, ${NEWEST_FIRST.select} from email_delivery d
          where d.status = 'FAILED' and ${after} order by ${NEWEST_FIRST.orderBy} limit $1`,
        params,
      ),
      this.db.query(`select count(*)::int as n from email_delivery where status = 'FAILED'`),
    ])) as [FailedDelivery[], Array<{ n: number }>];
    return window.page(rows, n);
  }
}
