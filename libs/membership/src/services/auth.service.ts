import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, PlatformError, hitRateLimit, providerForEmail, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '../actor';
import { AuthSessionEntity, RefreshTokenEntity } from '../entities/auth-session.entity';
import { PasswordResetEntity } from '../entities/invitation.entity';
import { UserEntity } from '../entities/user.entity';
import { MembershipError } from '../membership.error';
import type { MembershipEvent } from '../membership.events';
import { PasswordService } from './password.service';
import { TokenCodec } from './token-codec';

/** Claims of an access token. `typ` keeps refresh or other tokens from passing as access tokens. */
export interface AccessClaims {
  sub: string;
  sid: string;
  tv: number;
  typ: 'access';
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserEntity;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

/** Sign-in, rotating refresh tokens, sign-out, password reset, and resolving a token to an actor. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenCodec,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, clientIp: string): Promise<Session> {
    const account = email.trim().toLowerCase();
    const [byIp, byAccount] = await Promise.all([
      hitRateLimit(this.db.manager, [`login:ip:${clientIp}`], this.config.auth.loginAttemptsPerIpPerMinute),
      hitRateLimit(this.db.manager, [`login:account:${account}`], this.config.auth.loginAttemptsPerMinute),
    ]);
    if (byIp || byAccount) throw new PlatformError('RATE_LIMITED');
    // Which domains sign in only through their provider is public configuration, not an account fact.
    if (providerForEmail(this.config.sso.providers, account)?.passwordSignIn === false) throw new MembershipError('PASSWORD_SIGN_IN_DISABLED', 'email');
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :account', { account })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || user.status !== 'ACTIVE') throw new MembershipError('INVALID_CREDENTIALS');
    return this.db.transaction(async (manager) => {
      await manager.update(UserEntity, user.id, { lastLoginAt: new Date() });
      return this.startSession(manager, user);
    });
  }

  /** Opens a new session (refresh-token family) for a user who just proved who they are. */
  async startSession(manager: EntityManager, user: UserEntity): Promise<Session> {
    const session = await manager.save(manager.create(AuthSessionEntity, { userId: user.id }));
    const refreshToken = await this.issueRefreshToken(manager, session.id);
    return { ...this.issueAccessToken(user, session.id), refreshToken, user };
  }

  /** Exchanges a refresh token for a new pair. A reused token revokes its whole family. */
  async refresh(refreshToken: string): Promise<Session> {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(refreshToken);
    if (!match) throw new MembershipError('SESSION_INVALID', 'refreshToken');
    const [, id, secret] = match;
    const row = await this.db.getRepository(RefreshTokenEntity).findOneBy({ id });
    const expected = row ? Buffer.from(row.secretHash) : Buffer.alloc(0);
    const given = Buffer.from(sha256(secret));
    if (!row || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new MembershipError('SESSION_INVALID', 'refreshToken');
    }
    const outcome = await this.db.transaction(async (manager) => {
      const claimed = await manager.query(
        `update refresh_token set used_at = now() where id = $1 and used_at is null returning id`,
        [id],
      );
      if (claimed[1] === 0) return 'replayed' as const;
      const session = await manager.findOneBy(AuthSessionEntity, { id: row.sessionId });
      const user = session ? await manager.findOneBy(UserEntity, { id: session.userId }) : null;
      if (!session || session.revokedAt || !user || user.status !== 'ACTIVE' || row.expiresAt < new Date()) {
        return 'invalid' as const;
      }
      const next = await this.issueRefreshToken(manager, session.id);
      return { ...this.issueAccessToken(user, session.id), refreshToken: next, user };
    });
    if (outcome === 'replayed') {
      // Someone holds a copy of a token that was already rotated: end the whole family.
      await this.revokeSession(row.sessionId, 'refresh token replayed');
      throw new MembershipError('SESSION_INVALID', 'refreshToken');
    }
    if (outcome === 'invalid') throw new MembershipError('SESSION_INVALID', 'refreshToken');
    return outcome;
  }

  async logout(actor: Actor): Promise<void> {
    await this.revokeSession(actor.sessionId, 'logout');
  }

  async revokeSession(sessionId: string, reason: string): Promise<void> {
    await this.db.query(
      `update auth_session set revoked_at = now(), revoked_reason = $2 where id = $1 and revoked_at is null`,
      [sessionId, reason],
    );
  }

