import { DynamicModule, Module } from '@nestjs/common';
import { MembershipModule } from '@ikone/membership';
import { EmailDeliveryRepository } from './deliveries/email-delivery.repository';
import { JOB_PROCESSORS, JobRunner } from './jobs/job-runner.service';
import { JobQueues } from './jobs/job-queues.service';
import type { JobProcessor } from './jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { MembershipMailPlanner } from './processors/membership-mail.planner';
import { OutboxEventProcessor } from './processors/outbox-event.processor';
import { SendEmailProcessor } from './processors/send-email.processor';

/**
 * The notifier's work: relays the outbox into the queue, turns events into email deliveries
 * and sends them. Needs the global config, database, queue and mail modules of
 * @ikone/platform. Starts its relay and workers on application bootstrap.
 */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsOptions = {}): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [MembershipModule],
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        EmailDeliveryRepository,
        JobQueues,
        JobRunner,
        MembershipMailPlanner,
        OutboxEventProcessor,
        OutboxRelay,
        SendEmailProcessor,
        {
          provide: JOB_PROCESSORS,
          inject: [OutboxEventProcessor, SendEmailProcessor],
          useFactory: (...processors: JobProcessor[]) => processors,
        },
      ],
      exports: [],
    };
  }
}
