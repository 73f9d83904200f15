import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EventRecord, RegistrationRecord } from '@ikone/knowledge';
import { ConnectionType } from '../../graphql/connection';
import { ContentStatusEnum, VisibilityEnum } from '../knowledge.enums';
import { EventFormatEnum, RegistrationStatusEnum } from './event.enums';

@ObjectType('Event', { description: 'Eine Veranstaltung des Netzwerks. Zeiten in UTC (ISO 8601); angezeigt wird Europe/Berlin.' })
export class EventModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Beschreibung in Markdown' }) description!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field(() => EventFormatEnum) format!: EventFormatEnum;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => Int, { nullable: true, description: 'Plätze; ohne Angabe unbegrenzt' }) capacity!: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Anmeldeschluss' }) registrationDeadline!: Date | null;
  @Field(() => VisibilityEnum) visibility!: VisibilityEnum;
  @Field(() => ContentStatusEnum) status!: ContentStatusEnum;
  @Field(() => String, { nullable: true, description: 'Grund der Absage' }) cancelReason!: string | null;
  @Field(() => Int) revision!: number;
  @Field({ description: 'Stabile iCal-UID' }) icalUid!: string;
  @Field(() => Int, { description: 'iCal SEQUENCE: steigt mit jeder Änderung, die ein Kalender zeigt' }) icalSequence!: number;
  @Field(() => Int) registeredCount!: number;
  @Field(() => Int) waitlistCount!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  /** Resolved by field resolvers: the organiser, and the online link for those entitled to it. */
  municipalityId!: string;
  storedOnlineUrl!: string | null;
}

export function toEventModel(e: EventRecord): EventModel {
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    startsAt: new Date(e.startsAt),
    endsAt: new Date(e.endsAt),
    format: e.format as EventFormatEnum,
    location: e.location,
    capacity: e.capacity,
    registrationDeadline: e.registrationDeadline ? new Date(e.registrationDeadline) : null,
    visibility: e.visibility as VisibilityEnum,
    status: e.status as ContentStatusEnum,
    cancelReason: e.cancelReason,
    revision: e.revision,
    icalUid: e.icalUid,
    icalSequence: e.icalSequence,
    registeredCount: e.registeredCount,
    waitlistCount: e.waitlistCount,
    publishedAt: e.publishedAt ? new Date(e.publishedAt) : null,
    createdAt: new Date(e.createdAt),
    updatedAt: new Date(e.updatedAt),
    municipalityId: e.municipalityId,
    storedOnlineUrl: e.onlineUrl,
  };
}

@ObjectType('Registration', { description: 'Eine Anmeldung zu einer Veranstaltung.' })
export class RegistrationModel {
  @Field(() => ID) id!: string;
  @Field(() => RegistrationStatusEnum) status!: RegistrationStatusEnum;
  @Field({ description: 'Name der angemeldeten Person („ehemaliges Mitglied“ nach Löschung des Kontos)' }) displayName!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Seit wann auf der Warteliste (bestimmt die Reihenfolge)' })
  waitlistedAt!: Date | null;
  eventId!: string;
}

export function toRegistrationModel(r: RegistrationRecord): RegistrationModel {
  return {
    id: r.id,
    status: r.status as RegistrationStatusEnum,
    displayName: r.displayName,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
    waitlistedAt: r.waitlistedAt ? new Date(r.waitlistedAt) : null,
    eventId: r.eventId,
  };
}

export const EventConnection = ConnectionType(EventModel, 'Event');
export const RegistrationConnection = ConnectionType(RegistrationModel, 'Registration');
