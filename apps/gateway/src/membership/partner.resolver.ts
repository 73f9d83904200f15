import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PartnerService } from '@ikone/membership';
import { renderMarkdown } from '@ikone/knowledge';
import { Connection, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { Public, SignedIn } from '../auth/access';
import { TopicModel, toTopicModel } from '../knowledge/topic.resolver';
import { PersonModel, toPersonModel } from '../knowledge/case-studies/case-study.model';
import { SuspendMunicipalityArgs } from './membership.input';
import { InvitationModel, MembershipApplicationModel, UserModel, toInvitationModel } from './membership.model';
import { InvitePartnerPersonInput, PartnersArgs, UpdatePartnerProfileArgs } from './partner.input';
import { PartnerOrganisationConnection, PartnerOrganisationModel, toPartnerModel } from './partner.model';
import { IdArgs, SlugArgs } from '../graphql/lookup.args';

/** The partners an item names that the network still shows (ACTIVE, SUSPENDED), as models. */
export async function partnerModels(ctx: GqlContext, ids: readonly string[]): Promise<PartnerOrganisationModel[]> {
  const partners = await ctx.loaders.partnerById.loadMany(ids);
  return partners.flatMap((p) =>
    p && !(p instanceof Error) && (p.status === 'ACTIVE' || p.status === 'SUSPENDED') ? [toPartnerModel(p, actorOf(ctx) !== null)] : [],
  );
}

/** Partner organisations from science, business and civil society (ADR 0024). */
@Resolver(() => PartnerOrganisationModel)
export class PartnerResolver {
  constructor(private readonly partnerService: PartnerService) {}

  @Query(() => PartnerOrganisationConnection, { description: 'Partnerorganisationen (ohne Filter: ACTIVE und SUSPENDED).' })
  @Public()
  async partners(@Args() args: PartnersArgs, @Context() ctx: GqlContext): Promise<Connection<PartnerOrganisationModel>> {
    const signedIn = actorOf(ctx) !== null;
    return toConnection(await this.partnerService.list(actorOf(ctx), args.filter ?? {}, args), (p) => toPartnerModel(p, signedIn));
  }

  @Query(() => PartnerOrganisationModel)
  @Public()
  async partner(@Args() args: SlugArgs, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel> {
    return toPartnerModel(await this.partnerService.bySlug(actorOf(ctx), args.slug), actorOf(ctx) !== null);
  }

  @Mutation(() => PartnerOrganisationModel, { description: 'Ändert das Profil einer Partnerorganisation (ihre Partnerbeauftragten und die Koordinierungsstelle).' })
  @SignedIn('MEMBER', 'COORDINATOR')
  async updatePartnerProfile(@Args() args: UpdatePartnerProfileArgs, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel> {
    return toPartnerModel(await this.partnerService.updateProfile(actorOf(ctx), args.id, args.input), true);
  }

  @Mutation(() => InvitationModel, { description: 'Lädt in eine Partnerorganisation ein: Partnerbeauftragte laden Mitglieder ihrer Organisation ein, die Koordinierungsstelle auch Partnerbeauftragte.' })
  @SignedIn('MEMBER', 'COORDINATOR')
  async invitePartnerPerson(@Args('input') input: InvitePartnerPersonInput, @Context() ctx: GqlContext): Promise<InvitationModel> {
    return toInvitationModel(await this.partnerService.invite(actorOf(ctx), input));
  }

  @Mutation(() => PartnerOrganisationModel, { description: 'Setzt die Mitgliedschaft einer Partnerorganisation aus: ihre Partnerbeauftragten können das Profil nicht mehr ändern.' })
  @SignedIn('COORDINATOR')
  async suspendPartner(@Args() args: SuspendMunicipalityArgs, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel> {
    return toPartnerModel(await this.partnerService.suspend(actorOf(ctx), args.id, args.reason), true);
  }

  @Mutation(() => PartnerOrganisationModel, { description: 'Hebt die Aussetzung einer Partnerorganisation auf.' })
  @SignedIn('COORDINATOR')
  async reinstatePartner(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel> {
    return toPartnerModel(await this.partnerService.reinstate(actorOf(ctx), args.id), true);
  }

  @ResolveField(() => String, { description: 'Beschreibung als sicheres HTML' })
  descriptionHtml(@Parent() p: PartnerOrganisationModel): string {
    return renderMarkdown(p.description);
  }

  @ResolveField(() => [TopicModel])
  async topics(@Parent() p: PartnerOrganisationModel, @Context() ctx: GqlContext): Promise<TopicModel[]> {
    const ids = await ctx.loaders.partnerTopicIds.load(p.id);
    const topics = await ctx.loaders.topicById.loadMany(ids);
    return topics.flatMap((t) => (t && !(t instanceof Error) ? [toTopicModel(t)] : []));
  }

  @ResolveField(() => [PersonModel], { description: 'Die Partnerbeauftragten; E-Mail nur für angemeldete Mitglieder' })
  async officers(@Parent() p: PartnerOrganisationModel, @Context() ctx: GqlContext): Promise<PersonModel[]> {
    const people = await this.partnerService.people(p.id);
    return people.filter((u) => u.partnerRole === 'OFFICER').map((u) => toPersonModel(u, actorOf(ctx) !== null));
  }

  @ResolveField(() => Boolean, { description: 'Ob die anfragende Person das Profil ändern und einladen darf' })
  viewerCanEdit(@Parent() p: PartnerOrganisationModel, @Context() ctx: GqlContext): boolean {
    return this.partnerService.mayEdit(actorOf(ctx), p);
  }
}

/** The partner organisation of a person, an invitation or an application. */
@Resolver(() => UserModel)
export class UserPartnerResolver {
  @ResolveField(() => PartnerOrganisationModel, { nullable: true })
  async partner(@Parent() u: UserModel, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel | null> {
    const p = u.partnerId ? await ctx.loaders.partnerById.load(u.partnerId) : null;
    return p ? toPartnerModel(p, true) : null;
  }
}

@Resolver(() => InvitationModel)
export class InvitationPartnerResolver {
  @ResolveField(() => PartnerOrganisationModel, { nullable: true })
  async partner(@Parent() i: InvitationModel, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel | null> {
    const p = i.partnerId ? await ctx.loaders.partnerById.load(i.partnerId) : null;
    return p ? toPartnerModel(p, false) : null;
  }
}

@Resolver(() => MembershipApplicationModel)
export class ApplicationPartnerResolver {
  @ResolveField(() => PartnerOrganisationModel, { nullable: true })
  async partner(@Parent() a: MembershipApplicationModel, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel | null> {
    const p = a.partnerId ? await ctx.loaders.partnerById.load(a.partnerId) : null;
    return p ? toPartnerModel(p, true) : null;
  }
}
