import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, auditActor } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import type { ReviewDecisionKind } from '../knowledge.events';
import { ContentStatus, requireEditor, Visibility } from '../shared/content-policy';
import { municipalityActive } from '../shared/ownership';
import type { ContentKind } from './content-kind';
import { requireStep, sendBackComment } from './lifecycle-rules';

interface LifecycleRow {
  id: string;
  status: ContentStatus;
  visibility: Visibility;
  revision: number;
  published_at: Date | null;
  municipality_id: string;
}

export { EDITABLE } from './lifecycle-rules';

/**
 * The content lifecycle shared by case studies and events, by the rules of
 * {@link STEP_FROM} (lifecycle-rules.ts). Every transition writes a review decision, an audit entry and (where someone must hear of
 * it) an outbox event, in the caller's transaction.
 */
@Injectable()
export class ContentLifecycleService {
  constructor(private readonly audit: AuditService) {}

  async lock(manager: EntityManager, kind: ContentKind, id: string): Promise<LifecycleRow> {
    const [row] = (await manager.query(
      `select id, status, visibility, revision, published_at, municipality_id from ${kind.table} where id = $1 for update`,
      [id],
    )) as LifecycleRow[];
    if (!row) throw this.notFound(kind);
    return row;
  }

  /**
   * Locks an item for a change by its owners or a coordinator: NOT_FOUND when the caller may not
   * read it (as for an unknown id), FORBIDDEN when they may read but not change it.
   */
  async lockForEditor(
    manager: EntityManager,
    kind: ContentKind,
    id: string,
    actor: Actor,
  ): Promise<{ row: LifecycleRow; ownerIds: string[]; who: Actor }> {
    const row = await this.lock(manager, kind, id);
    const ownerIds = await kind.ownerIds(manager, id);
    const who = requireEditor(actor, { status: row.status, visibility: row.visibility, ownerIds }, await municipalityActive(manager, actor));
    if (!who) throw this.notFound(kind);
    return { row, ownerIds, who };
  }

  /** Stores the current fields as revision `revision` (idempotent per revision). */
  async saveRevision(manager: EntityManager, kind: ContentKind, id: string, revision: number, actor: Actor | null): Promise<void> {
    await manager.query(
      `insert into content_revision (subject_type, subject_id, revision, snapshot, author_id) values ($1, $2, $3, $4, $5)
       on conflict (subject_type, subject_id, revision) do update set snapshot = excluded.snapshot, author_id = excluded.author_id, created_at = now()`,
      [kind.subjectType, id, revision, JSON.stringify(await kind.snapshot(manager, id)), actor?.id ?? null],
    );
  }

  /** Owners send an item for review; a coordinator's own submission publishes at once. */
  async submit(manager: EntityManager, kind: ContentKind, id: string, actor: Actor): Promise<ContentStatus> {
    const row = await this.lock(manager, kind, id);
    requireStep('submit', row.status, 'id');
    await this.saveRevision(manager, kind, id, row.revision, actor);
    if (actor.role === 'COORDINATOR') {
      await this.publish(manager, kind, row, actor, 'PUBLISHED_DIRECTLY', null);
      return 'PUBLISHED';
    }
    await manager.query(`update ${kind.table} set status = 'IN_REVIEW', submitted_at = now(), updated_at = now() where id = $1`, [id]);
    await this.decision(manager, kind, id, row.revision, 'SUBMITTED', null, actor);
    await this.audit.record(manager, auditActor(actor), {
      action: `${kind.table.replace('_', '-')}.submitted`, subjectType: kind.subjectType, subjectId: id, details: { revision: row.revision },
    });
    return 'IN_REVIEW';
  }

  async approve(manager: EntityManager, kind: ContentKind, id: string, actor: Actor, comment: string | null): Promise<void> {
    const row = await this.lock(manager, kind, id);
    requireStep('approve', row.status, 'subjectId');
    await this.publish(manager, kind, row, actor, 'APPROVED', comment);
    await recordEvents(manager, {
      type: 'knowledge.content-reviewed',
      payload: { subjectType: kind.subjectType, subjectId: id, decision: 'APPROVED', comment },
    });
  }

