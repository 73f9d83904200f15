import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, MailModule, QueueModule } from '@ikone/platform';
import { NotifierWorkersModule } from './notifier-workers.module';
import type { NotificationsOptions } from './notifier.options';
import { NotifierHealthServer } from './health-server';

/** Queue workers, the outbox relay and the digest schedules; no HTTP beyond the optional health probes. */
@Module({})
export class NotifierModule {
  static forRoot(config: AppConfig, options: NotificationsOptions = {}): DynamicModule {
    return {
      module: NotifierModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, MailModule, NotifierWorkersModule.forRoot(options)],
      providers: [NotifierHealthServer],
    };
  }
}
