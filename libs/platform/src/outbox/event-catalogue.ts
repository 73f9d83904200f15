import { Ajv } from 'ajv/dist/jtd.js';
import type { JTDSchemaType } from 'ajv/dist/jtd.js';
import type { DomainEvent } from './outbox';

/**
 * Every event type of every domain with its payload (ADR 0030). Empty here: each domain library
 * adds its own events in its `*.events.ts` with
 *
 *     declare module '@ikone/platform' { interface DomainEventCatalogue extends MembershipEvents {} }
 *
 * so `recordEvents` accepts exactly the union of all domains' events, and a wrong type string or
 * payload shape does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEventCatalogue {}

export type DomainEventType = keyof DomainEventCatalogue & string;

/** The events of a map type → payload, as a union of {@link DomainEvent}s. */
export type EventsOf<C> = { [K in keyof C & string]: DomainEvent<K, C[K] & object> }[keyof C & string];

/** One event of the catalogue: what `recordEvents` accepts and what reading the outbox yields. */
export type CatalogueEvent = EventsOf<DomainEventCatalogue>;

/**
 * The payload schemas of a domain's events, as JSON Type Definitions (RFC 8927) checked against
 * the payload types by the compiler: a field missing from the schema, or of another type, does not
 * compile. Additional properties are refused when read. JTD has no string formats; a string
 * schema with `metadata: { format: 'uuid' }` ({@link UUID_FIELD}) is checked to be a UUID too
 * (a keyword of ours: ajv reads user-defined keywords from `metadata`).
 */
export type EventSchemas<C> = { [K in keyof C]: JTDSchemaType<C[K]> };

/** A stored outbox row read against the catalogue: the typed event, or why it cannot be used. */
export type ReadEvent = { ok: true; event: CatalogueEvent } | { ok: false; reason: string };

/** The schema of an id field: a UUID, as every table's id an event refers to. */
export const UUID_FIELD = { type: 'string', metadata: { format: 'uuid' } } as const;
/** The schema of a list of ids. */
export const UUID_LIST = { elements: UUID_FIELD } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `format` keyword inside a JTD schema's `metadata` (where ajv puts user-defined keywords). */
interface FormatCheck {
  (format: string, data: unknown): boolean;
  errors?: Array<{ keyword: string; message: string; params: Record<string, unknown> }>;
}
const checkFormat: FormatCheck = (format, data) => {
  // null only where the schema is nullable; JTD's own type check refuses it elsewhere.
  const ok = format !== 'uuid' || data === null || (typeof data === 'string' && UUID.test(data));
  checkFormat.errors = ok ? [] : [{ keyword: 'format', message: 'must be a UUID', params: { format } }];
  return ok;
};

/**
 * Reads stored outbox rows against the schemas of every domain (built once, where all domains
 * are known: the notifier). Unknown types and payloads that do not fit are refused with a reason
 * a person can read, never cast.
 */
export class EventCatalogue {
  private readonly validators = new Map<string, ReturnType<Ajv['compile']>>();

  constructor(schemas: EventSchemas<DomainEventCatalogue>) {
    const ajv = new Ajv({ allErrors: true });
    ajv.addKeyword({ keyword: 'format', schemaType: 'string', validate: checkFormat });
    for (const [type, schema] of Object.entries(schemas)) this.validators.set(type, ajv.compile(schema as object));
  }

  /** The known event types, sorted. */
  types(): string[] {
    return [...this.validators.keys()].sort();
  }

  read(type: string, payload: unknown): ReadEvent {
    const validate = this.validators.get(type);
    if (!validate) return { ok: false, reason: `Unbekannter Ereignistyp „${type}“ / unknown event type` };
    if (!validate(payload)) {
      const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'ungültig'}`).join('; ');
      return { ok: false, reason: `Nutzdaten passen nicht zum Schema / payload does not match its schema: ${problems}` };
    }
    return { ok: true, event: { type, payload } as CatalogueEvent };
  }
}
