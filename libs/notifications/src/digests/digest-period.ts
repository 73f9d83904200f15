/** Which digest: the daily one or the weekly one. */
export type DigestPeriod = 'daily' | 'weekly';

export const DIGEST_PERIODS: readonly DigestPeriod[] = ['daily', 'weekly'];

/** The wall-clock parts of an instant in a time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), hour: Number(get('hour')), weekday: WEEKDAYS[get('weekday')] ?? 1 };
}

/** ISO 8601 week of a calendar date: the year it belongs to and its number. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides the year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return { year: date.getUTCFullYear(), week };
}

/**
 * The key of the digest period an instant falls in, in the digest time zone:
 * `daily:2026-11-26`, `weekly:2026-W48`. One digest per person and key, ever.
 */
export function periodKey(period: DigestPeriod, at: Date, timeZone: string): string {
  const t = localTime(at, timeZone);
  if (period === 'daily') return `daily:${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
  const w = isoWeek(t.year, t.month, t.day);
  return `weekly:${w.year}-W${String(w.week).padStart(2, '0')}`;
}
