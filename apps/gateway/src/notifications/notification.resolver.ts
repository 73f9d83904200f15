import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotificationService } from '@ikone/notifications';
import { Connection, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { UserModel } from '../membership/membership.model';
import { MarkNotificationsReadArgs, NotificationsArgs } from './notifications.input';
import { NotificationConnection, NotificationModel, toNotificationModel } from './notifications.model';
import { SignedIn } from '../auth/access';

/** The caller's in-app notifications. */
@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly inbox: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Die eigenen Benachrichtigungen, neueste zuerst.' })
  @SignedIn()
  async notifications(@Args() args: NotificationsArgs, @Context() ctx: GqlContext): Promise<Connection<NotificationModel>> {
    return toConnection(await this.inbox.list(actorOf(ctx), args.unreadOnly, args), toNotificationModel);
  }

  @Mutation(() => Int, { description: 'Markiert eigene Benachrichtigungen als gelesen; liefert die Zahl der geänderten.' })
  @SignedIn()
  async markNotificationsRead(@Args() args: MarkNotificationsReadArgs, @Context() ctx: GqlContext): Promise<number> {
    return this.inbox.markRead(actorOf(ctx), args.ids);
  }
}

/** `me { unreadNotificationCount }`: one indexed count, only for the caller's own account. */
@Resolver(() => UserModel)
export class UserNotificationsResolver {
  constructor(private readonly notifications: NotificationService) {}

  @ResolveField(() => Int, { nullable: true, description: 'Ungelesene Benachrichtigungen; nur am eigenen Konto, sonst null.' })
  async unreadNotificationCount(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<number | null> {
    const actor = actorOf(ctx);
    if (!actor || actor.id !== user.id) return null;
    return this.notifications.unreadCount(actor);
  }
}
