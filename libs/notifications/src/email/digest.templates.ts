import type { Locale } from '@ikone/membership';
import { describeNotification } from '../inbox/notification-kinds';
import type { NotificationData, NotificationKind } from '../inbox/notification-kinds';
import { Block, EmailLinks, RenderedEmail, layout } from './email-layout';
import { deadlineBlocks } from './deadline.blocks';
import type { DigestDeadline } from './deadline.blocks';
import { noticeFooter } from './notice.templates';
import type { NoticeVia } from './notice.templates';

/** One new item of a digest. */
export interface DigestItem {
  kind: NotificationKind;
  title: string;
  link: string | null;
  data: NotificationData;
  /** The subscription that brought it; items whose subscription ended are left out at send time. */
  subscriptionId: string | null;
}

export interface DigestMailData {
  frequency: 'DAILY' | 'WEEKLY';
  periodKey: string;
  displayName: string | null;
  /** The only subscription behind the digest, else the user id (the link then turns emails off). */
  unsubscribeId: string;
  via: NoticeVia | null;
  items: DigestItem[];
  /** Funding deadlines of the reader's followed topics in the 30 days after the build (ADR 0025). */
  deadlines?: DigestDeadline[];
  /** "Aus Kommunen wie Ihrer" (ADR 0026); absent in deliveries built before it existed. */
  similar?: Array<{ title: string; link: string; municipality: string; reason: { de: string; en: string } }>;
}

const OTHER = { de: 'Weitere', en: 'Other' } satisfies Record<Locale, string>;

/** Items grouped by their first topic (alphabetically), each item once; groups alphabetical, "other" last. */
export function groupDigestItems(items: DigestItem[], locale: Locale): Array<{ topic: string; items: DigestItem[] }> {
  const groups = new Map<string, DigestItem[]>();
  const seen = new Set<string>();
  for (const item of items) {
    const key = `${item.kind}:${item.link ?? item.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const names = (locale === 'en' ? item.data.topicsEn : undefined) ?? item.data.topics ?? [];
    const topic = [...names].sort((a, b) => a.localeCompare(b, locale))[0] ?? OTHER[locale];
    groups.set(topic, [...(groups.get(topic) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === OTHER[locale] ? 1 : b === OTHER[locale] ? -1 : a.localeCompare(b, locale)))
    .map(([topic, grouped]) => ({ topic, items: grouped }));
}

/** The section "Aus Kommunen wie Ihrer": up to three practices of comparable municipalities, each with its reason. */
export function similarSection(data: DigestMailData, locale: Locale, links: EmailLinks): Block[] {
  if (!data.similar?.length) return [];
  return [
    { kind: 'heading', text: locale === 'en' ? 'From municipalities like yours' : 'Aus Kommunen wie Ihrer' },
    ...data.similar.map(
      (s): Block => ({
        kind: 'item',
        text: locale === 'en' ? `“${s.title}” (${s.municipality}) – ${s.reason.en}` : `„${s.title}“ (${s.municipality}) – ${s.reason.de}`,
        href: links.page(s.link),
      }),
    ),
  ];
}

export function digestMail(data: DigestMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const groups = groupDigestItems(data.items, locale);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const daily = data.frequency === 'DAILY';
  const subject =
    locale === 'en'
      ? `${daily ? 'Your daily' : 'Your weekly'} IKONE digest: ${count} new ${count === 1 ? 'item' : 'items'}`
      : `${daily ? 'Ihre tägliche' : 'Ihre wöchentliche'} IKONE-Zusammenfassung: ${count} ${count === 1 ? 'Neuigkeit' : 'Neuigkeiten'}`;
  const blocks: Block[] = [
    {
      kind: 'p',
      text:
        locale === 'en'
          ? `here is what is new in the topics and municipalities you follow${daily ? ' since yesterday' : ' this week'}:`
          : `hier ist, was es in den von Ihnen abonnierten Themenfeldern und Kommunen${daily ? ' seit gestern' : ' in dieser Woche'} Neues gibt:`,
    },
  ];
  for (const group of groups) {
    blocks.push({ kind: 'heading', text: group.topic });
    for (const item of group.items) {
      const words = describeNotification(item.kind, item.title, item.data ?? {}, locale);
      blocks.push({ kind: 'item', text: words.sentence, href: item.link ? links.page(item.link) : null });
    }
  }
  blocks.push(...deadlineBlocks(data.deadlines, locale, links));
  blocks.push(...similarSection(data, locale, links));
  blocks.push({
    kind: 'p',
    text: locale === 'en' ? `Manage your subscriptions and email settings: ${links.preferences}` : `Abonnements und E-Mail-Einstellungen verwalten: ${links.preferences}`,
  });
  const greeting = locale === 'en' ? `Hello${data.displayName ? ` ${data.displayName}` : ''},` : `Guten Tag${data.displayName ? ` ${data.displayName}` : ''},`;
  return layout(locale, links, subject, greeting, blocks, noticeFooter(data.via, data.unsubscribeId, locale, links));
}
