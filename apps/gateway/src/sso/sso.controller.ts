import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SingleSignOnService, SsoCallbackRefused, VerifiedIdentity } from '@ikone/membership';
import { AppConfig } from '@ikone/platform';
import { OidcClientService } from './oidc-client.service';

/**
 * The provider's callback (redirect URI `/sso/<provider>/callback`). It claims the flow its
 * `state` names, lets openid-client check the answer, and sends the browser to the web with a
 * single-use code — or to the page that says why nobody was signed in. No token in any URL.
 */
@Controller('sso')
export class SsoController {
  private readonly logger = new Logger('SingleSignOn');

  constructor(
    private readonly sso: SingleSignOnService,
    private readonly oidc: OidcClientService,
    private readonly config: AppConfig,
  ) {}

  @Get(':provider/callback')
  async callback(@Param('provider') provider: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const params = new URLSearchParams(query);
    let location: string;
    try {
      const flow = await this.sso.claimCallback(provider, params.get('state') ?? undefined);
      if (params.has('error')) throw new SsoCallbackRefused(params.get('error') === 'access_denied' ? 'cancelled' : 'provider');
      let identity: VerifiedIdentity;
      try {
        identity = await this.oidc.verify(flow, query);
      } catch (error) {
        this.logger.warn(`${provider}: callback refused: ${(error as Error).message}`);
        throw new SsoCallbackRefused('provider');
      }
      const { code, returnTo } = await this.sso.issueCode(flow, identity);
      location = `/anmelden/sso/abschluss?code=${code}&zurueck=${encodeURIComponent(returnTo)}`;
    } catch (error) {
      if (!(error instanceof SsoCallbackRefused)) throw error;
      const known = this.sso.provider(provider) ? `&anbieter=${encodeURIComponent(provider)}` : '';
      location = `/anmelden/sso/abgelehnt?grund=${error.reason}${known}`;
    }
    await reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect(`${this.config.publicUrl}${location}`, 303);
  }
}
