import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseStudyService, ContactRoleService, hasLongTexts, KnowledgeError, renderMarkdown, ReuseService, ReviewService } from '@ikone/knowledge';
import type { CaseStudyLongTexts, CaseStudyRecord } from '@ikone/knowledge';
import type { MunicipalityEntity } from '@ikone/membership';
import { Connection, toConnection } from '../../graphql/connection';
import { actorOf } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';

import { MunicipalityModel, toMunicipalityModel } from '../../membership/membership.model';
import { editorDecisions, editorRevisions } from '../editor-view';
import { TopicModel, toTopicModel } from '../topic.resolver';
import { caseStudyLoaders } from './case-study.loaders';
import { ContactRoleModel, contactRoleLoaders, toContactRoleModel } from '../contacts/contact-role.model';
import { PartnerOrganisationModel } from '../../membership/partner.model';
import { partnerModels } from '../../membership/partner.resolver';
import {
  ArchiveArgs,
  CaseStudiesArgs,
  CreateCaseStudyInput,
  RequestReuseArgs,
  ReuseRequestsArgs,
  UpdateCaseStudyArgs,
  UpdateReuseRequestArgs,
} from './case-study.input';
import {
  CaseStudyConnection,
  CaseStudyModel,
  PersonModel,
  ReuseRequestConnection,
  ReuseRequestModel,
  ReviewDecisionModel,
  RevisionModel,
  toCaseStudyModel,
  toPersonModel,
  toReuseRequestModel,
} from './case-study.model';
import { Public, SignedIn } from '../../auth/access';
import { IdArgs, SlugArgs } from '../../graphql/lookup.args';

function municipalities(loaded: Array<MunicipalityEntity | null | Error>): MunicipalityModel[] {
  return loaded.filter((m): m is MunicipalityEntity => !!m && !(m instanceof Error)).map(toMunicipalityModel);
}

const ownerIdsOf = (record: CaseStudyRecord): string[] => [record.municipalityId, ...(record.coOwnerIds ?? [])];

/** Case studies: reading, authoring, lifecycle and reuse requests. */
@Resolver(() => CaseStudyModel)
export class CaseStudyResolver {
  constructor(
    private readonly caseStudyService: CaseStudyService,
    private readonly reuse: ReuseService,
    private readonly review: ReviewService,
    private readonly contactRoles: ContactRoleService,
  ) {}

  /** The long texts: from the record on single reads, for list rows in one statement per page when a field asks for them. */
  private async longTexts(parent: CaseStudyModel, ctx: GqlContext): Promise<CaseStudyLongTexts> {
    if (hasLongTexts(parent.record)) return parent.record;
    const texts = await caseStudyLoaders(ctx, this.caseStudyService, this.reuse).longTexts.load(parent.id);
    // Deleted between the page and this statement: nothing to show.
    return texts ?? { problem: '', solution: '', results: '', lessonsLearned: '', publiccodeYml: null };
  }

  @Query(() => CaseStudyConnection, { description: 'Praxisbeispiele, neueste zuerst (ohne Filter: veröffentlichte).' })
  @Public()
  async caseStudies(@Args() args: CaseStudiesArgs, @Context() ctx: GqlContext): Promise<Connection<CaseStudyModel>> {
    return toConnection(await this.caseStudyService.list(actorOf(ctx), args.filter ?? {}, args), toCaseStudyModel);
  }

