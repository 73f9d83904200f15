import type { Locale } from '@ikone/membership';
import { describeNotification } from '../inbox/notification-kinds';
import type { NotificationData, NotificationKind } from '../inbox/notification-kinds';
import { Block, EmailLinks, FooterNote, RenderedEmail, layout } from './email-layout';

/** Why someone got a notification email: the subscription that matched, or their role. */
export interface NoticeVia {
  topic: string | null;
  topicEn: string | null;
  municipality: string | null;
  /** A followed partner organisation (ADR 0024); absent in rows planned before partners existed. */
  partner?: string | null;
}

/** One notice email: the notification it repeats, and whom the unsubscribe link is for. */
export interface NoticeMailData {
  kind: NotificationKind;
  title: string;
  link: string | null;
  data: NotificationData;
  displayName: string | null;
  /** The item the notice is about (absent in rows planned before it was stored): an event gets its calendar entry from it. */
  subjectId?: string | null;
  /** Subscription id when `via` is set, else the user id (the link then turns emails off). */
  unsubscribeId: string;
  via: NoticeVia | null;
}

/** The footer line of a notification email: why it came and how to stop it. */
export function noticeFooter(via: NoticeVia | null, unsubscribeId: string, locale: Locale, links: EmailLinks): FooterNote {
  const href = links.unsubscribe(unsubscribeId);
  if (via) {
    const target =
      locale === 'en'
        ? via.topic
          ? `the topic ${via.topicEn ?? via.topic}`
          : via.partner
            ? `the partner organisation ${via.partner}`
            : `the municipality ${via.municipality ?? ''}`
        : via.topic
          ? `das Themenfeld ${via.topic}`
          : via.partner
            ? `die Partnerorganisation ${via.partner}`
            : `die Kommune ${via.municipality ?? ''}`;
    return locale === 'en'
      ? { text: `You receive this email because you follow ${target}. End this subscription with one click:`, href }
      : { text: `Sie erhalten diese E-Mail, weil Sie ${target} abonniert haben. Abonnement mit einem Klick beenden:`, href };
  }
  return locale === 'en'
    ? { text: 'You receive this email because of your role in the IKONE network. Turn off notification emails with one click:', href }
    : { text: 'Sie erhalten diese E-Mail wegen Ihrer Rolle im Netzwerk IKONE. Benachrichtigungen per E-Mail mit einem Klick abschalten:', href };
}

export function noticeMail(data: NoticeMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const words = describeNotification(data.kind, data.title, data.data ?? {}, locale);
  const blocks: Block[] = [{ kind: 'p', text: words.sentence }];
  if (words.quote) blocks.push({ kind: 'quote', text: words.quote });
  if (data.link) blocks.push({ kind: 'button', label: locale === 'en' ? 'Open in IKONE' : 'In IKONE öffnen', href: links.page(data.link) });
  blocks.push({
    kind: 'p',
    text: locale === 'en' ? `Manage your subscriptions and email settings: ${links.preferences}` : `Abonnements und E-Mail-Einstellungen verwalten: ${links.preferences}`,
  });
  const greeting = locale === 'en' ? `Hello${data.displayName ? ` ${data.displayName}` : ''},` : `Guten Tag${data.displayName ? ` ${data.displayName}` : ''},`;
  return layout(locale, links, words.subject, greeting, blocks, noticeFooter(data.via, data.unsubscribeId, locale, links));
}
