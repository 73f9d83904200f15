import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { QueueHealth, withTimeout } from '@ikone/platform';

/** How long readiness waits for the database before it counts as down (a hung server, not only a refused connection). */
const DATABASE_TIMEOUT_MS = 2000;

/** Liveness (the process answers) and readiness (the database and the queue backend answer). */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: QueueHealth,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const [database, queue] = await Promise.all([
      withTimeout(this.db.query('select 1'), DATABASE_TIMEOUT_MS, 'database').then(
        () => true,
        () => false,
      ),
      this.queue.check(),
    ]);
    const ok = database && queue;
    await reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', database, queue });
  }
}
