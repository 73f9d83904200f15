import { INestApplicationContext } from '@nestjs/common';
import type { Page, PageRequest } from '@ikone/platform';
import {
  Actor,
  MEMBERSHIP_STATUSES,
  MembershipApplicationService,
  MunicipalityEntity,
  MunicipalityService,
  PartnerOrganisationEntity,
  PartnerService,
  ProvisioningService,
  UserEntity,
} from '@ikone/membership';
import {
  CaseStudyRecord,
  CaseStudyService,
  CONTENT_STATUSES,
  ContactRoleService,
  FundingProgrammeService,
  EventRecord,
  EventService,
  RegistrationService,
  ReuseService,
  ReuseStatus,
  ReviewService,
  TopicService,
} from '@ikone/knowledge';
import { ConsentService, SubscriptionRecord, SubscriptionService } from '@ikone/notifications';
import { ReportService } from '@ikone/moderation';
import { CliError } from '../cli-errors';
import { CliIo } from '../cli-io';
import { COORDINATOR_EMAIL, DEMO_AGS, DEMO_COORDINATION, DEMO_MEMBERS } from '../demo-network';
import { DEMO_APPLICATION, DEMO_REPORT, DEMO_REUSE, DEMO_SUBSCRIPTIONS } from './activity.content';
import { DEMO_CASE_STUDIES, DemoCaseStudy } from './case-studies.content';
import { DemoEvent, demoEvents } from './events.content';
import { DEMO_CONTACT_ROLE, DEMO_FUNDING_PROGRAMMES, DEMO_PARTNERS, DEMO_SOFTWARE_CASE_STUDY } from './network-features.content';

/** How many items of one kind this run created, and how many it found already there. */
export interface DemoTally {
  created: number;
  present: number;
}

export interface DemoContentResult {
  partners: DemoTally;
  fundingProgrammes: DemoTally;
  contactRoles: DemoTally;
  subscriptions: DemoTally;
  caseStudies: DemoTally;
  events: DemoTally;
  registrations: DemoTally;
  reuseRequests: DemoTally;
  reports: DemoTally;
  applications: DemoTally;
}

/**
 * The seed acts as the demo people themselves, through the same service methods the GraphQL
 * resolvers call, so every rule, audit entry and outbox event is the real one. The CLI is
 * trusted like a signed-in session of that person; it opens no session (`sessionId` is only
 * used to sign out).
 */
function actorOf(user: UserEntity): Actor {
  return {
    id: user.id,
    role: user.role,
    municipalityId: user.municipalityId,
    displayName: user.displayName,
    email: user.email,
    locale: user.locale,
    sessionId: 'cli-seed',
  };
}

/** Every item of a paginated list (the demo lists are short). */
async function everything<T>(fetch: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetch({ first: 100, after });
    items.push(...page.items);
    if (!page.hasNextPage || page.cursors.length === 0) return items;
    after = page.cursors[page.cursors.length - 1];
  }
}

const tally = (): DemoTally => ({ created: 0, present: 0 });

function count(t: DemoTally, created: boolean): void {
  if (created) t.created += 1;
  else t.present += 1;
}

