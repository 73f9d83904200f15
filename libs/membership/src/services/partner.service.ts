import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { InputError, Page, PageRequest, PlatformError, Keyset, paginate, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '../actor';
import type { MembershipStatus } from '../entities/municipality.entity';
import { InvitationEntity } from '../entities/invitation.entity';
import { PartnerKind, PartnerOrganisationEntity, PartnerRole } from '../entities/partner-organisation.entity';
import { Locale, UserEntity } from '../entities/user.entity';
import { MembershipError } from '../membership.error';
import type { MembershipEvent } from '../membership.events';
import { InvitationService } from './invitation.service';
import { slugify } from './slug';

export interface PartnerFilter {
  search?: string;
  kind?: PartnerKind;
  statuses?: MembershipStatus[];
}

export interface UpdatePartnerProfileCommand {
  name?: string | null;
  kind?: PartnerKind | null;
  website?: string | null;
  description?: string | null;
  contactEmail?: string | null;
  /** Replaces the organisation's topics when given. */
  topicIds?: string[] | null;
}

export interface InvitePartnerPersonCommand {
  partnerId: string;
  email: string;
  partnerRole?: PartnerRole;
  locale?: Locale;
}

const PARTNER_COLUMNS = `p.id, p.slug, p.name, p.kind, p.state, p.website, p.description, p.contact_email as "contactEmail",
  p.status, p.status_reason as "statusReason", p.joined_at as "joinedAt", p.created_at as "createdAt", p.updated_at as "updatedAt"`;

/**
 * Topics belong to knowledge, which membership may not import (ADR 0029): whether a topic id
 * exists is left to the foreign key of partner_topic.topic_id (a topic-id contract kept by the
 * schema, not by SQL naming `topic`), and a missing one is the user's error, not a crash.
 */
const PARTNER_TOPIC_KNOWN = 'partner_topic_topic_id_fkey';

/** Whether a statement failed on this foreign key (PostgreSQL's foreign_key_violation). */
function violates(error: unknown, constraint: string): boolean {
  const cause = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return cause?.code === '23503' && cause.constraint === constraint;
}

/** As for municipalities: applicants and former partners are visible to coordinators only (ADR 0005). */
const PUBLIC_STATUSES: MembershipStatus[] = ['ACTIVE', 'SUSPENDED'];

/**
 * Partner organisations (ADR 0024): their profile, kept by their partner officers, their people,
 * and the coordinators' suspension. Applying and the decision live in MembershipApplicationService.
 */
@Injectable()
export class PartnerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly invitations: InvitationService,
  ) {}

  list(actor: Actor | null, filter: PartnerFilter, page: PageRequest): Promise<Page<PartnerOrganisationEntity>> {
    const visible = visibleStatuses(actor);
    const statuses = filter.statuses?.length ? filter.statuses.filter((s) => visible.includes(s)) : PUBLIC_STATUSES;
    const qb = this.db.getRepository(PartnerOrganisationEntity).createQueryBuilder('p').where('p.status in (:...statuses)', {
      statuses: statuses.length ? statuses : ['-'],
    });
    if (filter.search?.trim()) {
      qb.andWhere(`ikone_fold(p.name) like '%' || ikone_fold(:term) || '%'`, { term: filter.search.trim().replace(/[%_\\]/g, '\\$&') });
    }
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, new Keyset([
      { sql: 'p.name', kind: 'text' },
      { sql: 'p.id', kind: 'uuid' },
    ]));
  }

  async bySlug(actor: Actor | null, slug: string): Promise<PartnerOrganisationEntity> {
    const partner = await this.db.getRepository(PartnerOrganisationEntity).findOneBy({ slug });
    if (!partner || !visibleStatuses(actor).includes(partner.status)) throw new MembershipError('PARTNER_NOT_FOUND', 'slug');
    return partner;
  }

  /** For loaders: the partners with these ids, in no particular order, whatever their status. */
  byIds(ids: readonly string[]): Promise<PartnerOrganisationEntity[]> {
    return this.db.query(`select ${PARTNER_COLUMNS} from partner_organisation p where p.id = any($1::uuid[])`, [ids]);
  }

  /** For loaders: the topic ids of these partners. */
  topicIds(partnerIds: readonly string[]): Promise<Array<{ partnerId: string; topicId: string }>> {
    return this.db.query(`select partner_id as "partnerId", topic_id as "topicId" from partner_topic where partner_id = any($1::uuid[])`, [partnerIds]);
  }

  /** Whether the actor may keep this partner's profile: its ACTIVE officers and the coordinators. */
  mayEdit(actor: Actor | null, partner: Pick<PartnerOrganisationEntity, 'id' | 'status'>): boolean {
    if (!actor) return false;
    if (actor.role === 'COORDINATOR') return true;
    return actor.partnerId === partner.id && actor.partnerRole === 'OFFICER' && partner.status === 'ACTIVE';
  }

  /** The partner's officers and coordinators edit its profile; nobody else, and nothing but the profile. */
  async updateProfile(actor: Actor | null, id: string, command: UpdatePartnerProfileCommand): Promise<PartnerOrganisationEntity> {
    const who = requireRole(actor, 'MEMBER', 'COORDINATOR');
    if (command.name !== undefined && command.name !== null && !command.name.trim()) {
      throw new InputError([{ path: 'input.name', de: 'Bitte ausfüllen.', en: 'Please fill in.' }]);
    }
    return this.db.transaction(async (manager) => {
      const partner = await this.lockVisible(manager, who, id);
      this.requireEditor(who, partner);
      if (command.topicIds) {
        await manager.query(`delete from partner_topic where partner_id = $1`, [partner.id]);
        try {
          await manager.query(`insert into partner_topic (partner_id, topic_id) select $1, unnest($2::uuid[])`, [partner.id, [...new Set(command.topicIds)]]);
        } catch (error) {
          if (violates(error, PARTNER_TOPIC_KNOWN)) throw new MembershipError('UNKNOWN_TOPIC', 'input.topicIds');
          throw error;
        }
      }
      if (command.name) partner.name = command.name.trim();
      if (command.kind) partner.kind = command.kind;
      if (command.website !== undefined) partner.website = command.website?.trim() || null;
      if (command.description !== undefined) partner.description = command.description?.trim() ?? '';
      if (command.contactEmail !== undefined) partner.contactEmail = command.contactEmail?.trim() || null;
      partner.updatedAt = new Date();
      await manager.save(partner);
      await this.audit.record(manager, auditActor(who), {
        action: 'partner.profile-updated',
        subjectType: 'PartnerOrganisation',
        subjectId: partner.id,
        details: { name: partner.name },
      });
      return partner;
    });
  }

  /**
   * Coordinators invite into any partner, as officer or member; a partner's officers invite
   * colleagues of their own organisation as members.
   */
  async invite(actor: Actor | null, command: InvitePartnerPersonCommand): Promise<InvitationEntity> {
    const who = requireRole(actor, 'MEMBER', 'COORDINATOR');
    const partnerRole = command.partnerRole ?? 'MEMBER';
    return this.db.transaction(async (manager) => {
      const partner = await this.lockVisible(manager, who, command.partnerId, 'input.partnerId');
      this.requireEditor(who, partner);
      if (who.role !== 'COORDINATOR' && partnerRole !== 'MEMBER') throw new PlatformError('FORBIDDEN', 'input.partnerRole');
      const invitation = await this.invitations.create(
        manager,
        { email: command.email, role: 'MEMBER', partnerId: partner.id, partnerRole, locale: command.locale },
        who.id,
      );
      await this.audit.record(manager, auditActor(who), {
        action: 'user.invited',
        subjectType: 'Invitation',
        subjectId: invitation.id,
        details: { email: invitation.email, role: invitation.role, partnerId: partner.id, partnerRole },
      });
      await recordEvents(manager, { type: 'membership.invitation-created', payload: { invitationId: invitation.id } } satisfies MembershipEvent);
      return invitation;
    });
  }

  async suspend(actor: Actor | null, id: string, reason: string): Promise<PartnerOrganisationEntity> {
    const who = requireRole(actor, 'COORDINATOR');
    if (!reason.trim()) throw new InputError([{ path: 'reason', de: 'Bitte geben Sie einen Grund an.', en: 'Please give a reason.' }]);
    return this.setStatus(who, id, 'SUSPENDED', reason.trim());
  }

  /** Lifts a suspension: the partner's officers may keep the profile again. */
  reinstate(actor: Actor | null, id: string): Promise<PartnerOrganisationEntity> {
    return this.setStatus(requireRole(actor, 'COORDINATOR'), id, 'ACTIVE', null);
  }

  /** A slug not yet taken by a partner, derived from the name. */
  async freeSlug(manager: EntityManager, name: string): Promise<string> {
    const base = slugify(name);
    const rows: Array<{ slug: string }> = await manager.query(`select slug from partner_organisation where slug like $1 || '%'`, [base]);
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  /** The people of a partner for its page: officers first. */
  people(partnerId: string): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).find({
      where: { partnerId, status: 'ACTIVE' },
      order: { partnerRole: 'DESC', displayName: 'ASC' },
    });
  }

  private async setStatus(who: Actor, id: string, status: 'ACTIVE' | 'SUSPENDED', reason: string | null): Promise<PartnerOrganisationEntity> {
    return this.db.transaction(async (manager) => {
      const partner = await manager.findOne(PartnerOrganisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!partner) throw new MembershipError('PARTNER_NOT_FOUND', 'id');
      if (status === 'SUSPENDED' && partner.status === 'SUSPENDED') throw new MembershipError('ALREADY_SUSPENDED', 'id');
      if (partner.status !== (status === 'SUSPENDED' ? 'ACTIVE' : 'SUSPENDED')) throw new MembershipError('PARTNER_NOT_ACTIVE', 'id');
      Object.assign(partner, { status, statusReason: reason, updatedAt: new Date() });
      await manager.save(partner);
      await this.audit.record(manager, auditActor(who), {
        action: status === 'SUSPENDED' ? 'partner.suspended' : 'partner.reinstated',
        subjectType: 'PartnerOrganisation',
        subjectId: id,
        details: { name: partner.name, reason },
      });
      return partner;
    });
  }

  /** NOT_FOUND for a partner the caller cannot see, exactly as for an unknown id (ADR 0017). */
  private async lockVisible(manager: EntityManager, who: Actor, id: string, field = 'id'): Promise<PartnerOrganisationEntity> {
    const partner = await manager.findOne(PartnerOrganisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!partner || !visibleStatuses(who).includes(partner.status)) throw new MembershipError('PARTNER_NOT_FOUND', field);
    return partner;
  }

  private requireEditor(who: Actor, partner: PartnerOrganisationEntity): void {
    if (who.role === 'COORDINATOR') return;
    if (who.partnerId !== partner.id || who.partnerRole !== 'OFFICER') throw new PlatformError('FORBIDDEN');
    if (partner.status !== 'ACTIVE') throw new MembershipError('PARTNER_NOT_ACTIVE');
  }
}

function visibleStatuses(actor: Actor | null): MembershipStatus[] {
  return actor?.role === 'COORDINATOR' ? ['APPLIED', 'ACTIVE', 'SUSPENDED', 'LEFT'] : PUBLIC_STATUSES;
}
