import { canRead } from '@ikone/knowledge';
import type { ReviewService } from '@ikone/knowledge';
import type { Actor } from '@ikone/membership';
import type { ReviewDecisionModel, RevisionModel } from './case-studies/case-study.models';

/**
 * Whether the caller sees an item as its editors do (revisions, review decisions): officers of
 * an owning municipality and coordinators. canRead on a draft is true exactly for them, so the
 * rule stays the one that guards drafts, whatever the item's status.
 */
export function isEditorView(actor: Actor | null, ownerIds: string[]): boolean {
  return !!actor && canRead(actor, { status: 'DRAFT', visibility: 'NETWORK', ownerIds });
}

/** The revisions of a case study or event for its editors, newest first; nothing for anyone else. */
export async function editorRevisions(review: ReviewService, actor: Actor | null, ownerIds: string[], subjectId: string): Promise<RevisionModel[]> {
  if (!isEditorView(actor, ownerIds)) return [];
  return (await review.revisions(subjectId)).map((r) => ({ revision: r.revision, snapshot: JSON.stringify(r.snapshot), createdAt: r.createdAt }));
}

/** The review decisions with their comments for the item's editors; nothing for anyone else. */
export async function editorDecisions(review: ReviewService, actor: Actor | null, ownerIds: string[], subjectId: string): Promise<ReviewDecisionModel[]> {
  if (!isEditorView(actor, ownerIds)) return [];
  return (await review.decisions(subjectId)).map((d) => ({ revision: d.revision, decision: d.decision, comment: d.comment, createdAt: d.createdAt }));
}
