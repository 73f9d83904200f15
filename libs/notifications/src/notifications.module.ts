import { DynamicModule, Module } from '@nestjs/common';
import { MembershipModule } from '@ikone/membership';
import { DeadLettersService } from './catalogue/dead-letters.service';
import { ConsentMailPlanner } from './consent/consent-mail.planner';
import { ConsentService } from './consent/consent.service';
import { EmailDeliveryRepository } from './deliveries/email-delivery.repository';
import { EmailSender } from './deliveries/email-sender.service';
import { EventInvitations } from './deliveries/event-invitations';
import { FailedDeliveriesService } from './deliveries/failed-deliveries.service';
import { DigestBuilder } from './digests/digest-builder.service';
import { KnowledgeNoticePlanner } from './fanout/knowledge-notice.planner';
import { NoticeWriter } from './fanout/notice-writer.repository';
import { NotificationService } from './inbox/notification.service';
import { JOB_PROCESSORS, JobRunner } from './jobs/job-runner.service';
import { JobQueues } from './jobs/job-queues.service';
import type { JobProcessor } from './jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { PreferencesService } from './preferences/preferences.service';
import { DigestRunProcessor } from './processors/digest-run.processor';
import { FreshnessRunProcessor } from './processors/freshness-run.processor';
import { FreshnessPlanner } from './freshness/freshness-planner.service';
import { EventReminderProcessor } from './processors/event-reminder.processor';
import { InDoubtSweeper } from './processors/in-doubt-sweeper.service';
import { MembershipMailPlanner } from './processors/membership-mail.planner';
import { OutboxEventProcessor } from './processors/outbox-event.processor';
import { SendEmailProcessor } from './processors/send-email.processor';
import { SubscriptionService } from './subscriptions/subscription.service';
import { UnsubscribeService } from './unsubscribe/unsubscribe.service';

const SERVICES = [ConsentService, SubscriptionService, NotificationService, PreferencesService, UnsubscribeService, FailedDeliveriesService, DeadLettersService];

/**
 * What the gateway (and anyone serving people) uses: subscriptions, in-app notifications,
 * preferences, one-click unsubscribe, failed deliveries. No queue, no workers, no SMTP.
 * Needs the global config and database modules of @ikone/platform.
 */
@Module({
  imports: [MembershipModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class NotificationsModule {}

const MAIL = [EmailDeliveryRepository, EventInvitations, EmailSender, DigestBuilder, FreshnessPlanner];

/**
 * Building digests and sending email deliveries, without a queue: the CLI `digest` command
 * runs a digest with it in-process. Needs the global MailModule too.
 */
@Module({
  imports: [MembershipModule, NotificationsModule],
  providers: MAIL,
  exports: MAIL,
})
export class NotificationMailModule {}

/**
 * The notifier's work, for apps/notifier only: relays the outbox into the queue, turns events
 * into notifications and email deliveries, sends them, and schedules the digests. Starts its
 * relay, workers and schedulers on application bootstrap. Needs the global config, database,
 * queue and mail modules of @ikone/platform.
 */
@Module({})
export class NotifierWorkersModule {
  static forRoot(options: NotificationsOptions = {}): DynamicModule {
    return {
      module: NotifierWorkersModule,
      imports: [MembershipModule, NotificationsModule, NotificationMailModule],
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        JobQueues,
        JobRunner,
        ConsentMailPlanner,
        KnowledgeNoticePlanner,
        MembershipMailPlanner,
        NoticeWriter,
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
