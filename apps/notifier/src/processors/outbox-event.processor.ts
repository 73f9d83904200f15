import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MembershipNoticeFacts } from '@ikone/membership';
import { readStoredEvent } from '@ikone/platform';
import {
  CONSENT_REQUESTED,
  ConsentMailPlanner,
  DeadLettersService,
  DOMAIN_EVENTS,
  EmailDeliveryRepository,
  KnowledgeNoticePlanner,
  MembershipMailPlanner,
  NoticeWriter,
} from '@ikone/notifications';
import { JobQueues } from '../jobs/job-queues.service';
import { EMAIL_BATCH_SIZE } from '../jobs/notification-jobs';
import type { JobHandlers, JobPayload, JobProcessor } from '../jobs/notification-jobs';

/** Splits ids into batches of `size`, in order. */
export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Turns one relayed domain event into in-app notifications, email deliveries and their send
 * jobs. Safe to run again: notifications are unique per (event, recipient), deliveries per
 * idempotency key, and only PENDING deliveries are enqueued (under jobIds BullMQ dedupes).
 */
@Injectable()
export class OutboxEventProcessor implements JobProcessor {
  private readonly logger = new Logger('OutboxEvents');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly deliveries: EmailDeliveryRepository,
    private readonly queues: JobQueues,
    private readonly membership: MembershipMailPlanner,
    private readonly knowledge: KnowledgeNoticePlanner,
    private readonly notices: NoticeWriter,
    private readonly consents: ConsentMailPlanner,
    private readonly members: MembershipNoticeFacts,
    private readonly deadLetters: DeadLettersService,
  ) {}

  jobHandlers(): Partial<JobHandlers> {
    return { 'outbox-event': (data) => this.handle(data) };
  }

  /** Coordinators also find a new application in the app (their email comes from the mail planner). */
  private async applicationNotice(eventId: string, applicationId: string): Promise<void> {
    const application = await this.members.application(applicationId);
    if (application?.status !== 'APPLIED') return;
    await this.notices.toUsers(
      eventId,
      {
        kind: 'MEMBERSHIP_APPLICATION',
        subjectType: null,
        subjectId: null,
        title: application.municipalityName,
        link: `/koordination/antraege/${application.id}`,
        data: { person: application.applicantName, message: application.motivation },
      },
      await this.members.recipientIds({ coordinators: true }),
    );
  }

  async handle({ eventId }: JobPayload<'outbox-event'>): Promise<void> {
    const row = await readStoredEvent(this.db, eventId);
    if (!row) {
      this.logger.warn(`Ereignis ${eventId} nicht gefunden, übersprungen / event not found, skipped`);
      return;
    }
    // Checked against the catalogue of every domain's events (ADR 0030); what does not fit is kept aside, never guessed at.
    const read = DOMAIN_EVENTS.read(row.type, row.payload);
    if (!read.ok) {
      await this.deadLetters.record(eventId, row.type, row.payload, read.reason);
      this.logger.warn(`Ereignis ${eventId} (${row.type}) unlesbar, in die Ablage für Unzustellbares / dead-lettered: ${read.reason}`);
      return;
    }
    const event = { ...read.event, createdAt: row.createdAt };
    if (event.type === CONSENT_REQUESTED) {
      const planned = await this.consents.plan(event.payload.consentId);
      const pending = await this.deliveries.plan(eventId, planned);
      await this.queues.addBulk('send-email', pending.map((deliveryId) => ({ deliveryId })));
      return;
    }
    const membershipEvent = this.membership.asEvent(read.event);
    if (membershipEvent) {
      const planned = await this.membership.plan(membershipEvent);
      if (membershipEvent.type === 'membership.application-received') {
        await this.applicationNotice(eventId, membershipEvent.payload.applicationId);
      }
      const pending = await this.deliveries.plan(eventId, planned);
      await this.queues.addBulk('send-email', pending.map((deliveryId) => ({ deliveryId })));
      if (planned.length > 0) {
        this.logger.log(`Ereignis ${eventId} (${event.type}): ${planned.length} E-Mail(s) geplant, ${pending.length} zu senden`);
      }
      return;
    }
    const knowledgeEvent = this.knowledge.asEvent(read.event);
    if (!knowledgeEvent) {
      // A known event nobody is told about (a privacy erasure, for one).
      this.logger.log(`Ereignis ${eventId} vom Typ ${event.type} ohne Benachrichtigung, bestätigt / no notice for this event type`);
      return;
    }
    const plan = await this.knowledge.plan(knowledgeEvent, event.createdAt);
    if (plan.kind === 'none') {
      this.logger.log(`Ereignis ${eventId} (${event.type}): keine Benachrichtigung (${plan.why}) / nothing to tell`);
      return;
    }
    const started = Date.now();
    const inserted =
      plan.kind === 'fan-out'
        ? await this.notices.fanOut(eventId, plan.notice, plan.topicIds, plan.municipalityId)
        : await this.notices.toUsers(eventId, plan.notice, plan.userIds);
    const inAppMs = Date.now() - started;
    const pending = await this.notices.planEmails(eventId);
    await this.queues.addBulk('send-email-batch', chunk(pending, EMAIL_BATCH_SIZE).map((deliveryIds) => ({ deliveryIds })));
    this.logger.log(
      `Ereignis ${eventId} (${event.type}): ${inserted} Benachrichtigung(en) in ${inAppMs} ms, ${pending.length} E-Mail(s) in ` +
        `${Math.ceil(pending.length / EMAIL_BATCH_SIZE)} Stapel(n) / notifications written, emails queued in batches`,
    );
  }
}
