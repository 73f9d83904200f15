import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import Provider from 'oidc-provider';

/** What the provider knows about a person: the claims it releases for the scopes asked. */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** Changes to the ID token of the next token responses, re-signed (by another key if `foreignKey`). */
export interface IdTokenTampering {
  claims?: (claims: Record<string, unknown>) => Record<string, unknown>;
  foreignKey?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  tamper: IdTokenTampering | null;
  close(): Promise<void>;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function resign(token: string, change: IdTokenTampering, key: KeyObject, kid: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
  const body = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(change.claims ? change.claims(payload) : payload)}`;
  return `${body}.${sign('sha256', Buffer.from(body), key).toString('base64url')}`;
}

/**
 * A real OpenID Connect provider (oidc-provider 9) in the test process, on `port`: its own RSA
 * signing key, PKCE required, the development login form (any password) for `accounts`, and no
 * consent screen. `tamper` re-signs ID tokens on their way out, to show the platform refuses
 * them (audience, nonce, expiry, issuer, signature).
 */
export async function startTestOidcProvider(port: number, clients: TestClient[]): Promise<TestOidcProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const kid = 'test-key';
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const accounts = new Map<string, TestAccount>();
  const state: TestOidcProvider = { issuer, accounts, tamper: null, close: async () => undefined };

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['ikone-test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: async () => ({ sub: id, ...account }) } : undefined;
    },
    // No consent screen: every client gets the scopes it asks for (the recipe "skip consent").
    loadExistingGrant: async (ctx: {
      oidc: {
        client: { clientId: string };
        session: { accountId: string; grantIdFor(clientId: string): string | undefined };
        provider: { Grant: { new (init: object): { addOIDCScope(scope: string): void; save(): Promise<string> }; find(id: string): Promise<unknown> } };
      };
    }) => {
      const existing = ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && state.tamper && body?.id_token) {
      ctx.body = { ...body, id_token: resign(body.id_token, state.tamper, state.tamper.foreignKey ? foreign : privateKey, kid) };
    }
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return state;
}

/**
 * A browser without a browser: fetch with a cookie jar that follows redirects one by one (the
 * platform and the provider share the host 127.0.0.1, and cookies ignore ports as in browsers).
 */
export class FetchBrowser {
  private readonly cookies = new Map<string, string>();

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair.split('=');
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]) < new Date()));
      if (gone) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    return response;
  }

  /** Follows redirects from `url` until `stop(url)` says so (not requested) or a non-redirect answer. */
  async follow(url: string, stop: (next: URL) => boolean = () => false): Promise<{ url: string; response?: Response }> {
    let current = url;
    for (let hops = 0; hops < 15; hops += 1) {
      if (stop(new URL(current))) return { url: current };
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      await response.arrayBuffer();
      current = new URL(location, current).href;
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** On the provider's development login page: signs in as `accountId` (any password). */
  async signInAtProvider(loginPage: Response, accountId: string): Promise<string> {
    const html = await loginPage.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no login form at the provider:\n${html.slice(0, 500)}`);
    const response = await this.request(action.replace(/&amp;/g, '&'), { method: 'POST', form: { prompt: 'login', login: accountId, password: 'beliebig' } });
    const location = response.headers.get('location');
    if (!location) throw new Error(`the provider did not redirect after sign-in (${response.status})`);
    return new URL(location, action).href;
  }
}
