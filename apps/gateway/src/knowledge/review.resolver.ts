import { Args, ArgsType, Context, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver, ResolveField } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ReviewService } from '@ikone/knowledge';
import type { ReviewItem } from '@ikone/knowledge';
import { Connection, ConnectionType, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { PaginationArgs } from '../graphql/pagination.args';
import { msg } from '../graphql/validation-messages';
import { MunicipalityModel, toMunicipalityModel } from '../membership/membership.model';
import { CaseStudyModel } from './case-studies/case-study.model';
import { ContentSubjects } from './content-subject';
import type { EventModel } from './events/event.model';
import { SubjectTypeEnum } from './knowledge.enums';
import { SignedIn } from '../auth/access';
import { SearchResultUnion } from './search.resolver';

@ObjectType('ReviewItem', { description: 'Ein Inhalt in der Prüfung.' })
export class ReviewItemModel {
  @Field(() => SubjectTypeEnum) subjectType!: SubjectTypeEnum;
  @Field(() => ID, { description: 'ID des Praxisbeispiels oder der Veranstaltung' }) subjectId!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field(() => Int) revision!: number;
  @Field(() => Int, { nullable: true, description: 'Die zuletzt geprüfte Revision, mit der changedFields vergleicht; null bei erster Prüfung' })
  reviewedRevision!: number | null;
  @Field(() => [String], { nullable: true, description: 'Seit der letzten Prüfung geänderte Felder; null bei erster Prüfung' })
  changedFields!: string[] | null;
  @Field(() => String, { nullable: true, description: 'Kommentar der letzten Rückgabe' }) lastComment!: string | null;
  municipalityId!: string;
}

const toReviewItemModel = (i: ReviewItem): ReviewItemModel => ({
  subjectType: i.subjectType as SubjectTypeEnum,
  subjectId: i.id,
  title: i.title,
  submittedAt: i.submittedAt,
  revision: i.revision,
  reviewedRevision: i.reviewedRevision,
  changedFields: i.changedFields,
  lastComment: i.lastComment,
  municipalityId: i.municipalityId,
});

const ReviewItemConnection = ConnectionType(ReviewItemModel, 'ReviewItem');

@ObjectType('ReviewResult')
export class ReviewResultModel {
  @Field(() => SubjectTypeEnum) subjectType!: SubjectTypeEnum;
  @Field(() => ID) subjectId!: string;
}

@ArgsType()
export class ReviewItemArgs {
  @Field(() => ID, { description: 'ID des Praxisbeispiels oder der Veranstaltung' }) @IsUUID('all', msg.uuid()) subjectId!: string;
}

@ArgsType()
export class ApproveArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) subjectId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000, msg.maxLength(4000)) comment?: string;
}

@ArgsType()
export class SendBackArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) subjectId!: string;
  /** Must not be empty: the domain checks it (COMMENT_REQUIRED), once for every caller. */
  @Field() @IsString() @MaxLength(4000, msg.maxLength(4000)) comment!: string;
}

/** The coordinators' review queue and decisions. */
@Resolver(() => ReviewItemModel)
export class ReviewResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly subjects: ContentSubjects,
  ) {}

  @Query(() => ReviewItemConnection, { description: 'Prüfwarteschlange, älteste Einreichung zuerst (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async reviewQueue(@Args() args: PaginationArgs, @Context() ctx: GqlContext): Promise<Connection<ReviewItemModel>> {
    return toConnection(await this.review.queue(actorOf(ctx), args), toReviewItemModel);
  }

  @Query(() => ReviewItemModel, { description: 'Ein Inhalt der Prüfwarteschlange (Koordinierungsstelle); NOT_FOUND, wenn er nicht in der Prüfung ist.' })
  @SignedIn('COORDINATOR')
  async reviewItem(@Args() args: ReviewItemArgs, @Context() ctx: GqlContext): Promise<ReviewItemModel> {
    return toReviewItemModel(await this.review.item(actorOf(ctx), args.subjectId));
  }

  @Mutation(() => ReviewResultModel, { description: 'Freigeben und veröffentlichen.' })
  @SignedIn('COORDINATOR')
  async approve(@Args() args: ApproveArgs, @Context() ctx: GqlContext): Promise<ReviewResultModel> {
    return { subjectType: (await this.review.approve(actorOf(ctx), args.subjectId, args.comment)) as SubjectTypeEnum, subjectId: args.subjectId };
  }

  @Mutation(() => ReviewResultModel, { description: 'Mit Kommentar zur Überarbeitung zurückgeben.' })
  @SignedIn('COORDINATOR')
  async requestChanges(@Args() args: SendBackArgs, @Context() ctx: GqlContext): Promise<ReviewResultModel> {
    return { subjectType: (await this.review.requestChanges(actorOf(ctx), args.subjectId, args.comment)) as SubjectTypeEnum, subjectId: args.subjectId };
  }

  @Mutation(() => ReviewResultModel, { description: 'Mit Begründung ablehnen.' })
  @SignedIn('COORDINATOR')
  async reject(@Args() args: SendBackArgs, @Context() ctx: GqlContext): Promise<ReviewResultModel> {
    return { subjectType: (await this.review.reject(actorOf(ctx), args.subjectId, args.comment)) as SubjectTypeEnum, subjectId: args.subjectId };
  }

  @ResolveField(() => SearchResultUnion, { description: 'Der Inhalt selbst (Praxisbeispiel oder Veranstaltung)' })
  async subject(parent: ReviewItemModel, _args: unknown, ctx: GqlContext): Promise<CaseStudyModel | EventModel> {
    return this.subjects.load(actorOf(ctx), parent.subjectType, parent.subjectId);
  }

  @ResolveField(() => MunicipalityModel)
  async municipality(parent: ReviewItemModel, _args: unknown, ctx: GqlContext): Promise<MunicipalityModel> {
    return toMunicipalityModel((await ctx.loaders.municipalityById.load(parent.municipalityId))!);
  }
}
