import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConsentService } from '@ikone/notifications';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { Public, SignedIn } from '../auth/access';
import { ConfirmEmailConsentArgs } from './notifications.input';
import { EmailConsentModel, toEmailConsentModel as toModel } from './notifications.model';

/** Double opt-in of notification emails: the state, a new confirmation email, confirming and withdrawing. */
@Resolver(() => EmailConsentModel)
export class ConsentResolver {
  constructor(private readonly consent: ConsentService) {}

  @Query(() => EmailConsentModel, { description: 'Die eigene Einwilligung in Benachrichtigungs-E-Mails.' })
  @SignedIn()
  async myEmailConsent(@Context() ctx: GqlContext): Promise<EmailConsentModel> {
    return toModel(await this.consent.state(actorOf(ctx)));
  }

  @Mutation(() => EmailConsentModel, { description: 'Sendet die Bestätigungs-E-Mail (erneut); nichts, wenn schon bestätigt.' })
  @SignedIn()
  async resendEmailConsent(@Context() ctx: GqlContext): Promise<EmailConsentModel> {
    return toModel(await this.consent.resend(actorOf(ctx)));
  }

  @Mutation(() => EmailConsentModel, { description: 'Widerruft die Einwilligung in Benachrichtigungs-E-Mails (wird protokolliert).' })
  @SignedIn()
  async withdrawEmailConsent(@Context() ctx: GqlContext): Promise<EmailConsentModel> {
    return toModel(await this.consent.withdrawMine(actorOf(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Bestätigt Benachrichtigungs-E-Mails mit dem Link der Bestätigungs-E-Mail; einmal verwendbar, ohne Anmeldung.' })
  @Public()
  async confirmEmailConsent(@Args() args: ConfirmEmailConsentArgs): Promise<boolean> {
    await this.consent.confirm(args.token);
    return true;
  }
}
