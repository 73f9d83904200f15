import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, MailModule, QueueModule } from '@ikone/platform';
import { NotificationsModule } from '@ikone/notifications';
import type { NotificationsOptions } from '@ikone/notifications';

/** Queue workers and the outbox relay; no HTTP. */
@Module({})
export class NotifierModule {
  static forRoot(config: AppConfig, options: NotificationsOptions = {}): DynamicModule {
    return {
      module: NotifierModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, MailModule, NotificationsModule.forRoot(options)],
    };
  }
}
