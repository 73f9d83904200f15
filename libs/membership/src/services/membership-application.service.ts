import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Page, PageRequest, hitRateLimit, paginate, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '../actor';
import { DirectoryEntryEntity } from '../entities/directory-entry.entity';
import { ApplicationStatus, MembershipApplicationEntity } from '../entities/membership-application.entity';
import { MunicipalityEntity, MunicipalityKind } from '../entities/municipality.entity';
import { Locale, UserEntity } from '../entities/user.entity';
import { MembershipError } from '../membership.error';
import type { MembershipEvent } from '../membership.events';
import { describeDirectoryName } from '../directory-csv';
import { InvitationService } from './invitation.service';
import { MunicipalityService } from './municipality.service';

export interface ApplyCommand {
  /** A directory entry; without it, name, kind and state describe a body the directory lacks. */
  ags?: string | null;
  name?: string | null;
  kind?: MunicipalityKind | null;
  state?: string | null;
  website?: string | null;
  applicantName: string;
  applicantEmail: string;
  motivation: string;
  locale?: Locale;
}

/** Applying for membership and the coordinators' decision on it. */
@Injectable()
export class MembershipApplicationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly invitations: InvitationService,
    private readonly municipalities: MunicipalityService,
    private readonly config: AppConfig,
  ) {}

  /**
   * `clientIp` is the sender's address, for the rate limit. Anyone may apply without an
   * account, so each application costs coordinators' time and sends emails: a few an hour per
   * client address and per applicant email (`APPLICATIONS_PER_IP_PER_HOUR`,
   * `APPLICATIONS_PER_EMAIL_PER_HOUR`), counted in PostgreSQL for every gateway.
   */
  async apply(command: ApplyCommand, clientIp: string): Promise<MembershipApplicationEntity> {
    const email = command.applicantEmail.trim().toLowerCase();
    const [byIp, byEmail] = await Promise.all([
      hitRateLimit(this.db.manager, [`apply:ip:${clientIp}`], this.config.auth.applicationsPerIpPerHour, 3600),
      hitRateLimit(this.db.manager, [`apply:email:${email}`], this.config.auth.applicationsPerEmailPerHour, 3600),
    ]);
    if (byIp || byEmail) throw new MembershipError('TOO_MANY_APPLICATIONS');
    return this.db.transaction(async (manager) => {
      const emailTaken = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email: command.applicantEmail.trim() })
        .getExists();
      if (emailTaken) throw new MembershipError('EMAIL_TAKEN', 'input.applicantEmail');

      let municipality: MunicipalityEntity | null;
      let described: { name: string; kind: MunicipalityKind; state: string; ags: string | null };
      if (command.ags) {
        const entry = await manager.findOneBy(DirectoryEntryEntity, { ags: command.ags });
        if (!entry) throw new MembershipError('UNKNOWN_AGS', 'input.ags');
        described = { ...describeDirectoryName(entry.name), state: entry.state, ags: entry.ags };
        if (command.kind) described.kind = command.kind;
        municipality = await manager.findOne(MunicipalityEntity, { where: { ags: entry.ags }, lock: { mode: 'pessimistic_write' } });
      } else {
        if (!command.name?.trim()) throw new MembershipError('MUNICIPALITY_DETAILS_REQUIRED', 'input.name');
        if (!command.kind) throw new MembershipError('MUNICIPALITY_DETAILS_REQUIRED', 'input.kind');
        if (!command.state) throw new MembershipError('MUNICIPALITY_DETAILS_REQUIRED', 'input.state');
        described = { name: command.name.trim(), kind: command.kind, state: command.state, ags: null };
        municipality = await manager
          .getRepository(MunicipalityEntity)
          .createQueryBuilder('m')
          .setLock('pessimistic_write')
          .where('ikone_fold(m.name) = ikone_fold(:name) and m.state = :state', described)
          .getOne();
      }
      if (municipality?.status === 'ACTIVE' || municipality?.status === 'SUSPENDED') {
        throw new MembershipError('ALREADY_MEMBER', command.ags ? 'input.ags' : 'input.name');
      }
      if (municipality?.status === 'APPLIED') {
        throw new MembershipError('APPLICATION_PENDING', command.ags ? 'input.ags' : 'input.name');
      }
      if (municipality) {
        // A former member applies again.
        Object.assign(municipality, { status: 'APPLIED', website: command.website ?? municipality.website, updatedAt: new Date() });
        await manager.save(municipality);
      } else {
        municipality = await manager.save(
          manager.create(MunicipalityEntity, {
            ...described,
            slug: await this.municipalities.freeSlug(manager, described.name, described.state),
            website: command.website ?? null,
            status: 'APPLIED',
          }),
        );
      }
      const application = await manager.save(
        manager.create(MembershipApplicationEntity, {
          municipalityId: municipality.id,
          municipalityName: municipality.name,
          ags: municipality.ags,
          kind: municipality.kind,
          state: municipality.state,
          website: command.website ?? null,
          applicantName: command.applicantName.trim(),
          applicantEmail: command.applicantEmail.trim(),
          motivation: command.motivation.trim(),
          locale: command.locale ?? 'de',
        }),
      );
      await this.audit.record(manager, { id: null, label: `${application.applicantName} <${application.applicantEmail}>` }, {
        action: 'membership.applied',
        subjectType: 'MembershipApplication',
        subjectId: application.id,
        details: { municipality: municipality.name, ags: municipality.ags },
      });
      await recordEvents(manager, {
        type: 'membership.application-received',
        payload: { applicationId: application.id },
      } satisfies MembershipEvent);
      return application;
    });
  }

  list(actor: Actor | null, status: ApplicationStatus | undefined, page: PageRequest): Promise<Page<MembershipApplicationEntity>> {
    requireRole(actor, 'COORDINATOR');
    const qb = this.db.getRepository(MembershipApplicationEntity).createQueryBuilder('a');
    if (status) qb.where('a.status = :status', { status });
    return paginate(qb, page, [
      { expression: `date_trunc('milliseconds', a.created_at)`, value: (a) => a.createdAt, kind: 'timestamp' },
      { expression: 'a.id', value: (a) => a.id, kind: 'uuid' },
    ]);
  }

  /** One application for the coordinators. */
  async byId(actor: Actor | null, id: string): Promise<MembershipApplicationEntity> {
    requireRole(actor, 'COORDINATOR');
    const application = await this.findById(id);
    if (!application) throw new MembershipError('APPLICATION_NOT_FOUND', 'id');
    return application;
  }

  async findById(id: string): Promise<MembershipApplicationEntity | null> {
    return this.db.getRepository(MembershipApplicationEntity).findOneBy({ id });
  }

  /**
   * Approving makes the municipality ACTIVE and invites the applicant as its first officer;
   * declining needs a comment and removes the municipality record that only the application created.
   */
  async decide(actor: Actor | null, id: string, approve: boolean, comment?: string | null): Promise<MembershipApplicationEntity> {
    const who = requireRole(actor, 'COORDINATOR');
    const note = comment?.trim() || null;
    if (!approve && !note) throw new MembershipError('COMMENT_REQUIRED', 'comment');
    return this.db.transaction(async (manager) => {
      const application = await manager.findOne(MembershipApplicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!application) throw new MembershipError('APPLICATION_NOT_FOUND', 'id');
      if (application.status !== 'APPLIED') throw new MembershipError('APPLICATION_DECIDED', 'id');
      const municipality = application.municipalityId
        ? await manager.findOne(MunicipalityEntity, { where: { id: application.municipalityId }, lock: { mode: 'pessimistic_write' } })
        : null;
      let invitationId: string | null = null;
      if (approve) {
        if (!municipality) throw new MembershipError('MUNICIPALITY_NOT_FOUND', 'id');
        Object.assign(municipality, { status: 'ACTIVE', joinedAt: new Date(), statusReason: null, updatedAt: new Date() });
        await manager.save(municipality);
        const invitation = await this.invitations.create(
          manager,
          { email: application.applicantEmail, role: 'OFFICER', municipalityId: municipality.id, locale: application.locale },
          who.id,
        );
        invitationId = invitation.id;
      } else if (municipality?.status === 'APPLIED') {
        const hasMembers = await manager.exists(UserEntity, { where: { municipalityId: municipality.id } });
        if (hasMembers) await manager.update(MunicipalityEntity, municipality.id, { status: 'LEFT' });
        else {
          await manager.delete(MunicipalityEntity, municipality.id);
          application.municipalityId = null;
        }
      }
      Object.assign(application, {
        status: approve ? 'APPROVED' : 'DECLINED',
        decidedBy: who.id,
        decidedAt: new Date(),
        decisionComment: note,
      });
      await manager.save(application);
      await this.audit.record(manager, auditActor(who), {
        action: approve ? 'membership.approved' : 'membership.declined',
        subjectType: 'MembershipApplication',
        subjectId: application.id,
        details: { municipality: application.municipalityName, comment: note, invitationId },
      });
      await recordEvents(manager, {
        type: 'membership.application-decided',
        payload: { applicationId: application.id, invitationId },
      } satisfies MembershipEvent);
      return application;
    });
  }
}
