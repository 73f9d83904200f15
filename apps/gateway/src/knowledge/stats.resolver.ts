import { Args, ArgsType, Context, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsDate } from 'class-validator';
import { NetworkStatsService } from '@ikone/knowledge';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { SignedIn } from '../auth/access';

@ObjectType('MunicipalityStats', { description: 'Kennzahlen einer Mitgliedskommune im Zeitraum.' })
export class MunicipalityStatsModel {
  @Field(() => ID) municipalityId!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field() state!: string;
  @Field(() => Int, { description: 'Im Zeitraum erstmals veröffentlichte Praxisbeispiele' }) caseStudies!: number;
  @Field(() => Int, { description: 'Veranstaltungen im Zeitraum' }) events!: number;
  @Field(() => Int, { description: 'Aktive Konten' }) members!: number;
  @Field(() => Int) reuseRequestsSent!: number;
  @Field(() => Int) reuseRequestsReceived!: number;
  @Field(() => Int) reusesAdopted!: number;
}

@ArgsType()
export class StatsArgs {
  @Field(() => GraphQLISODateTime) @IsDate() from!: Date;
  @Field(() => GraphQLISODateTime) @IsDate() to!: Date;
}

@Resolver()
export class StatsResolver {
  constructor(private readonly stats: NetworkStatsService) {}

  @Query(() => [MunicipalityStatsModel], { description: 'Netzwerkstatistik je Kommune (Koordinierungsstelle); als CSV: GET /stats/network.csv?from=…&to=…' })
  @SignedIn('COORDINATOR')
  async networkStats(@Args() args: StatsArgs, @Context() ctx: GqlContext): Promise<MunicipalityStatsModel[]> {
    return this.stats.perMunicipality(actorOf(ctx), args.from, args.to);
  }
}
