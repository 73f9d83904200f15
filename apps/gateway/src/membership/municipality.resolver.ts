import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryService, MembershipApplicationService, MunicipalityService } from '@ikone/membership';
import { Connection, toConnection } from '../graphql/connection';
import { PersonModel, toPersonModel } from '../knowledge/case-studies/case-study.model';
import { actorOf, clientIp } from '../graphql/gql-context';
import type { GqlContext } from '../graphql/gql-context';
import { ApplicationsArgs, ApplyForMembershipInput, DecideApplicationArgs, DirectoryArgs, MunicipalitiesArgs, SuspendMunicipalityArgs } from './membership.input';
import {
  ApplicationReceiptModel,
  DirectoryEntryConnection,
  DirectoryEntryModel,
  MembershipApplicationConnection,
  MembershipApplicationModel,
  MunicipalityConnection,
  MunicipalityModel,
  toApplicationModel,
  toDirectoryEntryModel,
  toMunicipalityModel,
} from './membership.model';
import { Public, SignedIn } from '../auth/access';
import { IdArgs, SlugArgs } from '../graphql/lookup.args';

/** Member municipalities, the directory, and membership applications. */
@Resolver(() => MunicipalityModel)
export class MunicipalityResolver {
  constructor(
    private readonly municipalityService: MunicipalityService,
    private readonly directoryService: DirectoryService,
    private readonly applications: MembershipApplicationService,
  ) {}

  @Query(() => MunicipalityConnection, { description: 'Mitgliedskommunen (ohne Filter: ACTIVE und SUSPENDED).' })
  @Public()
  async municipalities(@Args() args: MunicipalitiesArgs, @Context() ctx: GqlContext): Promise<Connection<MunicipalityModel>> {
    const page = await this.municipalityService.list(actorOf(ctx), args.filter ?? {}, args);
    return toConnection(page, toMunicipalityModel);
  }

  @Query(() => MunicipalityModel)
  @Public()
  async municipality(@Args() args: SlugArgs, @Context() ctx: GqlContext): Promise<MunicipalityModel> {
    return toMunicipalityModel(await this.municipalityService.bySlug(actorOf(ctx), args.slug));
  }

  @ResolveField(() => [PersonModel], { description: 'Ansprechpersonen: die aktiven Digitalbeauftragten der Kommune; E-Mail nur für angemeldete Mitglieder' })
  async contacts(@Parent() m: MunicipalityModel, @Context() ctx: GqlContext): Promise<PersonModel[]> {
    const officers = await ctx.loaders.officersByMunicipality.load(m.id);
    return officers.map((u) => toPersonModel(u, actorOf(ctx) !== null));
  }

  @Query(() => DirectoryEntryConnection, { description: 'Verzeichnis aller deutschen Gemeinden (Gebietsstand 25.01.2021).' })
  @Public()
  async directory(@Args() args: DirectoryArgs): Promise<Connection<DirectoryEntryModel>> {
    return toConnection(await this.directoryService.search(args.search, args.state, args), toDirectoryEntryModel);
  }

  @Mutation(() => ApplicationReceiptModel, { description: 'Antrag auf Mitgliedschaft; ohne Anmeldung.' })
  @Public()
  async applyForMembership(@Args('input') input: ApplyForMembershipInput, @Context() ctx: GqlContext): Promise<ApplicationReceiptModel> {
    const application = await this.applications.apply(input, clientIp(ctx));
    return { id: application.id, municipalityName: application.municipalityName, status: toApplicationModel(application).status };
  }

  @Query(() => MembershipApplicationConnection, { description: 'Anträge, älteste zuerst (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async membershipApplications(@Args() args: ApplicationsArgs, @Context() ctx: GqlContext): Promise<Connection<MembershipApplicationModel>> {
    return toConnection(await this.applications.list(actorOf(ctx), args.status, args), toApplicationModel);
  }

  @Query(() => MembershipApplicationModel, { description: 'Ein Antrag (Koordinierungsstelle).' })
  @SignedIn('COORDINATOR')
  async membershipApplication(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<MembershipApplicationModel> {
    return toApplicationModel(await this.applications.byId(actorOf(ctx), args.id));
  }

  @Mutation(() => MembershipApplicationModel, { description: 'Annehmen (Kommune wird aktiv, Antragsteller/in wird als Digitalbeauftragte/r eingeladen) oder ablehnen (mit Begründung).' })
  @SignedIn('COORDINATOR')
  async decideMembershipApplication(@Args() args: DecideApplicationArgs, @Context() ctx: GqlContext): Promise<MembershipApplicationModel> {
    return toApplicationModel(await this.applications.decide(actorOf(ctx), args.id, args.approve, args.comment));
  }

  @Mutation(() => MunicipalityModel, { description: 'Setzt die Mitgliedschaft aus: Digitalbeauftragte verlieren Schreibrechte, veröffentlichte Inhalte bleiben.' })
  @SignedIn('COORDINATOR')
  async suspendMunicipality(@Args() args: SuspendMunicipalityArgs, @Context() ctx: GqlContext): Promise<MunicipalityModel> {
    return toMunicipalityModel(await this.municipalityService.suspend(actorOf(ctx), args.id, args.reason));
  }

  @Mutation(() => MunicipalityModel, { description: 'Hebt eine Aussetzung auf.' })
  @SignedIn('COORDINATOR')
  async reinstateMunicipality(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<MunicipalityModel> {
    return toMunicipalityModel(await this.municipalityService.reinstate(actorOf(ctx), args.id));
  }
}

/** The member record behind a directory entry, if the municipality is a member. */
@Resolver(() => DirectoryEntryModel)
export class DirectoryEntryResolver {
  @ResolveField(() => MunicipalityModel, { nullable: true, description: 'Die Mitgliedskommune zu diesem Eintrag, falls Mitglied.' })
  async member(@Parent() entry: DirectoryEntryModel, @Context() ctx: GqlContext): Promise<MunicipalityModel | null> {
    const m = await ctx.loaders.municipalityByAgs.load(entry.ags);
    return m && (m.status === 'ACTIVE' || m.status === 'SUSPENDED') ? toMunicipalityModel(m) : null;
  }
}

@Resolver(() => MembershipApplicationModel)
export class MembershipApplicationResolver {
  @ResolveField(() => MunicipalityModel, { nullable: true })
  async municipality(@Parent() a: MembershipApplicationModel, @Context() ctx: GqlContext): Promise<MunicipalityModel | null> {
    const m = a.municipalityId ? await ctx.loaders.municipalityById.load(a.municipalityId) : null;
    return m ? toMunicipalityModel(m) : null;
  }
}
