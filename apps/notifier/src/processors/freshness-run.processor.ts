import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@ikone/platform';
import { FreshnessPlanner } from '@ikone/notifications';
import { JobQueues } from '../jobs/job-queues.service';
import { EMAIL_BATCH_SIZE } from '../jobs/notification-jobs';
import type { JobHandlers, JobProcessor } from '../jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS } from '../notifier.options';
import type { NotificationsOptions } from '../notifier.options';
import { chunk } from './outbox-event.processor';

/**
 * The freshness check's schedule (ADR 0028): once a day at the digest hour, and once at start as
 * the catch-up (ADR 0019's pattern). A run asks everything due by its clock, so a day missed while
 * the notifier was down is asked late, once; the unique (case study, due date) keeps it single.
 */
@Injectable()
export class FreshnessRunProcessor implements JobProcessor, OnApplicationBootstrap {
  private readonly logger = new Logger('Freshness');

  constructor(
    private readonly planner: FreshnessPlanner,
    private readonly queues: JobQueues,
    private readonly config: AppConfig,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  jobHandlers(): Partial<JobHandlers> {
    return { 'freshness-run': () => this.handle() };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.schedules === false) return;
    await this.queues.schedule('freshness-daily', `0 ${this.config.digest.dailyHour} * * *`, this.config.digest.timezone, 'freshness-run', {});
    await this.queues.addBulk('freshness-run', [{}]);
  }

  async handle(): Promise<void> {
    const plan = await this.planner.plan(this.options.clock?.() ?? new Date());
    await this.queues.addBulk('send-email-batch', chunk(plan.pending, EMAIL_BATCH_SIZE).map((deliveryIds) => ({ deliveryIds })));
    if (plan.asked > 0 || plan.reminded > 0) {
      this.logger.log(`${plan.asked} Aktualitätsabfrage(n), ${plan.reminded} Erinnerung(en), ${plan.pending.length} E-Mail(s) zu senden / freshness checks`);
    }
  }
}