/** Fills the demo network with content; each item is recognised by its title (or person and target) and left alone when present. */
export async function seedDemoContent(app: INestApplicationContext, io: CliIo, now = new Date()): Promise<DemoContentResult> {
  const provisioning = app.get(ProvisioningService);
  const people = new Map<string, Actor>();
  for (const account of [DEMO_COORDINATION, ...DEMO_MEMBERS].flatMap((m) => m.accounts)) {
    const user = await provisioning.findUserByEmail(account.email);
    if (!user) throw new CliError(`Demo-Konto ${account.email} fehlt`, `demo account ${account.email} missing`);
    people.set(account.email, actorOf(user));
  }
  const person = (email: string): Actor => {
    const actor = people.get(email);
    if (!actor) throw new CliError(`Demo-Konto ${email} fehlt`, `demo account ${email} missing`);
    return actor;
  };
  const coordinator = person(COORDINATOR_EMAIL);
  const places = new Map<string, MunicipalityEntity>(
    (await app.get(MunicipalityService).byAgs(Object.values(DEMO_AGS))).map((m) => [m.ags!, m] as const),
  );

  const result: DemoContentResult = {
    partners: tally(),
    fundingProgrammes: tally(),
    contactRoles: tally(),
    subscriptions: tally(),
    caseStudies: tally(),
    events: tally(),
    registrations: tally(),
    reuseRequests: tally(),
    reports: tally(),
    applications: tally(),
  };

  // Subscriptions first: people followed topics before the content below was published. Their
  // consent to notification emails is recorded as DEMO beforehand, so no demo person is asked
  // for a confirmation and the network shows emails at once (ADR 0023).
  const subscriptions = app.get(SubscriptionService);
  const consent = app.get(ConsentService);
  for (const email of new Set(DEMO_SUBSCRIPTIONS.map((s) => s.email))) await consent.recordDemo(person(email).id);
  const topicIds = new Map((await app.get(TopicService).list()).map((t) => [t.slug, t.id] as const));
  const mine = new Map<string, SubscriptionRecord[]>();
  for (const s of DEMO_SUBSCRIPTIONS) {
    const actor = person(s.email);
    if (!mine.has(s.email)) mine.set(s.email, await subscriptions.mine(actor));
    const place = s.place ? places.get(DEMO_AGS[s.place]) : undefined;
    const topicId = s.topicSlug ? topicIds.get(s.topicSlug) : undefined;
    const exists = mine.get(s.email)!.some((r) => (topicId ? r.topicId === topicId : r.municipalityId === place?.id));
    if (!exists) await subscriptions.subscribe(actor, { topicSlug: s.topicSlug, municipalitySlug: place?.slug }, s.frequency);
    count(result.subscriptions, !exists);
  }

  const caseStudies = await seedCaseStudies(app, person, coordinator, places, result.caseStudies);
  await seedNetworkFeatures(app, person, coordinator, places, now, result);
  await seedEvents(app, person, coordinator, demoEvents(now), result);

  const reuse = app.get(ReuseService);
  const rank: Record<ReuseStatus, number> = { REQUESTED: 0, IN_TALKS: 1, ADOPTED: 2, DECLINED: 2 };
  for (const r of DEMO_REUSE) {
    const study = caseStudies.get(r.caseStudyTitle)!;
    const requester = person(r.requester);
    const owners = [study.municipalityId, ...(study.coOwnerIds ?? [])];
    let request = (await reuse.forCaseStudy(coordinator, study.id, owners)).find((x) => x.municipalityId === requester.municipalityId);
    count(result.reuseRequests, !request);
    request ??= await reuse.request(requester, study.id, r.message);
    for (const step of r.steps) {
      if (rank[request.status] < rank[step.status]) request = await reuse.update(person(step.by), request.id, step.status);
    }
  }

  const reports = app.get(ReportService);
  const reported = caseStudies.get(DEMO_REPORT.caseStudyTitle)!;
  const reporter = person(DEMO_REPORT.reporter);
  const filed = (await everything((page) => reports.list(coordinator, undefined, page))).some(
    (r) => r.reporterId === reporter.id && r.subjectId === reported.id,
  );
  if (!filed) await reports.report(reporter, reported.id, DEMO_REPORT.reason, DEMO_REPORT.note);
  count(result.reports, !filed);

  const applications = app.get(MembershipApplicationService);
  const applied = (await everything((page) => applications.list(coordinator, undefined, page))).some(
    (a) => a.applicantEmail.toLowerCase() === DEMO_APPLICATION.applicantEmail.toLowerCase(),
  );
  // The seed applies from this machine; the per-address limit sees one application.
  if (!applied) await applications.apply(DEMO_APPLICATION, '127.0.0.1');
  count(result.applications, !applied);

  printTallies(io, result);
  return result;
}

