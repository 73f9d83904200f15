import { Args, ArgsType, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { FundingProgrammeRecord, FundingProgrammeService, TopicEntity, TopicService, dayWindow } from '@ikone/knowledge';
import { AppConfig } from '@ikone/platform';
import { actorOf, perRequest } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { msg } from '../graphql/validation-messages';
import { Public, SignedIn } from '../auth/access';

import { TopicModel, toTopicModel } from './topic.resolver';
import { CaseStudyModel } from './case-studies/case-study.model';
import { IdArgs } from '../graphql/lookup.args';

@ObjectType('FundingProgramme', { description: 'Ein Förderprogramm aus der Liste der Koordinierungsstelle.' })
export class FundingProgrammeModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Fördergeber' }) provider!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Antragsfrist als Datum (JJJJ-MM-TT)' }) deadline!: string | null;
  topicIds!: string[];
}

function toModel(r: FundingProgrammeRecord): FundingProgrammeModel {
  return { id: r.id, name: r.name, provider: r.provider, url: r.url, deadline: r.deadline, topicIds: r.topicIds };
}

@InputType()
export class FundingProgrammeInput {
  @Field() @IsString() @IsNotEmpty(msg.required()) @MaxLength(200, msg.maxLength(200)) name!: string;
  @Field(() => String, { nullable: true, description: 'Fördergeber' })
  @IsOptional() @IsString() @MaxLength(200, msg.maxLength(200))
  provider?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @MaxLength(2000, msg.maxLength(2000)) @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, msg.url())
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Antragsfrist als Datum (JJJJ-MM-TT)' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, msg.isoDate())
  deadline?: string | null;

  @Field(() => [String], { nullable: true, description: 'Themenfelder (Kurzbezeichnungen)' })
  @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(60, { each: true, ...msg.maxLength(60) })
  topicSlugs?: string[];
}

@ArgsType()
export class FundingProgrammesArgs {
  @Field(() => String, { nullable: true, description: 'Nur Programme dieses Themenfelds' })
  @IsOptional() @IsString() @MaxLength(60, msg.maxLength(60))
  topicSlug?: string;

  @Field(() => Int, { nullable: true, description: 'Nur Programme mit Frist von heute bis in so vielen Tagen (Kalender der Zusammenfassungen)' })
  @IsOptional() @IsInt() @Min(0, msg.min(0)) @Max(366, msg.max(366))
  deadlineWithinDays?: number;
}

@ArgsType()
export class UpdateFundingProgrammeArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) id!: string;
  @Field(() => FundingProgrammeInput) @ValidateNested() @Type(() => FundingProgrammeInput) input!: FundingProgrammeInput;
}

/** Funding programmes: public list, coordinator writes; and the programme a case study refers to. */
@Resolver(() => FundingProgrammeModel)
export class FundingProgrammeResolver {
  constructor(
    private readonly programmes: FundingProgrammeService,
    private readonly topicService: TopicService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => [FundingProgrammeModel], { description: 'Förderprogramme, nach Frist sortiert (ohne Frist zuletzt).' })
  @Public()
  async fundingProgrammes(@Args() args: FundingProgrammesArgs): Promise<FundingProgrammeModel[]> {
    const window = args.deadlineWithinDays === undefined || args.deadlineWithinDays === null ? {} : this.window(args.deadlineWithinDays);
    return (await this.programmes.list({ topicSlug: args.topicSlug ?? undefined, ...window })).map(toModel);
  }

  @Mutation(() => FundingProgrammeModel, { description: 'Legt ein Förderprogramm an (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async createFundingProgramme(@Args('input') input: FundingProgrammeInput, @Context() ctx: GqlContext): Promise<FundingProgrammeModel> {
    return toModel(await this.programmes.create(actorOf(ctx), input));
  }

  @Mutation(() => FundingProgrammeModel, { description: 'Ändert ein Förderprogramm; alle Felder werden ersetzt (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async updateFundingProgramme(@Args() args: UpdateFundingProgrammeArgs, @Context() ctx: GqlContext): Promise<FundingProgrammeModel> {
    return toModel(await this.programmes.update(actorOf(ctx), args.id, args.input));
  }

  @Mutation(() => ID, { description: 'Löscht ein Förderprogramm; Praxisbeispiele behalten seinen Namen als Freitext (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async deleteFundingProgramme(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<string> {
    await this.programmes.delete(actorOf(ctx), args.id);
    return args.id;
  }

  @ResolveField(() => [TopicModel])
  async topics(@Parent() parent: FundingProgrammeModel, @Context() ctx: GqlContext): Promise<TopicModel[]> {
    const all = await perRequest(ctx, 'allTopics', () => this.topicService.list());
    return all.filter((t: TopicEntity) => parent.topicIds.includes(t.id)).map(toTopicModel);
  }

  private window(days: number) {
    const { from, to } = dayWindow(new Date(), this.config.digest.timezone, days);
    return { deadlineFrom: from, deadlineTo: to };
  }
}

/** `CaseStudy.fundedBy`: the programme of the list a case study refers to, loaded per page. */
@Resolver(() => CaseStudyModel)
export class CaseStudyFundingResolver {
  constructor(private readonly programmes: FundingProgrammeService) {}

  @ResolveField(() => FundingProgrammeModel, { nullable: true, description: 'Förderprogramm aus der Liste (sonst steht es im Freitext fundingProgramme)' })
  async fundedBy(@Parent() parent: CaseStudyModel, @Context() ctx: GqlContext): Promise<FundingProgrammeModel | null> {
    const id = parent.record.fundingProgrammeId;
    if (!id) return null;
    const loader = perRequest(ctx, 'fundingProgrammeById', () =>
      new DataLoader<string, FundingProgrammeRecord | null>(async (ids) => {
        const found = await this.programmes.byIds(ids);
        return ids.map((k) => found.get(k) ?? null);
      }));
    const record = await loader.load(id);
    return record ? toModel(record) : null;
  }
}
