import { Controller, Get, Headers, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { AppConfig } from '@ikone/platform';

const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'ikone_gateway_' });

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Prometheus metrics of the gateway process. With METRICS_TOKEN only for
 * `Authorization: Bearer <METRICS_TOKEN>`; without it open in development and absent (404) in
 * production, where process details are nobody's business but the operator's.
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  async metrics(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const token = this.config.metricsToken;
    const text = 'text/plain; charset=utf-8';
    if (!token && this.config.isProduction) {
      await reply.status(404).header('content-type', text).send('Nicht gefunden / Not found\n');
      return;
    }
    if (token) {
      const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
      // Compare digests: equal length, constant time.
      if (!timingSafeEqual(digest(given), digest(token))) {
        await reply.status(401).header('www-authenticate', 'Bearer').header('content-type', text).send('Anmeldung erforderlich / Authentication required\n');
        return;
      }
    }
    await reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(await registry.metrics());
  }
}
