import { Args, ArgsType, Context, Field, Int, ObjectType, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';
import DataLoader from 'dataloader';
import { MAX_SIMILAR, SimilarPracticesService, similarityReason } from '@ikone/knowledge';
import type { CaseStudyRecord, SimilarPractice } from '@ikone/knowledge';
import type { TopicEntity } from '@ikone/knowledge';
import { actorOf, perRequest } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';
import { msg } from '../../graphql/validation-messages';
import { LocaleEnum } from '../../membership/membership.enums';
import { MunicipalityModel } from '../../membership/membership.model';
import { CaseStudyModel, toCaseStudyModel } from '../case-studies/case-study.model';
import { TopicModel, toTopicModel } from '../topic.resolver';

export enum SimilarityReasonEnum {
  SAME_DISTRICT = 'SAME_DISTRICT',
  SHARED_TOPICS = 'SHARED_TOPICS',
  SAME_KIND = 'SAME_KIND',
  SAME_STATE = 'SAME_STATE',
}
registerEnumType(SimilarityReasonEnum, {
  name: 'SimilarityReason',
  description: 'SAME_DISTRICT: gleicher Landkreis (AGS-Stellen 1–5); SHARED_TOPICS: gleiche Themenfelder; SAME_KIND: gleiche Art; SAME_STATE: gleiches Bundesland',
});

@ObjectType('SimilarPractice', { description: 'Ein Praxisbeispiel aus einer vergleichbaren Kommune („Kommunen wie Ihre“) mit Begründung.' })
export class SimilarPracticeModel {
  @Field(() => CaseStudyModel) caseStudy!: CaseStudyModel;
  @Field(() => [SimilarityReasonEnum], { description: 'Die Gründe, stärkster zuerst' }) reasons!: SimilarityReasonEnum[];
  practice!: SimilarPractice;
}

@ArgsType()
export class SimilarPracticesArgs {
  @Field(() => Int, { defaultValue: 3, description: `Höchstens ${MAX_SIMILAR}.` })
  @Min(1, msg.min(1)) @Max(MAX_SIMILAR, msg.max(MAX_SIMILAR))
  first: number = 3;
}

@ArgsType()
export class ReasonArgs {
  @Field(() => LocaleEnum, { defaultValue: LocaleEnum.de }) locale: LocaleEnum = LocaleEnum.de;
}

/** `Municipality.similarPractices`: practices of comparable municipalities, for everyone (as each may see them). */
@Resolver(() => MunicipalityModel)
export class MunicipalitySimilarPracticesResolver {
  constructor(private readonly similar: SimilarPracticesService) {}

  @ResolveField(() => [SimilarPracticeModel], {
    description: '„Kommunen wie Ihre“: veröffentlichte Praxisbeispiele vergleichbarer Kommunen (Landkreis, Themen, Art, Bundesland), nie die eigenen',
  })
  async similarPractices(@Parent() m: MunicipalityModel, @Args() args: SimilarPracticesArgs, @Context() ctx: GqlContext): Promise<SimilarPracticeModel[]> {
    const loader = perRequest(ctx, `similarPractices:${args.first}`, () =>
      new DataLoader<string, Array<SimilarPractice & { record: CaseStudyRecord }>>(async (ids) => {
        const all = await this.similar.forMunicipalities(actorOf(ctx), ids, args.first);
        return ids.map((id) => all.filter((p) => p.forMunicipalityId === id));
      }),
    );
    return (await loader.load(m.id)).map(({ record, ...practice }) => ({
      caseStudy: toCaseStudyModel(record),
      reasons: practice.reasons as SimilarityReasonEnum[],
      practice,
    }));
  }
}

@Resolver(() => SimilarPracticeModel)
export class SimilarPracticeResolver {
  @ResolveField(() => String, { description: 'Die Begründung in einer Zeile, z. B. „aus dem gleichen Landkreis · gleiche Themen: Bürgerbeteiligung“' })
  reason(@Parent() p: SimilarPracticeModel, @Args() args: ReasonArgs): string {
    return similarityReason(p.practice, args.locale);
  }

  @ResolveField(() => [TopicModel], { description: 'Themenfelder, die das Praxisbeispiel mit den eigenen Praxisbeispielen der Kommune teilt' })
  async sharedTopics(@Parent() p: SimilarPracticeModel, @Context() ctx: GqlContext): Promise<TopicModel[]> {
    const topics = await ctx.loaders.topicById.loadMany(p.practice.sharedTopicIds);
    return topics.filter((t): t is TopicEntity => !!t && !(t instanceof Error)).map(toTopicModel);
  }
}
