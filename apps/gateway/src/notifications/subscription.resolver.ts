import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SubscriptionService } from '@ikone/notifications';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { TopicModel, toTopicModel } from '../knowledge/topic.resolver';
import { MunicipalityModel, toMunicipalityModel } from '../membership/membership.model';
import { PartnerOrganisationModel, toPartnerModel } from '../membership/partner.model';
import { SubscribeArgs, UnsubscribeArgs } from './notifications.input';
import { SubscriptionModel, toSubscriptionModel } from './notifications.model';
import { SignedIn } from '../auth/access';

/** The caller's own subscriptions. */
@Resolver(() => SubscriptionModel)
export class SubscriptionResolver {
  constructor(private readonly subscriptions: SubscriptionService) {}

  @Query(() => [SubscriptionModel], { description: 'Die eigenen Abonnements.' })
  @SignedIn()
  async mySubscriptions(@Context() ctx: GqlContext): Promise<SubscriptionModel[]> {
    return (await this.subscriptions.mine(actorOf(ctx))).map(toSubscriptionModel);
  }

  @Mutation(() => SubscriptionModel, { description: 'Abonniert ein Themenfeld oder eine Kommune; erneutes Abonnieren ändert die Häufigkeit.' })
  @SignedIn()
  async subscribe(@Args() args: SubscribeArgs, @Context() ctx: GqlContext): Promise<SubscriptionModel> {
    return toSubscriptionModel(await this.subscriptions.subscribe(actorOf(ctx), args.target, args.frequency));
  }

  @Mutation(() => Boolean, { description: 'Beendet ein eigenes Abonnement.' })
  @SignedIn()
  async unsubscribe(@Args() args: UnsubscribeArgs, @Context() ctx: GqlContext): Promise<boolean> {
    await this.subscriptions.unsubscribe(actorOf(ctx), args.subscriptionId);
    return true;
  }

  @ResolveField(() => TopicModel, { nullable: true })
  async topic(@Parent() s: SubscriptionModel, @Context() ctx: GqlContext): Promise<TopicModel | null> {
    const topic = s.topicId ? await ctx.loaders.topicById.load(s.topicId) : null;
    return topic ? toTopicModel(topic) : null;
  }

  @ResolveField(() => MunicipalityModel, { nullable: true })
  async municipality(@Parent() s: SubscriptionModel, @Context() ctx: GqlContext): Promise<MunicipalityModel | null> {
    const m = s.municipalityId ? await ctx.loaders.municipalityById.load(s.municipalityId) : null;
    return m ? toMunicipalityModel(m) : null;
  }

  @ResolveField(() => PartnerOrganisationModel, { nullable: true })
  async partner(@Parent() s: SubscriptionModel, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel | null> {
    const p = s.partnerId ? await ctx.loaders.partnerById.load(s.partnerId) : null;
    return p ? toPartnerModel(p, true) : null;
  }
}
