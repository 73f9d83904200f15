import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InputError, PlatformError } from '@ikone/platform';
import { requireRole } from '@ikone/membership';
import { NetworkStatsService, statsToCsv } from '@ikone/knowledge';
import { authenticate } from '../auth/authenticate';

const ISO_DATE = { de: 'muss ein ISO-Datum sein, z. B. 2026-01-01', en: 'must be an ISO date, e.g. 2026-01-01' };

/** The network statistics as CSV for the funding report (coordinators, bearer token). */
@Controller('stats')
export class StatsCsvController {
  constructor(private readonly stats: NetworkStatsService) {}

  @Get('network.csv')
  async networkCsv(@Query('from') rawFrom: unknown, @Query('to') rawTo: unknown, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // A repeated parameter arrives as an array.
    const from = typeof rawFrom === 'string' ? rawFrom : '';
    const to = typeof rawTo === 'string' ? rawTo : '';
    const start = new Date(from);
    const end = new Date(to);
    const actor = await authenticate(req);
    if (actor === false) throw new PlatformError('UNAUTHENTICATED');
    const problems = [
      ...(!from || Number.isNaN(start.getTime()) ? [{ path: 'from', ...ISO_DATE }] : []),
      ...(!to || Number.isNaN(end.getTime()) ? [{ path: 'to', ...ISO_DATE }] : []),
    ];
    // Refuse before validating; domain errors (401, 403, 400) become plain text (DomainErrorFilter).
    requireRole(actor ?? null, 'COORDINATOR');
    if (problems.length > 0) throw new InputError(problems);
    const rows = await this.stats.perMunicipality(actor ?? null, start, end);
    const name = `ikone-netzwerkstatistik-${start.toISOString().slice(0, 10)}-${end.toISOString().slice(0, 10)}.csv`;
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(statsToCsv(rows));
  }
}
