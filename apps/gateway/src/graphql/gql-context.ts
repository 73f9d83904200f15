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
  /** Per-request memo for loaders that a feature module creates itself (see {@link perRequest}). */
  cache: Map<string, unknown>;
}

/** Returns the request's instance of something (typically a DataLoader), creating it on first use. */
export function perRequest<T>(ctx: GqlContext, key: string, create: () => T): T {
  let value = ctx.cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    ctx.cache.set(key, value);
  }
  return value;
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
