import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import { JobQueues } from '../jobs/job-queues.service';
import type { JobHandlers, JobProcessor } from '../jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS } from '../notifications.options';
import type { NotificationsOptions } from '../notifications.options';

/**
 * Reminders 24 h before an event. Every 10 minutes one statement marks the published events
 * starting within the next 24 hours as reminded and records an outbox event for each, in the
 * same statement — so a reminder is decided exactly once, and delivered by the usual pipeline
 * (registrants with a seat: in-app notice and email).
 */
@Injectable()
export class EventReminderProcessor implements JobProcessor, OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    const rows: Array<{ id: string }> = await this.db.query(
      `with due as (
         update event set reminder_sent_at = $1
          where status = 'PUBLISHED' and reminder_sent_at is null and starts_at > $1 and starts_at <= $1 + interval '24 hours'
          returning id)
       insert into outbox_event (type, payload) select 'knowledge.event-reminder-due', jsonb_build_object('eventId', id) from due returning id`,
      [now],
    );
    if (rows.length > 0) this.logger.log(`${rows.length} Veranstaltung(en) zur Erinnerung fällig / event reminders due`);
    return rows.length;
  }
}
