import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@ikone/platform';
import { DIGEST_HOURS, DigestBuilder } from '@ikone/notifications';
import { JobQueues } from '../jobs/job-queues.service';
import { EMAIL_BATCH_SIZE } from '../jobs/notification-jobs';
import type { JobHandlers, JobPayload, JobProcessor } from '../jobs/notification-jobs';
import { NOTIFICATIONS_OPTIONS } from '../notifier.options';
import type { NotificationsOptions } from '../notifier.options';
import { chunk } from './outbox-event.processor';

/**
 * The digest schedules and their job. Both schedulers fire every hour of the digest window
 * (the hours people may choose, plus the configured default) in the digest time zone. Each run
 * builds the digests whose due time (the person's hour, weekly also their weekday) fell between
 * the end of the previous run and now (ADR 0019): at 10:00 a reader of 07:00 gets nothing, even
 * if the day had no digest yet. At start the notifier runs both once more, so a due time missed
 * while it was down is sent late, once; the next hourly run finds nothing left.
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
    // The catch-up: the next scheduled run may be tomorrow morning.
    await this.queues.addBulk('digest-run', [{ period: 'daily' }, { period: 'weekly' }]);
  }

  async handle({ period }: JobPayload<'digest-run'>): Promise<void> {
    const started = Date.now();
    const now = this.options.clock?.() ?? new Date();
    // Before the first run: as if the previous hourly run had happened an hour ago.
    const since = (await this.builder.coveredUntil(period)) ?? new Date(now.getTime() - 3_600_000);
    const build = await this.builder.buildDue(period, since, now);
    await this.queues.addBulk('send-email-batch', chunk(build.pending, EMAIL_BATCH_SIZE).map((deliveryIds) => ({ deliveryIds })));
    // Only after the emails are queued: a run that dies before this is repeated over the same window.
    await this.builder.markCovered(period, now);
    if (build.created > 0 || build.pending.length > 0) {
      this.logger.log(
        `${build.periodKeys.join(', ') || period}: ${build.created} Zusammenfassung(en) erstellt in ${Date.now() - started} ms, ${build.pending.length} zu senden / digests built`,
      );
    }
  }
}
