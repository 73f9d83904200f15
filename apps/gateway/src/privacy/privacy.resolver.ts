import { Module } from '@nestjs/common';
import { Args, ArgsType, Context, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { PrivacyModule, PrivacyService } from '@ikone/privacy';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { msg } from '../graphql/validation-messages';
import { SignedIn } from '../auth/access';

@ArgsType()
export class DeleteMyAccountArgs {
  @Field({ description: 'Zur Bestätigung das aktuelle Passwort' }) @IsString() @MaxLength(1024, msg.maxLength(1024)) password!: string;
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
    await this.privacy.deleteAccount(actorOf(ctx), args.password);
    return true;
  }
}

@Module({ imports: [PrivacyModule], providers: [PrivacyResolver] })
export class PrivacyGatewayModule {}
