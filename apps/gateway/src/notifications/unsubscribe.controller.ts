import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { UnsubscribeService } from '@ikone/notifications';
import { confirmationPage, donePage, notFoundPage, PAGE_CSP } from './unsubscribe-pages';

const HTML = 'text/html; charset=utf-8';

/**
 * One-click unsubscribe (RFC 8058). POST needs no login and acts; GET only shows a page with
 * a form, because mail scanners and link previews fetch links without anyone clicking.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  async confirm(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const target = await this.unsubscribe.describe(token);
    await this.send(reply, target ? 200 : 404, target ? confirmationPage(target) : notFoundPage());
  }

  /** Any body is accepted: mail clients send `List-Unsubscribe=One-Click`, the form the same. */
  @Post(':token')
  async apply(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const target = await this.unsubscribe.apply(token);
    await this.send(reply, target ? 200 : 404, target ? donePage(target) : notFoundPage());
  }

  private async send(reply: FastifyReply, status: number, html: string): Promise<void> {
    await reply
      .status(status)
      .header('content-type', HTML)
      .header('cache-control', 'no-store')
      .header('content-security-policy', PAGE_CSP)
      .header('referrer-policy', 'no-referrer')
      .header('x-robots-tag', 'noindex')
      .send(html);
  }
}
