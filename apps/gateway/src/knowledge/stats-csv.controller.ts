import { Controller, Get, HttpException, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@ikone/platform';
import { NetworkStatsService, statsToCsv } from '@ikone/knowledge';
import { authenticate } from '../auth/authenticate';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/** The network statistics as CSV for the funding report (coordinators, bearer token). */
@Controller('stats')
export class StatsCsvController {
  constructor(private readonly stats: NetworkStatsService) {}

  @Get('network.csv')
  async networkCsv(@Query('from') from: string, @Query('to') to: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const start = new Date(from);
    const end = new Date(to);
    if (!from || !to || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
      throw new HttpException('from und to müssen ISO-Daten sein, z. B. ?from=2026-01-01&to=2027-01-01 / from and to must be ISO dates', 400);
    }
    const actor = await authenticate(req);
    try {
      const rows = await this.stats.perMunicipality(actor || null, start, end);
      const name = `ikone-netzwerkstatistik-${start.toISOString().slice(0, 10)}-${end.toISOString().slice(0, 10)}.csv`;
      await reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(statsToCsv(rows));
    } catch (error) {
      if (error instanceof DomainError) throw new HttpException(`${error.message} / ${error.messageEn}`, STATUS[error.code] ?? 400);
      throw error;
    }
  }
}
