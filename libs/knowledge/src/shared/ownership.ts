import type { EntityManager } from 'typeorm';
import { PlatformError } from '@ikone/platform';
import type { Actor } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';

/** Whether the actor's own municipality is an ACTIVE member (suspended officers may not write). */
export async function municipalityActive(manager: EntityManager, actor: Actor): Promise<boolean> {
  if (!actor.municipalityId) return false;
  const [row] = await manager.query(`select status from municipality where id = $1`, [actor.municipalityId]);
  return row?.status === 'ACTIVE';
}

/** The owner named for new content must be a member; officers need an ACTIVE one. */
export async function requireWritableMunicipality(manager: EntityManager, actor: Actor, municipalityId: string, field: string): Promise<void> {
  const [row] = await manager.query(`select status from municipality where id = $1`, [municipalityId]);
  if (!row || !['ACTIVE', 'SUSPENDED'].includes(row.status)) throw new KnowledgeError('UNKNOWN_MUNICIPALITY', field);
  if (actor.role !== 'COORDINATOR' && row.status !== 'ACTIVE') throw new PlatformError('FORBIDDEN', field);
}