  @Query(() => CaseStudyModel)
  @Public()
  async caseStudy(@Args() args: SlugArgs, @Context() ctx: GqlContext): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.caseStudyService.bySlug(actorOf(ctx), args.slug));
  }

  @Mutation(() => CaseStudyModel, { description: 'Legt einen Entwurf für die eigene Kommune an.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async createCaseStudy(@Args('input') input: CreateCaseStudyInput, @Context() ctx: GqlContext): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.caseStudyService.create(actorOf(ctx), input));
  }

  @Mutation(() => CaseStudyModel, { description: 'Bearbeitet; ein veröffentlichtes Praxisbeispiel bleibt online und erhält eine neue Revision.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async updateCaseStudy(@Args() args: UpdateCaseStudyArgs, @Context() ctx: GqlContext): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.caseStudyService.update(actorOf(ctx), args.id, args.input));
  }

  @Mutation(() => CaseStudyModel, { description: 'Zur Prüfung einreichen (Koordinierungsstelle: sofort veröffentlichen).' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async submitCaseStudy(@Args() args: IdArgs, @Context() ctx: GqlContext): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.caseStudyService.submit(actorOf(ctx), args.id));
  }

  @Mutation(() => CaseStudyModel)
  @SignedIn('OFFICER', 'COORDINATOR')
  async archiveCaseStudy(@Args() args: ArchiveArgs, @Context() ctx: GqlContext): Promise<CaseStudyModel> {
    return toCaseStudyModel(await this.caseStudyService.archive(actorOf(ctx), args.id, args.reason));
  }

  @Mutation(() => ReuseRequestModel, { description: 'Fragt die Nachnutzung eines Praxisbeispiels für die eigene Kommune an.' })
  @SignedIn('OFFICER')
  async requestReuse(@Args() args: RequestReuseArgs, @Context() ctx: GqlContext): Promise<ReuseRequestModel> {
    return toReuseRequestModel(await this.reuse.request(actorOf(ctx), args.caseStudyId, args.message));
  }

  @Mutation(() => ReuseRequestModel, { description: 'Die besitzende Kommune führt die Anfrage weiter: IN_TALKS, ADOPTED oder DECLINED.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async updateReuseRequest(@Args() args: UpdateReuseRequestArgs, @Context() ctx: GqlContext): Promise<ReuseRequestModel> {
    return toReuseRequestModel(await this.reuse.update(actorOf(ctx), args.id, args.status));
  }

  // Hot fields: decorator-free resolvers (parent, args, ctx) skip Nest's parameter pipeline.
  @ResolveField(() => MunicipalityModel, { description: 'Besitzende Kommune' })
  async municipality(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<MunicipalityModel> {
    const m = await ctx.loaders.municipalityById.load(parent.record.municipalityId);
    return toMunicipalityModel(m!);
  }

  @ResolveField(() => [TopicModel])
  async topics(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<TopicModel[]> {
    return (await caseStudyLoaders(ctx, this.caseStudyService, this.reuse).topics.load(parent.id)).map(toTopicModel);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Kontaktperson; bei einer Kontaktrolle die Person, die sie innehat' })
  async contact(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<PersonModel | null> {
    let personId = parent.record.contactId;
    if (parent.record.contactRoleId) personId = (await contactRoleLoaders(ctx, this.contactRoles).byId.load(parent.record.contactRoleId))?.holderId ?? null;
    if (!personId) return null;
    return toPersonModel(await ctx.loaders.userById.load(personId), ctx.actor !== null);
  }

  @ResolveField(() => ContactRoleModel, { nullable: true, description: 'Kontaktrolle, wenn der Kontakt eine Funktion statt einer Person ist (ADR 0026)' })
  async contactRole(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<ContactRoleModel | null> {
    if (!parent.record.contactRoleId) return null;
    const role = await contactRoleLoaders(ctx, this.contactRoles).byId.load(parent.record.contactRoleId);
    return role ? toContactRoleModel(role) : null;
  }

  @ResolveField(() => [PartnerOrganisationModel], { description: 'Beteiligte Partnerorganisationen des Netzwerks' })
  async partnerOrganisations(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<PartnerOrganisationModel[]> {
    return partnerModels(ctx, await caseStudyLoaders(ctx, this.caseStudyService, this.reuse).partnerIds.load(parent.id));
  }

  @ResolveField(() => [MunicipalityModel], { description: 'Mitbesitzende Kommunen' })
  async coOwners(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<MunicipalityModel[]> {
    const ids = parent.record.coOwnerIds ?? (await caseStudyLoaders(ctx, this.caseStudyService, this.reuse).coOwnerIds.load(parent.id));
    return municipalities(await ctx.loaders.municipalityById.loadMany(ids));
  }

  @ResolveField(() => [MunicipalityModel], { description: '„Nachgenutzt von“: Kommunen mit angenommener Nachnutzung' })
  async reusedBy(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<MunicipalityModel[]> {
    const ids = await caseStudyLoaders(ctx, this.caseStudyService, this.reuse).adopterIds.load(parent.id);
    return municipalities(await ctx.loaders.municipalityById.loadMany(ids));
  }

  @ResolveField(() => String, { description: 'Ausgangslage (Markdown)' })
  async problem(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return (await this.longTexts(parent, ctx)).problem;
  }

  @ResolveField(() => String, { description: 'Lösung (Markdown)' })
  async solution(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return (await this.longTexts(parent, ctx)).solution;
  }

  @ResolveField(() => String, { description: 'Ergebnisse (Markdown)' })
  async results(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return (await this.longTexts(parent, ctx)).results;
  }

  @ResolveField(() => String, { description: 'Erfahrungen (Markdown)' })
  async lessonsLearned(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return (await this.longTexts(parent, ctx)).lessonsLearned;
  }

  @ResolveField(() => String, { nullable: true, description: 'Die publiccode.yml wie eingegeben' })
  async publiccodeYml(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string | null> {
    return (await this.longTexts(parent, ctx)).publiccodeYml;
  }

  @ResolveField(() => String, { description: 'Ausgangslage als sicheres HTML' })
  async problemHtml(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return renderMarkdown((await this.longTexts(parent, ctx)).problem);
  }

  @ResolveField(() => String, { description: 'Lösung als sicheres HTML' })
  async solutionHtml(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return renderMarkdown((await this.longTexts(parent, ctx)).solution);
  }

  @ResolveField(() => String, { description: 'Ergebnisse als sicheres HTML' })
  async resultsHtml(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return renderMarkdown((await this.longTexts(parent, ctx)).results);
  }

  @ResolveField(() => String, { description: 'Erfahrungen als sicheres HTML' })
  async lessonsLearnedHtml(parent: CaseStudyModel, _args: unknown, ctx: GqlContext): Promise<string> {
    return renderMarkdown((await this.longTexts(parent, ctx)).lessonsLearned);
  }

  @ResolveField(() => [ReuseRequestModel], { description: 'Nachnutzungsanfragen: alle für Eigentümer und Koordinierungsstelle, sonst die der eigenen Kommune' })
  async reuseRequests(@Parent() parent: CaseStudyModel, @Context() ctx: GqlContext): Promise<ReuseRequestModel[]> {
    const owners = [parent.record.municipalityId, ...(parent.record.coOwnerIds ?? [])];
    return (await this.reuse.forCaseStudy(ctx.actor, parent.id, owners)).map(toReuseRequestModel);
  }

  @ResolveField(() => [RevisionModel], { description: 'Frühere Stände (Eigentümer und Koordinierungsstelle), neueste zuerst' })
  async revisions(@Parent() parent: CaseStudyModel, @Context() ctx: GqlContext): Promise<RevisionModel[]> {
    return editorRevisions(this.review, ctx.actor, ownerIdsOf(parent.record), parent.id);
  }

  @ResolveField(() => [ReviewDecisionModel], { description: 'Prüfentscheidungen mit Kommentaren (Eigentümer und Koordinierungsstelle)' })
  async reviewDecisions(@Parent() parent: CaseStudyModel, @Context() ctx: GqlContext): Promise<ReviewDecisionModel[]> {
    return editorDecisions(this.review, ctx.actor, ownerIdsOf(parent.record), parent.id);
  }
}

@Resolver(() => ReuseRequestModel)
export class ReuseRequestResolver {
  constructor(
    private readonly caseStudyService: CaseStudyService,
    private readonly reuse: ReuseService,
  ) {}

  @Query(() => ReuseRequestConnection, {
    description: 'Nachnutzungsanfragen der eigenen Kommune, neueste zuerst (Digitalbeauftragte; Koordinierungsstelle ohne Kommune: alle).',
  })
  @SignedIn('OFFICER', 'COORDINATOR')
  async reuseRequests(@Args() args: ReuseRequestsArgs, @Context() ctx: GqlContext): Promise<Connection<ReuseRequestModel>> {
    return toConnection(await this.reuse.forMunicipality(actorOf(ctx), args.direction, args), toReuseRequestModel);
  }

  @ResolveField(() => CaseStudyModel, { nullable: true, description: 'Das angefragte Praxisbeispiel; null, wenn es für die anfragende Person nicht lesbar ist' })
  async caseStudy(@Parent() parent: ReuseRequestModel, @Context() ctx: GqlContext): Promise<CaseStudyModel | null> {
    try {
      return toCaseStudyModel(await this.caseStudyService.byId(ctx.actor, parent.caseStudyId));
    } catch (error) {
      if (error instanceof KnowledgeError) return null;
      throw error;
    }
  }

  @ResolveField(() => MunicipalityModel, { description: 'Anfragende Kommune' })
  async municipality(parent: ReuseRequestModel, _args: unknown, ctx: GqlContext): Promise<MunicipalityModel> {
    return toMunicipalityModel((await ctx.loaders.municipalityById.load(parent.municipalityId))!);
  }
}
