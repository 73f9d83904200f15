import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@ikone/platform';
import { msg } from './validation-messages';

/** `first` / `after` of every connection field. */
@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Höchstens ${MAX_PAGE_SIZE}.` })
  @Min(1, msg.min(1))
  @Max(MAX_PAGE_SIZE, msg.max(MAX_PAGE_SIZE))
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, msg.maxLength(500))
  after?: string;
}
