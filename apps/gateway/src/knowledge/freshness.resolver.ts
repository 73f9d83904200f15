import { Args, ArgsType, Context, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { FreshnessQuestion, FreshnessService, LESSON_MAX_LENGTH, OverdueFreshnessCheck } from '@ikone/knowledge';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { Connection, ConnectionType, toConnection } from '../graphql/connection';
import { PaginationArgs } from '../graphql/pagination.args';
import { msg } from '../graphql/validation-messages';
import { Public, SignedIn } from '../auth/access';

export enum FreshnessAnswerEnum {
  RUNNING = 'RUNNING',
  NEEDS_UPDATE = 'NEEDS_UPDATE',
  DISCONTINUED = 'DISCONTINUED',
}
registerEnumType(FreshnessAnswerEnum, {
  name: 'FreshnessAnswer',
  description: 'RUNNING: „Läuft noch“; NEEDS_UPDATE: „Muss aktualisiert werden“; DISCONTINUED: „Eingestellt“ (Reifegrad DISCONTINUED)',
});

@ObjectType('FreshnessCheck', { description: 'Eine offene Aktualitätsabfrage „Läuft das noch?“ zu einem Praxisbeispiel (ADR 0028).' })
export class FreshnessCheckModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseStudyId!: string;
  @Field() title!: string;
  @Field() slug!: string;
  @Field(() => GraphQLISODateTime, { description: 'Wann gefragt wurde' }) askedAt!: Date;
}

@ObjectType('FreshnessAnswered', { description: 'Die beantwortete Aktualitätsabfrage.' })
export class FreshnessAnsweredModel extends FreshnessCheckModel {
  @Field(() => FreshnessAnswerEnum) answer!: FreshnessAnswerEnum;
}

@ObjectType('OverdueFreshnessCheck', { description: 'Eine nach zwei Erinnerungen unbeantwortete Aktualitätsabfrage (Koordinierungsstelle).' })
export class OverdueFreshnessCheckModel extends FreshnessCheckModel {
  @Field({ description: 'Die Kommune, der das Praxisbeispiel gehört' }) municipalityName!: string;
  @Field(() => Int, { description: 'Gesendete Erinnerungen' }) reminders!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastRemindedAt!: Date | null;
}

const OverdueFreshnessConnection = ConnectionType(OverdueFreshnessCheckModel, 'OverdueFreshnessCheck');

@ArgsType()
export class FreshnessTokenArgs {
  @Field({ description: 'Das Token aus dem Link der E-Mail „Läuft das noch?“' })
  @IsString()
  @MaxLength(200, msg.maxLength(200))
  token!: string;
}

@ArgsType()
export class AnswerFreshnessArgs extends FreshnessTokenArgs {
  @Field(() => FreshnessAnswerEnum) @IsEnum(FreshnessAnswerEnum) answer!: FreshnessAnswerEnum;

  @Field(() => String, { nullable: true, description: 'Nur bei DISCONTINUED: wird an „Lessons Learned“ angehängt' })
  @IsOptional() @IsString() @MaxLength(LESSON_MAX_LENGTH, msg.maxLength(LESSON_MAX_LENGTH))
  lessonLearned?: string | null;
}

@ArgsType()
export class FreshnessOverdueArgs extends PaginationArgs {}

function toCheck(q: FreshnessQuestion): FreshnessCheckModel {
  return { id: q.checkId, caseStudyId: q.caseStudyId, title: q.title, slug: q.slug, askedAt: q.askedAt };
}

function toOverdue(o: OverdueFreshnessCheck): OverdueFreshnessCheckModel {
  return {
    id: o.id, caseStudyId: o.caseStudyId, title: o.title, slug: o.slug, askedAt: o.askedAt,
    municipalityName: o.municipalityName, reminders: o.reminders, lastRemindedAt: o.lastRemindedAt,
  };
}

/** "Läuft das noch?" (ADR 0028): the question behind an email link, the answer, the coordinators' list. */
@Resolver()
export class FreshnessResolver {
  constructor(private readonly freshness: FreshnessService) {}

  @Query(() => FreshnessCheckModel, { description: 'Die offene Aktualitätsabfrage hinter dem Link der E-Mail; ohne Anmeldung.' })
  @Public()
  async freshnessCheck(@Args() args: FreshnessTokenArgs): Promise<FreshnessCheckModel> {
    return toCheck(await this.freshness.question(args.token));
  }

  @Mutation(() => FreshnessAnsweredModel, { description: 'Beantwortet „Läuft das noch?“ mit dem Link der E-Mail; einmal verwendbar, ohne Anmeldung.' })
  @Public()
  async answerFreshnessCheck(@Args() args: AnswerFreshnessArgs, @Context() ctx: GqlContext): Promise<FreshnessAnsweredModel> {
    const done = await this.freshness.answer(actorOf(ctx), args.token, args.answer, args.lessonLearned);
    return { ...toCheck(done), answer: done.answer as FreshnessAnswerEnum };
  }

  @Query(() => OverdueFreshnessConnection, { description: 'Nach zwei Erinnerungen unbeantwortete Aktualitätsabfragen, am längsten offene zuerst (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async freshnessOverdue(@Args() args: FreshnessOverdueArgs, @Context() ctx: GqlContext): Promise<Connection<OverdueFreshnessCheckModel>> {
    return toConnection(await this.freshness.overdue(actorOf(ctx), args), toOverdue);
  }
}
