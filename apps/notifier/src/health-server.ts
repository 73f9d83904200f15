import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, QueueHealth, withTimeout } from '@ikone/platform';

/** How long a readiness probe waits for the database before it counts as down. */
const DATABASE_TIMEOUT_MS = 2000;

/**
 * The notifier's probes when `NOTIFIER_HEALTH_PORT` is set: `/health/live` (the process
 * answers) and `/health/ready` (200 only while the database and the queue backend answer, like
 * the gateway's). A bare node:http listener rather than a Nest HTTP adapter: the notifier serves
 * nothing else. Started last and closed first, so ready never claims a notifier still booting.
 */
@Injectable()
export class NotifierHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Health');
  private server?: Server;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: QueueHealth,
    private readonly config: AppConfig,
  ) {}

  /** The port it listens on (0 when off). */
  get port(): number {
    const address = this.server?.address();
    return typeof address === 'object' && address ? (address as AddressInfo).port : 0;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.notifierHealthPort;
    if (port === undefined) return;
    const server = createServer((req, res) => {
      const answer = (status: number, body: Record<string, unknown>) => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'GET') return answer(405, { status: 'method not allowed' });
      if (req.url === '/health/live') return answer(200, { status: 'ok' });
      if (req.url !== '/health/ready') return answer(404, { status: 'not found' });
      void this.ready().then(({ database, queue }) => {
        const ok = database && queue;
        answer(ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', database, queue });
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.host, () => resolve());
    });
    this.server = server;
    this.logger.log(`Gesundheitsprüfung auf Port ${this.port} / health probes on port ${this.port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async ready(): Promise<{ database: boolean; queue: boolean }> {
    const [database, queue] = await Promise.all([
      withTimeout(this.db.query('select 1'), DATABASE_TIMEOUT_MS, 'database').then(
        () => true,
        () => false,
      ),
      this.queue.check(),
    ]);
    return { database, queue };
  }
}
