import { Injectable } from '@nestjs/common';
import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import type { ConnectionOptions } from 'bullmq';
import { AppConfig } from '../config/config';
import { resolveDatabaseUrl } from '../database/database-url';

export type QueueBackend = 'postgres' | 'redis';

/**
 * Connection options for BullMQ: Redis when `redisUrl` is given, else BullMQ's PostgreSQL
 * backend on the application database. Sets the process-wide backend factory, so it must
 * run before any Queue, Worker or QueueEvents is built.
 */
export function queueConnection(databaseUrl: string, redisUrl?: string): { backend: QueueBackend; connection: ConnectionOptions } {
  if (redisUrl) {
    setDefaultBackendFactory(undefined);
    const u = new URL(redisUrl);
    return {
      backend: 'redis',
      connection: {
        host: u.hostname,
        port: Number(u.port || 6379),
        username: u.username ? decodeURIComponent(u.username) : undefined,
        password: u.password ? decodeURIComponent(u.password) : undefined,
        db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
        tls: u.protocol === 'rediss:' ? {} : undefined,
        maxRetriesPerRequest: null,
      },
    };
  }
  setDefaultBackendFactory(createPostgresBackend);
  return {
    backend: 'postgres',
    connection: { connectionString: databaseUrl, migrate: true, max: 10 } as unknown as ConnectionOptions,
  };
}

/**
 * The one BullMQ connection of a process: PostgreSQL (default) or Redis (`REDIS_URL`), resolved
 * once (it also sets BullMQ's process-wide backend factory). The notifier's queues and workers and
 * the health check build their Queue and Worker objects on it; nothing else wires BullMQ.
 */
@Injectable()
export class QueueConnection {
  private resolved?: Promise<{ backend: QueueBackend; connection: ConnectionOptions }>;

  constructor(private readonly config: AppConfig) {}

  get(): Promise<{ backend: QueueBackend; connection: ConnectionOptions }> {
    this.resolved ??= resolveDatabaseUrl(this.config).then((url) => queueConnection(url, this.config.redisUrl));
    return this.resolved;
  }
}
