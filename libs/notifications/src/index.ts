export * from './notifications.module';
export type { NotificationsOptions } from './notifications.options';
