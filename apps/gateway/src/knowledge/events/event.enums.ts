import { registerEnumType } from '@nestjs/graphql';

export enum EventStatusEnum {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
  CANCELLED = 'CANCELLED',
}
export enum EventFormatEnum {
  ON_SITE = 'ON_SITE',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
export enum EventVisibilityEnum {
  PUBLIC = 'PUBLIC',
  NETWORK = 'NETWORK',
}
export enum RegistrationStatusEnum {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(EventStatusEnum, { name: 'EventStatus', description: 'Lebenszyklus wie bei Praxisbeispielen, dazu CANCELLED (abgesagt)' });
registerEnumType(EventFormatEnum, { name: 'EventFormat', description: 'ON_SITE: vor Ort; ONLINE; HYBRID: vor Ort und online' });
registerEnumType(EventVisibilityEnum, { name: 'EventVisibility', description: 'PUBLIC: für alle; NETWORK: nur für angemeldete Mitglieder des Netzwerks' });
registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus', description: 'REGISTERED: angemeldet; WAITLISTED: auf der Warteliste; CANCELLED: abgemeldet' });
