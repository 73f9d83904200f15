import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type {
  DirectoryEntryEntity,
  InvitationEntity,
  MembershipApplicationEntity,
  MunicipalityEntity,
  Session,
  UserEntity,
} from '@ikone/membership';
import { ConnectionType } from '../graphql/connection';
import {
  ApplicationStatusEnum,
  LocaleEnum,
  MembershipStatusEnum,
  MunicipalityKindEnum,
  RoleEnum,
  UserStatusEnum,
} from './membership.enums';
import { PartnerKindEnum, PartnerRoleEnum } from './partner.model';

@ObjectType('Municipality', { description: 'Eine Kommune, die Mitglied ist oder werden möchte.' })
export class MunicipalityModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => MunicipalityKindEnum) kind!: MunicipalityKindEnum;
  @Field(() => String, { nullable: true, description: 'Amtlicher Gemeindeschlüssel (8 Ziffern)' }) ags!: string | null;
  @Field({ description: 'Bundesland-Kürzel, z. B. RP' }) state!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => MembershipStatusEnum) status!: MembershipStatusEnum;
  @Field(() => GraphQLISODateTime, { nullable: true }) joinedAt!: Date | null;
}

export function toMunicipalityModel(m: MunicipalityEntity): MunicipalityModel {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    kind: m.kind as MunicipalityKindEnum,
    ags: m.ags,
    state: m.state,
    website: m.website,
    status: m.status as MembershipStatusEnum,
    joinedAt: m.joinedAt,
  };
}

@ObjectType('User', { description: 'Ein Konto. Die E-Mail-Adresse sehen nur die Person selbst und die Koordinierungsstelle.' })
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => UserStatusEnum) status!: UserStatusEnum;
  @Field(() => LocaleEnum) locale!: LocaleEnum;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => PartnerRoleEnum, { nullable: true, description: 'Rolle in der Partnerorganisation (partner)' }) partnerRole!: PartnerRoleEnum | null;
  /** Resolved by a field resolver through the request's loader. */
  municipalityId!: string | null;
  partnerId!: string | null;
}

export function toUserModel(u: UserEntity): UserModel {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role as RoleEnum,
    status: u.status as UserStatusEnum,
    locale: u.locale as LocaleEnum,
    createdAt: u.createdAt,
    lastLoginAt: u.lastLoginAt,
    partnerRole: u.partnerRole as PartnerRoleEnum | null,
    municipalityId: u.municipalityId,
    partnerId: u.partnerId,
  };
}

@ObjectType('DirectoryEntry', { description: 'Eine Gemeinde aus dem Verzeichnis aller deutschen Gemeinden.' })
export class DirectoryEntryModel {
  @Field() ags!: string;
  @Field() name!: string;
  @Field() state!: string;
}

export function toDirectoryEntryModel(d: DirectoryEntryEntity): DirectoryEntryModel {
  return { ags: d.ags, name: d.name, state: d.state };
}

@ObjectType('MembershipApplication')
export class MembershipApplicationModel {
  @Field(() => ID) id!: string;
  @Field() municipalityName!: string;
  @Field(() => String, { nullable: true }) ags!: string | null;
  @Field(() => MunicipalityKindEnum) kind!: MunicipalityKindEnum;
  @Field() state!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field() applicantName!: string;
  @Field() applicantEmail!: string;
  @Field() motivation!: string;
  @Field(() => ApplicationStatusEnum) status!: ApplicationStatusEnum;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
  @Field(() => PartnerKindEnum, { nullable: true, description: 'Gesetzt, wenn eine Partnerorganisation beantragt (municipalityName ist dann ihr Name)' }) partnerKind!: PartnerKindEnum | null;
  municipalityId!: string | null;
  partnerId!: string | null;
}

export function toApplicationModel(a: MembershipApplicationEntity): MembershipApplicationModel {
  return {
    id: a.id,
    municipalityName: a.municipalityName,
    ags: a.ags,
    kind: a.kind as MunicipalityKindEnum,
    state: a.state,
    website: a.website,
    applicantName: a.applicantName,
    applicantEmail: a.applicantEmail,
    motivation: a.motivation,
    status: a.status as ApplicationStatusEnum,
    createdAt: a.createdAt,
    decidedAt: a.decidedAt,
    decisionComment: a.decisionComment,
    partnerKind: a.partnerKind as PartnerKindEnum | null,
    municipalityId: a.municipalityId,
    partnerId: a.partnerId,
  };
}

@ObjectType('ApplicationReceipt', { description: 'Bestätigung eines Antrags; sagt nichts über andere Anträge.' })
export class ApplicationReceiptModel {
  @Field(() => ID) id!: string;
  @Field() municipalityName!: string;
  @Field(() => ApplicationStatusEnum) status!: ApplicationStatusEnum;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: RoleEnum;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => PartnerRoleEnum, { nullable: true }) partnerRole!: PartnerRoleEnum | null;
  municipalityId!: string | null;
  partnerId!: string | null;
}

export function toInvitationModel(i: InvitationEntity): InvitationModel {
  return {
    id: i.id,
    email: i.email,
    role: i.role as RoleEnum,
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
    partnerRole: i.partnerRole as PartnerRoleEnum | null,
    municipalityId: i.municipalityId,
    partnerId: i.partnerId,
  };
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'JWT für `Authorization: Bearer …`, höchstens 15 Minuten gültig' }) accessToken!: string;
  @Field(() => GraphQLISODateTime) accessTokenExpiresAt!: Date;
  @Field({ description: 'Einmal verwendbar; `refreshSession` gibt ein neues Paar aus' }) refreshToken!: string;
  @Field(() => UserModel) user!: UserModel;
}

export function toAuthPayload(s: Session): AuthPayloadModel {
  return {
    accessToken: s.accessToken,
    accessTokenExpiresAt: s.accessTokenExpiresAt,
    refreshToken: s.refreshToken,
    user: toUserModel(s.user),
  };
}

export const MunicipalityConnection = ConnectionType(MunicipalityModel, 'Municipality');
export const UserConnection = ConnectionType(UserModel, 'User');
export const DirectoryEntryConnection = ConnectionType(DirectoryEntryModel, 'DirectoryEntry');
export const MembershipApplicationConnection = ConnectionType(MembershipApplicationModel, 'MembershipApplication');
