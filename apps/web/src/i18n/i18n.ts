import { IntlMessageFormat } from 'intl-messageformat';

/** The languages of the web application; German is the source of every text. */
export type Locale = 'de' | 'en';
export const LOCALES: readonly Locale[] = ['de', 'en'];
export const TIME_ZONE = 'Europe/Berlin';

export type Values = Record<string, string | number | Date | boolean | null | undefined>;

/** A set of messages in both languages; English must have every key of German. */
export interface Catalog<K extends string> {
  readonly de: Record<K, string>;
  readonly en: Record<K, string>;
}

/** Declares the messages of one page or component, German first (ICU message syntax). */
export function messages<const K extends string>(de: Record<K, string>, en: Record<K, string>): Catalog<K> {
  return { de, en };
}

const formats = new Map<string, IntlMessageFormat>();

/** Formats one ICU message; plain strings skip the parser. */
export function format(locale: Locale, message: string, values?: Values): string {
  if (!message.includes('{')) return message;
  const key = `${locale}\u0000${message}`;
  let compiled = formats.get(key);
  if (!compiled) {
    compiled = new IntlMessageFormat(message, locale === 'de' ? 'de-DE' : 'en-GB', undefined, { ignoreTag: true });
    formats.set(key, compiled);
  }
  return String(compiled.format(values as Record<string, string | number | Date | boolean>));
}

/** A translate function bound to one catalog and locale. */
export type T<K extends string> = (key: K, values?: Values) => string;

export function translator<K extends string>(catalog: Catalog<K>, locale: Locale): T<K> {
  const table = catalog[locale];
  return (key, values) => format(locale, table[key], values);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { timeZone: TIME_ZONE, ...options });
    dateFormats.set(key, f);
  }
  return f;
}

/** "1. Dezember 2026" / "1 December 2026", in Europe/Berlin. */
export function formatDate(locale: Locale, iso: string | Date): string {
  return dateFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}

/** "1. Dezember 2026, 14:00" / "1 December 2026, 14:00", in Europe/Berlin. */
export function formatDateTime(locale: Locale, iso: string | Date): string {
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "14:00", in Europe/Berlin. */
export function formatTime(locale: Locale, iso: string | Date): string {
  return dateFormat(locale, { timeStyle: 'short' }).format(new Date(iso));
}

/** A whole number in euros: "12.500 €" / "€12,500". */
export function formatEuro(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** The value of a `datetime-local` input for an instant, in Europe/Berlin. */
export function toBerlinLocalInput(iso: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The instant a `datetime-local` value means in Europe/Berlin (DST-aware), or null if malformed. */
export function fromBerlinLocalInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // Berlin is UTC+1 or UTC+2: try both offsets and keep the one that reads back the same.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (toBerlinLocalInput(candidate) === value) return candidate;
  }
  return null;
}
