import { EventKind } from './event.kind';

/** Providers of the events part of the knowledge library (registered by KnowledgeModule). */
export const EVENT_PROVIDERS = [EventKind];
