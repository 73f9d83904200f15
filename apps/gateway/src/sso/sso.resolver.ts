import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SingleSignOnService } from '@ikone/membership';
import { Public } from '../auth/access';
import { clientIp } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { AuthPayloadModel, toAuthPayload } from '../membership/membership.model';
import { OidcClientService } from './oidc-client.service';
import { CompleteSingleSignOnArgs, StartSingleSignOnArgs } from './sso.input';
import { SingleSignOnProviderModel, SingleSignOnStartModel, toProviderModel } from './sso.model';

/** Single sign-on with OpenID Connect: the providers, the start and the redemption of the code (ADR 0021). */
@Resolver()
export class SingleSignOnResolver {
  constructor(
    private readonly sso: SingleSignOnService,
    private readonly oidc: OidcClientService,
  ) {}

  @Query(() => [SingleSignOnProviderModel], { description: 'Die eingerichteten Anmeldedienste (OpenID Connect).' })
  @Public()
  singleSignOnProviders(): SingleSignOnProviderModel[] {
    return this.sso.providers().map(toProviderModel);
  }

  @Mutation(() => SingleSignOnStartModel, {
    description: 'Beginnt eine Anmeldung beim Anbieter. Der Anbieter leitet zu `/sso/<provider>/callback` zurück; von dort geht es mit einem einmaligen Code zu `/anmelden/sso/abschluss`. Begrenzt je IP-Adresse.',
  })
  @Public()
  async startSingleSignOn(@Args() args: StartSingleSignOnArgs, @Context() ctx: GqlContext): Promise<SingleSignOnStartModel> {
    const flow = await this.sso.open(args.provider, args.browserBinding, args.returnTo, clientIp(ctx));
    return { authorizationUrl: await this.oidc.authorizationUrl(flow.provider, flow) };
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Löst den einmaligen Code nach der Rückkehr vom Anbieter ein (nur mit demselben browserBinding): meldet ein aktives Konto mit der bestätigten E-Mail-Adresse an oder legt es aus einer offenen Einladung an. Sonst FORBIDDEN; ungültiger, verbrauchter oder abgelaufener Code UNAUTHENTICATED.',
  })
  @Public()
  async completeSingleSignOn(@Args() args: CompleteSingleSignOnArgs): Promise<AuthPayloadModel> {
    return toAuthPayload(await this.sso.redeem(args.code, args.browserBinding, args.locale));
  }
}
