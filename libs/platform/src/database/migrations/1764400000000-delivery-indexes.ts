import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foreign keys that point at email_delivery need an index on the referencing column: without
 * it every deleted delivery scanned the whole digest table (a clean-up of 100,000 digest
 * deliveries ran for more than 8 minutes in the benchmark).
 */
export class DeliveryIndexes1764400000000 implements MigrationInterface {
  name = 'DeliveryIndexes1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create index if not exists digest_delivery on digest (delivery_id) where delivery_id is not null`);
    await q.query(`create index if not exists email_delivery_user on email_delivery (user_id) where user_id is not null`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop index if exists digest_delivery, email_delivery_user`);
  }
}
