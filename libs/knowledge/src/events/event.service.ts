import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Keyset, Page, PageRequest, PlatformError, recordEvents } from '@ikone/platform';
import { AuditService } from '@ikone/audit';
import { Actor, MUNICIPALITIES_SQL, auditActor, requireRole } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import { requireWritableMunicipality } from '../shared/ownership';
import type { KnowledgeEvent } from '../knowledge.events';
import { ContentLifecycleService } from '../review/content-lifecycle.service';
import { requireEditable, requireStep } from '../review/lifecycle-rules';
import { canRead, ContentStatus, visibilitySql } from '../shared/content-policy';
import type { TopicEntity } from '../topic.entity';
import { CALENDAR_FIELDS, changedFields, checkEventRules, NOTIFIED_FIELDS } from './event-rules';
import { EventKind } from './event.kind';
import { EVENT_COLUMNS, EventFilter, EventInput, EventRecord } from './event.types';
import { fillFreeSeats } from './waitlist';
import { namesPartnerSql, partnerIdsFor, setPartnerLinks } from '../shared/partner-links';

/** Statuses an event list shows when the caller names none: live ones, and cancelled ones so people see the cancellation. */
const DEFAULT_LIST_STATUSES: ContentStatus[] = ['PUBLISHED', 'CANCELLED'];
const BY_START = new Keyset([{ sql: 'e.starts_at', kind: 'timestamp' }, { sql: 'e.id', kind: 'uuid', field: 'id' }]);

