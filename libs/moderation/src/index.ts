export * from './moderation.error';
export * from './moderation.module';
export * from './report.service';
export * from './report-notice-facts';
export * from './moderation.events';
