import { Module } from '@nestjs/common';
import { KnowledgeNoticeFacts } from '@ikone/knowledge';
import { MembershipModule } from '@ikone/membership';
import { ReportNoticeFacts } from '@ikone/moderation';
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
import { PreferencesService } from './preferences/preferences.service';
import { FreshnessPlanner } from './freshness/freshness-planner.service';
import { MembershipMailPlanner } from './fanout/membership-mail.planner';
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
 * What the notifier's workers plan with (apps/notifier): who is told what about a domain event,
 * as in-app notifications and email deliveries. No queue: the notifier wires these into its jobs.
 */
@Module({
  imports: [MembershipModule, NotificationsModule, NotificationMailModule],
  providers: [
    // What knowledge and moderation tell about their content (ADR 0029); membership's comes with MembershipModule.
    KnowledgeNoticeFacts,
    ReportNoticeFacts,
    ConsentMailPlanner,
    KnowledgeNoticePlanner,
    MembershipMailPlanner,
    NoticeWriter,
  ],
  exports: [KnowledgeNoticeFacts, ConsentMailPlanner, KnowledgeNoticePlanner, MembershipMailPlanner, NoticeWriter, NotificationsModule, NotificationMailModule, MembershipModule],
})
export class NotificationPlanningModule {}
