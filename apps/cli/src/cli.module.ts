import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule, DatabaseModule } from '@ikone/platform';
import { KnowledgeModule } from '@ikone/knowledge';
import { MembershipModule } from '@ikone/membership';
import { ModerationModule } from '@ikone/moderation';
import { NotificationsModule } from '@ikone/notifications';

/** The services the CLI commands reuse: no HTTP, no queue workers. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, MembershipModule, KnowledgeModule, NotificationsModule, ModerationModule],
    };
  }
}

/** Runs `work` inside a Nest application context and always closes it, so the process can exit. */
export async function withCliContext<T>(config: AppConfig, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  // Nest's start-up chatter would drown the command's own output; warnings and errors still show.
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
