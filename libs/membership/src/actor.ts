import { PlatformError } from '@ikone/platform';
import type { AuditActor } from '@ikone/audit';
import type { Locale, Role } from './entities/user.entity';
import type { PartnerRole } from './entities/partner-organisation.entity';

/** How a deleted account is named wherever it authored or did something (DSGVO). */
export const FORMER_MEMBER = 'ehemaliges Mitglied';

/** The signed-in person on whose behalf a service acts; null for anonymous callers. */
export interface Actor {
  id: string;
  role: Role;
  municipalityId: string | null;
  /** The partner organisation the person belongs to and their role in it (ADR 0024). */
  partnerId?: string | null;
  partnerRole?: PartnerRole | null;
  displayName: string;
  email: string;
  locale: Locale;
  sessionId: string;
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for other roles. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  if (!actor) throw new PlatformError('UNAUTHENTICATED');
  if (roles.length > 0 && !roles.includes(actor.role)) throw new PlatformError('FORBIDDEN');
  return actor;
}

export function auditActor(actor: Actor | null, fallback = 'System'): AuditActor {
  return actor ? { id: actor.id, label: `${actor.displayName} <${actor.email}>` } : { id: null, label: fallback };
}
