import { EventCalendarService } from './event-calendar.service';
import { EventKind } from './event.kind';
import { EventService } from './event.service';
import { RegistrationService } from './registration.service';

/** Providers of the events part of the knowledge library (registered by KnowledgeModule). */
export const EVENT_PROVIDERS = [EventKind, EventService, RegistrationService, EventCalendarService];
