import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { AppConfig } from '@ikone/platform';
import { AttachmentError, AttachmentErrorReason, AttachmentService } from '@ikone/knowledge';
import { HTTP_STATUS } from '../../http/http-status';

/** The answer's status per refusal; the rest follow the API code (HTTP_STATUS). */
const UPLOAD_STATUS: Partial<Record<AttachmentErrorReason, number>> = {
  TOO_LARGE: 413,
  CONTENT_MISMATCH: 415,
  UPLOAD_EXPIRED: 410,
  INFECTED: 422,
};

/**
 * `PUT /attachments/uploads/<token>`: the bytes of one attachment as the raw body. Registered on
 * Fastify directly (not as a Nest controller) so that this one route gets the attachment size
 * limit and a raw body parser while every other route keeps the 1 MB limit. The token is the
 * authorization (no bearer token, no cookie): it is single-use, short-lived and names one row.
 */
export function registerAttachmentUploads(app: NestFastifyApplication): void {
  const service = app.get(AttachmentService);
  const config = app.get(AppConfig);
  const logger = new Logger('Attachments');
  const instance = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  void instance.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: config.attachments.maxBytes }, (_req, body, done) => done(null, body));
    scope.route({
      method: 'PUT',
      url: '/attachments/uploads/:token',
      bodyLimit: config.attachments.maxBytes,
      errorHandler: async (error, _req, reply) => {
        if (error instanceof AttachmentError) {
          await reply
            .status(UPLOAD_STATUS[error.reason] ?? HTTP_STATUS[error.code])
            .header('cache-control', 'no-store')
            .send({ code: error.code, reason: error.reason, message: error.message, messageEn: error.messageEn });
          return;
        }
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (status === 413) {
          await reply.status(413).send({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE', message: 'Die Datei ist zu groß.', messageEn: 'The file is too large.' });
          return;
        }
        if (status < 500) {
          await reply.status(status).send({ code: 'BAD_USER_INPUT', message: 'Ungültige Anfrage.', messageEn: 'Invalid request.' });
          return;
        }
        // Storage or scanner trouble: logged with an id, never shown.
        const errorId = randomUUID();
        logger.error(`${errorId} upload failed`, (error as Error).stack);
        await reply.status(500).send({ code: 'INTERNAL', errorId, message: 'Interner Fehler.', messageEn: 'Internal error.' });
      },
      handler: async (req, reply) => {
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const record = await service.receive((req.params as { token: string }).token, body);
        await reply.status(201).header('cache-control', 'no-store').send({ id: record.id, size: record.size, contentType: record.contentType, scanStatus: record.scanStatus });
      },
    });
  });
}
