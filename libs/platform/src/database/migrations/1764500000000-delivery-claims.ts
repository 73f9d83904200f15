import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A SENDING delivery is claimed until `claimed_until`; the sender renews its claims while it
 * holds them, so a row whose claim ran out belongs to a sender that died (ADR 0012). Such a
 * row is in doubt: `in_doubt_at` records when it was resent with the same Message-ID.
 */
export class DeliveryClaims1764500000000 implements MigrationInterface {
  name = 'DeliveryClaims1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table email_delivery add column claimed_until timestamptz, add column in_doubt_at timestamptz`);
    await q.query(`create index email_delivery_sending on email_delivery (claimed_until) where status = 'SENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index if exists email_delivery_sending`);
    await q.query(`alter table email_delivery drop column if exists in_doubt_at, drop column if exists claimed_until`);
  }
}
