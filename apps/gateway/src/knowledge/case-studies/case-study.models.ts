import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CaseStudyRecord, ReuseRequestRecord } from '@ikone/knowledge';
import { FORMER_MEMBER } from '@ikone/membership';
import type { UserEntity } from '@ikone/membership';
import { ConnectionType } from '../../graphql/connection';
import { ContentStatusEnum, MaturityEnum, ReuseStatusEnum, VisibilityEnum } from '../knowledge.enums';

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

@ObjectType('CaseStudy', { description: 'Ein Praxisbeispiel.' })
export class CaseStudyModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field({ description: 'Kurzfassung, höchstens 300 Zeichen' }) summary!: string;
  @Field({ description: 'Ausgangslage (Markdown)' }) problem!: string;
  @Field({ description: 'Lösung (Markdown)' }) solution!: string;
  @Field({ description: 'Ergebnisse (Markdown)' }) results!: string;
  @Field({ description: 'Erfahrungen (Markdown)' }) lessonsLearned!: string;
  @Field(() => MaturityEnum) maturity!: MaturityEnum;
  @Field(() => CostsModel) costs!: CostsModel;
  @Field(() => String, { nullable: true }) fundingProgramme!: string | null;
  @Field(() => String, { nullable: true }) fundingUrl!: string | null;
  @Field(() => [String]) partners!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => [LinkModel]) links!: LinkModel[];
  @Field(() => VisibilityEnum) visibility!: VisibilityEnum;
  @Field(() => ContentStatusEnum) status!: ContentStatusEnum;
  @Field(() => Int) revision!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  record!: CaseStudyRecord;
}

export function toCaseStudyModel(r: CaseStudyRecord): CaseStudyModel {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    problem: r.problem,
    solution: r.solution,
    results: r.results,
    lessonsLearned: r.lessonsLearned,
    maturity: r.maturity as MaturityEnum,
    costs: { oneOff: r.costOneOff, yearly: r.costYearly, currency: 'EUR' },
    fundingProgramme: r.fundingProgramme,
    fundingUrl: r.fundingUrl,
    partners: r.partners,
    tags: r.tags,
    links: r.links,
    visibility: r.visibility as VisibilityEnum,
    status: r.status as ContentStatusEnum,
    revision: r.revision,
    publishedAt: r.publishedAt,
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