/** Events: authoring by the organiser municipality, reading by everyone entitled, lists by date. */
@Injectable()
export class EventService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: ContentLifecycleService,
    private readonly kind: EventKind,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.uidHost = new URL(config.publicUrl).host;
  }

  /** The right-hand side of new iCal UIDs: the platform's host when the event is created. */
  private readonly uidHost: string;

  async create(actor: Actor | null, input: EventInput): Promise<EventRecord> {
    const who = requireRole(actor, 'OFFICER', 'COORDINATOR');
    if (who.role !== 'COORDINATOR' && input.municipalityId && input.municipalityId !== who.municipalityId) {
      throw new PlatformError('FORBIDDEN', 'input.municipalityId');
    }
    const municipalityId = who.role === 'COORDINATOR' ? input.municipalityId ?? who.municipalityId : who.municipalityId;
    if (!municipalityId) throw new KnowledgeError('UNKNOWN_MUNICIPALITY', 'input.municipalityId');
    const id = await this.db.transaction(async (manager) => {
      await requireWritableMunicipality(manager, who, municipalityId, 'input.municipalityId');
      const topicIds = await this.topicIds(manager, input);
      if (!topicIds) throw new KnowledgeError('TOPIC_REQUIRED', 'input.topicSlugs');
      checkEventRules(input);
      // The UID is fixed here, once: a later change of PUBLIC_URL must not make calendars see a new event (ADR 0018).
      const id = randomUUID();
      await manager.query(
        `insert into event (id, ical_uid, title, description, starts_at, ends_at, format, location, online_url, municipality_id, capacity,
           registration_deadline, visibility, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          id, `${id}@${this.uidHost}`, input.title!.trim(), input.description ?? '', input.startsAt, input.endsAt, input.format,
          this.clean(input.location), this.clean(input.onlineUrl), municipalityId, input.capacity ?? null, input.registrationDeadline ?? null,
          input.visibility, who.id,
        ],
      );
      await this.setTopics(manager, id, topicIds);
      await setPartnerLinks(manager, 'event_partner', id, input.partnerIds);
      await this.audit.record(manager, auditActor(who), { action: 'event.created', subjectType: 'Event', subjectId: id, details: { title: input.title } });
      return id;
    });
    return this.loadOrFail(id);
  }

  /**
   * Edits in DRAFT, CHANGES_REQUESTED and PUBLISHED. A published event stays live, gets a new
   * revision and, when something a calendar shows changed, a higher iCal SEQUENCE; registrants
   * are told about changes of time, place, access or title through `knowledge.event-changed`.
   */
  async update(actor: Actor | null, id: string, input: EventInput): Promise<EventRecord> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    await this.db.transaction(async (manager) => {
      const { row, who } = await this.lifecycle.lockForEditor(manager, this.kind, id, actor);
      if (input.municipalityId !== undefined && who.role !== 'COORDINATOR') throw new PlatformError('FORBIDDEN', 'input.municipalityId');
      requireEditable(row.status, 'id');
      const before = (await this.load(id, manager))!;
      if (input.municipalityId) await requireWritableMunicipality(manager, who, input.municipalityId, 'input.municipalityId');
      const topicIds = await this.topicIds(manager, input);
      const merged: EventRecord = { ...before };
      for (const [key, value] of Object.entries(input) as Array<[keyof EventInput, unknown]>) {
        if (value !== undefined && key !== 'topicSlugs' && key !== 'topicIds' && key !== 'partnerIds') (merged as unknown as Record<string, unknown>)[key] = value;
      }
      merged.location = this.clean(merged.location);
      merged.onlineUrl = this.clean(merged.onlineUrl);
      checkEventRules(merged);
      if (merged.capacity !== null && merged.capacity < before.registeredCount) throw new KnowledgeError('CAPACITY_TOO_SMALL', 'input.capacity');

      const calendarChanges = changedFields(before, merged, CALENDAR_FIELDS);
      await manager.query(
        `update event set title = $2, description = $3, starts_at = $4, ends_at = $5, format = $6, location = $7, online_url = $8,
                municipality_id = $9, capacity = $10, registration_deadline = $11, visibility = $12, updated_at = now(),
                ical_sequence = ical_sequence + $13,
                -- A moved event is reminded again 24 h before its new start.
                reminder_sent_at = case when starts_at is distinct from $4 then null else reminder_sent_at end
          where id = $1`,
        [
          id, merged.title.trim(), merged.description, merged.startsAt, merged.endsAt, merged.format, merged.location, merged.onlineUrl,
          merged.municipalityId, merged.capacity, merged.registrationDeadline, merged.visibility,
          row.status === 'PUBLISHED' && calendarChanges.length ? 1 : 0,
        ],
      );
      if (topicIds) await this.setTopics(manager, id, topicIds);
      await setPartnerLinks(manager, 'event_partner', id, input.partnerIds);
      if (row.status === 'PUBLISHED') {
        await this.lifecycle.recordLiveEdit(manager, this.kind, id, who);
        const notified = changedFields(before, merged, NOTIFIED_FIELDS);
        if (notified.length) {
          await recordEvents(manager, {
            type: 'knowledge.event-changed',
            payload: { eventId: id, fields: notified, sequence: before.icalSequence + 1 },
          } satisfies KnowledgeEvent);
        }
        // More seats (or none limited any more): the waitlist moves up at once.
        if (merged.capacity === null || merged.capacity > before.registeredCount) await fillFreeSeats(manager, id, merged.capacity);
      } else {
        // The first edit after changes were requested opens a new revision for the next review.
        await manager.query(`update event set revision = revision + 1 where id = $1 and revision = reviewed_revision`, [id]);
        await this.audit.record(manager, auditActor(who), { action: 'event.edited', subjectType: 'Event', subjectId: id, details: {} });
      }
    });
    return this.loadOrFail(id);
  }

  /** Sends the event for review; a coordinator's own event publishes at once. */
  async submit(actor: Actor | null, id: string): Promise<EventRecord> {
    await this.asEditor(actor, id, (manager, who) => this.lifecycle.submit(manager, this.kind, id, who));
    return this.loadOrFail(id);
  }

  async archive(actor: Actor | null, id: string, reason?: string | null): Promise<EventRecord> {
    await this.asEditor(actor, id, (manager, who) => this.lifecycle.archive(manager, this.kind, id, who, reason?.trim() || null));
    return this.loadOrFail(id);
  }

  /**
   * Cancels a published event: it stays visible, marked CANCELLED with the reason, and its
   * registrations stay so everyone registered can be told. Calendars see STATUS:CANCELLED
   * with a higher SEQUENCE. Unpublished events cannot be cancelled: the content policy shows
   * every CANCELLED item to its audience, which would publish a draft.
   */
  async cancel(actor: Actor | null, id: string, reason: string): Promise<EventRecord> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    await this.asEditor(actor, id, async (manager, who, status) => {
      if (!reason?.trim()) throw new KnowledgeError('REASON_REQUIRED', 'reason');
      requireStep('cancel', status, 'id');
      await manager.query(
        `update event set status = 'CANCELLED', cancel_reason = $2, ical_sequence = ical_sequence + 1, updated_at = now() where id = $1`,
        [id, reason.trim()],
      );
      await this.audit.record(manager, auditActor(who), {
        action: 'event.cancelled', subjectType: 'Event', subjectId: id, details: { reason: reason.trim() },
      });
      await recordEvents(manager, { type: 'knowledge.event-cancelled', payload: { eventId: id, reason: reason.trim() } } satisfies KnowledgeEvent);
    });
    return this.loadOrFail(id);
  }

  /** The event, if the caller may read it (else NOT_FOUND, not revealing that it exists). */
  async byId(actor: Actor | null, id: string): Promise<EventRecord> {
    const row = await this.load(id);
    if (!row || !canRead(actor, { status: row.status, visibility: row.visibility, ownerIds: [row.municipalityId] })) {
      throw new KnowledgeError('EVENT_NOT_FOUND', 'id');
    }
    return row;
  }

  /**
   * Lists what the caller may read (the same rule as {@link byId}), by start time; two
   * statements whatever the page size.
   */
  async list(actor: Actor | null, filter: EventFilter, page: PageRequest): Promise<Page<EventRecord>> {
    const window = BY_START.window(page);
    const visible = visibilitySql(actor, 'e', '', 'e.municipality_id = :ownMunicipality');
    const where = [visible.sql, 'e.status = any(:statuses)', 'e.starts_at >= :from'];
    const params: Record<string, unknown> = {
      ...visible.params,
      statuses: filter.status?.length ? filter.status : DEFAULT_LIST_STATUSES,
      from: filter.from ?? new Date(),
    };
    if (filter.to) {
      where.push('e.starts_at < :to');
      params.to = filter.to;
    }
    if (filter.topicSlugs?.length) {
      where.push(`exists (select 1 from event_topic et join topic t on t.id = et.topic_id where et.event_id = e.id and t.slug = any(:topicSlugs))`);
      params.topicSlugs = filter.topicSlugs;
    }
    if (filter.municipalitySlugs?.length) {
      where.push(`e.municipality_id in (select m.id from ${MUNICIPALITIES_SQL} m where m.slug = any(:municipalitySlugs))`);
      params.municipalitySlugs = filter.municipalitySlugs;
    }
    if (filter.partnerSlugs?.length) {
      where.push(namesPartnerSql('event_partner', 'e'));
      params.partnerSlugs = filter.partnerSlugs;
    }
    const conditions = where.join(' and ');
    const pageCondition = window.condition((value, i) => {
      params[`after${i}`] = value;
      return `:after${i}`;
    });
    const [sql, values] = this.db.driver.escapeQueryWithParameters(
      `select ${EVENT_COLUMNS}, ${BY_START.select} from event e where ${conditions} and ${pageCondition} order by ${BY_START.orderBy} limit :limit`,
      { ...params, limit: window.limit },
    );
    const [countSql, countValues] = this.db.driver.escapeQueryWithParameters(`select count(*)::int as n from event e where ${conditions}`, params);
    const [rows, [{ n: totalCount }]] = (await Promise.all([this.db.query(sql, values), this.db.query(countSql, countValues)])) as [
      EventRecord[],
      [{ n: number }],
    ];
    return window.page(rows, totalCount);
  }

  /** Topics of many events in one statement (for per-request loaders). */
  /** Loader helper: the partner organisations each event names. */
  partnerIdsFor(ids: readonly string[]): Promise<Map<string, string[]>> {
    return partnerIdsFor(this.db, 'event_partner', ids);
  }

  async topicsFor(eventIds: readonly string[]): Promise<Map<string, TopicEntity[]>> {
    const rows: Array<TopicEntity & { eventId: string }> = await this.db.query(
      `select et.event_id as "eventId", t.id, t.slug, t.name_de as "nameDe", t.name_en as "nameEn", t.description_de as "descriptionDe",
              t.description_en as "descriptionEn", t.created_at as "createdAt"
         from event_topic et join topic t on t.id = et.topic_id where et.event_id = any($1::uuid[]) order by t.name_de`,
      [eventIds],
    );
    const map = new Map<string, TopicEntity[]>();
    for (const { eventId, ...topic } of rows) map.set(eventId, [...(map.get(eventId) ?? []), topic]);
    return map;
  }

  private async asEditor(
    actor: Actor | null,
    id: string,
    work: (manager: EntityManager, who: Actor, status: ContentStatus) => Promise<unknown>,
  ): Promise<void> {
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    await this.db.transaction(async (manager) => {
      const { row, who } = await this.lifecycle.lockForEditor(manager, this.kind, id, actor);
      await work(manager, who, row.status);
    });
  }

  private async load(id: string, manager: EntityManager = this.db.manager): Promise<EventRecord | undefined> {
    const [row] = (await manager.query(`select ${EVENT_COLUMNS} from event e where e.id = $1`, [id])) as EventRecord[];
    return row;
  }

  private async loadOrFail(id: string): Promise<EventRecord> {
    const row = await this.load(id);
    if (!row) throw new KnowledgeError('EVENT_NOT_FOUND', 'id');
    return row;
  }

  private clean(value: string | null | undefined): string | null {
    return value?.trim() || null;
  }



  /** Topic ids named by slug and/or id; null when the input names none (an update keeps the old ones). */
  private async topicIds(manager: EntityManager, input: EventInput): Promise<string[] | null> {
    if (input.topicSlugs === undefined && input.topicIds === undefined) return null;
    const slugs = [...new Set(input.topicSlugs ?? [])];
    const ids = [...new Set(input.topicIds ?? [])];
    if (slugs.length + ids.length === 0) throw new KnowledgeError('TOPIC_REQUIRED', input.topicIds !== undefined ? 'input.topicIds' : 'input.topicSlugs');
    const rows: { id: string; slug: string }[] = await manager.query(
      `select id, slug from topic where slug = any($1::text[]) or id = any($2::uuid[])`,
      [slugs, ids],
    );
    if (slugs.some((s) => !rows.some((r) => r.slug === s))) throw new KnowledgeError('UNKNOWN_TOPIC', 'input.topicSlugs');
    if (ids.some((i) => !rows.some((r) => r.id === i))) throw new KnowledgeError('UNKNOWN_TOPIC', 'input.topicIds');
    return rows.map((r) => r.id);
  }

  private async setTopics(manager: EntityManager, id: string, topicIds: string[]): Promise<void> {
    await manager.query(`delete from event_topic where event_id = $1`, [id]);
    await manager.query(`insert into event_topic (event_id, topic_id) select $1, unnest($2::uuid[])`, [id, topicIds]);
  }
}
