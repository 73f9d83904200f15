import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Keyset, Page, PageRequest } from '@ikone/platform';
import { Actor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import type { SubjectType } from '../knowledge.events';
import type { ContentKind } from './content-kind';
import { ContentKinds } from './content-kinds';
import { ContentLifecycleService } from './content-lifecycle.service';
import { seesEditorView } from '../shared/content-policy';

/** One item waiting for review. */
export interface ReviewItem {
  subjectType: SubjectType;
  id: string;
  title: string;
  municipalityId: string;
  submittedAt: Date;
  revision: number;
  /** The revision last reviewed, which {@link changedFields} compares against; null when never reviewed before. */
  reviewedRevision: number | null;
  /** Fields that differ from the last reviewed revision; null when never reviewed before. */
  changedFields: string[] | null;
  /** The coordinator's comment when it was last sent back, if it was. */
  lastComment: string | null;
}

export interface RevisionEntry {
  revision: number;
  snapshot: Record<string, unknown>;
  authorId: string | null;
  createdAt: Date;
}

export interface ReviewDecisionEntry {
  revision: number;
  decision: string;
  comment: string | null;
  actorId: string | null;
  createdAt: Date;
}

const QUEUE = `
  select 'CaseStudy' as subject_type, id, title, municipality_id, date_trunc('milliseconds', submitted_at) as submitted_at, revision, reviewed_revision from case_study where status = 'IN_REVIEW'
  union all
  select 'Event', id, title, municipality_id, date_trunc('milliseconds', submitted_at), revision, reviewed_revision from event where status = 'IN_REVIEW'`;

/** Oldest submission first. */
const QUEUE_ORDER = new Keyset([{ sql: 'q.submitted_at', kind: 'timestamp' }, { sql: 'q.id', kind: 'uuid', field: 'id' }]);

interface QueueRow {
  subject_type: SubjectType;
  id: string;
  title: string;
  municipality_id: string;
  submitted_at: Date;
  revision: number;
  reviewed_revision: number | null;
}

function changed(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}

/** The coordinators' review queue and decisions, for case studies and events alike. */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: ContentLifecycleService,
    private readonly kinds: ContentKinds,
  ) {}

  /** Oldest submission first, with what changed since the last review. */
  async queue(actor: Actor | null, page: PageRequest): Promise<Page<ReviewItem>> {
    requireRole(actor, 'COORDINATOR');
    const window = QUEUE_ORDER.window(page);
    const params: unknown[] = [window.limit];
    const after = window.condition((value) => `$${params.push(value)}`);
    const rows: QueueRow[] = await this.db.query(
      `select *, ${QUEUE_ORDER.select} from (${QUEUE}) q where ${after} order by ${QUEUE_ORDER.orderBy} limit $1`,
      params,
    );
    const [{ total }] = await this.db.query(`select count(*)::int as total from (${QUEUE}) q`);
    const built = window.page(rows, total);
    return { ...built, items: await this.withChanges(built.items) };
  }

  /** One item of the queue by its content id; anything not in review is not found. */
  async item(actor: Actor | null, subjectId: string): Promise<ReviewItem> {
    requireRole(actor, 'COORDINATOR');
    const rows: QueueRow[] = await this.db.query(`select * from (${QUEUE}) q where id = $1`, [subjectId]);
    if (rows.length === 0) throw new KnowledgeError('CONTENT_NOT_FOUND', 'subjectId');
    const [item] = await this.withChanges(rows);
    return item;
  }

  /** Adds what changed since the last review and the last comment, in two statements for all rows. */
  private async withChanges(items: QueueRow[]): Promise<ReviewItem[]> {
    if (items.length === 0) return [];
    const snapshots: Array<{ subject_id: string; revision: number; snapshot: Record<string, unknown> }> = await this.db.query(
      `select subject_id, revision, snapshot from content_revision where (subject_id, revision) in (select * from unnest($1::uuid[], $2::int[]))`,
      [
        items.flatMap((i) => (i.reviewed_revision ? [i.id, i.id] : [i.id])),
        items.flatMap((i) => (i.reviewed_revision ? [i.revision, i.reviewed_revision] : [i.revision])),
      ],
    );
    const comments: Array<{ subject_id: string; comment: string }> = await this.db.query(
      `select distinct on (subject_id) subject_id, comment from review_decision
        where subject_id = any($1::uuid[]) and decision in ('CHANGES_REQUESTED','REJECTED') order by subject_id, created_at desc`,
      [items.map((i) => i.id)],
    );
    const snap = (id: string, revision: number | null) => snapshots.find((s) => s.subject_id === id && s.revision === revision)?.snapshot;
    return items.map((i) => {
      const before = i.reviewed_revision ? snap(i.id, i.reviewed_revision) : undefined;
      const now = snap(i.id, i.revision);
      return {
        subjectType: i.subject_type,
        id: i.id,
        title: i.title,
        municipalityId: i.municipality_id,
        submittedAt: i.submitted_at,
        revision: i.revision,
        reviewedRevision: before && now ? i.reviewed_revision : null,
        changedFields: before && now ? changed(before, now) : null,
        lastComment: comments.find((c) => c.subject_id === i.id)?.comment ?? null,
      };
    });
  }

  approve(actor: Actor | null, subjectId: string, comment?: string | null): Promise<SubjectType> {
    const who = requireRole(actor, 'COORDINATOR');
    return this.db.transaction(async (manager) => {
      const kind = await this.kindOf(manager, subjectId);
      await this.lifecycle.approve(manager, kind, subjectId, who, comment?.trim() || null);
      return kind.subjectType;
    });
  }

  requestChanges(actor: Actor | null, subjectId: string, comment: string): Promise<SubjectType> {
    return this.sendBack(actor, subjectId, 'CHANGES_REQUESTED', comment);
  }

  reject(actor: Actor | null, subjectId: string, comment: string): Promise<SubjectType> {
    return this.sendBack(actor, subjectId, 'REJECTED', comment);
  }

  /** Revisions of an item, newest first, for those who see it as its editors do; nothing for anyone else. */
  async revisions(actor: Actor | null, owned: { ownerIds: string[] }, subjectId: string): Promise<RevisionEntry[]> {
    if (!seesEditorView(actor, owned)) return [];
    const rows: Array<{ revision: number; snapshot: Record<string, unknown>; author_id: string | null; created_at: Date }> = await this.db.query(
      `select revision, snapshot, author_id, created_at from content_revision where subject_id = $1 order by revision desc`,
      [subjectId],
    );
    return rows.map((r) => ({ revision: r.revision, snapshot: r.snapshot, authorId: r.author_id, createdAt: r.created_at }));
  }

  /** Review decisions with their comments, oldest first, for those who see the item as its editors do; nothing for anyone else. */
  async decisions(actor: Actor | null, owned: { ownerIds: string[] }, subjectId: string): Promise<ReviewDecisionEntry[]> {
    if (!seesEditorView(actor, owned)) return [];
    const rows: Array<{ revision: number; decision: string; comment: string | null; actor_id: string | null; created_at: Date }> =
      await this.db.query(
        `select revision, decision, comment, actor_id, created_at from review_decision where subject_id = $1 order by created_at, id`,
        [subjectId],
      );
    return rows.map((r) => ({ revision: r.revision, decision: r.decision, comment: r.comment, actorId: r.actor_id, createdAt: r.created_at }));
  }

  private sendBack(actor: Actor | null, subjectId: string, decision: 'CHANGES_REQUESTED' | 'REJECTED', comment: string): Promise<SubjectType> {
    const who = requireRole(actor, 'COORDINATOR');
    return this.db.transaction(async (manager) => {
      const kind = await this.kindOf(manager, subjectId);
      await this.lifecycle.sendBack(manager, kind, subjectId, who, decision, comment);
      return kind.subjectType;
    });
  }

  private async kindOf(manager: EntityManager, subjectId: string): Promise<ContentKind> {
    const found = await this.kinds.find(manager, subjectId);
    if (!found) throw new KnowledgeError('CONTENT_NOT_FOUND', 'subjectId');
    return found.kind;
  }
}
