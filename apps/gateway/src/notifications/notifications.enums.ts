import { registerEnumType } from '@nestjs/graphql';
import type { NotificationKind } from '@ikone/notifications';

export enum SubscriptionFrequencyEnum { IMMEDIATE = 'IMMEDIATE', DAILY = 'DAILY', WEEKLY = 'WEEKLY' }
export enum WeekdayEnum { MONDAY = 1, TUESDAY = 2, WEDNESDAY = 3, THURSDAY = 4, FRIDAY = 5 }
export enum NotificationKindEnum {
  CASE_STUDY_PUBLISHED = 'CASE_STUDY_PUBLISHED',
  EVENT_PUBLISHED = 'EVENT_PUBLISHED',
  CONTENT_APPROVED = 'CONTENT_APPROVED',
  CONTENT_CHANGES_REQUESTED = 'CONTENT_CHANGES_REQUESTED',
  CONTENT_REJECTED = 'CONTENT_REJECTED',
  CONTENT_ARCHIVED = 'CONTENT_ARCHIVED',
  REGISTRATION_CHANGED = 'REGISTRATION_CHANGED',
  REGISTRATION_CONFIRMED = 'REGISTRATION_CONFIRMED',
  EVENT_CHANGED = 'EVENT_CHANGED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  EVENT_REMINDER = 'EVENT_REMINDER',
  REUSE_REQUESTED = 'REUSE_REQUESTED',
  REUSE_UPDATED = 'REUSE_UPDATED',
  REPORT_FILED = 'REPORT_FILED',
  MEMBERSHIP_APPLICATION = 'MEMBERSHIP_APPLICATION',
  CONTACT_HANDED_OVER = 'CONTACT_HANDED_OVER',
}

// Compile-time guard: the GraphQL enum lists exactly the kinds the library writes.
type SameKinds = [NotificationKind] extends [`${NotificationKindEnum}`] ? ([`${NotificationKindEnum}`] extends [NotificationKind] ? true : false) : false;
export const NOTIFICATION_KINDS_MATCH: SameKinds = true;

registerEnumType(SubscriptionFrequencyEnum, {
  name: 'SubscriptionFrequency',
  description: 'IMMEDIATE: sofort per E-Mail; DAILY: tägliche Zusammenfassung; WEEKLY: wöchentliche Zusammenfassung. In der App immer sofort.',
});
registerEnumType(WeekdayEnum, { name: 'Weekday', description: 'Werktag der wöchentlichen Zusammenfassung (Montag bis Freitag).' });
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

export enum EmailConsentStatusEnum { CONFIRMED = 'CONFIRMED', PENDING = 'PENDING', NONE = 'NONE' }

registerEnumType(EmailConsentStatusEnum, {
  name: 'EmailConsentStatus',
  description: 'Einwilligung in Benachrichtigungs-E-Mails (Double-Opt-in): bestätigt, Bestätigung ausstehend, keine',
});
