import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Keyset, Page, PageRequest, PlatformError, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import { canRead } from '../shared/content-policy';
import { municipalityActive } from '../shared/ownership';
import { CaseStudyKind } from '../case-studies/case-study.kind';

export const REUSE_STATUSES = ['REQUESTED', 'IN_TALKS', 'ADOPTED', 'DECLINED'] as const;

/** RECEIVED: requests for the municipality's own (or co-owned) case studies; SENT: requests it made. */
export type ReuseDirection = 'RECEIVED' | 'SENT';
export type ReuseStatus = (typeof REUSE_STATUSES)[number];

export interface ReuseRequestRecord {
  id: string;
  caseStudyId: string;
  municipalityId: string;
  requestedBy: string | null;
  message: string;
  status: ReuseStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** Moves an owner may make; ADOPTED and DECLINED are final. */
const NEXT: Record<ReuseStatus, ReuseStatus[]> = {
  REQUESTED: ['IN_TALKS', 'ADOPTED', 'DECLINED'],
  IN_TALKS: ['ADOPTED', 'DECLINED'],
  ADOPTED: [],
  DECLINED: [],
};

const COLUMNS = `r.id, r.case_study_id as "caseStudyId", r.municipality_id as "municipalityId", r.requested_by as "requestedBy",
  r.message, r.status, r.created_at as "createdAt", r.updated_at as "updatedAt"`;

const NEWEST_FIRST = new Keyset([{ sql: 'r.created_at', kind: 'timestamp' }, { sql: 'r.id', kind: 'uuid', field: 'id' }], 'DESC');

/** Nachnutzung: another municipality asks to reuse a case study; the owners answer. */
@Injectable()
export class ReuseService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly kind: CaseStudyKind,
  ) {}

  async request(actor: Actor | null, caseStudyId: string, message: string): Promise<ReuseRequestRecord> {
    const who = requireRole(actor, 'OFFICER');
    if (!who.municipalityId) throw new PlatformError('FORBIDDEN');
    const id = await this.db.transaction(async (manager) => {
      const [study] = await manager.query(`select status, visibility from case_study where id = $1`, [caseStudyId]);
      const owners = study ? await this.kind.ownerIds(manager, caseStudyId) : [];
      // Visibility, then permission, then the rules about this case study (ADR 0017).
      if (!study || !canRead(who, { status: study.status, visibility: study.visibility, ownerIds: owners })) {
        throw new KnowledgeError('CASE_STUDY_NOT_FOUND', 'caseStudyId');
      }
      if (!(await municipalityActive(manager, who))) throw new PlatformError('FORBIDDEN');
      if (owners.includes(who.municipalityId!)) throw new KnowledgeError('OWN_CASE_STUDY', 'caseStudyId');
      // Archived and cancelled case studies stay readable by link, but are no offer to reuse.
      if (study.status !== 'PUBLISHED') throw new KnowledgeError('INVALID_TRANSITION', 'caseStudyId');
      const open = await manager.query(
        `select 1 from reuse_request where case_study_id = $1 and municipality_id = $2 and status in ('REQUESTED','IN_TALKS')`,
        [caseStudyId, who.municipalityId],
      );
      if (open.length) throw new KnowledgeError('REUSE_PENDING', 'caseStudyId');
      const [{ id }] = await manager.query(
        `insert into reuse_request (case_study_id, municipality_id, requested_by, message) values ($1, $2, $3, $4) returning id`,
        [caseStudyId, who.municipalityId, who.id, message.trim()],
      );
      await this.audit.record(manager, auditActor(who), {
        action: 'reuse.requested', subjectType: 'ReuseRequest', subjectId: id, details: { caseStudyId },
      });
      await recordEvents(manager, { type: 'knowledge.reuse-requested', payload: { reuseRequestId: id } });
      return id as string;
    });
    return this.load(id);
  }

  /** The case study's owners (officers) or a coordinator move the request on. */
  async update(actor: Actor | null, id: string, status: ReuseStatus): Promise<ReuseRequestRecord> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    await this.db.transaction(async (manager) => {
      const [row] = await manager.query(`select ${COLUMNS} from reuse_request r where r.id = $1 for update`, [id]);
      if (!row) throw new KnowledgeError('REUSE_NOT_FOUND', 'id');
      const owners = await this.kind.ownerIds(manager, row.caseStudyId);
      const isOwner = who.role === 'OFFICER' && who.municipalityId !== null && owners.includes(who.municipalityId);
      if (who.role !== 'COORDINATOR') {
        // Owners and the requesting municipality see the request; to anyone else it does not
        // exist (ADR 0017), as in their lists.
        if (!isOwner && row.municipalityId !== who.municipalityId) throw new KnowledgeError('REUSE_NOT_FOUND', 'id');
        // Only owners whose membership is ACTIVE decide it (ADR 0008); the requester does not.
        if (!isOwner || !(await municipalityActive(manager, who))) throw new PlatformError('FORBIDDEN');
      }
      if (!NEXT[row.status as ReuseStatus].includes(status)) throw new KnowledgeError('INVALID_TRANSITION', 'status');
      await manager.query(`update reuse_request set status = $2, updated_at = now() where id = $1`, [id, status]);
      await this.audit.record(manager, auditActor(who), {
        action: 'reuse.updated', subjectType: 'ReuseRequest', subjectId: id, details: { from: row.status, to: status },
      });
      await recordEvents(manager, {
        type: 'knowledge.reuse-updated',
        payload: { reuseRequestId: id, status: status as 'IN_TALKS' | 'ADOPTED' | 'DECLINED' },
      });
    });
    return this.load(id);
  }

  /** Requests on a case study: its owners and coordinators see all, others their municipality's own. */
  async forCaseStudy(actor: Actor | null, caseStudyId: string, ownerIds: string[]): Promise<ReuseRequestRecord[]> {
    if (!actor) return [];
    const all = actor.role === 'COORDINATOR' || (actor.role === 'OFFICER' && !!actor.municipalityId && ownerIds.includes(actor.municipalityId));
    return this.db.query(
      `select ${COLUMNS} from reuse_request r where r.case_study_id = $1 and ($2 or r.municipality_id = $3) order by r.created_at`,
      [caseStudyId, all, actor.municipalityId],
    );
  }

  /**
   * The officer's municipality's requests, newest first, in two statements whatever the page
   * size. Officers see their own municipality's; a coordinator sees their municipality's, or all
   * requests of the network when they belong to none.
   */
  async forMunicipality(actor: Actor | null, direction: ReuseDirection, page: PageRequest): Promise<Page<ReuseRequestRecord>> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    if (who.role === 'OFFICER' && !who.municipalityId) throw new PlatformError('FORBIDDEN');
    const window = NEWEST_FIRST.window(page);
    const params: unknown[] = [];
    let where = 'true';
    if (who.municipalityId) {
      params.push(who.municipalityId);
      where =
        direction === 'SENT'
          ? 'r.municipality_id = $1'
          : `exists (select 1 from case_study c where c.id = r.case_study_id and (c.municipality_id = $1
               or exists (select 1 from case_study_co_owner o where o.case_study_id = c.id and o.municipality_id = $1)))`;
    }
    const countParams = [...params];
    const pageCondition = window.condition((value) => `$${params.push(value)}`);
    params.push(window.limit);
    const [rows, [{ n }]] = (await Promise.all([
      this.db.query(
        `select ${COLUMNS}, ${NEWEST_FIRST.select} from reuse_request r where ${where} and ${pageCondition}
          order by ${NEWEST_FIRST.orderBy} limit $${params.length}`,
        params,
      ),
      this.db.query(`select count(*)::int as n from reuse_request r where ${where}`, countParams),
    ])) as [ReuseRequestRecord[], Array<{ n: number }>];
    return window.page(rows, n);
  }

  /** For loaders: the municipalities that adopted each case study. */
  async adoptersFor(caseStudyIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { case_study_id: string; municipality_id: string }[] = await this.db.query(
      `select case_study_id, municipality_id from reuse_request where status = 'ADOPTED' and case_study_id = any($1::uuid[]) order by updated_at`,
      [caseStudyIds],
    );
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.case_study_id, [...(map.get(r.case_study_id) ?? []), r.municipality_id]);
    return map;
  }

  private async load(id: string): Promise<ReuseRequestRecord> {
    const [row] = await this.db.query(`select ${COLUMNS} from reuse_request r where r.id = $1`, [id]);
    return row;
  }
}