  /** Always succeeds, whether or not the address has an account, so accounts cannot be probed. */
  async requestPasswordReset(email: string, clientIp: string): Promise<void> {
    const account = email.trim().toLowerCase();
    const limited = await hitRateLimit(this.db.manager, [`reset:ip:${clientIp}`, `reset:account:${account}`], 5, 3600);
    if (limited) return;
    await this.db.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = :account', { account })
        .andWhere(`u.status = 'ACTIVE'`)
        .getOne();
      if (!user) return;
      const expiresAt = new Date(Date.now() + this.config.auth.passwordResetTtlMinutes * 60_000);
      const reset = await manager.save(manager.create(PasswordResetEntity, { userId: user.id, expiresAt }));
      await recordEvents(manager, {
        type: 'membership.password-reset-requested',
        payload: { resetId: reset.id },
      } satisfies MembershipEvent);
    });
  }

  /** Sets a new password; every session of the user ends. */
  async resetPassword(token: string, password: string): Promise<void> {
    const id = this.tokens.decode('password-reset', token);
    if (!id) throw new MembershipError('TOKEN_INVALID', 'token');
    this.passwords.check(password, 'password');
    const passwordHash = await this.passwords.hash(password);
    await this.db.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordResetEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!reset) throw new MembershipError('TOKEN_INVALID', 'token');
      if (reset.usedAt) throw new MembershipError('TOKEN_USED', 'token');
      if (reset.expiresAt < new Date()) throw new MembershipError('TOKEN_EXPIRED', 'token');
      await manager.update(PasswordResetEntity, id, { usedAt: new Date() });
      await manager.query(
        `update app_user set password_hash = $2, token_version = token_version + 1, updated_at = now() where id = $1`,
        [reset.userId, passwordHash],
      );
      await manager.query(
        `update auth_session set revoked_at = now(), revoked_reason = 'password reset' where user_id = $1 and revoked_at is null`,
        [reset.userId],
      );
    });
  }

  /**
   * Changes the signed-in person's password after checking the current one. The session that
   * asks stays; every other session of the person ends, as after a reset.
   */
  async changePassword(actor: Actor | null, currentPassword: string, newPassword: string): Promise<void> {
    const who = requireRole(actor);
    // Guessing the current password through this door is limited like sign-in.
    const limited = await hitRateLimit(this.db.manager, [`password-change:${who.id}`], this.config.auth.loginAttemptsPerMinute);
    if (limited) throw new PlatformError('RATE_LIMITED');
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: who.id })
      .getOne();
    if (!user || !(await this.passwords.verify(user.passwordHash ?? null, currentPassword))) {
      throw new MembershipError('WRONG_PASSWORD', 'currentPassword');
    }
    this.passwords.check(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    await this.db.transaction(async (manager) => {
      await manager.query(`update app_user set password_hash = $2, updated_at = now() where id = $1`, [who.id, passwordHash]);
      await manager.query(
        `update auth_session set revoked_at = now(), revoked_reason = 'password changed' where user_id = $1 and id <> $2 and revoked_at is null`,
        [who.id, who.sessionId],
      );
      await this.audit.record(manager, auditActor(who), {
        action: 'user.password-changed',
        subjectType: 'User',
        subjectId: who.id,
        details: {},
      });
    });
  }

  /**
   * Turns verified access-token claims into the acting user, or null when the user is gone or
   * disabled, the session was ended, or the token predates a password or status change.
   */
  async resolveActor(claims: AccessClaims): Promise<Actor | null> {
    const rows: Array<{
      id: string; role: Actor['role']; municipality_id: string | null; partner_id: string | null; partner_role: Actor['partnerRole']; display_name: string; email: string; locale: Actor['locale'];
    }> = await this.db.query(
      `select u.id, u.role, u.municipality_id, u.partner_id, u.partner_role, u.display_name, u.email, u.locale
         from app_user u join auth_session s on s.user_id = u.id
        where u.id = $1 and s.id = $2 and s.revoked_at is null and u.status = 'ACTIVE' and u.token_version = $3`,
      [claims.sub, claims.sid, claims.tv],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      role: row.role,
      municipalityId: row.municipality_id,
      partnerId: row.partner_id,
      partnerRole: row.partner_role,
      displayName: row.display_name,
      email: row.email,
      locale: row.locale,
      sessionId: claims.sid,
    };
  }

  private issueAccessToken(user: UserEntity, sessionId: string): { accessToken: string; accessTokenExpiresAt: Date } {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const claims: AccessClaims = { sub: user.id, sid: sessionId, tv: user.tokenVersion, typ: 'access' };
    const accessToken = this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: ttl,
      issuer: this.config.auth.issuer,
      audience: this.config.auth.audience,
      secret: this.config.secrets.jwt,
    });
    return { accessToken, accessTokenExpiresAt: new Date(Date.now() + ttl * 1000) };
  }

  private async issueRefreshToken(manager: EntityManager, sessionId: string): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    const row = await manager.save(manager.create(RefreshTokenEntity, { sessionId, secretHash: sha256(secret), expiresAt }));
    return `${row.id}.${secret}`;
  }
}
