import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PlatformError } from '@ikone/platform';
import type { GqlContext } from '../graphql/gql-context';
import { Access, ACCESS } from './access';

/**
 * Refuses anonymous callers (UNAUTHENTICATED) and roles that can never be allowed (FORBIDDEN)
 * before Nest runs the validation pipe, so a caller without rights learns nothing about the
 * arguments an operation expects. Guards run before pipes; the rules in the services alone
 * came too late for that, since the pipe runs before the resolver calls the service.
 * Every Query and Mutation declares {@link Public} or {@link SignedIn}; one that forgets is
 * refused (and logged) rather than left open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const root = info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
    if (!root) return true;
    const access = this.reflector.get<Access | undefined>(ACCESS, context.getHandler());
    if (!access) {
      this.logger.error(`${info.parentType.name}.${info.fieldName} declares no access (@Public or @SignedIn)`);
      throw new PlatformError('FORBIDDEN');
    }
    if (access === 'PUBLIC') return true;
    const { actor } = gql.getContext<GqlContext>();
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    if (access.roles.length > 0 && !access.roles.includes(actor.role)) throw new PlatformError('FORBIDDEN');
    return true;
  }
}
