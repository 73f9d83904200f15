import type { DataSource, EntityManager } from 'typeorm';
import { PARTNERS_SQL } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';

/** The tables linking case studies and events to the partner organisations they name (ADR 0024). */
export type PartnerLinkTable = 'case_study_partner' | 'event_partner';
const ITEM_COLUMN = { case_study_partner: 'case_study_id', event_partner: 'event_id' } as const satisfies Record<PartnerLinkTable, string>;

/**
 * Replaces the partners an item names when `partnerIds` is given. Only ACTIVE partners can be
 * added; one the item already names stays nameable after a suspension, so an edit never fails on it.
 */
export async function setPartnerLinks(manager: EntityManager, table: PartnerLinkTable, itemId: string, partnerIds: string[] | undefined): Promise<void> {
  if (partnerIds === undefined) return;
  const ids = [...new Set(partnerIds)];
  const column = ITEM_COLUMN[table];
  const known: Array<{ id: string }> = await manager.query(
    `select p.id from ${PARTNERS_SQL} p
      where p.id = any($1::uuid[]) and (p.status = 'ACTIVE' or exists (select 1 from ${table} l where l.${column} = $2 and l.partner_id = p.id))`,
    [ids, itemId],
  );
  if (known.length !== ids.length) throw new KnowledgeError('UNKNOWN_PARTNER', 'input.partnerIds');
  await manager.query(`delete from ${table} where ${column} = $1`, [itemId]);
  if (ids.length) await manager.query(`insert into ${table} (${column}, partner_id) select $1, unnest($2::uuid[])`, [itemId, ids]);
}

/** A list condition: the item (table alias `alias`) names one of the partners `:partnerSlugs`. */
export function namesPartnerSql(table: PartnerLinkTable, alias: string): string {
  return `exists (select 1 from ${table} l join ${PARTNERS_SQL} p on p.id = l.partner_id
    where l.${ITEM_COLUMN[table]} = ${alias}.id and p.slug = any(:partnerSlugs))`;
}

/** Loader helper: the partner ids each item names, in one statement. */
export async function partnerIdsFor(db: DataSource, table: PartnerLinkTable, itemIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows: Array<{ itemId: string; partnerId: string }> = await db.query(
    `select l.${ITEM_COLUMN[table]} as "itemId", l.partner_id as "partnerId"
       from ${table} l join ${PARTNERS_SQL} p on p.id = l.partner_id
      where l.${ITEM_COLUMN[table]} = any($1::uuid[]) order by p.name`,
    [itemIds],
  );
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.itemId, [...(map.get(r.itemId) ?? []), r.partnerId]);
  return map;
}
