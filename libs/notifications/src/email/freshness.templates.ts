import type { Locale } from '@ikone/membership';
import { EmailLinks, RenderedEmail, formatDateTime, layout } from './email-layout';

/**
 * "Läuft das noch?" (ADR 0028): the question once a year and its two reminders, to the owners of a
 * published case study. A service email about the person's own content, like a review decision:
 * transactional, so no double opt-in and no unsubscribe link (ADR 0023). The link's token is
 * derived from the check id at send time.
 */
export interface FreshnessMailData {
  checkId: string;
  title: string;
  slug: string;
  displayName: string;
  publishedAt: string;
  /** 0 for the question, 1 and 2 for the reminders. */
  reminder: number;
}

export function freshnessMail(data: FreshnessMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const answer = links.freshness(data.checkId);
  const page = links.page(`/praxisbeispiele/${encodeURIComponent(data.slug)}`);
  const published = formatDateTime(data.publishedAt, locale);
  if (locale === 'en') {
    const subject = `${data.reminder > 0 ? `Reminder ${data.reminder}: ` : ''}Is this still running? "${data.title}"`;
    return layout(locale, links, subject, `Hello ${data.displayName},`, [
      { kind: 'p', text: `your case study "${data.title}" (published ${published}) is due for its yearly check. Is the practice still running?` },
      { kind: 'p', text: 'One click is enough: "Still running" records today as the day it was last confirmed, "Needs an update" opens the editor, "Discontinued" marks the practice as discontinued (with a lesson learned if you like).' },
      { kind: 'button', label: 'Answer now', href: answer },
      { kind: 'item', text: 'The case study', href: page },
      { kind: 'p', text: 'The link works once. Without an answer after two reminders, the coordination office will get in touch.' },
    ]);
  }
  const subject = `${data.reminder > 0 ? `Erinnerung ${data.reminder}: ` : ''}Läuft das noch? „${data.title}“`;
  return layout(locale, links, subject, `Guten Tag ${data.displayName},`, [
    { kind: 'p', text: `Ihr Praxisbeispiel „${data.title}“ (veröffentlicht am ${published}) ist für die jährliche Aktualitätsabfrage fällig. Läuft die Praxis noch?` },
    { kind: 'p', text: 'Ein Klick genügt: „Läuft noch“ vermerkt heute als Tag der letzten Bestätigung, „Muss aktualisiert werden“ öffnet den Editor, „Eingestellt“ kennzeichnet die Praxis als eingestellt (auf Wunsch mit einer Lehre daraus).' },
    { kind: 'button', label: 'Jetzt antworten', href: answer },
    { kind: 'item', text: 'Das Praxisbeispiel', href: page },
    { kind: 'p', text: 'Der Link gilt einmal. Bleibt die Frage nach zwei Erinnerungen unbeantwortet, meldet sich die Koordinierungsstelle.' },
  ]);
}
