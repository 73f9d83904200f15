import type { Actor } from '@ikone/membership';
import { PlatformError } from '@ikone/platform';

export const CONTENT_STATUSES = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED', 'ARCHIVED', 'CANCELLED'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export type Visibility = 'PUBLIC' | 'NETWORK';

/** Statuses anyone entitled by visibility may read; the rest only owners and coordinators. */
export const VISIBLE_STATUSES: readonly ContentStatus[] = ['PUBLISHED', 'ARCHIVED', 'CANCELLED'];

/** {@link VISIBLE_STATUSES} as an SQL list of literals (literals, so partial indexes on status apply). */
const VISIBLE_STATUSES_SQL = VISIBLE_STATUSES.map((s) => `'${s}'`).join(',');

export interface OwnedContent {
  status: ContentStatus;
  visibility: Visibility;
  /** The owning municipality and any co-owners. */
  ownerIds: string[];
}

export function isOwner(actor: Actor | null, content: Pick<OwnedContent, 'ownerIds'>): boolean {
  return !!actor?.municipalityId && actor.role === 'OFFICER' && content.ownerIds.includes(actor.municipalityId);
}

/**
 * Who sees an item as its editors do, with revisions and review decisions: coordinators and
 * officers of an owning municipality, whatever the item's status.
 */
export function seesEditorView(actor: Actor | null, content: Pick<OwnedContent, 'ownerIds'>): boolean {
  return actor?.role === 'COORDINATOR' || isOwner(actor, content);
}

/** Who may read an item: the same rule for single items and lists (see {@link visibilitySql}). */
export function canRead(actor: Actor | null, content: OwnedContent): boolean {
  if (actor?.role === 'COORDINATOR') return true;
  if (VISIBLE_STATUSES.includes(content.status)) return content.visibility === 'PUBLIC' || actor !== null;
  return seesEditorView(actor, content);
}

/**
 * The SQL form of {@link canRead} for lists. `alias` is the content table, `owners` an SQL
 * expression yielding the owner ids as uuid[]; or pass `ownedSql`, a condition using the
 * parameter `:ownMunicipality` (cheaper than building arrays row by row). Returns a condition
 * and its parameters.
 */
export function visibilitySql(
  actor: Actor | null,
  alias: string,
  owners: string,
  ownedSql?: string,
): { sql: string; params: Record<string, unknown> } {
  if (actor?.role === 'COORDINATOR') return { sql: 'true', params: {} };
  const visible = `${alias}.status in (${VISIBLE_STATUSES_SQL})`;
  const audience = actor ? 'true' : `${alias}.visibility = 'PUBLIC'`;
  const own =
    actor?.role === 'OFFICER' && actor.municipalityId
      ? ` or ${ownedSql ?? `(:ownMunicipality)::uuid = any(${owners})`}`
      : '';
  return {
    sql: `((${visible} and ${audience})${own})`,
    params: own ? { ownMunicipality: actor!.municipalityId } : {},
  };
}

/**
 * Officers of an owning municipality (whose membership is ACTIVE) and coordinators may edit.
 * Returns null when the caller may not even read the item: the caller answers NOT_FOUND then,
 * as for an unknown id, so that refusing reveals nothing (ADR 0017). Someone who can read the
 * item but not change it is FORBIDDEN.
 */
export function requireEditor(actor: Actor | null, content: OwnedContent, municipalityActive: boolean): Actor | null {
  if (!actor) throw new PlatformError('UNAUTHENTICATED');
  if (actor.role === 'COORDINATOR') return actor;
  if (!canRead(actor, content)) return null;
  if (isOwner(actor, content) && municipalityActive) return actor;
  throw new PlatformError('FORBIDDEN');
}
