import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { GERMAN_STATES } from '@ikone/membership';
import { PaginationArgs } from '../graphql/pagination.args';
import { PartnerApplicationInput } from './partner.input';
import { msg } from '../graphql/validation-messages';
import {
  ApplicationStatusEnum,
  LocaleEnum,
  MembershipStatusEnum,
  MunicipalityKindEnum,
  RoleEnum,
  UserStatusEnum,
} from './membership.enums';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'Antrag auf Mitgliedschaft: eine Gemeinde aus dem Verzeichnis (ags), eine andere Körperschaft (name, kind, state) oder eine Partnerorganisation (partner).' })
export class ApplyForMembershipInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{8}$/, msg.ags())
  ags?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(200, msg.maxLength(200))
  name?: string | null;

  @Field(() => MunicipalityKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(MunicipalityKindEnum)
  kind?: MunicipalityKindEnum | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...GERMAN_STATES], msg.state())
  state?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, msg.maxLength(300))
  @IsUrl(URL_OPTIONS, msg.url())
  website?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(120, msg.maxLength(120))
  applicantName!: string;

  @Field()
  @MaxLength(254, msg.maxLength(254))
  @IsEmail({}, msg.email())
  applicantEmail!: string;

  @Field()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(4000, msg.maxLength(4000))
  motivation!: string;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: LocaleEnum.de })
  @IsOptional()
  @IsEnum(LocaleEnum)
  locale?: LocaleEnum;

  @Field(() => PartnerApplicationInput, { nullable: true, description: 'Statt einer Kommune: eine Partnerorganisation (dann ohne ags, name, kind, state)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerApplicationInput)
  partner?: PartnerApplicationInput | null;
}

@InputType()
export class InviteUserInput {
  @Field()
  @MaxLength(254, msg.maxLength(254))
  @IsEmail({}, msg.email())
  email!: string;

  @Field(() => RoleEnum)
  @IsEnum(RoleEnum)
  role!: RoleEnum;

  @Field(() => ID, { nullable: true, description: 'Für Digitalbeauftragte immer die eigene Kommune' })
  @IsOptional()
  @IsUUID('all', msg.uuid())
  municipalityId?: string | null;

  @Field(() => LocaleEnum, { nullable: true, defaultValue: LocaleEnum.de })
  @IsOptional()
  @IsEnum(LocaleEnum)
  locale?: LocaleEnum;
}

@InputType()
export class MunicipalityFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, msg.maxLength(100))
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...GERMAN_STATES], msg.state())
  state?: string;

  @Field(() => MunicipalityKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(MunicipalityKindEnum)
  kind?: MunicipalityKindEnum;

  @Field(() => [MembershipStatusEnum], { nullable: true, description: 'Ohne Angabe: ACTIVE und SUSPENDED' })
  @IsOptional()
  @IsEnum(MembershipStatusEnum, { each: true })
  statuses?: MembershipStatusEnum[];
}

@ArgsType()
export class MunicipalitiesArgs extends PaginationArgs {
  @Field(() => MunicipalityFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MunicipalityFilterInput)
  filter?: MunicipalityFilterInput;
}

@ArgsType()
export class DirectoryArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Teil des Namens oder Anfang des AGS' })
  @IsOptional()
  @MaxLength(100, msg.maxLength(100))
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...GERMAN_STATES], msg.state())
  state?: string;
}

@ArgsType()
export class ApplicationsArgs extends PaginationArgs {
  @Field(() => ApplicationStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatusEnum)
  status?: ApplicationStatusEnum;
}

@ArgsType()
export class DecideApplicationArgs {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  id!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Pflicht bei Ablehnung' })
  @IsOptional()
  @MaxLength(2000, msg.maxLength(2000))
  comment?: string | null;
}

@ArgsType()
export class SuspendMunicipalityArgs {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  id!: string;

  @Field()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(2000, msg.maxLength(2000))
  reason!: string;
}

@InputType()
export class UserFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, msg.maxLength(100))
  search?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RoleEnum)
  role?: RoleEnum;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', msg.uuid())
  municipalityId?: string;

  @Field(() => UserStatusEnum, { nullable: true, description: 'Ohne Angabe: ACTIVE' })
  @IsOptional()
  @IsEnum(UserStatusEnum)
  status?: UserStatusEnum;
}

@ArgsType()
export class UsersArgs extends PaginationArgs {
  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilterInput)
  filter?: UserFilterInput;
}

@ArgsType()
export class SetUserRoleArgs {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  id!: string;

  @Field(() => RoleEnum)
  @IsEnum(RoleEnum)
  role!: RoleEnum;
}

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254, msg.maxLength(254))
  email!: string;

  @Field()
  @IsString()
  @MaxLength(1024, msg.maxLength(1024))
  password!: string;
}

@ArgsType()
export class RefreshSessionArgs {
  @Field()
  @IsString()
  @MaxLength(200, msg.maxLength(200))
  refreshToken!: string;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field()
  @IsString()
  @MaxLength(200, msg.maxLength(200))
  token!: string;

  @Field()
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(120, msg.maxLength(120))
  displayName!: string;

  @Field({ description: '8 bis 128 Zeichen, kein verbreitetes Passwort' })
  @IsString()
  password!: string;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LocaleEnum)
  locale?: LocaleEnum;
}

@ArgsType()
export class InvitationTokenArgs {
  @Field()
  @IsString()
  @MaxLength(200, msg.maxLength(200))
  token!: string;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @MaxLength(254, msg.maxLength(254))
  @IsEmail({}, msg.email())
  email!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  @IsString()
  @MaxLength(200, msg.maxLength(200))
  token!: string;

  @Field()
  @IsString()
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(1024, msg.maxLength(1024))
  currentPassword!: string;

  @Field({ description: '8 bis 128 Zeichen, kein verbreitetes Passwort' })
  @IsString()
  newPassword!: string;
}
