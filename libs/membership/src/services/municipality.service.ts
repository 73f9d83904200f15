import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { InputError, Page, PageRequest, Keyset, paginate, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '../actor';
import { MembershipStatus, MunicipalityEntity, MunicipalityKind } from '../entities/municipality.entity';
import { MembershipError } from '../membership.error';
import type { MembershipEvent } from '../membership.events';
import { slugify } from './slug';

export interface MunicipalityFilter {
  search?: string;
  state?: string;
  kind?: MunicipalityKind;
  statuses?: MembershipStatus[];
}

const MUNICIPALITY_COLUMNS = `m.id, m.slug, m.name, m.kind, m.ags, m.state, m.website, m.status, m.status_reason as "statusReason",
  m.joined_at as "joinedAt", m.created_at as "createdAt", m.updated_at as "updatedAt"`;

/** Statuses anyone may see; applicants and former members are visible to coordinators only. */
const PUBLIC_STATUSES: MembershipStatus[] = ['ACTIVE', 'SUSPENDED'];

/** Member municipalities: listing, lookup, suspension. */
@Injectable()
export class MunicipalityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor | null, filter: MunicipalityFilter, page: PageRequest): Promise<Page<MunicipalityEntity>> {
    const visible = this.visibleStatuses(actor);
    const statuses = filter.statuses?.length ? filter.statuses.filter((s) => visible.includes(s)) : PUBLIC_STATUSES;
    const qb = this.db.getRepository(MunicipalityEntity).createQueryBuilder('m').where('m.status in (:...statuses)', {
      statuses: statuses.length ? statuses : ['-'],
    });
    if (filter.search?.trim()) {
      qb.andWhere(`ikone_fold(m.name) like '%' || ikone_fold(:term) || '%'`, { term: filter.search.trim().replace(/[%_\\]/g, '\\$&') });
    }
    if (filter.state) qb.andWhere('m.state = :state', { state: filter.state });
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, new Keyset([
      { sql: 'm.name', kind: 'text' },
      { sql: 'm.id', kind: 'uuid' },
    ]));
  }

  async bySlug(actor: Actor | null, slug: string): Promise<MunicipalityEntity> {
    const municipality = await this.db.getRepository(MunicipalityEntity).findOneBy({ slug });
    if (!municipality || !this.visibleStatuses(actor).includes(municipality.status)) {
      throw new MembershipError('MUNICIPALITY_NOT_FOUND', 'slug');
    }
    return municipality;
  }

  /**
   * For loaders: the municipalities with these ids, in no particular order. Plain SQL rather
   * than entity hydration: this runs for every list page (the read path).
   */
  byIds(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.db.query(`select ${MUNICIPALITY_COLUMNS} from municipality m where m.id = any($1::uuid[])`, [ids]);
  }

  byAgs(ags: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.db.query(`select ${MUNICIPALITY_COLUMNS} from municipality m where m.ags = any($1::char(8)[])`, [ags]);
  }

  async suspend(actor: Actor | null, id: string, reason: string): Promise<MunicipalityEntity> {
    const who = requireRole(actor, 'COORDINATOR');
    if (!reason.trim()) {
      throw new InputError([{ path: 'reason', de: 'Bitte geben Sie einen Grund an.', en: 'Please give a reason.' }]);
    }
    return this.db.transaction(async (manager) => {
      const municipality = await this.lockOrFail(manager, id);
      if (municipality.status === 'SUSPENDED') throw new MembershipError('ALREADY_SUSPENDED', 'id');
      if (municipality.status !== 'ACTIVE') throw new MembershipError('MUNICIPALITY_NOT_ACTIVE', 'id');
      Object.assign(municipality, { status: 'SUSPENDED', statusReason: reason.trim(), updatedAt: new Date() });
      await manager.save(municipality);
      await this.audit.record(manager, auditActor(who), {
        action: 'municipality.suspended',
        subjectType: 'Municipality',
        subjectId: id,
        details: { reason: reason.trim(), name: municipality.name },
      });
      await recordEvents(manager, { type: 'membership.municipality-suspended', payload: { municipalityId: id } } satisfies MembershipEvent);
      return municipality;
    });
  }

  /** Lifts a suspension: the municipality's officers may write again. */
  async reinstate(actor: Actor | null, id: string): Promise<MunicipalityEntity> {
    const who = requireRole(actor, 'COORDINATOR');
    return this.db.transaction(async (manager) => {
      const municipality = await this.lockOrFail(manager, id);
      if (municipality.status !== 'SUSPENDED') throw new MembershipError('MUNICIPALITY_NOT_ACTIVE', 'id');
      Object.assign(municipality, { status: 'ACTIVE', statusReason: null, updatedAt: new Date() });
      await manager.save(municipality);
      await this.audit.record(manager, auditActor(who), {
        action: 'municipality.reinstated',
        subjectType: 'Municipality',
        subjectId: id,
        details: { name: municipality.name },
      });
      return municipality;
    });
  }

  /** A slug not yet taken, derived from the name (and the state when the name is taken). */
  async freeSlug(manager: EntityManager, name: string, state: string): Promise<string> {
    const base = slugify(name);
    const taken = new Set<string>(
      (
        (await manager.query(`select slug from municipality where slug like $1 || '%'`, [base])) as { slug: string }[]
      ).map((r) => r.slug),
    );
    for (const candidate of [base, `${base}-${state.toLowerCase()}`]) if (!taken.has(candidate)) return candidate;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  private visibleStatuses(actor: Actor | null): MembershipStatus[] {
    return actor?.role === 'COORDINATOR' ? ['APPLIED', 'ACTIVE', 'SUSPENDED', 'LEFT'] : PUBLIC_STATUSES;
  }

  private async lockOrFail(manager: EntityManager, id: string): Promise<MunicipalityEntity> {
    const municipality = await manager.findOne(MunicipalityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!municipality) throw new MembershipError('MUNICIPALITY_NOT_FOUND', 'id');
    return municipality;
  }
}
