import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/config';
import { resolveDatabaseUrl } from '../database/database-url';
import { queueConnection } from './queue-connection';
import { QueueHealth, HEALTH_QUEUE } from './queue-health';

/** BullMQ on PostgreSQL (default) or Redis (`REDIS_URL`); queues are registered by their owners. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => ({
        connection: queueConnection(await resolveDatabaseUrl(config), config.redisUrl).connection,
      }),
    }),
    BullModule.registerQueue({ name: HEALTH_QUEUE }),
  ],
  providers: [QueueHealth],
  exports: [BullModule, QueueHealth],
})
export class QueueModule {}
