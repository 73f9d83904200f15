import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The typed event catalogue (ADR 0030): each domain names its own events, so the two events
 * written under another domain's name get their owner's (stored rows renamed, also those not yet
 * relayed); and the dead letters, the outbox events the notifier could not read (an unknown type,
 * a payload that does not fit its schema), kept with the reason for the coordination office.
 */
export class EventCatalogue1765920000000 implements MigrationInterface {
  name = 'EventCatalogue1765920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`update outbox_event set type = 'moderation.report-filed' where type = 'knowledge.report-filed'`);
    await q.query(`update outbox_event set type = 'privacy.account-deleted' where type = 'membership.account-deleted'`);
    await q.query(`
      create table outbox_dead_letter (
        id bigserial primary key,
        event_id bigint not null unique,
        type text not null,
        payload jsonb,
        reason text not null,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index outbox_dead_letter_newest on outbox_dead_letter (created_at desc, id desc)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists outbox_dead_letter`);
    await q.query(`update outbox_event set type = 'membership.account-deleted' where type = 'privacy.account-deleted'`);
    await q.query(`update outbox_event set type = 'knowledge.report-filed' where type = 'moderation.report-filed'`);
  }
}
