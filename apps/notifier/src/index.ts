/**
 * What tests and the benchmark may drive of the notifier (checked by `npm run depcheck`): build
 * and start it, look into its queues, run a processor by hand. The process entry stays
 * `main.ts`; nothing inside `apps/` or `libs/` imports this file.
 */
export { createNotifier } from './main';
export type { NotificationsOptions } from './notifier.options';
export { JobQueues } from './jobs/job-queues.service';
export { JOB_SPECS, QUEUE_NAMES } from './jobs/notification-jobs';
export { EventReminderProcessor } from './processors/event-reminder.processor';
