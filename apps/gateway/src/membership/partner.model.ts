import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PartnerOrganisationEntity } from '@ikone/membership';
import { ConnectionType } from '../graphql/connection';
import { MembershipStatusEnum } from './membership.enums';

export enum PartnerKindEnum {
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH = 'RESEARCH',
  COMPANY = 'COMPANY',
  ASSOCIATION = 'ASSOCIATION',
  CIVIC = 'CIVIC',
  OTHER = 'OTHER',
}
export enum PartnerRoleEnum { OFFICER = 'OFFICER', MEMBER = 'MEMBER' }

registerEnumType(PartnerKindEnum, { name: 'PartnerKind', description: 'Hochschule, Forschung, Unternehmen, Verband, Zivilgesellschaft, Sonstige' });
registerEnumType(PartnerRoleEnum, { name: 'PartnerRole', description: 'OFFICER pflegt das Profil der Partnerorganisation und lädt Mitglieder ein; MEMBER gehört ihr an' });

@ObjectType('PartnerOrganisation', { description: 'Ein Mitglied des Netzwerks aus Wissenschaft, Wirtschaft oder Zivilgesellschaft.' })
export class PartnerOrganisationModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => PartnerKindEnum) kind!: PartnerKindEnum;
  @Field({ description: 'Bundesland des Sitzes, z. B. RP' }) state!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field({ description: 'Was die Organisation dem Netzwerk bietet (Markdown)' }) description!: string;
  @Field(() => String, { nullable: true, description: 'Allgemeine Kontaktadresse; nur für angemeldete Mitglieder' }) contactEmail!: string | null;
  @Field(() => MembershipStatusEnum) status!: MembershipStatusEnum;
  @Field(() => GraphQLISODateTime, { nullable: true }) joinedAt!: Date | null;
}

export function toPartnerModel(p: PartnerOrganisationEntity, signedIn: boolean): PartnerOrganisationModel {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    kind: p.kind as PartnerKindEnum,
    state: p.state,
    website: p.website,
    description: p.description,
    contactEmail: signedIn ? p.contactEmail : null,
    status: p.status as MembershipStatusEnum,
    joinedAt: p.joinedAt,
  };
}

export const PartnerOrganisationConnection = ConnectionType(PartnerOrganisationModel, 'PartnerOrganisation');
