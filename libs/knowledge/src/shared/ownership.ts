import type { EntityManager } from 'typeorm';
import { PlatformError } from '@ikone/platform';
import { municipalityStatus } from '@ikone/membership';
import type { Actor } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';

/** Whether the actor's own municipality is an ACTIVE member (suspended officers may not write). */
export async function municipalityActive(manager: EntityManager, actor: Actor): Promise<boolean> {
  if (!actor.municipalityId) return false;
  return (await municipalityStatus(manager, actor.municipalityId)) === 'ACTIVE';
}

/** The owner named for new content must be a member; officers need an ACTIVE one. */
export async function requireWritableMunicipality(manager: EntityManager, actor: Actor, municipalityId: string, field: string): Promise<void> {
  const status = await municipalityStatus(manager, municipalityId);
  if (status !== 'ACTIVE' && status !== 'SUSPENDED') throw new KnowledgeError('UNKNOWN_MUNICIPALITY', field);
  if (actor.role !== 'COORDINATOR' && status !== 'ACTIVE') throw new PlatformError('FORBIDDEN', field);
}
