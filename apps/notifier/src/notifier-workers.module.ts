import { DynamicModule, Module } from '@nestjs/common';
import { NotificationPlanningModule } from '@ikone/notifications';
import { JOB_PROCESSORS, JobRunner } from './jobs/job-runner.service';
import { JobQueues } from './jobs/job-queues.service';
import type { JobProcessor } from './jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifier.options';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { DigestRunProcessor } from './processors/digest-run.processor';
import { EventReminderProcessor } from './processors/event-reminder.processor';
import { FreshnessRunProcessor } from './processors/freshness-run.processor';
import { InDoubtSweeper } from './processors/in-doubt-sweeper.service';
import { OutboxEventProcessor } from './processors/outbox-event.processor';
import { SendEmailProcessor } from './processors/send-email.processor';

/**
 * The notifier's work: relays the outbox into the queue, turns events into notifications and
 * email deliveries (planned by @ikone/notifications), sends them, and schedules the digests.
 * Starts its relay, workers and schedulers on application bootstrap. Needs the global config,
 * database, queue and mail modules of @ikone/platform.
 */
@Module({})
export class NotifierWorkersModule {
  static forRoot(options: NotificationsOptions = {}): DynamicModule {
    return {
      module: NotifierWorkersModule,
      imports: [NotificationPlanningModule],
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        JobQueues,
        JobRunner,
        OutboxEventProcessor,
        OutboxRelay,
        SendEmailProcessor,
        DigestRunProcessor,
        EventReminderProcessor,
        FreshnessRunProcessor,
        InDoubtSweeper,
        {
          provide: JOB_PROCESSORS,
          inject: [OutboxEventProcessor, SendEmailProcessor, DigestRunProcessor, EventReminderProcessor, FreshnessRunProcessor],
          useFactory: (...processors: JobProcessor[]) => processors,
        },
      ],
      exports: [],
    };
  }
}
