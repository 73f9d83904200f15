import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TopicEntity, TopicService } from '@ikone/knowledge';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { msg } from '../graphql/validation-messages';
import { Public, SignedIn } from '../auth/access';

@ObjectType('Topic', { description: 'Ein Themenfeld.' })
export class TopicModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field({ description: 'Name (deutsch)' }) name!: string;
  @Field({ description: 'Name (englisch)' }) nameEn!: string;
  @Field() description!: string;
  @Field() descriptionEn!: string;
}

export function toTopicModel(t: TopicEntity): TopicModel {
  return { id: t.id, slug: t.slug, name: t.nameDe, nameEn: t.nameEn, description: t.descriptionDe, descriptionEn: t.descriptionEn };
}

@InputType()
export class CreateTopicInput {
  @Field()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, msg.slug())
  @MaxLength(60, msg.maxLength(60))
  slug!: string;

  @Field({ description: 'Name (deutsch)' })
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(100, msg.maxLength(100))
  name!: string;

  @Field({ description: 'Name (englisch)' })
  @IsString()
  @IsNotEmpty(msg.required())
  @MaxLength(100, msg.maxLength(100))
  nameEn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, msg.maxLength(1000))
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, msg.maxLength(1000))
  descriptionEn?: string;
}

@Resolver(() => TopicModel)
export class TopicResolver {
  constructor(private readonly topicService: TopicService) {}

  @Query(() => [TopicModel], { description: 'Alle Themenfelder, alphabetisch.' })
  @Public()
  async topics(): Promise<TopicModel[]> {
    return (await this.topicService.list()).map(toTopicModel);
  }

  @Mutation(() => TopicModel, { description: 'Legt ein Themenfeld an (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async createTopic(@Args('input') input: CreateTopicInput, @Context() ctx: GqlContext): Promise<TopicModel> {
    const topic = await this.topicService.create(actorOf(ctx), {
      slug: input.slug,
      nameDe: input.name,
      nameEn: input.nameEn,
      descriptionDe: input.description ?? '',
      descriptionEn: input.descriptionEn ?? '',
    });
    return toTopicModel(topic);
  }
}
