import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACTIVE_ACCOUNTS_SQL } from '@ikone/membership';
import type { PlannedDelivery } from '../deliveries/email-delivery.repository';
import { CONSENT_LINK_DAYS } from './consent.service';

/** The confirmation email of a consent request, if the request is still open and the account active. */
@Injectable()
export class ConsentMailPlanner {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async plan(consentId: string): Promise<PlannedDelivery[]> {
    const [row] = (await this.db.query(
      `select c.id, c.text_version as "textVersion", u.id as "userId", u.email, u.display_name as "displayName", u.locale
       from consent c join ${ACTIVE_ACCOUNTS_SQL} u on u.id = c.user_id
       where c.id = $1 and c.given_at is null and c.withdrawn_at is null`,
      [consentId],
    )) as Array<{ id: string; textVersion: string; userId: string; email: string; displayName: string; locale: string }>;
    if (!row) return [];
    return [
      {
        template: 'email-consent',
        recipient: row.email,
        userId: row.userId,
        locale: row.locale === 'en' ? 'en' : 'de',
        data: { consentId: row.id, displayName: row.displayName, validDays: CONSENT_LINK_DAYS, textVersion: row.textVersion },
      },
    ];
  }
}
