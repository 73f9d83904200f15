import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  EmailConsentState,
  FailedDelivery,
  NotificationPreferences,
  NotificationRecord,
  SubscriptionRecord,
} from '@ikone/notifications';
import { describeNotification } from '@ikone/notifications';
import { ConnectionType } from '../graphql/connection';
import { LocaleEnum } from '../membership/membership.enums';
import { EmailConsentStatusEnum, NotificationKindEnum, SubscriptionFrequencyEnum, WeekdayEnum } from './notifications.enums';

@ObjectType('NotificationSubscription', {
  description: 'Ein Abonnement eines Themenfelds oder einer Kommune. (Nicht "Subscription": so heißt in GraphQL der Wurzeltyp für Abonnements von Ereignisströmen.)',
})
export class SubscriptionModel {
  @Field(() => ID) id!: string;
  @Field(() => SubscriptionFrequencyEnum) frequency!: SubscriptionFrequencyEnum;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  /** Resolved through the request's loaders. */
  topicId!: string | null;
  municipalityId!: string | null;
  partnerId!: string | null;
}

export function toSubscriptionModel(s: SubscriptionRecord): SubscriptionModel {
  return { id: s.id, frequency: s.frequency as SubscriptionFrequencyEnum, createdAt: s.createdAt, topicId: s.topicId, municipalityId: s.municipalityId, partnerId: s.partnerId };
}

@ObjectType('Notification', { description: 'Eine Benachrichtigung in der App.' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKindEnum;
  @Field(() => String, { nullable: true, description: 'CaseStudy oder Event' }) subjectType!: string | null;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field({ description: 'Titel des Inhalts' }) title!: string;
  @Field({ description: 'Der Satz der Benachrichtigung (deutsch)' }) message!: string;
  @Field({ description: 'Der Satz der Benachrichtigung (englisch)' }) messageEn!: string;
  @Field(() => String, { nullable: true, description: 'Kommentar, Begründung oder Nachricht, falls vorhanden' }) quote!: string | null;
  @Field(() => String, { nullable: true, description: 'Pfad in der Web-Anwendung, z. B. /praxisbeispiele/<slug>' }) link!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
}

export function toNotificationModel(n: NotificationRecord): NotificationModel {
  const de = describeNotification(n.kind, n.title, n.data, 'de');
  const en = describeNotification(n.kind, n.title, n.data, 'en');
  return {
    id: n.id,
    kind: n.kind as NotificationKindEnum,
    subjectType: n.subjectType,
    subjectId: n.subjectId,
    title: n.title,
    message: de.sentence,
    messageEn: en.sentence,
    quote: de.quote,
    link: n.link,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

export const NotificationConnection = ConnectionType(NotificationModel, 'Notification');

@ObjectType('NotificationPreferences', { description: 'E-Mail-Einstellungen. Zeiten gelten in Europe/Berlin.' })
export class NotificationPreferencesModel {
  @Field({ description: 'Benachrichtigungen und Zusammenfassungen per E-Mail' }) emailEnabled!: boolean;
  @Field(() => LocaleEnum, { description: 'Sprache aller E-Mails' }) locale!: LocaleEnum;
  @Field(() => Int, { description: 'Stunde der Zusammenfassungen, 5 bis 10 Uhr' }) digestHour!: number;
  @Field(() => WeekdayEnum, { description: 'Tag der wöchentlichen Zusammenfassung' }) digestWeekday!: WeekdayEnum;
}

export function toPreferencesModel(p: NotificationPreferences): NotificationPreferencesModel {
  return { emailEnabled: p.emailEnabled, locale: p.locale as LocaleEnum, digestHour: p.digestHour, digestWeekday: p.digestWeekday as WeekdayEnum };
}

@ObjectType('FailedDelivery', { description: 'Eine E-Mail, die endgültig nicht zugestellt werden konnte.' })
export class FailedDeliveryModel {
  @Field(() => ID) id!: string;
  @Field() recipient!: string;
  @Field({ description: 'Vorlage, z. B. notice, digest, invitation' }) template!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export function toFailedDeliveryModel(d: FailedDelivery): FailedDeliveryModel {
  return { ...d };
}

export const FailedDeliveryConnection = ConnectionType(FailedDeliveryModel, 'FailedDelivery');

@ObjectType('EmailConsent', { description: 'Die Einwilligung in Benachrichtigungs-E-Mails zu Abonnements und Zusammenfassungen (ADR 0023).' })
export class EmailConsentModel {
  @Field(() => EmailConsentStatusEnum) status!: EmailConsentStatusEnum;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Wann um Bestätigung gebeten wurde' }) requestedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Wann bestätigt wurde' }) givenAt!: Date | null;
}

export function toEmailConsentModel(s: EmailConsentState): EmailConsentModel {
  return { status: s.status as EmailConsentStatusEnum, requestedAt: s.requestedAt, givenAt: s.givenAt };
}
