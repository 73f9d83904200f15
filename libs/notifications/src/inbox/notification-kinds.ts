import type { Locale } from '@ikone/membership';
import { formatDateTime } from '../email/email-layout';

/** Every kind of in-app notification (and of the notice email that may go with it). */
export const NOTIFICATION_KINDS = [
  'CASE_STUDY_PUBLISHED',
  'EVENT_PUBLISHED',
  'CONTENT_APPROVED',
  'CONTENT_CHANGES_REQUESTED',
  'CONTENT_REJECTED',
  'CONTENT_ARCHIVED',
  'REGISTRATION_CHANGED',
  'REGISTRATION_CONFIRMED',
  'EVENT_CHANGED',
  'EVENT_CANCELLED',
  'WAITLIST_PROMOTED',
  'EVENT_REMINDER',
  'REUSE_REQUESTED',
  'REUSE_UPDATED',
  'REPORT_FILED',
  'MEMBERSHIP_APPLICATION',
  'CONTACT_HANDED_OVER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What a notification stores beside its title, so the sentence can be written in the
 * reader's language at read time. All optional: old rows must keep rendering.
 */
export interface NotificationData {
  subjectType?: 'CaseStudy' | 'Event';
  municipality?: string;
  topics?: string[];
  topicsEn?: string[];
  startsAt?: string;
  comment?: string | null;
  person?: string;
  status?: string;
  fields?: string[];
  reason?: string;
  note?: string | null;
  requester?: string;
  owner?: string;
  message?: string;
  /** CONTACT_HANDED_OVER: each role or case study whose contact passed on, and to whom (null: nobody left). */
  handovers?: Array<{ kind: 'role' | 'case-study'; label: string; holder: string | null }>;
}

/** The subject line, the sentence and an optional quoted text of a notification. */
export interface NotificationText {
  subject: string;
  sentence: string;
  quote: string | null;
}

const FIELD_LABELS: Record<Locale, Record<string, string>> = {
  de: { startsAt: 'Beginn', endsAt: 'Ende', location: 'Ort', onlineUrl: 'Online-Zugang', format: 'Format', title: 'Titel', capacity: 'Plätze' },
  en: { startsAt: 'start', endsAt: 'end', location: 'place', onlineUrl: 'online access', format: 'format', title: 'title', capacity: 'seats' },
};

const REGISTRATION: Record<Locale, Record<string, (p: string, t: string) => string>> = {
  de: {
    REGISTERED: (p, t) => `${p} hat sich zu „${t}“ angemeldet.`,
    WAITLISTED: (p, t) => `${p} steht auf der Warteliste für „${t}“.`,
    CANCELLED: (p, t) => `${p} hat die Anmeldung zu „${t}“ storniert.`,
  },
  en: {
    REGISTERED: (p, t) => `${p} registered for “${t}”.`,
    WAITLISTED: (p, t) => `${p} is on the waiting list for “${t}”.`,
    CANCELLED: (p, t) => `${p} cancelled their registration for “${t}”.`,
  },
};

const REUSE_STATUS: Record<Locale, Record<string, string>> = {
  de: { REQUESTED: 'angefragt', IN_TALKS: 'im Gespräch', ADOPTED: 'nachgenutzt', DECLINED: 'abgelehnt' },
  en: { REQUESTED: 'requested', IN_TALKS: 'in talks', ADOPTED: 'adopted', DECLINED: 'declined' },
};

const REPORT_REASON: Record<Locale, Record<string, string>> = {
  de: { SPAM: 'Spam', OFFENSIVE: 'anstößig', INCORRECT: 'fehlerhaft', OTHER: 'aus anderem Grund problematisch' },
  en: { SPAM: 'spam', OFFENSIVE: 'offensive', INCORRECT: 'incorrect', OTHER: 'problematic for another reason' },
};

function item(data: NotificationData, locale: Locale): string {
  const event = data.subjectType === 'Event';
  if (locale === 'en') return event ? 'event' : 'case study';
  return event ? 'Ihre Veranstaltung' : 'Ihr Praxisbeispiel';
}

/** The words of a notification in German or English; used in-app and in emails alike. */
export function describeNotification(kind: NotificationKind, title: string, data: NotificationData, locale: Locale): NotificationText {
  const de = locale === 'de';
  const m = data.municipality ?? (de ? 'Eine Mitgliedskommune' : 'A member municipality');
  const when = data.startsAt ? formatDateTime(data.startsAt, locale) : null;
  const quote = null;
  switch (kind) {
    case 'CASE_STUDY_PUBLISHED':
      return de
        ? { subject: `Neues Praxisbeispiel: ${title}`, sentence: `${m} hat ein neues Praxisbeispiel veröffentlicht: „${title}“.`, quote }
        : { subject: `New case study: ${title}`, sentence: `${m} published a new case study: “${title}”.`, quote };
    case 'EVENT_PUBLISHED':
      return de
        ? { subject: `Neue Veranstaltung: ${title}`, sentence: `${m} lädt ein: „${title}“${when ? ` am ${when}` : ''}.`, quote }
        : { subject: `New event: ${title}`, sentence: `${m} invites you to “${title}”${when ? ` on ${when}` : ''}.`, quote };
    case 'CONTENT_APPROVED':
      return de
        ? { subject: `Freigegeben: ${title}`, sentence: `${item(data, locale)} „${title}“ wurde freigegeben und ist veröffentlicht.`, quote: data.comment ?? null }
        : { subject: `Approved: ${title}`, sentence: `Your ${item(data, locale)} “${title}” was approved and is published.`, quote: data.comment ?? null };
    case 'CONTENT_CHANGES_REQUESTED':
      return de
        ? { subject: `Änderungen erbeten: ${title}`, sentence: `Die Koordinierungsstelle bittet um Änderungen an ${data.subjectType === 'Event' ? 'Ihrer Veranstaltung' : 'Ihrem Praxisbeispiel'} „${title}“:`, quote: data.comment ?? null }
        : { subject: `Changes requested: ${title}`, sentence: `The coordination office asks for changes to your ${item(data, locale)} “${title}”:`, quote: data.comment ?? null };
    case 'CONTENT_REJECTED':
      return de
        ? { subject: `Abgelehnt: ${title}`, sentence: `${item(data, locale)} „${title}“ wurde nicht zur Veröffentlichung angenommen. Begründung:`, quote: data.comment ?? null }
        : { subject: `Rejected: ${title}`, sentence: `Your ${item(data, locale)} “${title}” was not accepted for publication. Reason:`, quote: data.comment ?? null };
    case 'CONTENT_ARCHIVED':
      return de
        ? { subject: `Archiviert: ${title}`, sentence: `${item(data, locale)} „${title}“ wurde von der Koordinierungsstelle archiviert.`, quote: data.comment ?? null }
        : { subject: `Archived: ${title}`, sentence: `Your ${item(data, locale)} “${title}” was archived by the coordination office.`, quote: data.comment ?? null };
    case 'REGISTRATION_CHANGED': {
      const person = data.person ?? (de ? 'Eine Person' : 'Someone');
      const text = REGISTRATION[locale][data.status ?? 'REGISTERED'] ?? REGISTRATION[locale].REGISTERED;
      return { subject: de ? `Anmeldung: ${title}` : `Registration: ${title}`, sentence: text(person, title), quote };
    }
    case 'REGISTRATION_CONFIRMED':
      if (data.status === 'WAITLISTED') {
        return de
          ? { subject: `Warteliste: ${title}`, sentence: `Alle Plätze für „${title}“ sind vergeben: Sie stehen auf der Warteliste. Sagt jemand ab, rücken Sie nach und erhalten eine E-Mail.`, quote }
          : { subject: `Waiting list: ${title}`, sentence: `All seats for “${title}” are taken: you are on the waiting list. If someone cancels, you move up and get an email.`, quote };
      }
      return de
        ? { subject: `Angemeldet: ${title}`, sentence: `Sie sind zu „${title}“ angemeldet.${when ? ` Beginn: ${when}.` : ''} Den Termin für Ihren Kalender finden Sie in dieser E-Mail.`, quote }
        : { subject: `Registered: ${title}`, sentence: `You are registered for “${title}”.${when ? ` Start: ${when}.` : ''} The appointment for your calendar comes with this email.`, quote };
    case 'EVENT_CHANGED': {
      const fields = (data.fields ?? []).map((f) => FIELD_LABELS[locale][f]).filter((f): f is string => Boolean(f));
      const what = fields.length > 0 ? ` (${fields.join(', ')})` : '';
      return de
        ? { subject: `Geändert: ${title}`, sentence: `Die Veranstaltung „${title}“, zu der Sie angemeldet sind, wurde geändert${what}.${when ? ` Beginn: ${when}.` : ''}`, quote }
        : { subject: `Changed: ${title}`, sentence: `The event “${title}” you registered for has changed${what}.${when ? ` Start: ${when}.` : ''}`, quote };
    }
    case 'EVENT_CANCELLED':
      return de
        ? { subject: `Abgesagt: ${title}`, sentence: `Die Veranstaltung „${title}“, zu der Sie angemeldet waren, wurde abgesagt.`, quote: data.reason ?? null }
        : { subject: `Cancelled: ${title}`, sentence: `The event “${title}” you registered for was cancelled.`, quote: data.reason ?? null };
    case 'WAITLIST_PROMOTED':
      return de
        ? { subject: `Sie haben einen Platz: ${title}`, sentence: `Für „${title}“ ist ein Platz frei geworden: Sie sind jetzt angemeldet.${when ? ` Beginn: ${when}.` : ''}`, quote }
        : { subject: `You have a seat: ${title}`, sentence: `A seat became free for “${title}”: you are now registered.${when ? ` Start: ${when}.` : ''}`, quote };
    case 'EVENT_REMINDER':
      return de
        ? { subject: `Erinnerung: ${title}`, sentence: `Morgen ist es so weit: Sie sind zu „${title}“ angemeldet.${when ? ` Beginn: ${when}.` : ''}`, quote }
        : { subject: `Reminder: ${title}`, sentence: `Coming up: you are registered for “${title}”.${when ? ` Start: ${when}.` : ''}`, quote };
    case 'REUSE_REQUESTED': {
      const requester = data.requester ?? m;
      const owner = data.owner ?? m;
      return de
        ? { subject: `Nachnutzungsanfrage: ${title}`, sentence: `${requester} möchte das Praxisbeispiel „${title}“ von ${owner} nachnutzen.`, quote: data.message ?? null }
        : { subject: `Reuse request: ${title}`, sentence: `${requester} would like to reuse the case study “${title}” of ${owner}.`, quote: data.message ?? null };
    }
    case 'REUSE_UPDATED': {
      const label = REUSE_STATUS[locale][data.status ?? ''] ?? data.status ?? '';
      return de
        ? { subject: `Nachnutzung ${label}: ${title}`, sentence: `Die Nachnutzungsanfrage von ${data.requester ?? m} zum Praxisbeispiel „${title}“ (${data.owner ?? m}) ist jetzt: ${label}.`, quote }
        : { subject: `Reuse ${label}: ${title}`, sentence: `The reuse request of ${data.requester ?? m} for the case study “${title}” (${data.owner ?? m}) is now: ${label}.`, quote };
    }
    case 'REPORT_FILED': {
      const reason = REPORT_REASON[locale][data.reason ?? 'OTHER'] ?? data.reason ?? '';
      return de
        ? { subject: `Neue Meldung: ${title}`, sentence: `Ein Inhalt wurde als ${reason} gemeldet: „${title}“.`, quote: data.note ?? null }
        : { subject: `New report: ${title}`, sentence: `Content was reported as ${reason}: “${title}”.`, quote: data.note ?? null };
    }
    case 'MEMBERSHIP_APPLICATION':
      return de
        ? { subject: `Neuer Mitgliedsantrag: ${title}`, sentence: `${title} möchte Mitglied des Netzwerks werden.${data.person ? ` Antrag von ${data.person}.` : ''}`, quote: data.message ?? null }
        : { subject: `New membership application: ${title}`, sentence: `${title} would like to join the network.${data.person ? ` Application by ${data.person}.` : ''}`, quote: data.message ?? null };
    case 'CONTACT_HANDED_OVER': {
      const why = data.reason === 'DELETED' ? (de ? 'hat ihr Konto gelöscht' : 'deleted their account') : de ? 'wurde gesperrt' : 'was disabled';
      return de
        ? { subject: `Kontakte weitergegeben: ${title}`, sentence: `Eine Kontaktperson von ${title} ${why}. Die Kontakte wurden weitergegeben:`, quote: handoverList(data, locale) }
        : { subject: `Contacts handed on: ${title}`, sentence: `A contact person of ${title} ${why}. Their contacts were handed on:`, quote: handoverList(data, locale) };
    }
  }
}

function handoverList(data: NotificationData, locale: Locale): string {
  const de = locale === 'de';
  return (data.handovers ?? [])
    .map((h) => {
      const what = h.kind === 'role' ? (de ? `Kontaktrolle „${h.label}“` : `contact role “${h.label}”`) : de ? `„${h.label}“` : `“${h.label}”`;
      const who = h.holder ?? (de ? 'niemand – bitte neu besetzen' : 'nobody – please assign someone');
      return `${what} → ${who}`;
    })
    .join('; ');
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
