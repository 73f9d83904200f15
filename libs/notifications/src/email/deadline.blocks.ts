import type { Locale } from '@ikone/membership';
import type { Block, EmailLinks } from './email-layout';

/** A funding programme of a followed topic whose application deadline is near (ADR 0025). */
export interface DigestDeadline {
  name: string;
  provider: string;
  url: string | null;
  /** ISO date (YYYY-MM-DD). */
  deadline: string;
}

function day(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The digest's section "Fristen in den nächsten 30 Tagen"; nothing when there are none. */
export function deadlineBlocks(deadlines: DigestDeadline[] | undefined, locale: Locale, links: EmailLinks): Block[] {
  if (!deadlines || deadlines.length === 0) return [];
  const en = locale === 'en';
  return [
    { kind: 'heading', text: en ? 'Funding deadlines in the next 30 days' : 'Fristen in den nächsten 30 Tagen' },
    ...deadlines.map((d): Block => ({
      kind: 'item',
      text: `${d.name}${d.provider ? ` (${d.provider})` : ''}: ${en ? 'apply by' : 'Antragsfrist'} ${day(d.deadline, locale)}`,
      href: d.url ?? links.page('/foerderprogramme'),
    })),
  ];
}
