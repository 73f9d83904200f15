export * from './moderation.error';
export * from './moderation.module';
export * from './report.service';
export * from './moderation.events';
