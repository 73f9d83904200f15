import { Args, ArgsType, Context, Field, GraphQLISODateTime, ID, Mutation, ObjectType, Query, Resolver, ResolveField } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ReportService } from '@ikone/moderation';
import type { ReportRecord } from '@ikone/moderation';
import { Connection, ConnectionType, toConnection } from '../graphql/connection';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { PaginationArgs } from '../graphql/pagination.args';
import { msg } from '../graphql/validation-messages';
import { CaseStudyModel, PersonModel, toPersonModel } from './case-studies/case-study.model';
import { ContentSubjects } from './content-subject';
import type { EventModel } from './events/event.model';
import { SearchResultUnion } from './search.resolver';
import { ReportActionEnum, ReportReasonEnum, ReportStatusEnum, SubjectTypeEnum } from './knowledge.enums';
import { SignedIn } from '../auth/access';

@ObjectType('Report', { description: 'Eine Meldung zu einem Inhalt.' })
export class ReportModel {
  @Field(() => ID) id!: string;
  @Field(() => SubjectTypeEnum) subjectType!: SubjectTypeEnum;
  @Field(() => ID) subjectId!: string;
  @Field(() => ReportReasonEnum) reason!: ReportReasonEnum;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ReportStatusEnum) status!: ReportStatusEnum;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt!: Date | null;
  reporterId!: string | null;
}

const toReportModel = (r: ReportRecord): ReportModel => ({
  id: r.id,
  subjectType: r.subjectType as SubjectTypeEnum,
  subjectId: r.subjectId,
  reason: r.reason as ReportReasonEnum,
  note: r.note,
  status: r.status as ReportStatusEnum,
  resolution: r.resolution,
  createdAt: r.createdAt,
  resolvedAt: r.resolvedAt,
  reporterId: r.reporterId,
});

const ReportConnection = ConnectionType(ReportModel, 'Report');

@ArgsType()
export class ReportContentArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) subjectId!: string;
  @Field(() => ReportReasonEnum) @IsEnum(ReportReasonEnum) reason!: ReportReasonEnum;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000, msg.maxLength(2000)) note?: string;
}

@ArgsType()
export class ReportsArgs extends PaginationArgs {
  @Field(() => ReportStatusEnum, { nullable: true }) @IsOptional() @IsEnum(ReportStatusEnum) status?: ReportStatusEnum;
}

@ArgsType()
export class ResolveReportArgs {
  @Field(() => ID) @IsUUID('all', msg.uuid()) id!: string;
  @Field(() => ReportActionEnum) @IsEnum(ReportActionEnum) action!: ReportActionEnum;
  @Field(() => String, { nullable: true, description: 'Begründung (erscheint im Prüfprotokoll)' })
  @IsOptional() @MaxLength(2000, msg.maxLength(2000))
  note?: string;
}

/** Reports: any member files one; coordinators see and resolve them. */
@Resolver(() => ReportModel)
export class ReportResolver {
  constructor(
    private readonly reportService: ReportService,
    private readonly subjects: ContentSubjects,
  ) {}

  @Mutation(() => ReportModel, { description: 'Meldet einen Inhalt der Koordinierungsstelle.' })
  @SignedIn()
  async reportContent(@Args() args: ReportContentArgs, @Context() ctx: GqlContext): Promise<ReportModel> {
    return toReportModel(await this.reportService.report(actorOf(ctx), args.subjectId, args.reason, args.note ?? null));
  }

  @Query(() => ReportConnection, { description: 'Meldungen, älteste zuerst (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async reports(@Args() args: ReportsArgs, @Context() ctx: GqlContext): Promise<Connection<ReportModel>> {
    return toConnection(await this.reportService.list(actorOf(ctx), args.status, args), toReportModel);
  }

  @Mutation(() => ReportModel, { description: 'Meldung verwerfen oder den Inhalt archivieren.' })
  @SignedIn('COORDINATOR')
  async resolveReport(@Args() args: ResolveReportArgs, @Context() ctx: GqlContext): Promise<ReportModel> {
    return toReportModel(await this.reportService.resolve(actorOf(ctx), args.id, args.action, args.note ?? null));
  }

  @ResolveField(() => SearchResultUnion, { description: 'Der gemeldete Inhalt (Praxisbeispiel oder Veranstaltung)' })
  async subject(parent: ReportModel, _args: unknown, ctx: GqlContext): Promise<CaseStudyModel | EventModel> {
    return this.subjects.load(actorOf(ctx), parent.subjectType, parent.subjectId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Meldende Person' })
  async reporter(parent: ReportModel, _args: unknown, ctx: GqlContext): Promise<PersonModel | null> {
    // Only coordinators list reports, so they see the reporter's address.
    return toPersonModel(parent.reporterId ? await ctx.loaders.userById.load(parent.reporterId) : null, true);
  }
}
