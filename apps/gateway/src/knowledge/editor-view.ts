import type { ReviewService } from '@ikone/knowledge';
import type { Actor } from '@ikone/membership';
import type { ReviewDecisionModel, RevisionModel } from './case-studies/case-study.model';

// Who may see revisions and review decisions is the review service's rule (seesEditorView); these only map.

/** The revisions of a case study or event as GraphQL models, newest first; empty for anyone but its editors. */
export async function editorRevisions(review: ReviewService, actor: Actor | null, ownerIds: string[], subjectId: string): Promise<RevisionModel[]> {
  return (await review.revisions(actor, { ownerIds }, subjectId)).map((r) => ({ revision: r.revision, snapshot: JSON.stringify(r.snapshot), createdAt: r.createdAt }));
}

/** The review decisions with their comments as GraphQL models; empty for anyone but the item's editors. */
export async function editorDecisions(review: ReviewService, actor: Actor | null, ownerIds: string[], subjectId: string): Promise<ReviewDecisionModel[]> {
  return (await review.decisions(actor, { ownerIds }, subjectId)).map((d) => ({ revision: d.revision, decision: d.decision, comment: d.comment, createdAt: d.createdAt }));
}
