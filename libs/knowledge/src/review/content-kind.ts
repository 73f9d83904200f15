import type { EntityManager } from 'typeorm';
import type { KnowledgeEvent, SubjectType } from '../knowledge.events';

/**
 * What the shared lifecycle needs to know about one kind of content (case studies, events).
 * Both tables carry the lifecycle columns: status, revision, reviewed_revision, submitted_at,
 * published_at, updated_at, municipality_id.
 */
export interface ContentKind {
  subjectType: SubjectType;
  table: 'case_study' | 'event';
  /** Owning and co-owning municipality ids. */
  ownerIds(manager: EntityManager, id: string): Promise<string[]>;
  /** The editable fields of the current revision, stored in content_revision for history and diffs. */
  snapshot(manager: EntityManager, id: string): Promise<Record<string, unknown>>;
  /** Events to record when the item goes live for the first time. */
  firstPublication(id: string): KnowledgeEvent[];
}
