import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { msg } from '../graphql/validation-messages';
import { LocaleEnum } from '../membership/membership.enums';

@ArgsType()
export class StartSingleSignOnArgs {
  @Field(() => ID, { description: 'Kennung des Anbieters aus `singleSignOnProviders`' })
  @IsString()
  @MaxLength(32, msg.maxLength(32))
  provider!: string;

  @Field({ description: 'Ein Geheimnis (≥ 32 Zeichen), das der Aufrufer beim Browser behält; `completeSingleSignOn` verlangt es wieder' })
  @IsString()
  @MinLength(32, msg.minLength(32))
  @MaxLength(200, msg.maxLength(200))
  browserBinding!: string;

  @Field(() => String, { nullable: true, description: 'Lokaler Pfad, zu dem die Webanwendung nach der Anmeldung zurückkehrt' })
  @IsOptional()
  @IsString()
  @MaxLength(500, msg.maxLength(500))
  returnTo?: string | null;
}

@ArgsType()
export class CompleteSingleSignOnArgs {
  @Field({ description: 'Der einmal verwendbare Code, den die Rückkehr vom Anbieter an die Webanwendung übergab (60 Sekunden gültig)' })
  @IsString()
  @MaxLength(100, msg.maxLength(100))
  code!: string;

  @Field()
  @IsString()
  @MaxLength(200, msg.maxLength(200))
  browserBinding!: string;

  @Field(() => LocaleEnum, { nullable: true, description: 'Sprache eines Kontos, das aus einer Einladung entsteht' })
  @IsOptional()
  @IsEnum(LocaleEnum)
  locale?: LocaleEnum;
}
