export { ModerationModule } from './moderation.module';
export { ReportService } from './report.service';
export type { ReportReason, ReportRecord } from './report.service';
export { ReportNoticeFacts } from './report-notice-facts';
export { MODERATION_EVENT_SCHEMAS } from './moderation.events';
export type { ModerationEvent } from './moderation.events';
