import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Page, PageRequest, hitRateLimit, Keyset, paginate, recordEvents } from '@ikone/platform';
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
import { PartnerService } from './partner.service';
import { PartnerKind, PartnerOrganisationEntity } from '../entities/partner-organisation.entity';

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
  /** An organisation from science, business or civil society applies instead (ADR 0024). */
  partner?: PartnerApplyDetails | null;
}

export interface PartnerApplyDetails {
  name: string;
  kind: PartnerKind;
  state: string;
  website?: string | null;
}

/** Applying for membership and the coordinators' decision on it. */
@Injectable()
export class MembershipApplicationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly invitations: InvitationService,
    private readonly municipalities: MunicipalityService,
    private readonly partners: PartnerService,
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
      if (command.partner) return this.applyAsPartner(manager, command, command.partner);

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
      return this.received(manager, application, { municipality: municipality.name, ags: municipality.ags });
    });
  }

  list(actor: Actor | null, status: ApplicationStatus | undefined, page: PageRequest): Promise<Page<MembershipApplicationEntity>> {
    requireRole(actor, 'COORDINATOR');
    const qb = this.db.getRepository(MembershipApplicationEntity).createQueryBuilder('a');
    if (status) qb.where('a.status = :status', { status });
    return paginate(qb, page, new Keyset([
      { sql: `date_trunc('milliseconds', a.created_at)`, kind: 'timestamp' },
      { sql: 'a.id', kind: 'uuid' },
    ]));
  }

  /** One application for the coordinators. */
  async byId(actor: Actor | null, id: string): Promise<MembershipApplicationEntity> {
    requireRole(actor, 'COORDINATOR');
    const application = await this.findById(id);
    if (!application) throw new MembershipError('APPLICATION_NOT_FOUND', 'id');
    return application;
  }

  /** A partner organisation applies: its record starts APPLIED, like a municipality's (ADR 0024). */
  private async applyAsPartner(manager: EntityManager, command: ApplyCommand, details: PartnerApplyDetails): Promise<MembershipApplicationEntity> {
    const name = details.name.trim();
    if (!name) throw new MembershipError('PARTNER_DETAILS_REQUIRED', 'input.partner.name');
    let partner = await manager
      .getRepository(PartnerOrganisationEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('ikone_fold(p.name) = ikone_fold(:name)', { name })
      .getOne();
    if (partner?.status === 'ACTIVE' || partner?.status === 'SUSPENDED') throw new MembershipError('ALREADY_MEMBER', 'input.partner.name');
    if (partner?.status === 'APPLIED') throw new MembershipError('APPLICATION_PENDING', 'input.partner.name');
    const website = details.website?.trim() || null;
    if (partner) {
      Object.assign(partner, { status: 'APPLIED', kind: details.kind, state: details.state, website: website ?? partner.website, updatedAt: new Date() });
      await manager.save(partner);
    } else {
      partner = await manager.save(
        manager.create(PartnerOrganisationEntity, {
          name,
          kind: details.kind,
          state: details.state,
          website,
          slug: await this.partners.freeSlug(manager, name),
          status: 'APPLIED',
        }),
      );
    }
    const application = await manager.save(
      manager.create(MembershipApplicationEntity, {
        municipalityId: null,
        partnerId: partner.id,
        partnerKind: partner.kind,
        municipalityName: partner.name,
        ags: null,
        kind: 'OTHER',
        state: partner.state,
        website,
        applicantName: command.applicantName.trim(),
        applicantEmail: command.applicantEmail.trim(),
        motivation: command.motivation.trim(),
        locale: command.locale ?? 'de',
      }),
    );
    return this.received(manager, application, { partner: partner.name, kind: partner.kind });
  }

  /** Audits a new application and tells the coordinators (through the outbox). */
  private async received(manager: EntityManager, application: MembershipApplicationEntity, details: Record<string, unknown>): Promise<MembershipApplicationEntity> {
    await this.audit.record(manager, { id: null, label: `${application.applicantName} <${application.applicantEmail}>` }, {
      action: 'membership.applied',
      subjectType: 'MembershipApplication',
      subjectId: application.id,
      details,
    });
    await recordEvents(manager, { type: 'membership.application-received', payload: { applicationId: application.id } } satisfies MembershipEvent);
    return application;
  }

  /** Approving makes the partner ACTIVE and invites the applicant as its first partner officer. */
  private async decidePartner(manager: EntityManager, who: Actor, application: MembershipApplicationEntity, approve: boolean): Promise<string | null> {
    const partner = await manager.findOne(PartnerOrganisationEntity, { where: { id: application.partnerId! }, lock: { mode: 'pessimistic_write' } });
    if (!partner) throw new MembershipError('PARTNER_NOT_FOUND', 'id');
    if (approve) {
      Object.assign(partner, { status: 'ACTIVE', joinedAt: new Date(), statusReason: null, updatedAt: new Date() });
      await manager.save(partner);
      const invitation = await this.invitations.create(
        manager,
        { email: application.applicantEmail, role: 'MEMBER', partnerId: partner.id, partnerRole: 'OFFICER', locale: application.locale },
        who.id,
      );
      return invitation.id;
    }
    if (partner.status === 'APPLIED') {
      const hasPeople = await manager.exists(UserEntity, { where: { partnerId: partner.id } });
      if (hasPeople) await manager.update(PartnerOrganisationEntity, partner.id, { status: 'LEFT' });
      else {
        await manager.delete(PartnerOrganisationEntity, partner.id);
        application.partnerId = null;
      }
    }
    return null;
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
      let invitationId: string | null = null;
      if (application.partnerId) {
        invitationId = await this.decidePartner(manager, who, application, approve);
      }
      const municipality = !application.partnerId && application.municipalityId
        ? await manager.findOne(MunicipalityEntity, { where: { id: application.municipalityId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (approve && !application.partnerId) {
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
