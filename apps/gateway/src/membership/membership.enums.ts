import { registerEnumType } from '@nestjs/graphql';

export enum RoleEnum { MEMBER = 'MEMBER', OFFICER = 'OFFICER', COORDINATOR = 'COORDINATOR' }
export enum UserStatusEnum { ACTIVE = 'ACTIVE', DISABLED = 'DISABLED', DELETED = 'DELETED' }
export enum LocaleEnum { de = 'de', en = 'en' }
export enum MunicipalityKindEnum {
  GEMEINDE = 'GEMEINDE',
  STADT = 'STADT',
  VERBANDSGEMEINDE = 'VERBANDSGEMEINDE',
  LANDKREIS = 'LANDKREIS',
  OTHER = 'OTHER',
}
export enum MembershipStatusEnum { APPLIED = 'APPLIED', ACTIVE = 'ACTIVE', SUSPENDED = 'SUSPENDED', LEFT = 'LEFT' }
export enum ApplicationStatusEnum { APPLIED = 'APPLIED', APPROVED = 'APPROVED', DECLINED = 'DECLINED' }

registerEnumType(RoleEnum, { name: 'Role', description: 'MEMBER: Mitglied; OFFICER: Digitalbeauftragte/r; COORDINATOR: Koordinierungsstelle' });
registerEnumType(UserStatusEnum, { name: 'UserStatus' });
registerEnumType(LocaleEnum, { name: 'Locale', description: 'Sprache für E-Mails: de (Standard) oder en' });
registerEnumType(MunicipalityKindEnum, { name: 'MunicipalityKind' });
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });
registerEnumType(ApplicationStatusEnum, { name: 'ApplicationStatus' });
