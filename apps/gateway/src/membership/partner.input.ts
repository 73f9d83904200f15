import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { GERMAN_STATES } from '@ikone/membership';
import { PaginationArgs } from '../graphql/pagination.args';
import { msg } from '../graphql/validation-messages';
import { LocaleEnum, MembershipStatusEnum } from './membership.enums';
import { PartnerKindEnum, PartnerRoleEnum } from './partner.model';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'Eine Organisation aus Wissenschaft, Wirtschaft oder Zivilgesellschaft beantragt die Mitgliedschaft.' })
export class PartnerApplicationInput {
  @Field()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(200, msg.maxLength(200))
  name!: string;

  @Field(() => PartnerKindEnum)
  @IsEnum(PartnerKindEnum)
  kind!: PartnerKindEnum;

  @Field({ description: 'Bundesland des Sitzes' })
  @IsIn([...GERMAN_STATES], msg.state())
  state!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, msg.maxLength(300))
  @IsUrl(URL_OPTIONS, msg.url())
  website?: string | null;
}

@InputType({ description: 'Das Profil einer Partnerorganisation; nicht angegebene Felder bleiben.' })
export class UpdatePartnerProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(200, msg.maxLength(200))
  name?: string | null;

  @Field(() => PartnerKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerKindEnum)
  kind?: PartnerKindEnum | null;

  @Field(() => String, { nullable: true, description: 'null: keine Website' })
  @IsOptional()
  @MaxLength(300, msg.maxLength(300))
  @IsUrl(URL_OPTIONS, msg.url())
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Was die Organisation dem Netzwerk bietet (Markdown)' })
  @IsOptional()
  @IsString()
  @MaxLength(10000, msg.maxLength(10000))
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'null: keine Kontaktadresse' })
  @IsOptional()
  @MaxLength(254, msg.maxLength(254))
  @IsEmail({}, msg.email())
  contactEmail?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ersetzt die Themenfelder' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, ...msg.uuid() })
  topicIds?: string[] | null;
}

@ArgsType()
export class UpdatePartnerProfileArgs {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  id!: string;

  @Field(() => UpdatePartnerProfileInput)
  @ValidateNested()
  @Type(() => UpdatePartnerProfileInput)
  input!: UpdatePartnerProfileInput;
}

@InputType()
export class InvitePartnerPersonInput {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  partnerId!: string;

  @Field()
  @MaxLength(254, msg.maxLength(254))
  @IsEmail({}, msg.email())
  email!: string;

  @Field(() => PartnerRoleEnum, { nullable: true, defaultValue: PartnerRoleEnum.MEMBER, description: 'OFFICER nur durch die Koordinierungsstelle' })
  @IsOptional()
  @IsEnum(PartnerRoleEnum)
  partnerRole?: PartnerRoleEnum;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: LocaleEnum.de })
  @IsOptional()
  @IsEnum(LocaleEnum)
  locale?: LocaleEnum;
}

@InputType()
export class PartnerFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, msg.maxLength(100))
  search?: string;

  @Field(() => PartnerKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerKindEnum)
  kind?: PartnerKindEnum;

  @Field(() => [MembershipStatusEnum], { nullable: true, description: 'Ohne Angabe: ACTIVE und SUSPENDED' })
  @IsOptional()
  @IsEnum(MembershipStatusEnum, { each: true })
  statuses?: MembershipStatusEnum[];
}

@ArgsType()
export class PartnersArgs extends PaginationArgs {
  @Field(() => PartnerFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerFilterInput)
  filter?: PartnerFilterInput;
}
