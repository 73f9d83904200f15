import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * For HTML pages that do not bring their own policy: nothing may load, nothing may frame them,
 * forms post only back here. Pages with inline styles set a policy with the style's hash.
 */
export const HTML_CSP = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const pathOf = (url: string) => url.split('?', 1)[0];

/**
 * Headers every answer of the gateway carries (one Fastify onSend hook, so no controller can
 * forget them): `nosniff` and `X-Frame-Options: DENY` everywhere, a Content-Security-Policy on
 * HTML, and `Cache-Control: no-store` on GraphQL answers, which may hold personal data.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    const path = pathOf(request.url);
    if (path === '/graphql') {
      reply.header('cache-control', 'no-store');
      // The development landing page loads Apollo's sandbox from its CDN; production has none.
      return payload;
    }
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', HTML_CSP);
    }
    return payload;
  });
}
