import { registerEnumType } from '@nestjs/graphql';

/** Status and visibility are shared with case studies (ContentStatus, Visibility in knowledge.enums.ts). */
export enum EventFormatEnum {
  ON_SITE = 'ON_SITE',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}
export enum RegistrationStatusEnum {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(EventFormatEnum, { name: 'EventFormat', description: 'ON_SITE: vor Ort; ONLINE; HYBRID: vor Ort und online' });
registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus', description: 'REGISTERED: angemeldet; WAITLISTED: auf der Warteliste; CANCELLED: abgemeldet' });
