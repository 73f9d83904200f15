import { tzlib_get_ical_block } from 'timezones-ical-library';

/**
 * A small RFC 5545 writer for published events: just what calendar apps need to show and
 * update them (stable UID, SEQUENCE, STATUS, local Europe/Berlin times with a VTIMEZONE).
 * ical-generator was weighed and refused (ADR 0033): without a date library it writes UTC times
 * under TZID=Europe/Berlin and floating DTSTAMPs.
 */

export const ICAL_TIMEZONE = 'Europe/Berlin';

/** One VEVENT, already reduced to what a public calendar may show. */
export interface IcalEvent {
  uid: string;
  sequence: number;
  summary: string;
  /** Plain text, no HTML. */
  description: string;
  location: string | null;
  url: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  createdAt: Date;
  lastModified: Date;
  /** For invitations (METHOD:REQUEST/CANCEL, RFC 5546): who organises it, and whom it is for. */
  organizer?: IcalPerson;
  attendee?: IcalPerson;
}

/** A calendar user: a display name and a mailbox. */
export interface IcalPerson {
  name: string;
  email: string;
}

/**
 * PUBLISH: a calendar to subscribe to or import. REQUEST: the event for one registrant, new or
 * updated; CANCEL: it is cancelled (RFC 5546). Mail clients offer to update the calendar.
 */
export type IcalMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface IcalCalendar {
  name: string;
  /** Default PUBLISH. */
  method?: IcalMethod;
  events: IcalEvent[];
  /** DTSTAMP of every VEVENT: when this file was made. */
  now: Date;
}

/**
 * The VTIMEZONE of Europe/Berlin from the IANA time zone database (timezones-ical-library,
 * ADR 0033), not written by hand: a change of the daylight-saving rules arrives with an update.
 */
const VTIMEZONE = ((): string[] => {
  const [block] = tzlib_get_ical_block(ICAL_TIMEZONE);
  if (typeof block !== 'string' || !block.startsWith('BEGIN:VTIMEZONE')) throw new Error(`VTIMEZONE für ${ICAL_TIMEZONE} fehlt`);
  return block.split(/\r?\n/).filter((line) => line !== '');
})();

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1); continuation lines
 * start with one space. Never splits a UTF-8 character (umlauts are two octets).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `20261124T093000Z` */
export function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: ICAL_TIMEZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Wall-clock time in Europe/Berlin, `20261124T103000` (for DTSTART;TZID=Europe/Berlin). */
export function berlinLocal(date: Date): string {
  const p = Object.fromEntries(berlin.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

/** A quoted parameter value (RFC 5545 §3.2): double quotes are not allowed inside, so they go. */
function paramText(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

function vevent(e: IcalEvent, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${ICAL_TIMEZONE}:${berlinLocal(e.startsAt)}`,
    `DTEND;TZID=${ICAL_TIMEZONE}:${berlinLocal(e.endsAt)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    `URL:${e.url}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `CREATED:${utcStamp(e.createdAt)}`,
    `LAST-MODIFIED:${utcStamp(e.lastModified)}`,
    ...(e.organizer ? [`ORGANIZER;CN=${paramText(e.organizer.name)}:mailto:${e.organizer.email}`] : []),
    ...(e.attendee ? [`ATTENDEE;CN=${paramText(e.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:${e.attendee.email}`] : []),
    'END:VEVENT',
  ];
}

/** A complete iCalendar object with CRLF line ends, ready to send as text/calendar. */
export function renderCalendar(calendar: IcalCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//IKONE//Veranstaltungen//DE',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${calendar.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${ICAL_TIMEZONE}`,
    ...VTIMEZONE,
    ...calendar.events.flatMap((e) => vevent(e, calendar.now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