/** Creates the case studies that are missing and takes each as far as its target status; returns all by title. */
async function seedCaseStudies(
  app: INestApplicationContext,
  person: (email: string) => Actor,
  coordinator: Actor,
  places: Map<string, MunicipalityEntity>,
  counted: DemoTally,
): Promise<Map<string, CaseStudyRecord>> {
  const service = app.get(CaseStudyService);
  const review = app.get(ReviewService);
  const existing = await everything((page) => service.list(coordinator, { status: [...CONTENT_STATUSES] }, page));
  const byTitle = new Map<string, CaseStudyRecord>();
  for (const demo of DEMO_CASE_STUDIES) {
    const author = person(demo.author);
    let study = existing.find((c) => c.title === demo.input.title && c.municipalityId === author.municipalityId);
    count(counted, !study);
    study ??= await service.create(author, {
      ...demo.input,
      contactId: author.id,
      coOwnerIds: (demo.coOwners ?? []).map((p) => places.get(DEMO_AGS[p])!.id),
    });
    byTitle.set(demo.input.title, await advanceCaseStudy(service, review, study, demo, author, coordinator));
  }
  return byTitle;
}

/**
 * DRAFT → IN_REVIEW → target, the way people would do it; a study that is already further
 * (or was changed by someone trying the demo) is left as it is.
 */
async function advanceCaseStudy(
  service: CaseStudyService,
  review: ReviewService,
  study: CaseStudyRecord,
  demo: DemoCaseStudy,
  author: Actor,
  coordinator: Actor,
): Promise<CaseStudyRecord> {
  if (demo.target === 'DRAFT') return study;
  let current = study;
  if (current.status === 'DRAFT') current = await service.submit(author, current.id);
  if (current.status === 'IN_REVIEW' && demo.target === 'PUBLISHED') {
    await review.approve(coordinator, current.id);
  } else if (current.status === 'IN_REVIEW' && demo.target === 'CHANGES_REQUESTED') {
    await review.requestChanges(coordinator, current.id, demo.reviewComment ?? 'Bitte ergänzen.');
  } else {
    return current;
  }
  return service.byId(coordinator, current.id);
}

/**
 * Partner organisations apply and the coordinator approves them and fills their profiles; the
 * coordinator lists two funding programmes; Kaiserslautern's officer holds a contact role with
 * the coordinator as deputy and publishes a software case study naming all three (ADR 0024–0027).
 */
async function seedNetworkFeatures(
  app: INestApplicationContext,
  person: (email: string) => Actor,
  coordinator: Actor,
  places: Map<string, MunicipalityEntity>,
  now: Date,
  result: DemoContentResult,
): Promise<void> {
  const partnerService = app.get(PartnerService);
  const applications = app.get(MembershipApplicationService);
  const allPartners = () => everything((page) => partnerService.list(coordinator, { statuses: [...MEMBERSHIP_STATUSES] }, page));
  const topicIds = new Map((await app.get(TopicService).list()).map((t) => [t.slug, t.id] as const));
  const partners = new Map<string, PartnerOrganisationEntity>();
  for (const demo of DEMO_PARTNERS) {
    let partner = (await allPartners()).find((p) => p.name === demo.apply.name);
    count(result.partners, !partner);
    if (!partner) {
      const { applicantName, applicantEmail, motivation } = demo;
      await applications.apply({ applicantName, applicantEmail, motivation, partner: demo.apply }, '127.0.0.1');
    }
    if (!partner || partner.status === 'APPLIED') {
      const pending = (await everything((page) => applications.list(coordinator, 'APPLIED', page))).find((a) => a.partnerId && a.municipalityName === demo.apply.name);
      if (pending) await applications.decide(coordinator, pending.id, true);
      partner = (await allPartners()).find((p) => p.name === demo.apply.name)!;
    }
    if (partner.status === 'ACTIVE' && !partner.description) {
      partner = await partnerService.updateProfile(coordinator, partner.id, {
        description: demo.description,
        contactEmail: demo.contactEmail,
        topicIds: demo.topicSlugs.map((slug) => topicIds.get(slug)!),
      });
    }
    partners.set(demo.apply.name, partner);
  }

  const funding = app.get(FundingProgrammeService);
  const programmes = await funding.list();
  const programmeIds = new Map<string, string>();
  for (const demo of DEMO_FUNDING_PROGRAMMES) {
    let programme = programmes.find((p) => p.name === demo.name);
    count(result.fundingProgrammes, !programme);
    const deadline = new Date(now.getTime() + demo.deadlineInDays * 86_400_000).toISOString().slice(0, 10);
    programme ??= await funding.create(coordinator, { name: demo.name, provider: demo.provider, url: demo.url, deadline, topicSlugs: demo.topicSlugs });
    programmeIds.set(demo.name, programme.id);
  }

  const kaiserslautern = places.get(DEMO_AGS.kaiserslautern)!;
  const roles = app.get(ContactRoleService);
  let role = (await roles.forMunicipalities([kaiserslautern.id])).find((r) => r.name === DEMO_CONTACT_ROLE.name);
  count(result.contactRoles, !role);
  role ??= await roles.create(coordinator, {
    municipalityId: kaiserslautern.id,
    name: DEMO_CONTACT_ROLE.name,
    holderId: person(DEMO_CONTACT_ROLE.holder).id,
    deputyId: person(DEMO_CONTACT_ROLE.deputy).id,
  });

  const demo = DEMO_SOFTWARE_CASE_STUDY;
  const author = person(demo.author);
  const service = app.get(CaseStudyService);
  const existing = await everything((page) => service.list(coordinator, { status: [...CONTENT_STATUSES] }, page));
  let study = existing.find((c) => c.title === demo.input.title && c.municipalityId === author.municipalityId);
  count(result.caseStudies, !study);
  study ??= await service.create(author, {
    ...demo.input,
    contactRoleId: role.id,
    partnerIds: [partners.get(demo.partnerName)!.id],
    fundingProgrammeId: programmeIds.get(demo.fundingProgrammeName)!,
  });
  await advanceCaseStudy(service, app.get(ReviewService), study, demo, author, coordinator);
}

