import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Why an account stops being someone to contact. */
export type DepartureReason = 'DISABLED' | 'DELETED';

/** An account that is leaving its municipality, seen inside the transaction that makes it leave. */
export interface Departure {
  userId: string;
  municipalityId: string | null;
  reason: DepartureReason;
}

/** Runs inside the departure's transaction; throws to roll the departure back. */
export type DepartureHandler = (manager: EntityManager, departure: Departure) => Promise<void>;

/**
 * What other domains do when an account leaves (ADR 0026): knowledge hands the person's contacts
 * on. Membership cannot import knowledge (knowledge depends on membership), so handlers register
 * here and run in the same transaction as the disable or the deletion — a contact is never
 * orphaned by a crash between the two.
 */
@Injectable()
export class AccountDepartures {
  private readonly logger = new Logger('AccountDepartures');
  private readonly handlers = new Map<string, DepartureHandler>();

  /** Registers a handler once per name (a module initialised twice does not run it twice). */
  register(name: string, handler: DepartureHandler): void {
    this.handlers.set(name, handler);
  }

  async run(manager: EntityManager, departure: Departure): Promise<void> {
    if (this.handlers.size === 0) this.logger.warn('Keine Abgangs-Handler registriert / no departure handlers registered');
    for (const handler of this.handlers.values()) await handler(manager, departure);
  }
}
