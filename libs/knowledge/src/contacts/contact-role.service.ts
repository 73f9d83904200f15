import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PlatformError } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { ACTIVE_ACCOUNTS_SQL, Actor, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import { requireWritableMunicipality } from '../shared/ownership';
import { fallbackContactSql } from './contact-handover.service';

/** A function of a municipality ("Digitalbeauftragte/r") held by an account, with a deputy. */
export interface ContactRoleRecord {
  id: string;
  municipalityId: string;
  name: string;
  holderId: string | null;
  deputyId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContactRoleInput {
  /** Coordinators only (officers manage the roles of their own municipality). */
  municipalityId?: string;
  name?: string;
  holderId?: string;
  deputyId?: string | null;
}

const COLUMNS = `r.id, r.municipality_id as "municipalityId", r.name, r.holder_user_id as "holderId", r.deputy_user_id as "deputyId",
  r.created_at as "createdAt", r.updated_at as "updatedAt"`;

/**
 * Contact roles of municipalities (ADR 0026). Officers manage those of their own municipality,
 * coordinators those of any; everyone may read them, as they read a case study's contact.
 */
@Injectable()
export class ContactRoleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The roles of each municipality, by name (for loaders). */
  forMunicipalities(municipalityIds: readonly string[]): Promise<ContactRoleRecord[]> {
    return this.db.query(`select ${COLUMNS} from contact_role r where r.municipality_id = any($1::uuid[]) order by lower(r.name), r.id`, [municipalityIds]);
  }

  byIds(ids: readonly string[]): Promise<ContactRoleRecord[]> {
    return this.db.query(`select ${COLUMNS} from contact_role r where r.id = any($1::uuid[])`, [ids]);
  }

  async create(actor: Actor | null, input: ContactRoleInput): Promise<ContactRoleRecord> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    if (who.role === 'OFFICER' && input.municipalityId && input.municipalityId !== who.municipalityId) {
      throw new PlatformError('FORBIDDEN', 'input.municipalityId');
    }
    const municipalityId = who.role === 'COORDINATOR' ? input.municipalityId : who.municipalityId;
    if (!municipalityId) throw new KnowledgeError('UNKNOWN_MUNICIPALITY', 'input.municipalityId');
    const id = await this.db.transaction(async (manager) => {
      await requireWritableMunicipality(manager, who, municipalityId, 'input.municipalityId');
      const name = this.cleanName(input.name);
      if (!input.holderId) throw new KnowledgeError('UNKNOWN_HOLDER', 'input.holderId');
      await this.checkPeople(manager, municipalityId, input.holderId, input.deputyId ?? null);
      await this.checkNameFree(manager, municipalityId, name, null);
      const [{ id }] = await manager.query(
        `insert into contact_role (municipality_id, name, holder_user_id, deputy_user_id) values ($1, $2, $3, $4) returning id`,
        [municipalityId, name, input.holderId, input.deputyId ?? null],
      );
      await this.audit.record(manager, auditActor(who), {
        action: 'contact-role.created', subjectType: 'ContactRole', subjectId: id, details: { name },
      });
      return id as string;
    });
    return this.loadOrFail(id);
  }

  /** Renames a role or assigns its holder and deputy; only the fields given change. */
  async update(actor: Actor | null, id: string, input: ContactRoleInput): Promise<ContactRoleRecord> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    if (input.municipalityId !== undefined) throw new PlatformError('FORBIDDEN', 'input.municipalityId');
    await this.db.transaction(async (manager) => {
      const role = await this.lockForManager(manager, who, id);
      const name = input.name !== undefined ? this.cleanName(input.name) : role.name;
      const holderId = input.holderId ?? role.holderId;
      const deputyId = input.deputyId !== undefined ? input.deputyId : role.deputyId;
      if (!holderId) throw new KnowledgeError('UNKNOWN_HOLDER', 'input.holderId');
      // A holder who has left since (nobody was there to take over) must be replaced first.
      await this.checkPeople(manager, role.municipalityId, holderId, deputyId);
      if (input.name !== undefined) await this.checkNameFree(manager, role.municipalityId, name, id);
      await manager.query(
        `update contact_role set name = $2, holder_user_id = $3, deputy_user_id = $4, updated_at = now() where id = $1`,
        [id, name, holderId, deputyId],
      );
      await this.audit.record(manager, auditActor(who), {
        action: 'contact-role.updated', subjectType: 'ContactRole', subjectId: id,
        details: { name, holderChanged: holderId !== role.holderId, deputyChanged: deputyId !== role.deputyId },
      });
    });
    return this.loadOrFail(id);
  }

  /**
   * Deletes a role. Case studies that named it keep a contact: its holder, or (without one) an
   * officer of the municipality, as when a person leaves (ADR 0026).
   */
  async delete(actor: Actor | null, id: string): Promise<ContactRoleRecord> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    return this.db.transaction(async (manager) => {
      const role = await this.lockForManager(manager, who, id);
      await manager.query(
        `update case_study c set contact_role_id = null,
                contact_user_id = coalesce($2::uuid, ${fallbackContactSql('$3::uuid', '$4::uuid')})
          where c.contact_role_id = $1`,
        [id, role.holderId, role.municipalityId, null],
      );
      await manager.query(`delete from contact_role where id = $1`, [id]);
      await this.audit.record(manager, auditActor(who), {
        action: 'contact-role.deleted', subjectType: 'ContactRole', subjectId: id, details: { name: role.name },
      });
      return role;
    });
  }

  private async loadOrFail(id: string): Promise<ContactRoleRecord> {
    const [role] = await this.byIds([id]);
    if (!role) throw new KnowledgeError('CONTACT_ROLE_NOT_FOUND', 'id');
    return role;
  }

  /** Not found, then not allowed (ADR 0017): a role exists for the caller only when they may manage it. */
  private async lockForManager(manager: EntityManager, who: Actor, id: string): Promise<ContactRoleRecord> {
    const [role]: ContactRoleRecord[] = await manager.query(`select ${COLUMNS} from contact_role r where r.id = $1 for update`, [id]);
    if (!role) throw new KnowledgeError('CONTACT_ROLE_NOT_FOUND', 'id');
    if (who.role !== 'COORDINATOR' && role.municipalityId !== who.municipalityId) throw new PlatformError('FORBIDDEN', 'id');
    await requireWritableMunicipality(manager, who, role.municipalityId, 'id');
    return role;
  }

  private cleanName(name: string | undefined): string {
    const clean = (name ?? '').trim().replace(/\s+/g, ' ');
    if (!clean) throw new KnowledgeError('ROLE_NAME_REQUIRED', 'input.name');
    return clean;
  }

  /** Holder and deputy are ACTIVE accounts of the role's municipality, and two different people. */
  private async checkPeople(manager: EntityManager, municipalityId: string, holderId: string, deputyId: string | null): Promise<void> {
    const ids = [holderId, ...(deputyId ? [deputyId] : [])];
    const rows: { id: string }[] = await manager.query(
      `select u.id from ${ACTIVE_ACCOUNTS_SQL} u where u.id = any($1::uuid[]) and u.municipality_id = $2`,
      [ids, municipalityId],
    );
    const found = new Set(rows.map((r) => r.id));
    if (!found.has(holderId)) throw new KnowledgeError('UNKNOWN_HOLDER', 'input.holderId');
    if (deputyId && !found.has(deputyId)) throw new KnowledgeError('UNKNOWN_HOLDER', 'input.deputyId');
    if (deputyId === holderId) throw new KnowledgeError('DEPUTY_IS_HOLDER', 'input.deputyId');
  }

  private async checkNameFree(manager: EntityManager, municipalityId: string, name: string, exceptId: string | null): Promise<void> {
    const [taken] = await manager.query(
      `select 1 from contact_role where municipality_id = $1 and lower(name) = lower($2) and ($3::uuid is null or id <> $3)`,
      [municipalityId, name, exceptId],
    );
    if (taken) throw new KnowledgeError('ROLE_NAME_TAKEN', 'input.name');
  }
}
