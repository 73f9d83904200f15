import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@ikone/platform';
import { IcalSource, renderCalendar, SEAT_CALENDAR_ENTRIES_SQL, toIcalEvent } from '@ikone/knowledge';
import { MUNICIPALITIES_SQL } from '@ikone/membership';
import type { NoticeMailData } from '../email/notice.templates';
import type { NotificationKind } from '../inbox/notification-kinds';
import type { DeliveryRow } from './email-delivery.repository';

/** The calendar part of one email. */
export interface EventInvitation {
  method: 'REQUEST' | 'CANCEL';
  content: string;
}

/** Notices that carry the event: the registrant's calendar entry is added, moved or cancelled. */
const CALENDAR_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>(['REGISTRATION_CONFIRMED', 'WAITLIST_PROMOTED', 'EVENT_CHANGED', 'EVENT_CANCELLED']);

type InvitationRow = IcalSource & { userId: string; organiser: string; onlineUrl: string | null };

/**
 * Calendar entries for registrants' emails, built when the email is sent, from the event as
 * it is then: the stored UID and SEQUENCE, METHOD:REQUEST while it takes place and
 * METHOD:CANCEL (STATUS:CANCELLED) once cancelled. Only people holding a seat get one, so the
 * online link inside goes to nobody the API would not show it to; the waiting list gets its
 * entry when it moves up.
 */
@Injectable()
export class EventInvitations {
  private readonly organiserMailbox: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {
    this.organiserMailbox = /<([^<>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
  }

  /** The invitation of each delivery that gets one, by delivery id; one statement for the whole set. */
  async forDeliveries(deliveries: Array<{ delivery: DeliveryRow; data: unknown }>, now = new Date()): Promise<Map<string, EventInvitation>> {
    const wanted = deliveries.filter(({ delivery, data }) => {
      if (delivery.template !== 'notice' || !delivery.userId) return false;
      const notice = data as NoticeMailData;
      return CALENDAR_KINDS.has(notice.kind) && notice.data?.subjectType === 'Event' && typeof notice.subjectId === 'string';
    });
    const result = new Map<string, EventInvitation>();
    if (wanted.length === 0) return result;
    const rows = (await this.db.query(
      `select distinct on (c.event_id, c.user_id) c.event_id as id, c.ical_uid as "icalUid", c.ical_sequence as "icalSequence", c.title, c.description,
              c.status, c.cancel_reason as "cancelReason", c.format, c.location, c.online_url as "onlineUrl", c.starts_at as "startsAt",
              c.ends_at as "endsAt", c.created_at as "createdAt", c.updated_at as "updatedAt", m.name as organiser, c.user_id as "userId"
         from unnest($1::uuid[], $2::uuid[]) as p(event_id, user_id)
         join ${SEAT_CALENDAR_ENTRIES_SQL} c on c.event_id = p.event_id and c.user_id = p.user_id
         join ${MUNICIPALITIES_SQL} m on m.id = c.municipality_id`,
      [wanted.map(({ data }) => (data as NoticeMailData).subjectId), wanted.map(({ delivery }) => delivery.userId)],
    )) as InvitationRow[];
    const byKey = new Map(rows.map((r) => [`${r.id}:${r.userId}`, r]));
    for (const { delivery, data } of wanted) {
      const notice = data as NoticeMailData;
      const row = byKey.get(`${notice.subjectId}:${delivery.userId}`);
      if (!row) continue;
      const method = row.status === 'CANCELLED' ? 'CANCEL' : 'REQUEST';
      const event = {
        ...toIcalEvent(row, this.config.publicUrl, { onlineUrl: method === 'REQUEST' ? row.onlineUrl : null }),
        organizer: { name: row.organiser, email: this.organiserMailbox },
        attendee: { name: notice.displayName ?? delivery.recipient, email: delivery.recipient },
      };
      result.set(delivery.id, { method, content: renderCalendar({ name: row.title, method, events: [event], now }) });
    }
    return result;
  }
}
