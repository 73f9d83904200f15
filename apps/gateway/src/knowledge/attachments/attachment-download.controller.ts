import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PlatformError } from '@ikone/platform';
import { AttachmentError, AttachmentService } from '@ikone/knowledge';
import { authenticate } from '../../auth/authenticate';

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * `GET /attachments/<id>/file` and `/attachments/<id>/preview`: the bytes, for whoever may read
 * the item (a NETWORK item's files need a bearer token; a draft's only its owners and the
 * coordinators). Anything the caller may not read is 404, like an unknown id (ADR 0017).
 */
@Controller('attachments')
export class AttachmentDownloadController {
  constructor(private readonly attachments: AttachmentService) {}

  @Get(':id/file')
  async file(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new AttachmentError('ATTACHMENT_NOT_FOUND', 'id') })) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.send(id, 'original', req, reply);
  }

  @Get(':id/preview')
  async preview(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new AttachmentError('ATTACHMENT_NOT_FOUND', 'id') })) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.send(id, 'preview', req, reply);
  }

  private async send(id: string, variant: 'original' | 'preview', req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const actor = await authenticate(req);
    if (actor === false) throw new PlatformError('UNAUTHENTICATED');
    const found = await this.attachments.download(actor ?? null, id, variant);
    const inline = variant === 'preview' || found.contentType !== 'application/pdf';
    await reply
      .header('content-type', found.contentType)
      .header('content-length', found.bytes.length)
      .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', variant === 'preview' ? `vorschau-${found.fileName}.webp` : found.fileName))
      // The file is never a page of ours: no scripts, no plugins, even if a browser misjudges it.
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', found.isPublic ? 'public, max-age=300' : 'private, no-store')
      .send(found.bytes);
  }
}
