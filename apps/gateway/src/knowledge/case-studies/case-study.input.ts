import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PaginationArgs } from '../../graphql/pagination.args';
import { msg } from '../../graphql/validation-messages';
import { ContentStatusEnum, MaturityEnum, ReuseDirectionEnum, ReuseStatusEnum, VisibilityEnum } from '../knowledge.enums';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const LONG_TEXT = 20_000;

@InputType('LinkInput')
export class LinkInput {
  @Field() @IsString() @IsNotEmpty(msg.required()) @MaxLength(200, msg.maxLength(200)) label!: string;
  @Field() @MaxLength(2000, msg.maxLength(2000)) @IsUrl(URL_OPTIONS, msg.url()) url!: string;
}

/** Shared fields of create and update; on update every field is optional. */
@InputType({ isAbstract: true })
abstract class CaseStudyFields {
  @Field(() => String, { nullable: true, description: 'Langtext (Markdown)' })
  @IsOptional() @IsString() @MaxLength(LONG_TEXT, msg.maxLength(LONG_TEXT))
  problem?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LONG_TEXT, msg.maxLength(LONG_TEXT)) solution?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LONG_TEXT, msg.maxLength(LONG_TEXT)) results?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LONG_TEXT, msg.maxLength(LONG_TEXT)) lessonsLearned?: string;

  @Field(() => Float, { nullable: true, description: 'Einmalige Kosten in Euro' })
  @IsOptional() @Min(0, msg.min(0)) @Max(1_000_000_000, msg.max(1_000_000_000))
  costOneOff?: number | null;

  @Field(() => Float, { nullable: true, description: 'Jährliche Kosten in Euro' })
  @IsOptional() @Min(0, msg.min(0)) @Max(1_000_000_000, msg.max(1_000_000_000))
  costYearly?: number | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300, msg.maxLength(300)) fundingProgramme?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @MaxLength(2000, msg.maxLength(2000)) @IsUrl(URL_OPTIONS, msg.url())
  fundingUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'Förderprogramm aus der Liste der Koordinierungsstelle' })
  @IsOptional() @IsUUID('all', msg.uuid())
  fundingProgrammeId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Weitere Partner (freier Text), die nicht Mitglied des Netzwerks sind' })
  @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(200, { each: true, ...msg.maxLength(200) })
  partners?: string[];

  @Field(() => [ID], { nullable: true, description: 'Partnerorganisationen des Netzwerks (aktive); ersetzt die bisherigen' })
  @IsOptional() @ArrayMaxSize(30) @IsUUID('all', { each: true, ...msg.uuid() })
  partnerIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Kontaktperson (Konto)' })
  @IsOptional() @IsUUID('all', msg.uuid())
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Kontaktrolle statt einer Person (eine Funktion einer besitzenden Kommune)' })
  @IsOptional() @IsUUID('all', msg.uuid())
  contactRoleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Nur Koordinierungsstelle: die besitzende Kommune' })
  @IsOptional() @IsUUID('all', msg.uuid())
  municipalityId?: string;

  @Field(() => [ID], { nullable: true, description: 'Mitbesitzende Kommunen' })
  @IsOptional() @ArrayMaxSize(20) @IsUUID('all', { each: true, ...msg.uuid() })
  coOwnerIds?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true, ...msg.maxLength(50) })
  tags?: string[];

  @Field(() => [LinkInput], { nullable: true })
  @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => LinkInput)
  links?: LinkInput[];

  @Field(() => String, { nullable: true, description: 'https-Adresse des Quellcode-Repositorys' })
  @IsOptional() @MaxLength(2000, msg.maxLength(2000)) @IsUrl({ protocols: ['https'], require_protocol: true }, msg.httpsUrl())
  repositoryUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Inhalt der publiccode.yml (Standard 0.2 bis 0.5, kleiner als 64 kB); leer entfernt sie' })
  @IsOptional() @IsString()
  publiccodeYml?: string | null;
}

@InputType()
export class CreateCaseStudyInput extends CaseStudyFields {
  @Field() @IsString() @IsNotEmpty(msg.required()) @MaxLength(200, msg.maxLength(200)) title!: string;
  @Field({ description: 'Höchstens 300 Zeichen' }) @IsString() @IsNotEmpty(msg.required()) @MaxLength(300, msg.maxLength(300)) summary!: string;
  @Field(() => MaturityEnum) @IsEnum(MaturityEnum) maturity!: MaturityEnum;
  @Field(() => VisibilityEnum) @IsEnum(VisibilityEnum) visibility!: VisibilityEnum;

  @Field(() => [String], { description: 'Mindestens ein Themenfeld (Kurzbezeichnungen)' })
  @ArrayMinSize(1, msg.required()) @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(60, { each: true, ...msg.maxLength(60) })
  topicSlugs!: string[];
}

@InputType()
export class UpdateCaseStudyInput extends CaseStudyFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @IsNotEmpty(msg.required()) @MaxLength(200, msg.maxLength(200)) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @IsNotEmpty(msg.required()) @MaxLength(300, msg.maxLength(300)) summary?: string;
  @Field(() => MaturityEnum, { nullable: true }) @IsOptional() @IsEnum(MaturityEnum) maturity?: MaturityEnum;
  @Field(() => VisibilityEnum, { nullable: true }) @IsOptional() @IsEnum(VisibilityEnum) visibility?: VisibilityEnum;

  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMinSize(1, msg.required()) @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(60, { each: true, ...msg.maxLength(60) })
  topicSlugs?: string[];
}

@InputType()
export class CaseStudyFilterInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, msg.maxLength(200)) search?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) topicSlugs?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @IsString({ each: true }) municipalitySlugs?: string[];
  @Field(() => [String], { nullable: true, description: 'Nennt eine dieser Partnerorganisationen' }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) partnerSlugs?: string[];
  @Field(() => [MaturityEnum], { nullable: true }) @IsOptional() @IsEnum(MaturityEnum, { each: true }) maturity?: MaturityEnum[];
  @Field(() => [ContentStatusEnum], { nullable: true, description: 'Ohne Angabe: PUBLISHED' })
  @IsOptional() @IsEnum(ContentStatusEnum, { each: true })
  status?: ContentStatusEnum[];
}

@ArgsType()
export class CaseStudiesArgs extends PaginationArgs {
  @Field(() => CaseStudyFilterInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => CaseStudyFilterInput)
  filter?: CaseStudyFilterInput;
}

@ArgsType()
export class UpdateCaseStudyArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) id!: string;
  @Field(() => UpdateCaseStudyInput) @ValidateNested() @Type(() => UpdateCaseStudyInput) input!: UpdateCaseStudyInput;
}

@ArgsType()
export class ArchiveArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000, msg.maxLength(2000)) reason?: string;
}

@ArgsType()
export class RequestReuseArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) caseStudyId!: string;
  @Field() @IsString() @IsNotEmpty(msg.required()) @MaxLength(4000, msg.maxLength(4000)) message!: string;
}

@ArgsType()
export class UpdateReuseRequestArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) id!: string;
  @Field(() => ReuseStatusEnum) @IsIn(['IN_TALKS', 'ADOPTED', 'DECLINED']) status!: ReuseStatusEnum;
}

@ArgsType()
export class ReuseRequestsArgs extends PaginationArgs {
  @Field(() => ReuseDirectionEnum, { defaultValue: ReuseDirectionEnum.RECEIVED })
  @IsEnum(ReuseDirectionEnum)
  direction: ReuseDirectionEnum = ReuseDirectionEnum.RECEIVED;
}
