import { FORMER_MEMBER } from '@ikone/membership';
import type { ContentStatus, Visibility } from '../shared/content-policy';

export const EVENT_FORMATS = ['ON_SITE', 'ONLINE', 'HYBRID'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const REGISTRATION_STATUSES = ['REGISTERED', 'WAITLISTED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** An event as read from the database: plain data, no ORM entity (lists are a hot path). */
export interface EventRecord {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  format: EventFormat;
  location: string | null;
  /** Always loaded; the gateway shows it only to registrants, organisers and coordinators. */
  onlineUrl: string | null;
  municipalityId: string;
  capacity: number | null;
  registrationDeadline: Date | null;
  visibility: Visibility;
  status: ContentStatus;
  cancelReason: string | null;
  revision: number;
  /** Stored at creation, never changed (ADR 0018): calendars recognise the event by it. */
  icalUid: string;
  icalSequence: number;
  registeredCount: number;
  waitlistCount: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Fields an organiser writes. Status, revision, author and sequence are not among them. */
export interface EventInput {
  title?: string;
  description?: string;
  startsAt?: Date;
  endsAt?: Date;
  format?: EventFormat;
  location?: string | null;
  onlineUrl?: string | null;
  /** Coordinators only: the organiser municipality. */
  municipalityId?: string;
  topicSlugs?: string[];
  topicIds?: string[];
  /** Partner organisations of the network the event names (ADR 0024). */
  partnerIds?: string[];
  capacity?: number | null;
  registrationDeadline?: Date | null;
  visibility?: Visibility;
}

export interface EventFilter {
  /** On startsAt, inclusive; default now. */
  from?: Date;
  /** On startsAt, exclusive. */
  to?: Date;
  topicSlugs?: string[];
  municipalitySlugs?: string[];
  partnerSlugs?: string[];
  /** Default: PUBLISHED and CANCELLED. Other statuses show only what the caller may read. */
  status?: ContentStatus[];
}

/** A registration as its owner, organisers and coordinators see it. */
export interface RegistrationRecord {
  id: string;
  eventId: string;
  userId: string;
  status: RegistrationStatus;
  /** "ehemaliges Mitglied" for deleted accounts. */
  displayName: string;
  createdAt: Date;
  updatedAt: Date;
  waitlistedAt: Date | null;
}

/** Columns selected for a record (alias `e`), shared by single reads and lists. */
export const EVENT_COLUMNS = `
  e.id, e.title, e.description, e.starts_at as "startsAt", e.ends_at as "endsAt", e.format, e.location,
  e.online_url as "onlineUrl", e.municipality_id as "municipalityId", e.capacity,
  e.registration_deadline as "registrationDeadline", e.visibility, e.status, e.cancel_reason as "cancelReason",
  e.revision, e.ical_uid as "icalUid", e.ical_sequence as "icalSequence",
  (select count(*)::int from registration r where r.event_id = e.id and r.status = 'REGISTERED') as "registeredCount",
  (select count(*)::int from registration r where r.event_id = e.id and r.status = 'WAITLISTED') as "waitlistCount",
  e.published_at as "publishedAt", e.created_at as "createdAt", e.updated_at as "updatedAt"`;

export const REGISTRATION_COLUMNS = `
  r.id, r.event_id as "eventId", r.user_id as "userId", r.status,
  case when u.status = 'DELETED' then '${FORMER_MEMBER}' else u.display_name end as "displayName",
  r.created_at as "createdAt", r.updated_at as "updatedAt", r.waitlisted_at as "waitlistedAt"`;
