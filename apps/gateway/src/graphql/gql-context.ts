import type { FastifyRequest } from 'fastify';
import { PlatformError } from '@ikone/platform';
import type { Actor } from '@ikone/membership';
import type { Loaders } from './loaders';

/** What every resolver gets: the request, who is acting, and this request's DataLoaders. */
export interface GqlContext {
  req: FastifyRequest;
  /** Set when the request carried a bearer token that failed verification. */
  authFailed: boolean;
  actor: Actor | null;
  loaders: Loaders;
}

/**
 * The acting user, or null for anonymous requests. A request with a bad token is not
 * anonymous: it fails with UNAUTHENTICATED, so clients know to refresh.
 */
export function actorOf(ctx: GqlContext): Actor | null {
  if (ctx.authFailed) throw new PlatformError('UNAUTHENTICATED');
  return ctx.actor;
}

/** The client address used for rate limiting (Fastify honours TRUST_PROXY for X-Forwarded-For). */
export function clientIp(ctx: GqlContext): string {
  return ctx.req.ip ?? 'unknown';
}
