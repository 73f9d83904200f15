import { canRead } from '@ikone/knowledge';
import type { Actor } from '@ikone/membership';

/**
 * Whether the caller sees an item as its editors do (revisions, review decisions): officers of
 * an owning municipality and coordinators. canRead on a draft is true exactly for them, so the
 * rule stays the one that guards drafts, whatever the item's status.
 */
export function isEditorView(actor: Actor | null, ownerIds: string[]): boolean {
  return !!actor && canRead(actor, { status: 'DRAFT', visibility: 'NETWORK', ownerIds });
}
