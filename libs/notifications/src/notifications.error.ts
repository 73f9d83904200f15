import { DomainError, ErrorSpec } from '@ikone/platform';

const NOTIFICATIONS_ERRORS = {
  TARGET_REQUIRED: {
    code: 'BAD_USER_INPUT',
    de: 'Bitte genau ein Ziel angeben: ein Themenfeld, eine Kommune oder eine Partnerorganisation.',
    en: 'Please give exactly one target: a topic, a municipality or a partner organisation.',
  },
  TOPIC_NOT_FOUND: { code: 'NOT_FOUND', de: 'Themenfeld nicht gefunden.', en: 'Topic not found.' },
  MUNICIPALITY_NOT_FOUND: { code: 'NOT_FOUND', de: 'Kommune nicht gefunden.', en: 'Municipality not found.' },
  PARTNER_NOT_FOUND: { code: 'NOT_FOUND', de: 'Partnerorganisation nicht gefunden.', en: 'Partner organisation not found.' },
  SUBSCRIPTION_NOT_FOUND: { code: 'NOT_FOUND', de: 'Abonnement nicht gefunden.', en: 'Subscription not found.' },
  DIGEST_HOUR_INVALID: {
    code: 'BAD_USER_INPUT',
    de: 'Die Uhrzeit der Zusammenfassung muss zwischen 5 und 10 Uhr liegen.',
    en: 'The digest hour must be between 5 and 10.',
  },
  DIGEST_WEEKDAY_INVALID: {
    code: 'BAD_USER_INPUT',
    de: 'Der Wochentag der Zusammenfassung muss ein Werktag (Montag bis Freitag) sein.',
    en: 'The digest weekday must be a working day (Monday to Friday).',
  },
  CONSENT_TOKEN_INVALID: { code: 'BAD_USER_INPUT', de: 'Der Bestätigungslink ist ungültig.', en: 'The confirmation link is invalid.' },
  CONSENT_TOKEN_EXPIRED: {
    code: 'BAD_USER_INPUT',
    de: 'Der Bestätigungslink ist abgelaufen. Bitte fordern Sie in den Benachrichtigungs-Einstellungen einen neuen an.',
    en: 'The confirmation link has expired. Please request a new one in the notification settings.',
  },
  CONSENT_TOKEN_USED: { code: 'CONFLICT', de: 'Der Bestätigungslink wurde bereits verwendet.', en: 'The confirmation link has already been used.' },
  TOO_MANY_IDS: { code: 'BAD_USER_INPUT', de: 'Höchstens 100 Einträge auf einmal.', en: 'At most 100 entries at once.' },
} as const satisfies Record<string, ErrorSpec>;

export type NotificationsErrorReason = keyof typeof NOTIFICATIONS_ERRORS;

/** Expected errors of subscriptions, notifications and preferences. */
export class NotificationsError extends DomainError {
  constructor(reason: NotificationsErrorReason, field?: string) {
    super(reason, NOTIFICATIONS_ERRORS[reason], field);
  }
}
