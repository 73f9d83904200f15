import { KnowledgeError } from '../knowledge.error';
import type { ContentStatus } from '../shared/content-policy';

/** States in which owners may edit (a published item stays live and gets a new revision). */
export const EDITABLE: readonly ContentStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED'];

/** A step of the content lifecycle (ADR 0031: the one table of allowed status changes). */
export type LifecycleStep = 'submit' | 'approve' | 'requestChanges' | 'reject' | 'archive' | 'cancel';

/**
 * DRAFT → IN_REVIEW → PUBLISHED | CHANGES_REQUESTED (→ edit → IN_REVIEW) | REJECTED;
 * PUBLISHED → ARCHIVED, and for events PUBLISHED → CANCELLED. A coordinator's own submission
 * publishes at once. The statuses each step may start from:
 */
export const STEP_FROM: Readonly<Record<LifecycleStep, readonly ContentStatus[]>> = {
  submit: ['DRAFT', 'CHANGES_REQUESTED'],
  approve: ['IN_REVIEW'],
  requestChanges: ['IN_REVIEW'],
  reject: ['IN_REVIEW'],
  archive: ['PUBLISHED'],
  // Only a published event: the content policy shows every CANCELLED item, which would publish a draft.
  cancel: ['PUBLISHED'],
};

/** Refuses a step from a status it does not start from (INVALID_TRANSITION on `field`). */
export function requireStep(step: LifecycleStep, status: ContentStatus, field: string): void {
  if (!STEP_FROM[step].includes(status)) throw new KnowledgeError('INVALID_TRANSITION', field);
}

/** Refuses an edit in a status owners may not edit in (NOT_EDITABLE on `field`). */
export function requireEditable(status: ContentStatus, field: string): void {
  if (!EDITABLE.includes(status)) throw new KnowledgeError('NOT_EDITABLE', field);
}

/**
 * The comment of a send-back or rejection, trimmed: the submitters must learn what to change
 * or why, so an empty one is refused (COMMENT_REQUIRED on `comment`). The only place this is checked.
 */
export function sendBackComment(comment: string | null | undefined): string {
  const trimmed = comment?.trim();
  if (!trimmed) throw new KnowledgeError('COMMENT_REQUIRED', 'comment');
  return trimmed;
}
