import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Keyset, Page, PageRequest, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor, requireRole } from '@ikone/membership';
import { canRead, ContentKinds, ContentLifecycleService } from '@ikone/knowledge';
import type { FoundContent, SubjectType } from '@ikone/knowledge';
import { ModerationError } from './moderation.error';

export const REPORT_REASONS = ['SPAM', 'OFFENSIVE', 'INCORRECT', 'OTHER'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_STATUSES = ['OPEN', 'RESOLVED', 'DISMISSED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportAction = 'DISMISS' | 'ARCHIVE';

export interface ReportRecord {
  id: string;
  reporterId: string | null;
  subjectType: SubjectType;
  subjectId: string;
  reason: ReportReason;
  note: string | null;
  status: ReportStatus;
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = `r.id, r.reporter_id as "reporterId", r.subject_type as "subjectType", r.subject_id as "subjectId", r.reason, r.note,
  r.status, r.resolution, r.resolved_by as "resolvedBy", r.resolved_at as "resolvedAt", r.created_at as "createdAt"`;

const OLDEST_FIRST = new Keyset([{ sql: `date_trunc('milliseconds', r.created_at)`, kind: 'timestamp' }, { sql: 'r.id', kind: 'uuid', field: 'id' }]);

/** Members report content; coordinators dismiss a report or archive the content. */
@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly lifecycle: ContentLifecycleService,
    private readonly kinds: ContentKinds,
  ) {}

  async report(actor: Actor | null, subjectId: string, reason: ReportReason, note: string | null): Promise<ReportRecord> {
    const who = requireRole(actor);
    const id = await this.db.transaction(async (manager) => {
      const { kind, status, visibility } = await this.subject(manager, subjectId);
      if (!canRead(who, { status, visibility, ownerIds: await kind.ownerIds(manager, subjectId) })) {
        throw new ModerationError('SUBJECT_NOT_FOUND', 'subjectId');
      }
      const open = await manager.query(`select 1 from report where reporter_id = $1 and subject_id = $2 and status = 'OPEN'`, [who.id, subjectId]);
      if (open.length) throw new ModerationError('ALREADY_REPORTED', 'subjectId');
      const [{ id }] = await manager.query(
        `insert into report (reporter_id, subject_type, subject_id, reason, note) values ($1, $2, $3, $4, $5) returning id`,
        [who.id, kind.subjectType, subjectId, reason, note?.trim() || null],
      );
      await this.audit.record(manager, auditActor(who), {
        action: 'report.filed', subjectType: kind.subjectType, subjectId, details: { reportId: id, reason, note: note?.trim() || null },
      });
      await recordEvents(manager, { type: 'moderation.report-filed', payload: { reportId: id } });
      return id as string;
    });
    return this.load(id);
  }

  async list(actor: Actor | null, status: ReportStatus | undefined, page: PageRequest): Promise<Page<ReportRecord>> {
    requireRole(actor, 'COORDINATOR');
    const window = OLDEST_FIRST.window(page);
    const params: unknown[] = [status ?? null, window.limit];
    const after = window.condition((value) => `$${params.push(value)}`);
    const rows: ReportRecord[] = await this.db.query(
      `select ${COLUMNS}, ${OLDEST_FIRST.select} from report r
        where ($1::text is null or r.status = $1) and ${after} order by ${OLDEST_FIRST.orderBy} limit $2`,
      params,
    );
    const [{ n }] = await this.db.query(`select count(*)::int as n from report r where ($1::text is null or r.status = $1)`, [status ?? null]);
    return window.page(rows, n);
  }

  /** DISMISS closes the report; ARCHIVE archives the content (if still published) and closes it. */
  async resolve(actor: Actor | null, id: string, action: ReportAction, note: string | null): Promise<ReportRecord> {
    const who = requireRole(actor, 'COORDINATOR');
    await this.db.transaction(async (manager) => {
      const [row] = (await manager.query(`select ${COLUMNS} from report r where r.id = $1 for update`, [id])) as ReportRecord[];
      if (!row) throw new ModerationError('REPORT_NOT_FOUND', 'id');
      if (row.status !== 'OPEN') throw new ModerationError('REPORT_CLOSED', 'id');
      const reason = note?.trim() || `Meldung (${row.reason})${row.note ? `: ${row.note}` : ''}`;
      if (action === 'ARCHIVE') {
        const { kind, status } = await this.subject(manager, row.subjectId);
        if (status === 'PUBLISHED') await this.lifecycle.archive(manager, kind, row.subjectId, who, reason);
      }
      await manager.query(
        `update report set status = $2, resolution = $3, resolved_by = $4, resolved_at = now() where id = $1`,
        [id, action === 'ARCHIVE' ? 'RESOLVED' : 'DISMISSED', reason, who.id],
      );
      // Other open reports on the same content are settled by the same decision.
      if (action === 'ARCHIVE') {
        await manager.query(
          `update report set status = 'RESOLVED', resolution = $2, resolved_by = $3, resolved_at = now() where subject_id = $1 and status = 'OPEN'`,
          [row.subjectId, reason, who.id],
        );
      }
      await this.audit.record(manager, auditActor(who), {
        action: action === 'ARCHIVE' ? 'report.resolved-archived' : 'report.dismissed',
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        details: { reportId: id, reason: row.reason, note: reason },
      });
    });
    return this.load(id);
  }

  private async subject(manager: EntityManager, subjectId: string): Promise<FoundContent> {
    const found = await this.kinds.find(manager, subjectId);
    if (!found) throw new ModerationError('SUBJECT_NOT_FOUND', 'subjectId');
    return found;
  }

  private async load(id: string): Promise<ReportRecord> {
    const [row] = await this.db.query(`select ${COLUMNS} from report r where r.id = $1`, [id]);
    return row;
  }
}
