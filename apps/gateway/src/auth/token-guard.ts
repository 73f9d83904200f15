import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { PlatformError } from '@ikone/platform';
import type { GqlContext } from '../graphql/gql-context';

/**
 * A request that carries a bearer token which does not verify (expired, forged, of a disabled
 * user or an ended session) is refused as a whole, even for operations anonymous callers may
 * use: the client must learn that its session is gone.
 */
@Injectable()
export class TokenGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (ctx.authFailed) throw new PlatformError('UNAUTHENTICATED');
    return true;
  }
}
