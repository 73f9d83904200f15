import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import type { CalledBackFlow, OpenedFlow, VerifiedIdentity } from '@ikone/membership';
import { AppConfig, OidcProviderConfig } from '@ikone/platform';

/**
 * The OpenID Connect protocol, with openid-client (ADR 0021): discovery once per provider, the
 * authorization request (code flow, PKCE S256, state, nonce) and the checked callback — code
 * exchange, then the ID token's signature, issuer, audience, nonce and expiry, and the userinfo
 * when the ID token does not carry the email.
 */
@Injectable()
export class OidcClientService {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(private readonly config: AppConfig) {}

  /** Where the provider sends the browser back; registered at the provider as the redirect URI. */
  redirectUri(provider: OidcProviderConfig): string {
    return `${this.config.publicUrl}/sso/${provider.id}/callback`;
  }

  async authorizationUrl(provider: OidcProviderConfig, flow: OpenedFlow): Promise<string> {
    const configuration = await this.configuration(provider);
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(provider),
      scope: 'openid email profile',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    }).href;
  }

  /** Exchanges the callback's code and checks what comes back; throws on anything amiss. */
  async verify(flow: CalledBackFlow, query: string): Promise<VerifiedIdentity> {
    const configuration = await this.configuration(flow.provider);
    const tokens = await oidc.authorizationCodeGrant(configuration, new URL(`${this.redirectUri(flow.provider)}?${query}`), {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    // The email and whether it is verified are taken together from one source.
    let source: Record<string, unknown> = claims;
    if (typeof claims.email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
      source = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    }
    const name = typeof source.name === 'string' ? source.name : typeof claims.name === 'string' ? claims.name : undefined;
    return {
      subject: claims.sub,
      email: typeof source.email === 'string' ? source.email : undefined,
      emailVerified: source.email_verified === true,
      displayName: name,
    };
  }

  /** Discovery once per provider; a failed one is tried again on the next sign-in. */
  private configuration(provider: OidcProviderConfig): Promise<oidc.Configuration> {
    let found = this.discovered.get(provider.id);
    if (!found) {
      // openid-client trusts an ID token from the token endpoint on TLS alone (OIDC Core 3.1.3.7
      // allows that); we check its signature against the provider's keys as well.
      const execute = [oidc.enableNonRepudiationChecks];
      // loadConfig allows http:// issuers only on this machine outside production (tests, development).
      if (new URL(provider.issuer).protocol === 'http:') execute.push(oidc.allowInsecureRequests);
      found = oidc.discovery(new URL(provider.issuer), provider.clientId, undefined, oidc.ClientSecretBasic(provider.clientSecret), { timeout: 10, execute });
      found.catch(() => this.discovered.delete(provider.id));
      this.discovered.set(provider.id, found);
    }
    return found;
  }
}
