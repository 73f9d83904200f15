import { Args, ArgsType, Context, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NETWORK_STATS_MAX_FIRST, NetworkStatsService } from '@ikone/knowledge';
import type { NetworkTotals, StatsOrder } from '@ikone/knowledge';
import { actorOf } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { msg } from '../graphql/validation-messages';
import { NetworkStatsOrderEnum } from './knowledge.enums';
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
  @Field(() => Int, { description: "Partnerbeteiligungen: Partnerorganisationen, die Praxisbeispiele und Veranstaltungen des Zeitraums nennen (je Paar)" }) partnerInvolvements!: number;
}

@ObjectType('NetworkStatsTotals', { description: 'Summen der Netzwerkstatistik über alle Mitgliedskommunen im Zeitraum.' })
export class NetworkStatsTotalsModel implements NetworkTotals {
  @Field(() => Int, { description: 'Gezählte Mitgliedskommunen (aktiv oder ruhend)' }) municipalities!: number;
  @Field(() => Int, { description: 'Summe je Kommune: ein gemeinsam verantwortetes Praxisbeispiel zählt bei jeder' }) caseStudies!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) members!: number;
  @Field(() => Int) reuseRequestsSent!: number;
  @Field(() => Int) reuseRequestsReceived!: number;
  @Field(() => Int) reusesAdopted!: number;
  @Field(() => Int, { description: "Partnerbeteiligungen: Partnerorganisationen, die Praxisbeispiele und Veranstaltungen des Zeitraums nennen (je Paar)" }) partnerInvolvements!: number;
}

@ArgsType()
export class StatsPeriodArgs {
  @Field(() => GraphQLISODateTime) @IsDate() from!: Date;
  @Field(() => GraphQLISODateTime) @IsDate() to!: Date;
}

@ArgsType()
export class StatsArgs extends StatsPeriodArgs {
  @Field(() => Int, { nullable: true, description: `Nur die ersten Kommunen in der Reihenfolge orderBy, höchstens ${NETWORK_STATS_MAX_FIRST}; ohne: alle` })
  @IsOptional() @IsInt() @Min(1, msg.min(1)) @Max(NETWORK_STATS_MAX_FIRST, msg.max(NETWORK_STATS_MAX_FIRST))
  first?: number;

  @Field(() => NetworkStatsOrderEnum, { defaultValue: NetworkStatsOrderEnum.NAME })
  @IsEnum(NetworkStatsOrderEnum)
  orderBy: NetworkStatsOrderEnum = NetworkStatsOrderEnum.NAME;
}

@Resolver()
export class StatsResolver {
  constructor(private readonly stats: NetworkStatsService) {}

  @Query(() => [MunicipalityStatsModel], { description: 'Netzwerkstatistik je Kommune (Koordinierungsstelle); als CSV: GET /stats/network.csv?from=…&to=…' })
  @SignedIn('COORDINATOR')
  async networkStats(@Args() args: StatsArgs, @Context() ctx: GqlContext): Promise<MunicipalityStatsModel[]> {
    return this.stats.perMunicipality(actorOf(ctx), args.from, args.to, { first: args.first ?? undefined, order: args.orderBy satisfies StatsOrder });
  }

  @Query(() => NetworkStatsTotalsModel, { description: 'Summen der Netzwerkstatistik und Zahl der Mitgliedskommunen (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async networkStatsTotals(@Args() args: StatsPeriodArgs, @Context() ctx: GqlContext): Promise<NetworkStatsTotalsModel> {
    return this.stats.totals(actorOf(ctx), args.from, args.to);
  }
}
