import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Actor } from '@ikone/membership';
import { makeUser } from '@ikone/membership/testing';
import { CaseStudyService } from '../case-studies/case-study.service';
import type { CaseStudyInput, CaseStudyRecord } from '../case-studies/case-study.types';
import { EventService } from '../events/event.service';
import type { EventInput, EventRecord } from '../events/event.types';
import { ReviewService } from '../review/review.service';
import type { ContentStatus } from '../shared/content-policy';
import type { TopicEntity } from '../topic.entity';
import { TopicService } from '../topic.service';
import type { CreateTopicCommand } from '../default-topics';

/** A default topic of the template database, so content needs no topic of its own. */
export const FACTORY_TOPIC = 'verwaltungsdigitalisierung';

let counter = 0;
const next = (): number => (counter += 1);

/** A topic created by a coordinator through `TopicService.create`. */
export async function makeTopic(app: INestApplicationContext, coordinator: Actor, overrides: Partial<CreateTopicCommand> = {}): Promise<TopicEntity> {
  const n = next();
  return app.get(TopicService).create(coordinator, {
    slug: `thema-${n}-${randomUUID().slice(0, 6)}`,
    nameDe: `Thema ${n}`,
    nameEn: `Topic ${n}`,
    ...overrides,
  });
}

/** Who reviews factory-made content when the caller names nobody: a coordinator made for it. */
async function reviewerFor(app: INestApplicationContext, reviewer: Actor | undefined): Promise<Actor> {
  return reviewer ?? (await makeUser(app, { role: 'COORDINATOR' })).actor;
}

/**
 * Walks a piece of content through the real lifecycle to `status`: DRAFT as created;
 * IN_REVIEW submitted; PUBLISHED submitted and approved; CHANGES_REQUESTED or REJECTED sent back
 * with a comment; ARCHIVED published, then archived by its owner.
 */
async function walkTo(
  app: INestApplicationContext,
  status: ContentStatus,
  steps: { submit(): Promise<unknown>; archive(): Promise<unknown> },
  id: string,
  reviewer: Actor | undefined,
): Promise<void> {
  if (status === 'DRAFT') return;
  await steps.submit();
  if (status === 'IN_REVIEW') return;
  const review = app.get(ReviewService);
  const coordinator = await reviewerFor(app, reviewer);
  if (status === 'CHANGES_REQUESTED') await review.requestChanges(coordinator, id, 'Bitte die Kosten ergänzen.');
  else if (status === 'REJECTED') await review.reject(coordinator, id, 'Passt nicht zum Netzwerk.');
  else await review.approve(coordinator, id, null);
  if (status === 'ARCHIVED') await steps.archive();
}

/**
 * A case study of `owner`'s municipality (an officer, or a coordinator with `municipalityId`),
 * created through `CaseStudyService.create` and brought to `status` by the real steps.
 */
export async function makeCaseStudy(
  app: INestApplicationContext,
  owner: Actor,
  options: CaseStudyInput & { status?: ContentStatus; reviewer?: Actor } = {},
): Promise<CaseStudyRecord> {
  const { status = 'DRAFT', reviewer, ...input } = options;
  const n = next();
  const service = app.get(CaseStudyService);
  const created = await service.create(owner, {
    title: `Digitales Bürgerbüro ${n}`,
    summary: 'Anträge online stellen, ohne Termin im Rathaus.',
    problem: 'Lange Wartezeiten.',
    solution: 'Ein Online-Formular mit Terminbuchung.',
    maturity: 'OPERATIONAL',
    visibility: 'PUBLIC',
    topicSlugs: [FACTORY_TOPIC],
    ...input,
  });
  await walkTo(app, status, { submit: () => service.submit(owner, created.id), archive: () => service.archive(owner, created.id, 'Abgelöst') }, created.id, reviewer);
  return service.byId(owner, created.id);
}

/**
 * An event of `owner`'s municipality a week from now (two hours long, online), created through
 * `EventService.create` and brought to `status` by the real steps (PUBLISHED by default, since
 * only published events take registrations).
 */
export async function makeEvent(
  app: INestApplicationContext,
  owner: Actor,
  options: EventInput & { status?: ContentStatus; reviewer?: Actor } = {},
): Promise<EventRecord> {
  const { status = 'PUBLISHED', reviewer, ...input } = options;
  const n = next();
  const startsAt = input.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  const service = app.get(EventService);
  const created = await service.create(owner, {
    title: `Austausch Digitalisierung ${n}`,
    description: 'Erfahrungen aus den Kommunen.',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    format: 'ONLINE',
    onlineUrl: 'https://meet.example.org/austausch',
    visibility: 'NETWORK',
    topicSlugs: [FACTORY_TOPIC],
    ...input,
  });
  await walkTo(app, status, { submit: () => service.submit(owner, created.id), archive: () => service.archive(owner, created.id, 'Abgesagt') }, created.id, reviewer);
  return service.byId(owner, created.id);
}
