import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PlatformError } from '@ikone/platform';
import { EventService, isOwner, RegistrationService, renderMarkdown, ReviewService } from '@ikone/knowledge';
import { Connection, toConnection } from '../../graphql/connection';
import { actorOf } from '../../graphql/gql-context';
import type { GqlContext } from '../../graphql/gql-context';
import { PaginationArgs } from '../../graphql/pagination.args';
import { GraphqlValidationPipe } from '../../graphql/validation.pipe';
import { MunicipalityModel, toMunicipalityModel } from '../../membership/membership.model';
import { ReviewDecisionModel, RevisionModel } from '../case-studies/case-study.model';
import { editorDecisions, editorRevisions } from '../editor-view';
import { TopicModel, toTopicModel } from '../topic.resolver';
import { RegistrationStatusEnum } from './event.enums';
import { eventPartnerIdsLoader, eventTopicsLoader, myRegistrationLoader, waitlistPositionLoader } from './event.loaders';
import { PartnerOrganisationModel } from '../../membership/partner.model';
import { partnerModels } from '../../membership/partner.resolver';
import { ArchiveEventArgs, CancelEventArgs, CreateEventInput, EventIdArgs, EventsArgs, UpdateEventArgs } from './event.input';
import {
  EventConnection,
  EventModel,
  RegistrationConnection,
  RegistrationModel,
  toEventModel,
  toRegistrationModel,
} from './event.model';
import { Public, SignedIn } from '../../auth/access';

/** Events: lists by date, authoring, the lifecycle, registrations. */
@Resolver(() => EventModel)
export class EventResolver {
  constructor(
    private readonly eventService: EventService,
    private readonly registrationService: RegistrationService,
    private readonly review: ReviewService,
  ) {}

  @Query(() => EventConnection, { description: 'Veranstaltungen nach Beginn; ohne Filter: veröffentlichte und abgesagte ab jetzt.' })
  @Public()
  async events(@Args() args: EventsArgs, @Context() ctx: GqlContext): Promise<Connection<EventModel>> {
    return toConnection(await this.eventService.list(actorOf(ctx), args.filter ?? {}, args), toEventModel);
  }

  @Query(() => EventModel)
  @Public()
  async event(@Args() args: EventIdArgs, @Context() ctx: GqlContext): Promise<EventModel> {
    return toEventModel(await this.eventService.byId(actorOf(ctx), args.id));
  }

