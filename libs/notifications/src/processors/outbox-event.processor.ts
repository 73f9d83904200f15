import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailDeliveryRepository } from '../deliveries/email-delivery.repository';
import { JobQueues } from '../jobs/job-queues.service';
import type { JobHandlers, JobPayload, JobProcessor } from '../jobs/notification-jobs';
import { MembershipMailPlanner } from './membership-mail.planner';

/**
 * Turns one relayed domain event into email deliveries and their send jobs. Safe to run
 * again: rows are keyed by event, template and recipient, and only PENDING rows are enqueued
 * (under jobIds BullMQ dedupes).
 */
@Injectable()
export class OutboxEventProcessor implements JobProcessor {
  private readonly logger = new Logger('OutboxEvents');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly deliveries: EmailDeliveryRepository,
    private readonly queues: JobQueues,
    private readonly membership: MembershipMailPlanner,
  ) {}

  jobHandlers(): Partial<JobHandlers> {
    return { 'outbox-event': (data) => this.handle(data) };
  }

  async handle({ eventId }: JobPayload<'outbox-event'>): Promise<void> {
    const rows: Array<{ type: string; payload: unknown }> = await this.db.query(`select type, payload from outbox_event where id = $1`, [eventId]);
    const event = rows[0];
    if (!event) {
      this.logger.warn(`Ereignis ${eventId} nicht gefunden, übersprungen / event not found, skipped`);
      return;
    }
    const membershipEvent = this.membership.asEvent(event.type, event.payload);
    if (!membershipEvent) {
      // Other domains add their event types in later issues; acknowledging keeps the queue moving.
      this.logger.log(`Ereignis ${eventId} vom Typ ${event.type} ohne E-Mail-Zuordnung, bestätigt / no email for this event type`);
      return;
    }
    const planned = await this.membership.plan(membershipEvent);
    const pending = await this.deliveries.plan(eventId, planned);
    await this.queues.addBulk('send-email', pending.map((deliveryId) => ({ deliveryId })));
    if (planned.length > 0) {
      this.logger.log(`Ereignis ${eventId} (${event.type}): ${planned.length} E-Mail(s) geplant, ${pending.length} zu senden`);
    }
  }
}
