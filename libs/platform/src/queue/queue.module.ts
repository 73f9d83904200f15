import { Global, Module } from '@nestjs/common';
import { QueueConnection } from './queue-connection';
import { QueueHealth } from './queue-health';

/** BullMQ on PostgreSQL (default) or Redis (`REDIS_URL`); queues are built by their owners on {@link QueueConnection}. */
@Global()
@Module({
  providers: [QueueConnection, QueueHealth],
  exports: [QueueConnection, QueueHealth],
})
export class QueueModule {}