  @Mutation(() => EventModel, { description: 'Legt eine Veranstaltung als Entwurf an (Digitalbeauftragte für ihre Kommune, Koordinierungsstelle).' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async createEvent(@Args('input') input: CreateEventInput, @Context() ctx: GqlContext): Promise<EventModel> {
    return toEventModel(await this.eventService.create(actorOf(ctx), input));
  }

  @Mutation(() => EventModel, { description: 'Ändert eine Veranstaltung. Veröffentlichte bleiben sichtbar; Angemeldete erfahren Änderungen von Zeit, Ort und Zugang.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async updateEvent(@Args() args: UpdateEventArgs, @Context() ctx: GqlContext): Promise<EventModel> {
    return toEventModel(await this.eventService.update(actorOf(ctx), args.id, args.input));
  }

  @Mutation(() => EventModel, { description: 'Reicht zur Prüfung ein; Veranstaltungen der Koordinierungsstelle erscheinen sofort.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async submitEvent(@Args() args: EventIdArgs, @Context() ctx: GqlContext): Promise<EventModel> {
    return toEventModel(await this.eventService.submit(actorOf(ctx), args.id));
  }

  @Mutation(() => EventModel, { description: 'Sagt eine veröffentlichte Veranstaltung ab; Anmeldungen bleiben, damit alle benachrichtigt werden.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async cancelEvent(@Args() args: CancelEventArgs, @Context() ctx: GqlContext): Promise<EventModel> {
    return toEventModel(await this.eventService.cancel(actorOf(ctx), args.id, args.reason));
  }

  @Mutation(() => EventModel, { description: 'Archiviert eine veröffentlichte Veranstaltung.' })
  @SignedIn('OFFICER', 'COORDINATOR')
  async archiveEvent(@Args() args: ArchiveEventArgs, @Context() ctx: GqlContext): Promise<EventModel> {
    return toEventModel(await this.eventService.archive(actorOf(ctx), args.id, args.reason));
  }

  @Mutation(() => RegistrationModel, { description: 'Meldet sich an; sind alle Plätze belegt, auf die Warteliste.' })
  @SignedIn()
  async registerForEvent(@Args() args: EventIdArgs, @Context() ctx: GqlContext): Promise<RegistrationModel> {
    return toRegistrationModel(await this.registrationService.register(actorOf(ctx), args.id));
  }

  @Mutation(() => RegistrationModel, { description: 'Meldet sich ab (id: die Veranstaltung); ein frei gewordener Platz geht an die erste Person der Warteliste.' })
  @SignedIn()
  async cancelRegistration(@Args() args: EventIdArgs, @Context() ctx: GqlContext): Promise<RegistrationModel> {
    return toRegistrationModel(await this.registrationService.cancel(actorOf(ctx), args.id));
  }

  @ResolveField(() => String, { description: 'Beschreibung als sicheres HTML' })
  descriptionHtml(@Parent() event: EventModel): string {
    return renderMarkdown(event.description);
  }

  @ResolveField(() => MunicipalityModel, { description: 'Veranstaltende Kommune' })
  async organiser(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<MunicipalityModel> {
    return toMunicipalityModel((await ctx.loaders.municipalityById.load(event.municipalityId))!);
  }

  @ResolveField(() => [TopicModel])
  async topics(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<TopicModel[]> {
    return (await eventTopicsLoader(ctx, this.eventService).load(event.id)).map(toTopicModel);
  }

  @ResolveField(() => [PartnerOrganisationModel], { description: 'Beteiligte Partnerorganisationen des Netzwerks' })
  async partnerOrganisations(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<PartnerOrganisationModel[]> {
    return partnerModels(ctx, await eventPartnerIdsLoader(ctx, this.eventService).load(event.id));
  }

  @ResolveField(() => String, { nullable: true, description: 'Online-Zugang: nur für Angemeldete (REGISTERED), Veranstaltende und die Koordinierungsstelle, sonst null' })
  async onlineUrl(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<string | null> {
    const actor = actorOf(ctx);
    if (!event.storedOnlineUrl || !actor) return null;
    if (actor.role === 'COORDINATOR' || isOwner(actor, { ownerIds: [event.municipalityId] })) return event.storedOnlineUrl;
    const own = await myRegistrationLoader(ctx, this.registrationService).load(event.id);
    return own?.status === 'REGISTERED' ? event.storedOnlineUrl : null;
  }

  @ResolveField(() => [RevisionModel], { description: 'Frühere Stände (Veranstaltende und Koordinierungsstelle; sie enthalten den Online-Zugang), neueste zuerst' })
  async revisions(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<RevisionModel[]> {
    return editorRevisions(this.review, ctx.actor, [event.municipalityId], event.id);
  }

  @ResolveField(() => [ReviewDecisionModel], { description: 'Prüfentscheidungen mit Kommentaren (Veranstaltende und Koordinierungsstelle)' })
  async reviewDecisions(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<ReviewDecisionModel[]> {
    return editorDecisions(this.review, ctx.actor, [event.municipalityId], event.id);
  }

  @ResolveField(() => RegistrationModel, { nullable: true, description: 'Die eigene Anmeldung, falls vorhanden' })
  async myRegistration(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<RegistrationModel | null> {
    if (!actorOf(ctx)) return null;
    const own = await myRegistrationLoader(ctx, this.registrationService).load(event.id);
    return own ? toRegistrationModel(own) : null;
  }

  @ResolveField(() => Boolean, { description: 'Ob eine Anmeldung gerade möglich ist (veröffentlicht, nicht begonnen, Anmeldeschluss nicht vorbei)' })
  registrationOpen(@Parent() event: EventModel): boolean {
    const now = Date.now();
    return event.status === 'PUBLISHED' && event.startsAt.getTime() > now && (!event.registrationDeadline || event.registrationDeadline.getTime() >= now);
  }

  @ResolveField(() => RegistrationConnection, { nullable: true, description: 'Anmeldungen (Veranstaltende und Koordinierungsstelle): Plätze zuerst, dann die Warteliste in Reihenfolge' })
  async registrations(
    @Parent() event: EventModel,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE_SIZE, description: `Höchstens ${MAX_PAGE_SIZE}.` }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null | undefined,
    @Context() ctx: GqlContext,
  ): Promise<Connection<RegistrationModel>> {
    // Nest runs no guards on field resolvers, so the page arguments arrive unvalidated (plain
    // scalars pass the pipe) and are validated here, after anonymous callers are refused.
    const actor = actorOf(ctx);
    if (!actor) throw new PlatformError('UNAUTHENTICATED');
    const args = (await new GraphqlValidationPipe().transform({ first, after: after ?? undefined }, { type: 'custom', metatype: PaginationArgs })) as PaginationArgs;
    return toConnection(await this.registrationService.list(actor, event.id, args), toRegistrationModel);
  }
}

@Resolver(() => RegistrationModel)
export class RegistrationResolver {
  constructor(
    private readonly eventService: EventService,
    private readonly registrationService: RegistrationService,
  ) {}

  @ResolveField(() => Int, { nullable: true, description: 'Platz auf der Warteliste (1 rückt als Nächstes nach); null, wenn nicht auf der Warteliste' })
  async waitlistPosition(@Parent() registration: RegistrationModel, @Context() ctx: GqlContext): Promise<number | null> {
    if (registration.status !== RegistrationStatusEnum.WAITLISTED) return null;
    return waitlistPositionLoader(ctx, this.registrationService).load(registration.id);
  }

  @ResolveField(() => EventModel)
  async event(@Parent() registration: RegistrationModel, @Context() ctx: GqlContext): Promise<EventModel> {
    return toEventModel(await this.eventService.byId(actorOf(ctx), registration.eventId));
  }
}
