import type { EventRecord } from './event.types';
import type { IcalEvent } from './ical';
import { markdownToText } from './plain-text';

/** What a calendar entry is made of: the event's own columns, no counts. */
export type IcalSource = Pick<
  EventRecord,
  'id' | 'icalUid' | 'icalSequence' | 'title' | 'description' | 'status' | 'cancelReason' | 'format' | 'location' | 'startsAt' | 'endsAt' | 'createdAt' | 'updatedAt'
>;

/**
 * One event as calendars see it, the same in the feeds and in invitations. The online link
 * appears only when the caller passes it, which they do for registered people alone: calendar
 * files are easily forwarded.
 */
export function toIcalEvent(e: IcalSource, publicUrl: string, options: { onlineUrl?: string | null } = {}): IcalEvent {
  const cancelled = e.status === 'CANCELLED';
  const text = markdownToText(e.description);
  const access = options.onlineUrl && !cancelled && e.format !== 'ON_SITE' ? `Online-Zugang / Online access: ${options.onlineUrl}\n\n` : '';
  return {
    uid: e.icalUid,
    sequence: e.icalSequence,
    summary: cancelled ? `Abgesagt: ${e.title}` : e.title,
    description: cancelled && e.cancelReason ? `Abgesagt: ${e.cancelReason}\n\n${text}`.trim() : `${access}${text}`.trim(),
    location: e.format === 'ONLINE' ? 'Online' : e.format === 'HYBRID' ? `${e.location ?? ''} und online`.trim() : e.location,
    url: `${publicUrl}/veranstaltungen/${e.id}`,
    startsAt: new Date(e.startsAt),
    endsAt: new Date(e.endsAt),
    cancelled,
    createdAt: new Date(e.createdAt),
    lastModified: new Date(e.updatedAt),
  };
}
