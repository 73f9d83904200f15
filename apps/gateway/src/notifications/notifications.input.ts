import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DIGEST_HOURS, MAX_MARK_READ } from '@ikone/notifications';
import { PaginationArgs } from '../graphql/pagination.args';
import { msg } from '../graphql/validation-messages';
import { LocaleEnum } from '../membership/membership.enums';
import { SubscriptionFrequencyEnum, WeekdayEnum } from './notifications.enums';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType({ description: 'Was abonniert wird: genau eines von Themenfeld, Kommune oder Partnerorganisation.' })
export class SubscriptionTargetInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SLUG, msg.slug())
  @MaxLength(100, msg.maxLength(100))
  topicSlug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SLUG, msg.slug())
  @MaxLength(200, msg.maxLength(200))
  municipalitySlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Eine Partnerorganisation (ADR 0024)' })
  @IsOptional()
  @Matches(SLUG, msg.slug())
  @MaxLength(200, msg.maxLength(200))
  partnerSlug?: string | null;
}

@ArgsType()
export class SubscribeArgs {
  @Field(() => SubscriptionTargetInput)
  @ValidateNested()
  @Type(() => SubscriptionTargetInput)
  target!: SubscriptionTargetInput;

  @Field(() => SubscriptionFrequencyEnum, { defaultValue: SubscriptionFrequencyEnum.IMMEDIATE })
  @IsEnum(SubscriptionFrequencyEnum)
  frequency: SubscriptionFrequencyEnum = SubscriptionFrequencyEnum.IMMEDIATE;
}

@ArgsType()
export class UnsubscribeArgs {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  subscriptionId!: string;
}

@ArgsType()
export class NotificationsArgs extends PaginationArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: `Höchstens ${MAX_MARK_READ}; fremde IDs werden ignoriert.` })
  @ArrayMaxSize(MAX_MARK_READ, msg.max(MAX_MARK_READ))
  @IsUUID('all', { each: true, ...msg.uuid() })
  ids!: string[];
}

@InputType({ description: 'Nur angegebene Felder werden geändert.' })
export class UpdatePreferencesInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  emailEnabled?: boolean | null;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LocaleEnum)
  locale?: LocaleEnum | null;

  @Field(() => Int, { nullable: true, description: 'Stunde der Zusammenfassungen (Europe/Berlin): 5 bis 10' })
  @IsOptional()
  @IsIn([...DIGEST_HOURS], { message: JSON.stringify({ de: 'muss zwischen 5 und 10 liegen', en: 'must be between 5 and 10' }) })
  digestHour?: number | null;

  @Field(() => WeekdayEnum, { nullable: true })
  @IsOptional()
  @IsEnum(WeekdayEnum)
  digestWeekday?: WeekdayEnum | null;
}

@ArgsType()
export class FailedDeliveriesArgs extends PaginationArgs {}


@ArgsType()
export class ConfirmEmailConsentArgs {
  @Field({ description: 'Das Token aus dem Link der Bestätigungs-E-Mail' })
  @IsString()
  @MaxLength(200, msg.maxLength(200))
  token!: string;
}
