import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import type { Actor } from '@ikone/membership';
import { KnowledgeError } from '../knowledge.error';
import { canRead } from '../shared/content-policy';
import { EVENT_COLUMNS, EventRecord } from './event.types';
import { IcalEvent, renderCalendar } from './ical';
import { toIcalEvent } from './ical-event';

/** How far back the public calendar reaches, and how many events it holds at most. */
const FEED_PAST_DAYS = 90;
const FEED_LIMIT = 2000;

/**
 * iCalendar files for calendar apps. The online link never appears in them: a calendar file
 * is easily forwarded, and the link is for registered people only.
 */
@Injectable()
export class EventCalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * One event as a calendar. Anonymous callers get PUBLIC published or cancelled events only;
   * signed-in callers whatever they may read. NOT_FOUND otherwise, revealing nothing.
   */
  async forEvent(actor: Actor | null, id: string, now = new Date()): Promise<string> {
    const [row] = (await this.db.query(`select ${EVENT_COLUMNS} from event e where e.id = $1`, [id])) as EventRecord[];
    const readable = row && (actor
      ? canRead(actor, { status: row.status, visibility: row.visibility, ownerIds: [row.municipalityId] })
      : row.visibility === 'PUBLIC' && (row.status === 'PUBLISHED' || row.status === 'CANCELLED'));
    if (!readable) throw new KnowledgeError('EVENT_NOT_FOUND', 'id');
    return renderCalendar({ name: row.title, events: [this.toIcal(row)], now });
  }

  /** Public published and cancelled events (optionally of one topic) from 90 days ago on. */
  async forTopic(topicSlug: string | null, now = new Date()): Promise<string> {
    let name = 'IKONE – Veranstaltungen';
    const params: unknown[] = [new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000), FEED_LIMIT];
    let topicCondition = '';
    if (topicSlug !== null) {
      const [topic] = (await this.db.query(`select id, name_de from topic where slug = $1`, [topicSlug])) as Array<{ id: string; name_de: string }>;
      if (!topic) throw new KnowledgeError('TOPIC_NOT_FOUND', 'topic');
      name = `${name}: ${topic.name_de}`;
      params.push(topic.id);
      topicCondition = `and exists (select 1 from event_topic et where et.event_id = e.id and et.topic_id = $3)`;
    }
    const rows = (await this.db.query(
      `select ${EVENT_COLUMNS} from event e
        where e.visibility = 'PUBLIC' and e.status in ('PUBLISHED','CANCELLED') and e.starts_at >= $1 ${topicCondition}
        order by e.starts_at, e.id limit $2`,
      params,
    )) as EventRecord[];
    return renderCalendar({ name, events: rows.map((r) => this.toIcal(r)), now });
  }

  private toIcal(e: EventRecord): IcalEvent {
    return toIcalEvent(e, this.config.publicUrl);
  }
}
