import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InvitationService, UserService } from '@ikone/membership';
import { Connection, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { InviteUserInput, SetUserRoleArgs, UsersArgs } from './membership.input';
import {
  InvitationModel,
  MunicipalityModel,
  toInvitationModel,
  toMunicipalityModel,
  toUserModel,
  UserConnection,
  UserModel,
} from './membership.model';
import { PersonModel, toPersonModel } from '../knowledge/case-studies/case-study.model';
import { SignedIn } from '../auth/access';
import { IdArgs } from '../graphql/lookup.args';

/** Accounts and invitations. */
@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly invitations: InvitationService,
  ) {}

  @Query(() => UserConnection, { description: 'Konten (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async users(@Args() args: UsersArgs, @Context() ctx: GqlContext): Promise<Connection<UserModel>> {
    return toConnection(await this.userService.list(actorOf(ctx), args.filter ?? {}, args), toUserModel);
  }

  @Query(() => [PersonModel], { description: 'Die aktiven Konten der eigenen Kommune nach Namen (Digitalbeauftragte): wer als Kontaktperson infrage kommt.' })
  @SignedIn('OFFICER')
  async colleagues(@Context() ctx: GqlContext): Promise<PersonModel[]> {
    return (await this.userService.colleaguesOf(actorOf(ctx))).map((u) => toPersonModel(u, true));
  }

  @Mutation(() => InvitationModel, { description: 'Lädt per E-Mail ein. Digitalbeauftragte laden Mitglieder oder Digitalbeauftragte ihrer Kommune ein.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async inviteUser(@Args('input') input: InviteUserInput, @Context() ctx: GqlContext): Promise<InvitationModel> {
    return toInvitationModel(await this.invitations.invite(actorOf(ctx), input));
  }

  @Mutation(() => UserModel)
  @SignedIn('COORDINATOR')
  async setUserRole(@Args() args: SetUserRoleArgs, @Context() ctx: GqlContext): Promise<UserModel> {
    return toUserModel(await this.userService.setRole(actorOf(ctx), args.id, args.role));
  }

  @Mutation(() => UserModel, { description: 'Sperrt ein Konto; seine Tokens gelten sofort nicht mehr.' })
  @SignedIn('COORDINATOR')
  async disableUser(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<UserModel> {
    return toUserModel(await this.userService.disable(actorOf(ctx), args.id));
  }

  @ResolveField(() => MunicipalityModel, { nullable: true })
  async municipality(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<MunicipalityModel | null> {
    const m = user.municipalityId ? await ctx.loaders.municipalityById.load(user.municipalityId) : null;
    return m ? toMunicipalityModel(m) : null;
  }
}

@Resolver(() => InvitationModel)
export class InvitationResolver {
  @ResolveField(() => MunicipalityModel, { nullable: true })
  async municipality(@Parent() invitation: InvitationModel, @Context() ctx: GqlContext): Promise<MunicipalityModel | null> {
    const m = invitation.municipalityId ? await ctx.loaders.municipalityById.load(invitation.municipalityId) : null;
    return m ? toMunicipalityModel(m) : null;
  }
}
