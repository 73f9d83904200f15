import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Keyset, Page, PageRequest, PlatformError, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { ACCOUNTS_SQL, Actor, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import type { KnowledgeEvent } from '../knowledge.events';
import { canRead, ContentStatus, isOwner, Visibility } from '../shared/content-policy';
import { REGISTRATION_COLUMNS, RegistrationRecord, RegistrationStatus } from './event.types';
import { fillFreeSeats } from './waitlist';

/** Registered by time, then waitlisted in waitlist order, then cancelled. */
const REGISTRATION_ORDER = new Keyset([
  { sql: `(case r.status when 'REGISTERED' then 0 when 'WAITLISTED' then 1 else 2 end)`, kind: 'int' },
  { sql: `date_trunc('milliseconds', coalesce(r.waitlisted_at, r.created_at))`, kind: 'timestamp' },
  { sql: 'r.id', kind: 'uuid', field: 'id' },
]);

interface LockedEvent {
  id: string;
  status: ContentStatus;
  visibility: Visibility;
  municipality_id: string;
  capacity: number | null;
  starts_at: Date;
  registration_deadline: Date | null;
  /** The database clock, so deadlines do not depend on the gateway's clock. */
  now: Date;
}

/**
 * Registrations for events: capacity, deadline and the waitlist. Every change locks the event
 * row first, so concurrent registrations are counted one after another and never overfill it.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Registers the caller; when every seat is taken they are waitlisted instead. */
  async register(actor: Actor | null, eventId: string): Promise<RegistrationRecord> {
    const who = requireRole(actor);
    const id = await this.db.transaction(async (manager) => {
      const event = await this.lockReadable(manager, who, eventId);
      const closed =
        event.status !== 'PUBLISHED' ||
        event.starts_at.getTime() <= event.now.getTime() ||
        (event.registration_deadline !== null && event.registration_deadline.getTime() < event.now.getTime());
      if (closed) throw new KnowledgeError('REGISTRATION_CLOSED', 'id');
      const [existing] = (await manager.query(`select id, status from registration where event_id = $1 and user_id = $2`, [eventId, who.id])) as Array<{
        id: string;
        status: RegistrationStatus;
      }>;
      if (existing && existing.status !== 'CANCELLED') throw new KnowledgeError('ALREADY_REGISTERED', 'id');
      const [{ taken }] = (await manager.query(`select count(*)::int as taken from registration where event_id = $1 and status = 'REGISTERED'`, [
        eventId,
      ])) as [{ taken: number }];
      const status: RegistrationStatus = event.capacity !== null && taken >= event.capacity ? 'WAITLISTED' : 'REGISTERED';
      // clock_timestamp, not now(): the waitlist order is the order in which the lock was won.
      const [{ id }] = (await manager.query(
        `insert into registration (event_id, user_id, status, waitlisted_at) values ($1, $2, $3, case when $3 = 'WAITLISTED' then clock_timestamp() end)
         on conflict (event_id, user_id) do update
           set status = excluded.status, waitlisted_at = excluded.waitlisted_at, created_at = now(), updated_at = now()
         returning id`,
        [eventId, who.id, status],
      )) as [{ id: string }];
      await this.audit.record(manager, auditActor(who), {
        action: status === 'WAITLISTED' ? 'event.waitlisted' : 'event.registered', subjectType: 'Event', subjectId: eventId, details: { registrationId: id },
      });
      await recordEvents(
        manager,
        { type: 'knowledge.registration-changed', payload: { eventId, registrationId: id, userId: who.id, status } } satisfies KnowledgeEvent,
        { type: 'knowledge.registration-confirmed', payload: { eventId, registrationId: id, userId: who.id, status } } satisfies KnowledgeEvent,
      );
      return id;
    });
    return this.loadOrFail(id);
  }

  /** Cancels the caller's registration; a freed seat goes to the first person on the waitlist. */
  async cancel(actor: Actor | null, eventId: string): Promise<RegistrationRecord> {
    const who = requireRole(actor);
    const id = await this.db.transaction(async (manager) => {
      const event = await this.lockReadable(manager, who, eventId);
      const [own] = (await manager.query(
        `update registration set status = 'CANCELLED', updated_at = now()
          where event_id = $1 and user_id = $2 and status <> 'CANCELLED'
          returning id`,
        [eventId, who.id],
      )) as [Array<{ id: string }>, number];
      if (!own.length) throw new KnowledgeError('NOT_REGISTERED', 'id');
      const registrationId = own[0].id;
      await this.audit.record(manager, auditActor(who), {
        action: 'event.registration-cancelled', subjectType: 'Event', subjectId: eventId, details: { registrationId },
      });
      await recordEvents(manager, {
        type: 'knowledge.registration-changed',
        payload: { eventId, registrationId, userId: who.id, status: 'CANCELLED' },
      } satisfies KnowledgeEvent);
      if (event.status === 'PUBLISHED' && event.starts_at.getTime() > event.now.getTime()) {
        const promoted = await fillFreeSeats(manager, eventId, event.capacity);
        for (const p of promoted) {
          await this.audit.record(manager, auditActor(who), {
            action: 'event.waitlist-promoted', subjectType: 'Event', subjectId: eventId, details: p as unknown as Record<string, unknown>,
          });
        }
      }
      return registrationId;
    });
    return this.loadOrFail(id);
  }

  /** Registrations of an event for its organisers and coordinators: seats first, then the waitlist in order. */
  async list(actor: Actor | null, eventId: string, page: PageRequest): Promise<Page<RegistrationRecord>> {
    const who = requireRole(actor);
    const [event] = (await this.db.query(`select status, visibility, municipality_id from event where id = $1`, [eventId])) as Array<{
      status: ContentStatus;
      visibility: Visibility;
      municipality_id: string;
    }>;
    const ownerIds = event ? [event.municipality_id] : [];
    if (!event || !canRead(who, { status: event.status, visibility: event.visibility, ownerIds })) throw new KnowledgeError('EVENT_NOT_FOUND', 'id');
    if (who.role !== 'COORDINATOR' && !isOwner(who, { ownerIds })) throw new PlatformError('FORBIDDEN');
    const window = REGISTRATION_ORDER.window(page);
    const params: unknown[] = [eventId, window.limit];
    const after = window.condition((value) => `$${params.push(value)}`);
    const rows = (await this.db.query(
      `select ${REGISTRATION_COLUMNS}, ${REGISTRATION_ORDER.select}
         from registration r join ${ACCOUNTS_SQL} u on u.id = r.user_id
        where r.event_id = $1 and ${after} order by ${REGISTRATION_ORDER.orderBy} limit $2`,
      params,
    )) as RegistrationRecord[];
    const [{ n }] = (await this.db.query(`select count(*)::int as n from registration where event_id = $1`, [eventId])) as [{ n: number }];
    return window.page(rows, n);
  }

  /** The caller's registrations for many events in one statement (for per-request loaders). */
  async ownFor(actor: Actor | null, eventIds: readonly string[]): Promise<Map<string, RegistrationRecord>> {
    if (!actor) return new Map();
    const rows = (await this.db.query(
      `select ${REGISTRATION_COLUMNS} from registration r join ${ACCOUNTS_SQL} u on u.id = r.user_id where r.user_id = $1 and r.event_id = any($2::uuid[])`,
      [actor.id, eventIds],
    )) as RegistrationRecord[];
    return new Map(rows.map((r) => [r.eventId, r]));
  }

  /**
   * The place of each waitlisted registration on its event's waiting list (1 moves up next),
   * in the order seats are given (see fillFreeSeats); registrations not waitlisted are absent.
   */
  async waitlistPositions(registrationIds: readonly string[]): Promise<Map<string, number>> {
    const rows = (await this.db.query(
      `select r.id,
              (select count(*)::int from registration o
                where o.event_id = r.event_id and o.status = 'WAITLISTED' and (o.waitlisted_at, o.id) <= (r.waitlisted_at, r.id)) as position
         from registration r
        where r.id = any($1::uuid[]) and r.status = 'WAITLISTED'`,
      [registrationIds],
    )) as Array<{ id: string; position: number }>;
    return new Map(rows.map((r) => [r.id, r.position]));
  }

  /** Locks the event row; NOT_FOUND when the caller may not read the event. */
  private async lockReadable(manager: EntityManager, actor: Actor, eventId: string): Promise<LockedEvent> {
    const [event] = (await manager.query(
      `select id, status, visibility, municipality_id, capacity, starts_at, registration_deadline, now() as now from event where id = $1 for update`,
      [eventId],
    )) as LockedEvent[];
    if (!event || !canRead(actor, { status: event.status, visibility: event.visibility, ownerIds: [event.municipality_id] })) {
      throw new KnowledgeError('EVENT_NOT_FOUND', 'id');
    }
    return event;
  }

  private async loadOrFail(id: string): Promise<RegistrationRecord> {
    const [row] = (await this.db.query(`select ${REGISTRATION_COLUMNS} from registration r join ${ACCOUNTS_SQL} u on u.id = r.user_id where r.id = $1`, [
      id,
    ])) as RegistrationRecord[];
    if (!row) throw new KnowledgeError('NOT_REGISTERED', 'id');
    return row;
  }
}
