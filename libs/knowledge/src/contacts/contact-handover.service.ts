import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { recordEvents } from '@ikone/platform';
import { ACTIVE_ACCOUNTS_SQL, AccountDepartures } from '@ikone/membership';
import type { Departure } from '@ikone/membership';
import type { KnowledgeEvent } from '../knowledge.events';

/**
 * SQL for the person who takes over a case study's contact (alias `c`) when nobody else is
 * named: the longest-serving ACTIVE officer of `municipality` (the departing person's), else of
 * the owning municipality; never `exclude`. Deterministic, so a re-run picks the same person.
 */
export function fallbackContactSql(municipality: string, exclude: string): string {
  return `(select u.id from ${ACTIVE_ACCOUNTS_SQL} u
            where u.role = 'OFFICER' and (${exclude} is null or u.id <> ${exclude})
              and u.municipality_id in (${municipality}, c.municipality_id)
            order by (u.municipality_id = ${municipality}) desc, u.created_at, u.id limit 1)`;
}

/**
 * Contacts are never orphaned (SPEC §3, ADR 0026): when an account is disabled or deleted, in
 * the same transaction, every role it holds passes to the role's deputy (or, without one, to
 * the municipality's longest-serving officer), it stops being a deputy, and every case study
 * naming it directly passes to that officer. The coordination office and the municipality's
 * officers are told through the outbox — also when nobody is left to take over, so they find
 * someone.
 */
@Injectable()
export class ContactHandoverService implements OnModuleInit {
  constructor(private readonly departures: AccountDepartures) {}

  onModuleInit(): void {
    this.departures.register('knowledge.contacts', (manager, departure) => this.handOver(manager, departure));
  }

  async handOver(manager: EntityManager, { userId, municipalityId, reason }: Departure): Promise<void> {
    // Roles the person held: the deputy moves up, else the longest-serving other officer. With
    // nobody left the role stays with the departed person (shown as such) and the notice asks
    // the coordination office to find someone; the same for direct contacts.
    // (A CTE, because TypeORM answers a bare `update … returning` with [rows, count].)
    const held: { id: string }[] = await manager.query(
      `with moved as (update contact_role r set
          holder_user_id = coalesce(
            (select d.id from ${ACTIVE_ACCOUNTS_SQL} d where d.id = r.deputy_user_id and d.id <> $1),
            (select u.id from ${ACTIVE_ACCOUNTS_SQL} u
              where u.municipality_id = r.municipality_id and u.role = 'OFFICER' and u.id <> $1
              order by u.created_at, u.id limit 1),
            r.holder_user_id),
          deputy_user_id = null, updated_at = now()
        where r.holder_user_id = $1 returning r.id) select id from moved`,
      [userId],
    );
    const deputised: { id: string }[] = await manager.query(
      `with moved as (update contact_role set deputy_user_id = null, updated_at = now() where deputy_user_id = $1 returning id) select id from moved`,
      [userId],
    );
    const direct: { id: string }[] = await manager.query(
      `with moved as (update case_study c set contact_user_id = coalesce(${fallbackContactSql('$2::uuid', '$1::uuid')}, c.contact_user_id)
        where c.contact_user_id = $1 returning c.id) select id from moved`,
      [userId, municipalityId],
    );
    if (held.length + deputised.length + direct.length === 0) return;
    await recordEvents(manager, {
      type: 'knowledge.contacts-handed-over',
      payload: {
        userId,
        municipalityId,
        reason,
        roleIds: [...held, ...deputised].map((r) => r.id),
        caseStudyIds: direct.map((c) => c.id),
      },
    } satisfies KnowledgeEvent);
  }
}
