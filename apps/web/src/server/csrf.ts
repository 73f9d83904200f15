import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Cookie that binds CSRF tokens of visitors without a session. */
export const ANON_COOKIE = 'ikone_anon';

/**
 * CSRF tokens (ADR 0013): an HMAC of the session id (or, before sign-in, of a random cookie), so
 * a token is only valid together with the cookie of the browser it was given to. POSTs also
 * need a same-origin `Origin` header when the browser sends one.
 */
export class Csrf {
  constructor(private readonly secret: string) {}

  static newAnonymousId(): string {
    return randomBytes(24).toString('base64url');
  }

  token(binding: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${binding}`).digest('base64url');
  }

  verify(binding: string, token: unknown): boolean {
    if (typeof token !== 'string' || token.length === 0) return false;
    const expected = Buffer.from(this.token(binding));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
