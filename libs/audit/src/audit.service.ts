import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Page, PageRequest, Keyset, paginate } from '@ikone/platform';
import { AuditEntryEntity } from './audit-entry.entity';

/** Who did it: a user, or the system (CLI, scheduler) when `id` is null. */
export interface AuditActor {
  id: string | null;
  label: string;
}

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
}

/** Writes and reads the audit log. Writes join the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  async record(manager: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
    await manager.query(
      `insert into audit_entry (actor_id, actor_label, action, subject_type, subject_id, details) values ($1, $2, $3, $4, $5, $6)`,
      [actor.id, actor.label, record.action, record.subjectType, record.subjectId, JSON.stringify(record.details ?? {})],
    );
  }

  /**
   * Replaces a deleted person's name and address in the entries they caused or that name their
   * address (actor label and details), keeping who (the id), what and when: the log stays the
   * controller's accountability record without the personal data (ADR 0007). The append-only
   * trigger lets exactly this through while `ikone.audit_pseudonymise` is on in the transaction.
   */
  async pseudonymise(manager: EntityManager, person: { actorId: string; email: string; label: string; replacementEmail: string }): Promise<void> {
    const pattern = person.email.replace(/[^a-zA-Z0-9@_-]/g, '\\$&');
    await manager.query(`select set_config('ikone.audit_pseudonymise', 'on', true)`);
    await manager.query(
      `update audit_entry set
         actor_label = case when actor_id = $1 or strpos(lower(actor_label), lower('<' || $2 || '>')) > 0 then $3 else actor_label end,
         details = regexp_replace(details::text, $4, $5, 'gi')::jsonb
       where actor_id = $1 or strpos(lower(actor_label), lower('<' || $2 || '>')) > 0 or strpos(lower(details::text), lower($2)) > 0`,
      [person.actorId, person.email, person.label, pattern, person.replacementEmail],
    );
    await manager.query(`select set_config('ikone.audit_pseudonymise', 'off', true)`);
  }

  list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntryEntity>> {
    const qb = this.entries.createQueryBuilder('a');
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.subjectType) qb.andWhere('a.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('a.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    // Newest first; the serial id follows insertion order, so it alone is a total order.
    return paginate(qb, page, new Keyset([{ sql: 'a.id', kind: 'bigint' }], 'DESC'));
  }
}
