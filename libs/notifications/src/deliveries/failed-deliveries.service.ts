import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page, PageRequest } from '@ikone/platform';
import { Actor, requireRole } from '@ikone/membership';
import { newestFirst } from '../newest-first';

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

  list(actor: Actor | null, page: PageRequest): Promise<Page<FailedDelivery>> {
    requireRole(actor, 'COORDINATOR');
    return newestFirst<FailedDelivery>(
      this.db,
      {
        columns: `id::text as id, recipient, template, attempts, last_error as "lastError", created_at as "createdAt"`,
        table: 'email_delivery',
        where: `status = 'FAILED'`,
      },
      page,
    );
  }
}
