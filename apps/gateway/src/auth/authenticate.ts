import type { FastifyRequest } from 'fastify';
import passport from 'passport';
import type { Actor } from '@ikone/membership';

/**
 * Runs the passport `jwt` strategy for one request: `undefined` when the request carries no
 * bearer token, the actor when it verifies, `false` when it does not.
 */
export function authenticate(req: FastifyRequest): Promise<Actor | false | undefined> {
  const header = req.headers.authorization;
  if (!header) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const handler = passport.authenticate('jwt', { session: false }, (err: unknown, user: Actor | false) =>
      resolve(err ? false : user || false),
    ) as (req: unknown, res: unknown, next: (err?: unknown) => void) => void;
    handler(req, {}, () => resolve(false));
  });
}
