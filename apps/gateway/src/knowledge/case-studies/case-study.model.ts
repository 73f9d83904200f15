import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { repositoryPlatform } from '@ikone/knowledge';
import type { CaseStudyRecord, ReuseRequestRecord } from '@ikone/knowledge';
import { FORMER_MEMBER } from '@ikone/membership';
import type { UserEntity } from '@ikone/membership';
import { ConnectionType } from '../../graphql/connection';
import {
  ContentStatusEnum,
  MaturityEnum,
  RepositoryPlatformEnum,
  ReuseStatusEnum,
  SoftwareMaintenanceEnum,
  SoftwareStatusEnum,
  VisibilityEnum,
} from '../knowledge.enums';

@ObjectType('Person', { description: 'Eine Person als Kontakt oder Autor/in; nach Kontolöschung „ehemaliges Mitglied“.' })
export class PersonModel {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: 'Nur für angemeldete Mitglieder sichtbar' }) email!: string | null;
  municipalityId!: string | null;
}

/** A person as shown beside content; deleted accounts become "ehemaliges Mitglied". */
export function toPersonModel(user: UserEntity | null, showEmail: boolean): PersonModel {
  if (!user || user.status === 'DELETED') return { id: null, displayName: FORMER_MEMBER, email: null, municipalityId: null };
  return { id: user.id, displayName: user.displayName, email: showEmail ? user.email : null, municipalityId: user.municipalityId };
}

@ObjectType('Link')
export class LinkModel {
  @Field() label!: string;
  @Field() url!: string;
}

@ObjectType('Costs', { description: 'Kosten in Euro' })
export class CostsModel {
  @Field(() => Float, { nullable: true, description: 'Einmalig' }) oneOff!: number | null;
  @Field(() => Float, { nullable: true, description: 'Jährlich' }) yearly!: number | null;
  @Field() currency!: string;
}

@ObjectType('Software', { description: 'Die Software hinter einem Praxisbeispiel, aus seiner publiccode.yml und Repository-Adresse.' })
export class SoftwareModel {
  @Field(() => String, { nullable: true, description: 'name; null ohne publiccode.yml' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'legal.license (SPDX)' }) licence!: string | null;
  @Field(() => SoftwareMaintenanceEnum, { nullable: true }) maintenanceType!: SoftwareMaintenanceEnum | null;
  @Field(() => [String], { description: 'Namen aus maintenance.contacts bzw. maintenance.contractors' }) maintainers!: string[];
  @Field(() => SoftwareStatusEnum, { nullable: true }) developmentStatus!: SoftwareStatusEnum | null;
  @Field(() => String, { nullable: true, description: 'publiccodeYmlVersion' }) publiccodeYmlVersion!: string | null;
  @Field(() => String, { nullable: true, description: 'Das Repository des Praxisbeispiels, sonst `url` der publiccode.yml, wenn https' })
  repositoryUrl!: string | null;
  @Field(() => RepositoryPlatformEnum, { nullable: true }) platform!: RepositoryPlatformEnum | null;
}

/** The Software box's data: null when the case study names neither a repository nor a publiccode.yml. */
export function toSoftwareModel(r: CaseStudyRecord): SoftwareModel | null {
  const s = r.software;
  if (!s && !r.repositoryUrl) return null;
  const repositoryUrl = r.repositoryUrl ?? (s?.url.startsWith('https://') ? s.url : null);
  return {
    name: s?.name ?? null,
    licence: s?.licence ?? null,
    maintenanceType: s ? (s.maintenanceType.toUpperCase() as SoftwareMaintenanceEnum) : null,
    maintainers: s?.maintainers ?? [],
    developmentStatus: s ? (s.developmentStatus.toUpperCase() as SoftwareStatusEnum) : null,
    publiccodeYmlVersion: s?.version ?? null,
    repositoryUrl,
    platform: repositoryUrl ? (repositoryPlatform(repositoryUrl) as RepositoryPlatformEnum) : null,
  };
}

@ObjectType('CaseStudy', { description: 'Ein Praxisbeispiel.' })
export class CaseStudyModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field({ description: 'Kurzfassung, höchstens 300 Zeichen' }) summary!: string;
  @Field(() => MaturityEnum) maturity!: MaturityEnum;
  @Field(() => CostsModel) costs!: CostsModel;
  @Field(() => String, { nullable: true }) fundingProgramme!: string | null;
  @Field(() => String, { nullable: true }) fundingUrl!: string | null;
  @Field(() => [String]) partners!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => [LinkModel]) links!: LinkModel[];
  @Field(() => String, { nullable: true }) repositoryUrl!: string | null;
  @Field(() => SoftwareModel, { nullable: true }) software!: SoftwareModel | null;
  @Field(() => VisibilityEnum) visibility!: VisibilityEnum;
  @Field(() => ContentStatusEnum) status!: ContentStatusEnum;
  @Field(() => Int) revision!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Wann die Eigentümer zuletzt „Läuft noch“ bestätigt haben (ADR 0028)' })
  lastConfirmedAt!: Date | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  record!: CaseStudyRecord;
}

export function toCaseStudyModel(r: CaseStudyRecord): CaseStudyModel {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    maturity: r.maturity as MaturityEnum,
    costs: { oneOff: r.costOneOff, yearly: r.costYearly, currency: 'EUR' },
    fundingProgramme: r.fundingProgramme,
    fundingUrl: r.fundingUrl,
    partners: r.partners,
    tags: r.tags,
    links: r.links,
    repositoryUrl: r.repositoryUrl,
    software: toSoftwareModel(r),
    visibility: r.visibility as VisibilityEnum,
    status: r.status as ContentStatusEnum,
    revision: r.revision,
    publishedAt: r.publishedAt,
    lastConfirmedAt: r.lastConfirmedAt,
    updatedAt: r.updatedAt,
    record: r,
  };
}

@ObjectType('ReuseRequest', { description: 'Eine Anfrage zur Nachnutzung eines Praxisbeispiels.' })
export class ReuseRequestModel {
  @Field(() => ID) id!: string;
  @Field() message!: string;
  @Field(() => ReuseStatusEnum) status!: ReuseStatusEnum;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  caseStudyId!: string;
  municipalityId!: string;
}

export function toReuseRequestModel(r: ReuseRequestRecord): ReuseRequestModel {
  return {
    id: r.id,
    message: r.message,
    status: r.status as ReuseStatusEnum,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    caseStudyId: r.caseStudyId,
    municipalityId: r.municipalityId,
  };
}

@ObjectType('Revision', { description: 'Ein gespeicherter Stand eines Inhalts.' })
export class RevisionModel {
  @Field(() => Int) revision!: number;
  @Field({ description: 'Die Felder dieses Stands als JSON' }) snapshot!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('ReviewDecision')
export class ReviewDecisionModel {
  @Field(() => Int) revision!: number;
  @Field() decision!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export const CaseStudyConnection = ConnectionType(CaseStudyModel, 'CaseStudy');
export const ReuseRequestConnection = ConnectionType(ReuseRequestModel, 'ReuseRequest');
