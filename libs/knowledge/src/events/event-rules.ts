import { InputError } from '@ikone/platform';
import { KnowledgeError } from '../knowledge.error';
import type { EventFormat } from './event.types';

/** The fields the rules look at, after an update was merged into the stored event. */
export interface EventShape {
  title?: string;
  startsAt?: Date;
  endsAt?: Date;
  format?: EventFormat;
  location?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  registrationDeadline?: Date | null;
  visibility?: string;
}

const REQUIRED: Array<[keyof EventShape, string]> = [
  ['title', 'title'],
  ['startsAt', 'startsAt'],
  ['endsAt', 'endsAt'],
  ['format', 'format'],
  ['visibility', 'visibility'],
];

/** True for absolute http(s) URLs; anything else (javascript:, data:, relative) could run or mislead. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Checks an event as a whole (the transport validates single fields; these rules span several,
 * and protect callers other than GraphQL too). `prefix` is the input's path, e.g. `input`.
 */
export function checkEventRules(e: EventShape, prefix = 'input'): void {
  const missing = REQUIRED.filter(([key]) => e[key] === undefined || e[key] === null || (typeof e[key] === 'string' && !(e[key] as string).trim()));
  if (missing.length) {
    throw new InputError(missing.map(([, path]) => ({ path: `${prefix}.${path}`, de: 'darf nicht leer sein', en: 'must not be empty' })));
  }
  if (e.endsAt!.getTime() < e.startsAt!.getTime()) throw new KnowledgeError('ENDS_BEFORE_START', `${prefix}.endsAt`);
  if (e.registrationDeadline && e.registrationDeadline.getTime() > e.startsAt!.getTime()) {
    throw new KnowledgeError('DEADLINE_AFTER_START', `${prefix}.registrationDeadline`);
  }
  if ((e.format === 'ON_SITE' || e.format === 'HYBRID') && !e.location?.trim()) throw new KnowledgeError('LOCATION_REQUIRED', `${prefix}.location`);
  if ((e.format === 'ONLINE' || e.format === 'HYBRID') && !e.onlineUrl?.trim()) throw new KnowledgeError('ONLINE_URL_REQUIRED', `${prefix}.onlineUrl`);
  if (e.onlineUrl && !isHttpUrl(e.onlineUrl)) throw new KnowledgeError('ONLINE_URL_INVALID', `${prefix}.onlineUrl`);
  if (e.capacity !== undefined && e.capacity !== null && (!Number.isInteger(e.capacity) || e.capacity < 1)) {
    throw new KnowledgeError('CAPACITY_INVALID', `${prefix}.capacity`);
  }
}

/** Fields a calendar shows: a change to any of them raises the iCal SEQUENCE. */
export const CALENDAR_FIELDS = ['title', 'description', 'startsAt', 'endsAt', 'format', 'location', 'onlineUrl'] as const;
/** Fields registrants must hear about when they change (time, place, access, title). */
export const NOTIFIED_FIELDS = ['title', 'startsAt', 'endsAt', 'format', 'location', 'onlineUrl'] as const;

/** Names of the fields in `keys` whose values differ between two versions of an event. */
export function changedFields<T extends object>(before: T, after: T, keys: readonly (keyof T & string)[]): string[] {
  const norm = (v: unknown) => (v instanceof Date ? v.getTime() : (v ?? null));
  return keys.filter((k) => norm(before[k]) !== norm(after[k]));
}
