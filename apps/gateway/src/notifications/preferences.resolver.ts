import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FailedDeliveriesService, PreferencesService } from '@ikone/notifications';
import { Connection, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { FailedDeliveriesArgs, UpdatePreferencesInput } from './notifications.input';
import {
  FailedDeliveryConnection,
  FailedDeliveryModel,
  NotificationPreferencesModel,
  toFailedDeliveryModel,
  toPreferencesModel,
} from './notifications.model';
import { SignedIn } from '../auth/access';

/** Email settings of the caller; failed deliveries for the coordination office. */
@Resolver(() => NotificationPreferencesModel)
export class PreferencesResolver {
  constructor(
    private readonly preferences: PreferencesService,
    private readonly failed: FailedDeliveriesService,
  ) {}

  @Query(() => NotificationPreferencesModel, { description: 'Die eigenen E-Mail-Einstellungen.' })
  @SignedIn()
  async myPreferences(@Context() ctx: GqlContext): Promise<NotificationPreferencesModel> {
    return toPreferencesModel(await this.preferences.get(actorOf(ctx)));
  }

  @Mutation(() => NotificationPreferencesModel, { description: 'Ändert die eigenen E-Mail-Einstellungen.' })
  @SignedIn()
  async updatePreferences(@Args('input') input: UpdatePreferencesInput, @Context() ctx: GqlContext): Promise<NotificationPreferencesModel> {
    return toPreferencesModel(await this.preferences.update(actorOf(ctx), input));
  }

  @Query(() => FailedDeliveryConnection, { description: 'Endgültig fehlgeschlagene E-Mails, neueste zuerst (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async failedDeliveries(@Args() args: FailedDeliveriesArgs, @Context() ctx: GqlContext): Promise<Connection<FailedDeliveryModel>> {
    return toConnection(await this.failed.list(actorOf(ctx), args), toFailedDeliveryModel);
  }
}
