import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PaginationArgs } from '../../graphql/pagination.args';
import { msg } from '../../graphql/validation-messages';
import { ContentStatusEnum, VisibilityEnum } from '../knowledge.enums';
import { EventFormatEnum } from './event.enums';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType({ description: 'Eine Veranstaltung anlegen. Status, Revision, SEQUENCE und Autor setzt das System.' })
export class CreateEventInput {
  @Field()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(200, msg.maxLength(200))
  title!: string;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(20000, msg.maxLength(20000))
  description?: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  endsAt!: Date;

  @Field(() => EventFormatEnum)
  @IsEnum(EventFormatEnum)
  format!: EventFormatEnum;

  @Field(() => String, { nullable: true, description: 'Pflicht bei ON_SITE und HYBRID' })
  @IsOptional()
  @IsString()
  @MaxLength(300, msg.maxLength(300))
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Pflicht bei ONLINE und HYBRID; sehen nur Angemeldete, Veranstaltende und die Koordinierungsstelle' })
  @IsOptional()
  @MaxLength(2000, msg.maxLength(2000))
  @IsUrl(URL_OPTIONS, msg.url())
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'Veranstaltende Kommune; nur die Koordinierungsstelle wählt sie, sonst die eigene' })
  @IsOptional()
  @IsUUID('all', msg.uuid())
  municipalityId?: string;

  @Field(() => [String], { nullable: true, description: 'Themenfelder per Kurzbezeichnung (mindestens eines, per topicSlugs oder topicIds)' })
  @IsOptional()
  @ArrayMaxSize(20, msg.max(20))
  @Matches(SLUG, { each: true, ...msg.slug() })
  topicSlugs?: string[];

  @Field(() => [ID], { nullable: true, description: 'Themenfelder per ID' })
  @IsOptional()
  @ArrayMaxSize(20, msg.max(20))
  @IsUUID('all', { each: true, ...msg.uuid() })
  topicIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Partnerorganisationen des Netzwerks (aktive); ersetzt die bisherigen' })
  @IsOptional()
  @ArrayMaxSize(30, msg.max(30))
  @IsUUID('all', { each: true, ...msg.uuid() })
  partnerIds?: string[];

  @Field(() => Int, { nullable: true, description: 'Plätze; ohne Angabe unbegrenzt' })
  @IsOptional()
  @IsInt()
  @Min(1, msg.min(1))
  @Max(100000, msg.max(100000))
  capacity?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Anmeldeschluss, spätestens der Beginn' })
  @IsOptional()
  @IsDate()
  registrationDeadline?: Date | null;

  @Field(() => VisibilityEnum)
  @IsEnum(VisibilityEnum)
  visibility!: VisibilityEnum;
}

@InputType({ description: 'Nur die angegebenen Felder ändern sich; null leert optionale Felder.' })
export class UpdateEventInput extends PartialType(CreateEventInput, InputType) {}

@InputType()
export class EventFilterInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Beginn ab (einschließlich); ohne Angabe: jetzt' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Beginn vor (ausschließlich)' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, msg.max(50))
  @MaxLength(100, { each: true, ...msg.maxLength(100) })
  topicSlugs?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, msg.max(50))
  @MaxLength(100, { each: true, ...msg.maxLength(100) })
  municipalitySlugs?: string[];

  @Field(() => [String], { nullable: true, description: 'Nennt eine dieser Partnerorganisationen' })
  @IsOptional()
  @ArrayMaxSize(20, msg.max(20))
  @MaxLength(100, { each: true, ...msg.maxLength(100) })
  partnerSlugs?: string[];

  @Field(() => [ContentStatusEnum], { nullable: true, description: 'Ohne Angabe: PUBLISHED und CANCELLED. Entwürfe sehen nur Veranstaltende und die Koordinierungsstelle.' })
  @IsOptional()
  @IsEnum(ContentStatusEnum, { each: true })
  status?: ContentStatusEnum[];
}

@ArgsType()
export class EventsArgs extends PaginationArgs {
  @Field(() => EventFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventFilterInput)
  filter?: EventFilterInput;
}

@ArgsType()
export class EventIdArgs {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  id!: string;
}

@ArgsType()
export class UpdateEventArgs extends EventIdArgs {
  @Field(() => UpdateEventInput)
  @ValidateNested()
  @Type(() => UpdateEventInput)
  input!: UpdateEventInput;
}

@ArgsType()
export class CancelEventArgs extends EventIdArgs {
  @Field({ description: 'Grund der Absage; erfahren alle Angemeldeten' })
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(2000, msg.maxLength(2000))
  reason!: string;
}

@ArgsType()
export class ArchiveEventArgs extends EventIdArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, msg.maxLength(2000))
  reason?: string | null;
}
