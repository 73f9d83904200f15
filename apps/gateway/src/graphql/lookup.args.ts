import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { msg } from './validation-messages';

/** `id: ID!` of every field and mutation that looks one thing up by its id. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', msg.uuid())
  id!: string;
}

/** `slug: String!` of every field that looks one thing up by its slug. */
@ArgsType()
export class SlugArgs {
  @Field()
  @IsString()
  @MaxLength(100, msg.maxLength(100))
  slug!: string;
}