  /** Sends an item back to its owners (CHANGES_REQUESTED) or turns it down for good (REJECTED). */
  async sendBack(
    manager: EntityManager,
    kind: ContentKind,
    id: string,
    actor: Actor,
    decision: 'CHANGES_REQUESTED' | 'REJECTED',
    given: string | null | undefined,
  ): Promise<void> {
    const comment = sendBackComment(given);
    const row = await this.lock(manager, kind, id);
    requireStep(decision === 'REJECTED' ? 'reject' : 'requestChanges', row.status, 'subjectId');
    await manager.query(`update ${kind.table} set status = $2, reviewed_revision = revision, updated_at = now() where id = $1`, [id, decision]);
    await this.decision(manager, kind, id, row.revision, decision, comment, actor);
    await this.audit.record(manager, auditActor(actor), {
      action: decision === 'REJECTED' ? 'content.rejected' : 'content.changes-requested',
      subjectType: kind.subjectType,
      subjectId: id,
      details: { comment, revision: row.revision },
    });
    await recordEvents(manager, {
      type: 'knowledge.content-reviewed',
      payload: { subjectType: kind.subjectType, subjectId: id, decision, comment },
    });
  }

  /** Takes a published item off the lists; it stays readable by link, marked archived. */
  async archive(manager: EntityManager, kind: ContentKind, id: string, actor: Actor, reason: string | null): Promise<void> {
    const row = await this.lock(manager, kind, id);
    requireStep('archive', row.status, 'id');
    await manager.query(`update ${kind.table} set status = 'ARCHIVED', updated_at = now() where id = $1`, [id]);
    await this.decision(manager, kind, id, row.revision, 'ARCHIVED', reason, actor);
    await this.audit.record(manager, auditActor(actor), {
      action: 'content.archived', subjectType: kind.subjectType, subjectId: id, details: { reason },
    });
    if (actor.role === 'COORDINATOR') {
      await recordEvents(manager, {
        type: 'knowledge.content-reviewed',
        payload: { subjectType: kind.subjectType, subjectId: id, decision: 'ARCHIVED' satisfies ReviewDecisionKind, comment: reason },
      });
    }
  }

  /** Records an edit of a live item: a new revision, kept in the history. */
  async recordLiveEdit(manager: EntityManager, kind: ContentKind, id: string, actor: Actor | null, fallback?: string): Promise<number> {
    const [rows] = (await manager.query(
      `update ${kind.table} set revision = revision + 1, updated_at = now() where id = $1 returning revision`,
      [id],
    )) as [{ revision: number }[], number];
    const revision = rows[0].revision;
    await this.saveRevision(manager, kind, id, revision, actor);
    await this.audit.record(manager, auditActor(actor, fallback), {
      action: 'content.edited-live', subjectType: kind.subjectType, subjectId: id, details: { revision },
    });
    return revision;
  }

  private async publish(
    manager: EntityManager,
    kind: ContentKind,
    row: LifecycleRow,
    actor: Actor,
    decision: 'APPROVED' | 'PUBLISHED_DIRECTLY',
    comment: string | null,
  ): Promise<void> {
    const firstTime = row.published_at === null;
    await manager.query(
      `update ${kind.table} set status = 'PUBLISHED', reviewed_revision = revision, published_at = coalesce(published_at, now()), updated_at = now() where id = $1`,
      [row.id],
    );
    await this.saveRevision(manager, kind, row.id, row.revision, actor);
    await this.decision(manager, kind, row.id, row.revision, decision, comment, actor);
    await this.audit.record(manager, auditActor(actor), {
      action: decision === 'APPROVED' ? 'content.approved' : 'content.published',
      subjectType: kind.subjectType,
      subjectId: row.id,
      details: { revision: row.revision, comment, firstTime },
    });
    if (firstTime) await recordEvents(manager, ...kind.firstPublication(row.id));
  }

  private notFound(kind: ContentKind): KnowledgeError {
    return new KnowledgeError(kind.subjectType === 'CaseStudy' ? 'CASE_STUDY_NOT_FOUND' : 'EVENT_NOT_FOUND', 'id');
  }

  private async decision(
    manager: EntityManager,
    kind: ContentKind,
    id: string,
    revision: number,
    decision: string,
    comment: string | null,
    actor: Actor,
  ): Promise<void> {
    await manager.query(
      `insert into review_decision (subject_type, subject_id, revision, decision, comment, actor_id) values ($1, $2, $3, $4, $5, $6)`,
      [kind.subjectType, id, revision, decision, comment, actor.id],
    );
  }
}
