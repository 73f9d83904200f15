import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { DirectoryEntryEntity } from '../entities/directory-entry.entity';
import { InvitationEntity } from '../entities/invitation.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { Role, UserEntity } from '../entities/user.entity';
import { MembershipError } from '../membership.error';
import type { MembershipEvent } from '../membership.events';
import { describeDirectoryName } from '../directory-csv';
import { InvitationService } from './invitation.service';
import { MunicipalityService } from './municipality.service';
import { PasswordService } from './password.service';

const SYSTEM = { id: null, label: 'CLI' };

/** Operator tasks of the CLI: the first coordinator, member municipalities for the demo network. */
@Injectable()
export class ProvisioningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly invitations: InvitationService,
    private readonly municipalities: MunicipalityService,
  ) {}

  /**
   * With a password the account is ready at once; without, the person gets an invitation
   * (returned, and emailed by the notifier).
   */
  async createCoordinator(email: string, displayName: string, password?: string): Promise<UserEntity | InvitationEntity> {
    if (password !== undefined) return this.createUser({ email, displayName, password, role: 'COORDINATOR', municipalityId: null });
    return this.db.transaction(async (manager) => {
      const invitation = await this.invitations.create(manager, { email, role: 'COORDINATOR' }, null);
      await this.audit.record(manager, SYSTEM, {
        action: 'user.invited', subjectType: 'Invitation', subjectId: invitation.id, details: { email, role: 'COORDINATOR' },
      });
      await recordEvents(manager, { type: 'membership.invitation-created', payload: { invitationId: invitation.id } } satisfies MembershipEvent);
      return invitation;
    });
  }

  async createUser(input: { email: string; displayName: string; password: string; role: Role; municipalityId: string | null }): Promise<UserEntity> {
    this.passwords.check(input.password, 'password');
    const passwordHash = await this.passwords.hash(input.password);
    return this.db.transaction(async (manager) => {
      const taken = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email: input.email })
        .getExists();
      if (taken) throw new MembershipError('EMAIL_TAKEN', 'email');
      const user = await manager.save(
        manager.create(UserEntity, {
          email: input.email.trim(),
          displayName: input.displayName.trim(),
          passwordHash,
          role: input.role,
          municipalityId: input.municipalityId,
        }),
      );
      await this.audit.record(manager, SYSTEM, {
        action: 'user.created', subjectType: 'User', subjectId: user.id, details: { email: user.email, role: user.role },
      });
      return user;
    });
  }

  /** Makes the directory municipality with this AGS an ACTIVE member (idempotent). */
  async ensureMember(ags: string, joinedAt = new Date()): Promise<MunicipalityEntity> {
    return this.db.transaction(async (manager) => {
      const entry = await manager.findOneBy(DirectoryEntryEntity, { ags });
      if (!entry) throw new MembershipError('UNKNOWN_AGS', 'ags');
      const existing = await manager.findOneBy(MunicipalityEntity, { ags });
      if (existing) {
        if (existing.status !== 'ACTIVE') await manager.update(MunicipalityEntity, existing.id, { status: 'ACTIVE', joinedAt });
        return { ...existing, status: 'ACTIVE' };
      }
      const described = describeDirectoryName(entry.name);
      return manager.save(
        manager.create(MunicipalityEntity, {
          ...described,
          ags,
          state: entry.state,
          slug: await this.municipalities.freeSlug(manager, described.name, entry.state),
          status: 'ACTIVE',
          joinedAt,
        }),
      );
    });
  }

  /** Whether any account exists at all, whatever its status (a fresh installation has none). */
  hasUsers(): Promise<boolean> {
    return this.db.getRepository(UserEntity).exists();
  }

  async findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }
}
