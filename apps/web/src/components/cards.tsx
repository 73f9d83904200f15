import type { Locale } from '../i18n/i18n';
import { formatDate, formatDateTime, formatTime, translator } from '../i18n/i18n';
import { labels } from './labels';
import { Badge } from './pagination';

export interface EventCardData {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  format: 'ON_SITE' | 'ONLINE' | 'HYBRID';
  status: string;
  location?: string | null;
  organiser: { name: string };
}

export interface CaseStudyCardData {
  id: string;
  slug: string;
  title: string;
  summary: string;
  maturity: 'IDEA' | 'PILOT' | 'ROLLOUT' | 'OPERATIONAL' | 'DISCONTINUED';
  publishedAt?: string | null;
  municipality: { name: string };
}

const sameBerlinDay = (locale: Locale, a: string, b: string) => formatDate(locale, a) === formatDate(locale, b);

/** "1. Dezember 2026, 14:00 – 16:00" (or both dates when it spans days), Europe/Berlin. */
export function eventWhen(locale: Locale, startsAt: string, endsAt: string): string {
  const end = sameBerlinDay(locale, startsAt, endsAt) ? formatTime(locale, endsAt) : formatDateTime(locale, endsAt);
  return `${formatDateTime(locale, startsAt)} – ${end}`;
}

/** Events as a list of cards; the heading level follows the page's outline. */
export function EventCards({ events, locale, level = 2 }: { events: EventCardData[]; locale: Locale; level?: 2 | 3 }) {
  const l = translator(labels, locale);
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <ul class="ik-grid">
      {events.map((e) => (
        <li class="ik-card" key={e.id}>
          <H class="kern-heading-small">
            <a class="kern-link" href={`/veranstaltungen/${e.id}`}>{e.title}</a>
          </H>
          <p class="ik-meta">
            <span><time dateTime={e.startsAt}>{eventWhen(locale, e.startsAt, e.endsAt)}</time></span>
            <span>{l(`format_${e.format}`)}</span>
            <span>{e.organiser.name}</span>
          </p>
          {e.location ? <p class="kern-body">{e.location}</p> : null}
          {e.status === 'CANCELLED' ? <p><Badge tone="danger" label={l('status_CANCELLED')} /></p> : null}
        </li>
      ))}
    </ul>
  );
}

/** Case studies as a list of cards. */
export function CaseStudyCards({ items, locale, level = 2 }: { items: CaseStudyCardData[]; locale: Locale; level?: 2 | 3 }) {
  const l = translator(labels, locale);
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <ul class="ik-grid">
      {items.map((cs) => (
        <li class="ik-card" key={cs.id}>
          <H class="kern-heading-small">
            <a class="kern-link" href={`/praxisbeispiele/${cs.slug}`}>{cs.title}</a>
          </H>
          <p class="ik-meta">
            <span>{cs.municipality.name}</span>
            {cs.publishedAt ? <span>{formatDate(locale, cs.publishedAt)}</span> : null}
          </p>
          <p class="kern-body">{cs.summary}</p>
          <p><Badge label={l(`maturity_${cs.maturity}`)} /></p>
        </li>
      ))}
    </ul>
  );
}
