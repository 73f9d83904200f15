import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService, InvitationService, UserService } from '@ikone/membership';
import { PlatformError } from '@ikone/platform';
import { actorOf, clientIp } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import {
  AcceptInvitationArgs,
  ChangePasswordArgs,
  LoginArgs,
  InvitationTokenArgs,
  RefreshSessionArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
} from './membership.input';
import { AuthPayloadModel, InvitationModel, toAuthPayload, toInvitationModel, toUserModel, UserModel } from './membership.model';
import { Public, SignedIn } from '../auth/access';

/** Sign-in, sessions, invitations and password reset. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    private readonly users: UserService,
  ) {}

  @Mutation(() => AuthPayloadModel, { description: 'Anmelden. Begrenzt je IP-Adresse und Konto.' })
  @Public()
  async login(@Args() args: LoginArgs, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.auth.login(args.email, args.password, clientIp(ctx)));
  }

  @Mutation(() => AuthPayloadModel, { description: 'Tauscht ein Refresh-Token gegen ein neues Paar. Ein zweites Mal verwendet, beendet es die Sitzung.' })
  @Public()
  async refreshSession(@Args() args: RefreshSessionArgs): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.auth.refresh(args.refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Beendet die aktuelle Sitzung; ihre Tokens gelten sofort nicht mehr.' })
  @SignedIn()
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    const actor = actorOf(ctx);
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    await this.auth.logout(actor);
    return true;
  }

  @Mutation(() => AuthPayloadModel, { description: 'Nimmt eine Einladung an, legt das Konto an und meldet an.' })
  @Public()
  async acceptInvitation(@Args() args: AcceptInvitationArgs): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.invitations.accept(args));
  }

  @Query(() => InvitationModel, {
    description: 'Die offene Einladung zu einem Link (ohne Anmeldung), damit die Seite sie vor dem Annehmen zeigt. Ungültige, verwendete und abgelaufene Links wie bei acceptInvitation.',
  })
  @Public()
  async invitation(@Args() args: InvitationTokenArgs): Promise<InvitationModel> {
    return toInvitationModel(await this.invitations.openByToken(args.token));
  }

  @Mutation(() => Boolean, { description: 'Sendet einen Link zum Zurücksetzen, falls es das Konto gibt. Antwortet immer mit true.' })
  @Public()
  async requestPasswordReset(@Args() args: RequestPasswordResetArgs, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.requestPasswordReset(args.email, clientIp(ctx));
    return true;
  }

  @Mutation(() => Boolean)
  @Public()
  async resetPassword(@Args() args: ResetPasswordArgs): Promise<boolean> {
    await this.auth.resetPassword(args.token, args.password);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ändert das eigene Passwort; andere Sitzungen enden, diese bleibt.' })
  @SignedIn()
  async changePassword(@Args() args: ChangePasswordArgs, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.changePassword(actorOf(ctx), args.currentPassword, args.newPassword);
    return true;
  }

  @Query(() => UserModel, { description: 'Das eigene Konto.' })
  @SignedIn()
  async me(@Context() ctx: GqlContext): Promise<UserModel> {
    return toUserModel(await this.users.me(actorOf(ctx)));
  }
}
