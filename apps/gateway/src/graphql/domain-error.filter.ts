import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@ikone/platform';
import { HTTP_STATUS } from '../http/http-status';
import { errorPage, PAGE_CSP } from '../notifications/unsubscribe-pages';

/**
 * Expected errors are answers, not crashes, and nothing logs them as one. In GraphQL they go
 * straight to the formatter (without this filter Nest logs every refused request, e.g. a
 * FORBIDDEN from a guard). On the plain HTTP endpoints they get their status (400, 401, 403,
 * 404, 409, 429) and a short German/English message in the endpoint's own format: the HTML page
 * for `/unsubscribe/*`, JSON for `/health/*`, plain text for iCal, Atom, CSV and the rest.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter, ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | Promise<void> {
    if (host.getType() !== 'http') return error;
    const http = host.switchToHttp();
    return sendHttpError(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}

/** Answers one plain HTTP request with `error`, in the format of the endpoint asked. */
export async function sendHttpError(error: DomainError, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const status = HTTP_STATUS[error.code];
  const path = req.url.split('?', 1)[0];
  reply.status(status).header('cache-control', 'no-store').header('content-language', 'de, en');
  if (status === 401) reply.header('www-authenticate', 'Bearer');
  if (status === 429) reply.header('retry-after', '60');
  if (path.startsWith('/unsubscribe/')) {
    await reply.header('content-type', 'text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(errorPage(error.message, error.messageEn));
  } else if (path.startsWith('/health/')) {
    await reply.header('content-type', 'application/json; charset=utf-8').send({ status: 'error', code: error.code, message: error.message, messageEn: error.messageEn });
  } else {
    await reply.header('content-type', 'text/plain; charset=utf-8').send(`${error.message}\n${error.messageEn}\n`);
  }
}
