import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EventCalendarService } from '@ikone/knowledge';
import { authenticate } from '../../auth/authenticate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** iCalendar (RFC 5545) for calendar apps: one event, or the public calendar of one topic or all. */
@Controller()
export class CalendarController {
  constructor(private readonly calendar: EventCalendarService) {}

  /**
   * `GET /events/{id}.ics`: public events without a login; NETWORK events (and drafts for
   * their organisers) with `Authorization: Bearer`.
   */
  @Get('events/:file')
  async event(@Param('file') file: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const id = file.endsWith('.ics') ? file.slice(0, -4) : '';
    if (!UUID.test(id)) return this.text(reply, 404, 'Veranstaltung nicht gefunden.');
    const auth = await authenticate(req);
    if (auth === false) return this.text(reply, 401, 'Bitte melden Sie sich an.');
    await this.send(reply, () => this.calendar.forEvent(auth ?? null, id), `veranstaltung-${id}.ics`, auth ? 'private, no-store' : 'public, max-age=300');
  }

  /** `GET /calendar.ics?topic=<slug>`: public published and cancelled events, optionally of one topic. */
  @Get('calendar.ics')
  async topic(@Query() query: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    const topic = query.topic;
    if (topic !== undefined && (typeof topic !== 'string' || topic.length > 60 || !SLUG.test(topic))) {
      return this.text(reply, 400, 'Ungültiger Parameter „topic“: erwartet wird die Kurzbezeichnung eines Themenfelds (a–z, 0–9, Bindestriche).');
    }
    await this.send(reply, () => this.calendar.forTopic(topic ?? null), topic ? `ikone-${topic}.ics` : 'ikone.ics', 'public, max-age=300');
  }

  /** Domain errors of `build` become plain-text answers with their status (DomainErrorFilter). */
  private async send(reply: FastifyReply, build: () => Promise<string>, filename: string, cacheControl: string): Promise<void> {
    const body = await build();
    await reply
      .status(200)
      .header('Content-Type', 'text/calendar; charset=utf-8')
      .header('Content-Disposition', `inline; filename="${filename}"`)
      .header('Cache-Control', cacheControl)
      .send(body);
  }

  private async text(reply: FastifyReply, status: number, message: string): Promise<void> {
    await reply.status(status).header('Content-Type', 'text/plain; charset=utf-8').header('Content-Language', 'de').send(message);
  }
}