async function seedEvents(
  app: INestApplicationContext,
  person: (email: string) => Actor,
  coordinator: Actor,
  events: DemoEvent[],
  result: DemoContentResult,
): Promise<void> {
  const service = app.get(EventService);
  const review = app.get(ReviewService);
  const registrations = app.get(RegistrationService);
  const existing = await everything((page) => service.list(coordinator, { from: new Date(0), status: [...CONTENT_STATUSES] }, page));
  for (const demo of events) {
    const author = person(demo.author);
    let event: EventRecord | undefined = existing.find((e) => e.title === demo.input.title && e.municipalityId === author.municipalityId);
    count(result.events, !event);
    event ??= await service.create(author, demo.input);
    if (event.status === 'DRAFT') event = await service.submit(author, event.id);
    if (event.status === 'IN_REVIEW') {
      await review.approve(coordinator, event.id);
      event = await service.byId(coordinator, event.id);
    }
    if (event.status !== 'PUBLISHED' || event.startsAt.getTime() <= Date.now()) continue;
    for (const email of demo.registrants) {
      const actor = person(email);
      const own = (await registrations.ownFor(actor, [event.id])).get(event.id);
      if (!own) await registrations.register(actor, event.id);
      count(result.registrations, !own);
    }
  }
}

const LABELS: Record<keyof DemoContentResult, [string, string]> = {
  partners: ['Partnerorganisationen', 'partner organisations'],
  fundingProgrammes: ['Förderprogramme', 'funding programmes'],
  contactRoles: ['Kontaktrollen', 'contact roles'],
  subscriptions: ['Abonnements', 'subscriptions'],
  caseStudies: ['Praxisbeispiele', 'case studies'],
  events: ['Veranstaltungen', 'events'],
  registrations: ['Anmeldungen', 'registrations'],
  reuseRequests: ['Nachnutzungsanfragen', 'reuse requests'],
  reports: ['Meldungen', 'reports'],
  applications: ['Mitgliedsanträge', 'membership applications'],
};

function printTallies(io: CliIo, result: DemoContentResult): void {
  for (const [key, [de, en]] of Object.entries(LABELS) as Array<[keyof DemoContentResult, [string, string]]>) {
    const { created, present } = result[key];
    const parts = [
      ...(created ? [`${created} angelegt / created`] : []),
      ...(present ? [`${present} vorhanden / already present`] : []),
    ];
    io.out(`${de} / ${en}: ${parts.join(', ')}`);
  }
}
