import type { Locale } from '@ikone/membership';
import { EmailLinks, RenderedEmail, layout } from './email-layout';

/** The double opt-in email (ADR 0023); the token is derived from the consent id at send time. */
export interface EmailConsentMailData {
  consentId: string;
  displayName: string;
  validDays: number;
  textVersion: string;
}

/** What a person agrees to, in the words of the text version `2026-12` (email and settings page). */
export const CONSENT_TEXT = {
  de: 'Ich möchte über meine Abonnements bei IKONE per E-Mail benachrichtigt werden: sofort oder als tägliche bzw. wöchentliche Zusammenfassung, wie ich es je Abonnement wähle. Ich kann dies jederzeit in den Benachrichtigungs-Einstellungen oder über den Link in jeder E-Mail widerrufen.',
  en: 'I want to be notified by email about my IKONE subscriptions: immediately or as a daily or weekly digest, as I choose for each subscription. I can withdraw this at any time in the notification settings or through the link in every email.',
} satisfies Record<Locale, string>;

/** Transactional: no unsubscribe link; it is sent whatever the email preference. */
export function emailConsentMail(data: EmailConsentMailData, locale: Locale, links: EmailLinks): RenderedEmail {
  const link = links.emailConsent(data.consentId);
  if (locale === 'en') {
    return layout(locale, links, 'Please confirm email notifications from IKONE', `Hello ${data.displayName},`, [
      { kind: 'p', text: 'you have subscribed to content on IKONE. Before we send you notification emails, please confirm that you want them:' },
      { kind: 'quote', text: CONSENT_TEXT.en },
      { kind: 'button', label: 'Confirm email notifications', href: link },
      { kind: 'p', text: `The link is valid for ${data.validDays} days and can be used once. Until you confirm, you see new content in the app only. If you did not subscribe, you can ignore this email.` },
    ]);
  }
  return layout(locale, links, 'Bitte bestätigen Sie die E-Mail-Benachrichtigungen von IKONE', `Guten Tag ${data.displayName},`, [
    { kind: 'p', text: 'Sie haben auf IKONE Inhalte abonniert. Bevor wir Ihnen Benachrichtigungen per E-Mail senden, bestätigen Sie bitte, dass Sie diese erhalten möchten:' },
    { kind: 'quote', text: CONSENT_TEXT.de },
    { kind: 'button', label: 'E-Mail-Benachrichtigungen bestätigen', href: link },
    { kind: 'p', text: `Der Link ist ${data.validDays} Tage gültig und kann einmal verwendet werden. Bis zur Bestätigung sehen Sie neue Inhalte nur in der App. Falls Sie nichts abonniert haben, können Sie diese E-Mail ignorieren.` },
  ]);
}
