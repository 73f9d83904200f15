import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig, OidcProviderConfig, PlatformError, hitRateLimit } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { InvitationEntity } from '../entities/invitation.entity';
import { Locale, UserEntity } from '../entities/user.entity';
import { MembershipError } from '../membership.error';
import { AuthService, Session } from './auth.service';
import { InvitationService } from './invitation.service';

/** A sign-in attempt waiting for the provider: what the authorization request needs. */
export interface OpenedFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What the callback needs to check the provider's answer. */
export interface CalledBackFlow {
  id: string;
  provider: OidcProviderConfig;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** The person as the provider vouched for them in a checked ID token (and its userinfo). */
export interface VerifiedIdentity {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  displayName: string | undefined;
}

/**
 * Why the provider's answer signed nobody in. The callback shows these on a page; they are
 * not API errors because no API caller sees them.
 */
export type SsoCallbackRefusal = 'invalid' | 'cancelled' | 'provider' | 'unverified' | 'domain';

export class SsoCallbackRefused extends Error {
  constructor(readonly reason: SsoCallbackRefusal) {
    super(`single sign-on refused: ${reason}`);
  }
}

/** Minutes between opening a flow and the provider's callback (time to sign in there). */
const FLOW_MINUTES = 10;
/** Seconds the web has to redeem the single-use code after the callback. */
const CODE_SECONDS = 60;

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

function sameHash(stored: string, value: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(sha256(value));
  return a.length === b.length && timingSafeEqual(a, b);
}

function localPath(path: string | undefined | null): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || path.length > 500) return '/';
  return path;
}

/**
 * Single sign-on with OpenID Connect (ADR 0021), the protocol-free half: flows bound to a
 * browser, the single-use code after a checked callback, and the decision who may sign in —
 * an active account or an open invitation for the verified email, never anyone else.
 */
