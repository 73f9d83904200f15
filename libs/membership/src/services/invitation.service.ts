import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, PlatformError, providerForEmail, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '../actor';
import { InvitationEntity } from '../entities/invitation.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import type { PartnerRole } from '../entities/partner-organisation.entity';
import { Locale, Role, UserEntity } from '../entities/user.entity';
import { MembershipError } from '../membership.error';
import type { MembershipEvent } from '../membership.events';
import { AuthService, Session } from './auth.service';
import { PasswordService } from './password.service';
import { TokenCodec } from './token-codec';

export interface InviteUserCommand {
  email: string;
  role: Role;
  municipalityId?: string | null;
  /** An invitation into a partner organisation (ADR 0024); never together with a municipality. */
  partnerId?: string | null;
  partnerRole?: PartnerRole | null;
  locale?: Locale;
}

export interface AcceptInvitationCommand {
  token: string;
  displayName: string;
  password: string;
  locale?: Locale;
}

/** Invitations into a role: who may invite whom, single use, seven days. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenCodec,
    private readonly config: AppConfig,
  ) {}

  /** Coordinators invite anyone into any role; officers invite members or officers of their own municipality. */
  async invite(actor: Actor | null, command: InviteUserCommand): Promise<InvitationEntity> {
    const who = requireRole(actor, 'COORDINATOR', 'OFFICER');
    let municipalityId = command.municipalityId ?? null;
    if (who.role === 'OFFICER') {
      if (command.role === 'COORDINATOR') throw new PlatformError('FORBIDDEN', 'input.role');
      if (municipalityId && municipalityId !== who.municipalityId) throw new PlatformError('FORBIDDEN', 'input.municipalityId');
      municipalityId = who.municipalityId;
    }
    if (command.role === 'OFFICER' && !municipalityId) throw new MembershipError('MUNICIPALITY_REQUIRED', 'input.municipalityId');
    return this.db.transaction(async (manager) => {
      if (municipalityId) {
        const municipality = await manager.findOneBy(MunicipalityEntity, { id: municipalityId });
        if (!municipality) throw new MembershipError('MUNICIPALITY_NOT_FOUND', 'input.municipalityId');
        if (who.role === 'OFFICER' && municipality.status !== 'ACTIVE') throw new MembershipError('MUNICIPALITY_NOT_ACTIVE');
      }
      const invitation = await this.create(manager, { ...command, municipalityId }, who.id);
      await this.audit.record(manager, auditActor(who), {
        action: 'user.invited',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        details: { email: invitation.email, role: invitation.role, municipalityId },
      });
      await recordEvents(manager, {
        type: 'membership.invitation-created',
        payload: { invitationId: invitation.id },
      } satisfies MembershipEvent);
      return invitation;
    });
  }

  /**
   * Creates an invitation inside the caller's transaction, superseding any open one for the
   * same address. Raises EMAIL_TAKEN when the address already has an account.
   */
  async create(manager: EntityManager, command: InviteUserCommand, invitedBy: string | null): Promise<InvitationEntity> {
    const email = command.email.trim();
    const taken = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getExists();
    if (taken) throw new MembershipError('EMAIL_TAKEN', 'input.email');
    await manager.query(
      `update invitation set revoked_at = now() where lower(email) = lower($1) and accepted_at is null and revoked_at is null`,
      [email],
    );
    return manager.save(
      manager.create(InvitationEntity, {
        email,
        role: command.role,
        municipalityId: command.municipalityId ?? null,
        partnerId: command.partnerId ?? null,
        partnerRole: command.partnerId ? (command.partnerRole ?? 'MEMBER') : null,
        invitedBy,
        locale: command.locale ?? 'de',
        expiresAt: new Date(Date.now() + this.config.auth.invitationTtlDays * 86_400_000),
      }),
    );
  }

  /** The link an invitation email carries. */
  link(invitation: Pick<InvitationEntity, 'id'>): string {
    return `${this.config.publicUrl}/einladung?token=${encodeURIComponent(this.tokens.encode('invitation', invitation.id))}`;
  }

  async findById(id: string): Promise<InvitationEntity | null> {
    return this.db.getRepository(InvitationEntity).findOneBy({ id });
  }

  /**
   * The open invitation a link carries, so the page can show it before anyone types a password;
   * refuses links that are invalid, used or expired exactly as {@link accept} does.
   */
  async openByToken(token: string): Promise<InvitationEntity> {
    const id = this.tokens.decode('invitation', token);
    const invitation = id ? await this.db.getRepository(InvitationEntity).findOneBy({ id }) : null;
    if (!invitation || invitation.revokedAt) throw new MembershipError('TOKEN_INVALID', 'token');
    if (invitation.acceptedAt) throw new MembershipError('TOKEN_USED', 'token');
    if (invitation.expiresAt < new Date()) throw new MembershipError('TOKEN_EXPIRED', 'token');
    return invitation;
  }

  /** Creates the account, consumes the invitation and signs the new user in. */
  async accept(command: AcceptInvitationCommand): Promise<Session> {
    const id = this.tokens.decode('invitation', command.token);
    if (!id) throw new MembershipError('TOKEN_INVALID', 'token');
    this.passwords.check(command.password, 'password');
    const passwordHash = await this.passwords.hash(command.password);
    return this.db.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || invitation.revokedAt) throw new MembershipError('TOKEN_INVALID', 'token');
      if (invitation.acceptedAt) throw new MembershipError('TOKEN_USED', 'token');
      if (invitation.expiresAt < new Date()) throw new MembershipError('TOKEN_EXPIRED', 'token');
      if (providerForEmail(this.config.sso.providers, invitation.email)?.passwordSignIn === false) {
        throw new MembershipError('PASSWORD_SIGN_IN_DISABLED', 'password');
      }
      const user = await this.createAccount(manager, invitation, { displayName: command.displayName, passwordHash, locale: command.locale ?? invitation.locale });
      return this.auth.startSession(manager, user);
    });
  }

  /**
   * Creates the account an open invitation promises (locked by the caller), with the
   * invitation's role and municipality, consumes the invitation and records it in the audit log.
   * The caller signs the person in. `details` says how (single sign-on adds its provider).
   */
  async createAccount(
    manager: EntityManager,
    invitation: InvitationEntity,
    account: { displayName: string; passwordHash: string | null; locale: Locale },
    details: Record<string, unknown> = {},
  ): Promise<UserEntity> {
    const taken = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: invitation.email })
      .getExists();
    if (taken) throw new MembershipError('EMAIL_TAKEN', 'token');
    const user = await manager.save(
      manager.create(UserEntity, {
        email: invitation.email,
        displayName: account.displayName.trim(),
        passwordHash: account.passwordHash,
        role: invitation.role,
        municipalityId: invitation.municipalityId,
        partnerId: invitation.partnerId,
        partnerRole: invitation.partnerRole,
        locale: account.locale,
        lastLoginAt: new Date(),
      }),
    );
    await manager.update(InvitationEntity, invitation.id, { acceptedAt: new Date() });
    await this.audit.record(manager, { id: user.id, label: `${user.displayName} <${user.email}>` }, {
      action: 'invitation.accepted',
      subjectType: 'User',
      subjectId: user.id,
      details: { invitationId: invitation.id, role: user.role, municipalityId: user.municipalityId, ...details },
    });
    return user;
  }
}
