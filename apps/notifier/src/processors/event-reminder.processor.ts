import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@ikone/platform';
import { KnowledgeNoticeFacts } from '@ikone/knowledge';
import { JobQueues } from '../jobs/job-queues.service';
import type { JobHandlers, JobProcessor } from '../jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS } from '../notifier.options';
import type { NotificationsOptions } from '../notifier.options';

/**
 * Reminders 24 h before an event. Every 10 minutes the knowledge library marks the published
 * events starting within the next 24 hours as reminded and records an outbox event for each, in
 * one transaction — so a reminder is decided exactly once, and delivered by the usual pipeline
 * (registrants with a seat: in-app notice and email).
 */
@Injectable()
export class EventReminderProcessor implements JobProcessor, OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly knowledge: KnowledgeNoticeFacts,
    private readonly queues: JobQueues,
    private readonly config: AppConfig,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  jobHandlers(): Partial<JobHandlers> {
    return { 'event-reminders': () => this.handle().then(() => undefined) };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.schedules === false) return;
    await this.queues.schedule('event-reminders', '*/10 * * * *', this.config.digest.timezone, 'event-reminders', {});
  }

  /** Returns how many events became due. */
  async handle(now = new Date()): Promise<number> {
    const due = await this.knowledge.remindersDue(now);
    if (due > 0) this.logger.log(`${due} Veranstaltung(en) zur Erinnerung fällig / event reminders due`);
    return due;
  }
}