@Injectable()
export class SingleSignOnService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    private readonly audit: AuditService,
  ) {}

  providers(): OidcProviderConfig[] {
    return this.config.sso.providers;
  }

  provider(id: string): OidcProviderConfig | undefined {
    return this.config.sso.providers.find((p) => p.id === id);
  }

  /**
   * Opens a flow for `providerId`. `browserBinding` is a secret the caller keeps with the
   * browser (the web derives it from its cookie); only its hash is stored, and the code the
   * callback issues is redeemed only together with it.
   */
  async open(providerId: string, browserBinding: string, returnTo: string | undefined | null, clientIp: string): Promise<OpenedFlow & { provider: OidcProviderConfig }> {
    const provider = this.provider(providerId);
    if (!provider) throw new MembershipError('SSO_PROVIDER_UNKNOWN', 'provider');
    const limited = await hitRateLimit(this.db.manager, [`sso:ip:${clientIp}`], this.config.auth.loginAttemptsPerIpPerMinute);
    if (limited) throw new PlatformError('RATE_LIMITED');
    const flow: OpenedFlow = {
      state: randomBytes(32).toString('base64url'),
      nonce: randomBytes(32).toString('base64url'),
      codeVerifier: randomBytes(32).toString('base64url'),
    };
    // Finished and abandoned attempts are of no use after a day; cheap to clear here.
    await this.db.query(`delete from sso_flow where expires_at < now() - interval '1 day'`);
    await this.db.query(
      `insert into sso_flow (provider, state_hash, nonce, code_verifier, binding_hash, return_to, expires_at)
       values ($1, $2, $3, $4, $5, $6, now() + make_interval(mins => $7))`,
      [provider.id, sha256(flow.state), flow.nonce, flow.codeVerifier, sha256(browserBinding), localPath(returnTo), FLOW_MINUTES],
    );
    return { ...flow, provider };
  }

  /** Claims the open flow a callback's `state` names, once; a second callback with it finds nothing. */
  async claimCallback(providerId: string, state: string | undefined): Promise<CalledBackFlow> {
    const provider = this.provider(providerId);
    if (!provider || !state) throw new SsoCallbackRefused('invalid');
    const [[row]] = (await this.db.query(
      `update sso_flow set called_back_at = now()
        where state_hash = $1 and provider = $2 and called_back_at is null and expires_at > now()
        returning id, nonce, code_verifier, return_to`,
      [sha256(state), provider.id],
    )) as [Array<{ id: string; nonce: string; code_verifier: string; return_to: string }>, number];
    if (!row) throw new SsoCallbackRefused('invalid');
    return { id: row.id, provider, state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
  }

  /**
   * After the ID token checked out: refuses an unverified email and one outside the provider's
   * domains (a provider vouches for its own domains only), else stores the identity under a
   * single-use code for the web. Whether the person may sign in is decided at {@link redeem},
   * after the browser binding matched.
   */
  async issueCode(flow: CalledBackFlow, identity: VerifiedIdentity): Promise<{ code: string; returnTo: string }> {
    const email = identity.email?.trim().toLowerCase();
    if (!email || !identity.emailVerified) throw new SsoCallbackRefused('unverified');
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!email.includes('@') || !flow.provider.domains.includes(domain)) throw new SsoCallbackRefused('domain');
    const code = randomBytes(32).toString('base64url');
    await this.db.query(
      `update sso_flow set code_hash = $2, code_expires_at = now() + make_interval(secs => $3), subject = $4, email = $5, display_name = $6
        where id = $1`,
      [flow.id, sha256(code), CODE_SECONDS, identity.subject, email, identity.displayName?.trim().slice(0, 120) || null],
    );
    return { code, returnTo: flow.returnTo };
  }

  /**
   * Redeems the single-use code in the browser that opened the flow: an active account with the
   * verified email is signed in; with an open invitation for it, the account is created with the
   * invitation's role; anyone else is refused. The code is spent by the first attempt, whatever
   * its outcome.
   */
  async redeem(code: string, browserBinding: string, locale?: Locale): Promise<Session> {
    const [[flow]] = (await this.db.query(
      `update sso_flow set redeemed_at = now()
        where code_hash = $1 and redeemed_at is null and code_expires_at > now()
        returning provider, subject, email, display_name, binding_hash`,
      [sha256(code)],
    )) as [Array<{ provider: string; subject: string; email: string; display_name: string | null; binding_hash: string }>, number];
    if (!flow || !sameHash(flow.binding_hash, browserBinding)) throw new MembershipError('SSO_CODE_INVALID', 'code');
    const via = { via: 'sso', provider: flow.provider, subject: flow.subject };
    return this.db.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email: flow.email })
        .getOne();
      if (user) {
        if (user.status !== 'ACTIVE') throw new MembershipError('SSO_ACCOUNT_DISABLED');
        await manager.update(UserEntity, user.id, { lastLoginAt: new Date() });
        await this.audit.record(manager, { id: user.id, label: `${user.displayName} <${user.email}>` }, {
          action: 'user.signed-in-sso',
          subjectType: 'User',
          subjectId: user.id,
          details: { provider: flow.provider, subject: flow.subject },
        });
        return this.auth.startSession(manager, user);
      }
      const invitation = await manager
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .where('lower(i.email) = :email', { email: flow.email })
        .andWhere('i.accepted_at is null and i.revoked_at is null and i.expires_at > now()')
        .orderBy('i.created_at', 'DESC')
        .setLock('pessimistic_write')
        .getOne();
      if (!invitation) throw new MembershipError('SSO_UNKNOWN_EMAIL');
      const created = await this.invitations.createAccount(
        manager,
        invitation,
        { displayName: flow.display_name ?? flow.email.slice(0, flow.email.indexOf('@')), passwordHash: null, locale: locale ?? invitation.locale },
        via,
      );
      return this.auth.startSession(manager, created);
    });
  }
}
