import { Module } from '@nestjs/common';
import { Args, ArgsType, Context, Field, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PrivacyModule, PrivacyService } from '@ikone/privacy';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { msg } from '../graphql/validation-messages';
import { SignedIn } from '../auth/access';
import { UserModel } from '../membership/membership.model';

@ArgsType()
export class DeleteMyAccountArgs {
  @Field(() => String, { nullable: true, description: 'Zur Bestätigung das aktuelle Passwort (Konten mit Passwort)' })
  @IsOptional()
  @IsString()
  @MaxLength(1024, msg.maxLength(1024))
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Konten ohne Passwort (Single Sign-on): die eigene E-Mail-Adresse zur Bestätigung; die Anmeldung darf höchstens 10 Minuten zurückliegen',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320, msg.maxLength(320))
  confirmEmail?: string | null;
}

/** DSGVO self-service: download all own data, delete the own account. */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => String, { description: 'Alle gespeicherten Daten zum eigenen Konto als JSON (Art. 15/20 DSGVO).' })
  @SignedIn()
  async exportMyData(@Context() ctx: GqlContext): Promise<string> {
    return JSON.stringify(await this.privacy.export(actorOf(ctx)), null, 2);
  }

  @Mutation(() => Boolean, { description: 'Löscht das eigene Konto. Veröffentlichte Inhalte bleiben bei der Kommune („ehemaliges Mitglied“).' })
  @SignedIn()
  async deleteMyAccount(@Args() args: DeleteMyAccountArgs, @Context() ctx: GqlContext): Promise<boolean> {
    await this.privacy.deleteAccount(actorOf(ctx), { password: args.password, confirmEmail: args.confirmEmail });
    return true;
  }
}

/** `me { hasPassword }`: how the own account confirms its deletion; null at other accounts. */
@Resolver(() => UserModel)
export class UserPrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @ResolveField(() => Boolean, { nullable: true, description: 'Ob das Konto ein Passwort hat (Konten aus Single Sign-on haben keins); nur am eigenen Konto, sonst null.' })
  async hasPassword(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<boolean | null> {
    const actor = actorOf(ctx);
    if (!actor || actor.id !== user.id) return null;
    return this.privacy.hasPassword(actor);
  }
}

@Module({ imports: [PrivacyModule], providers: [PrivacyResolver, UserPrivacyResolver] })
export class PrivacyGatewayModule {}
