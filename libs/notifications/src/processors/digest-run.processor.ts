import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@ikone/platform';
import { DigestBuilder } from '../digests/digest-builder.service';
import { JobQueues } from '../jobs/job-queues.service';
import { EMAIL_BATCH_SIZE } from '../jobs/notification-jobs';
import type { JobHandlers, JobPayload, JobProcessor } from '../jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS } from '../notifications.options';
import type { NotificationsOptions } from '../notifications.options';
import { DIGEST_HOURS } from '../preferences/preferences.service';
import { chunk } from './outbox-event.processor';

/**
 * The digest schedules and their job. Both schedulers fire every hour of the digest window
 * (the hours people may choose, plus the configured default) in the digest time zone; each
 * run builds the digests of everyone whose chosen time has come and who has none for the
 * period yet, so a run missed while the notifier was down is made up by the next one.
 */
@Injectable()
export class DigestRunProcessor implements JobProcessor, OnApplicationBootstrap {
  private readonly logger = new Logger('Digests');

  constructor(
    private readonly builder: DigestBuilder,
    private readonly queues: JobQueues,
    private readonly config: AppConfig,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  jobHandlers(): Partial<JobHandlers> {
    return { 'digest-run': (data) => this.handle(data) };
  }

  /** The cron hour field: every hour a person may choose, and the configured default. */
  get hours(): string {
    return [...new Set<number>([...DIGEST_HOURS, this.config.digest.dailyHour])].sort((a, b) => a - b).join(',');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.schedules === false) return;
    const tz = this.config.digest.timezone;
    await this.queues.schedule('digest-daily', `0 ${this.hours} * * *`, tz, 'digest-run', { period: 'daily' });
    await this.queues.schedule('digest-weekly', `0 ${this.hours} * * *`, tz, 'digest-run', { period: 'weekly' });
  }

  async handle({ period }: JobPayload<'digest-run'>): Promise<void> {
    const started = Date.now();
    const build = await this.builder.build(period, new Date(), { respectPreferredTime: true });
    await this.queues.addBulk('send-email-batch', chunk(build.pending, EMAIL_BATCH_SIZE).map((deliveryIds) => ({ deliveryIds })));
    if (build.created > 0 || build.pending.length > 0) {
      this.logger.log(
        `${build.periodKey}: ${build.created} Zusammenfassung(en) erstellt in ${Date.now() - started} ms, ${build.pending.length} zu senden / digests built`,
      );
    }
  }
}
