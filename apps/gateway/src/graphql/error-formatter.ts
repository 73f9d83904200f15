import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { ApiErrorCode, DomainError, InputError } from '@ikone/platform';

const logger = new Logger('GraphQL');

/** Apollo's own codes for requests that are malformed, all of which are the client's input. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** PostgreSQL errors that can only come from input a validator missed (bad uuid text, too long). */
const PG_INPUT_ERRORS = new Set(['22P02', '22001', '22007', '22008', '22003']);

/**
 * graphql-js's parser and several validation rules recurse once per nesting level; a document
 * nested a few thousand levels deep overflows the stack before the depth limit can refuse it.
 */
function isStackOverflow(message: string, cause: unknown): boolean {
  return /Maximum call stack size exceeded/.test(message) || (cause instanceof RangeError && /call stack/.test(cause.message));
}

/** Variable coercion stops after 50 problems with this (code-less) error; it is still the client's input. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Names the offending field of a malformed request: from graphql-js coercion messages
 * (`… at "input.email"; …`, `Field "status" is not defined …`), else the argument written just
 * before the error's position in the document (`reason: BORING` → `reason`).
 */
function fieldOf(message: string, error: unknown): string | undefined {
  const fromMessage = fieldFromMessage(message);
  if (fromMessage) return fromMessage;
  if (error instanceof GraphQLError && error.source && error.positions?.length) {
    const before = error.source.body.slice(0, error.positions[0]);
    return /(\w+)\s*:\s*$/.exec(before)?.[1];
  }
  return undefined;
}

function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1];
  const undefinedField = /^Field "([^"]+)" is not defined by type/.exec(message);
  if (undefinedField) return undefinedField[1];
  const variable = /Variable "\$([^"]+)"/.exec(message);
  if (variable) return variable[1];
  const arg = /[Aa]rgument "([^"]+)"/.exec(message);
  return arg?.[1];
}

/** graphql-js's hints at real names (`Did you mean "search"?`), which tell a stranger the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const strip = (text: unknown) => (typeof text === 'string' ? text.replace(SUGGESTION, '') : text);
  const extensions: Record<string, unknown> | undefined = formatted.extensions
    ? { ...formatted.extensions, messageEn: strip(formatted.extensions.messageEn) }
    : undefined;
  if (extensions && Array.isArray(extensions.fields)) {
    extensions.fields = (extensions.fields as Array<Record<string, unknown>>).map((f) => ({ ...f, message: strip(f.message), messageEn: strip(f.messageEn) }));
  }
  if (extensions && typeof extensions.messageEn === 'undefined') delete extensions.messageEn;
  return { ...formatted, message: formatted.message.replace(SUGGESTION, ''), ...(extensions ? { extensions } : {}) };
}

export interface FormatErrorOptions {
  /** Off in production (with introspection): "Did you mean …" hints are removed from every message. */
  suggestions: boolean;
}

/**
 * The one place errors leave the API: domain errors keep their code, field and message;
 * malformed requests become BAD_USER_INPUT; anything else becomes INTERNAL with an errorId
 * that is logged with the real cause, and nothing internal is shown.
 */
function toApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (cause instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: cause.code satisfies ApiErrorCode, reason: cause.reason, messageEn: cause.messageEn };
    if (cause.field) extensions.field = cause.field;
    if (cause instanceof InputError) {
      extensions.fields = cause.problems.map((p) => ({ path: p.path, message: p.de, messageEn: p.en }));
    }
    return { ...base, message: cause.message, extensions };
  }
  if (isStackOverflow(formatted.message, cause)) {
    return {
      message: 'Die Anfrage ist zu tief verschachtelt.',
      extensions: { code: 'BAD_USER_INPUT' satisfies ApiErrorCode, messageEn: 'The query is nested too deeply.' },
    };
  }
  if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
    return {
      ...base,
      message: 'Zu viele ungültige Variablenwerte; die Prüfung wurde abgebrochen.',
      extensions: { code: 'BAD_USER_INPUT' satisfies ApiErrorCode, messageEn: 'Too many invalid variable values; checking stopped.' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const field = fieldOf(formatted.message, error);
    // Our own limit rules carry an English text beside the German message; graphql-js's are English.
    const own = formatted.extensions?.messageEn;
    const messageEn = typeof own === 'string' ? own : formatted.message;
    return {
      ...base,
      message: `Ungültige Anfrage: ${formatted.message}`,
      extensions: { code: 'BAD_USER_INPUT', messageEn: `Invalid request: ${messageEn}`, ...(field ? { field } : {}) },
    };
  }
  if (cause instanceof QueryFailedError && PG_INPUT_ERRORS.has((cause.driverError as { code?: string }).code ?? '')) {
    return {
      ...base,
      message: 'Ungültige Eingabe.',
      extensions: { code: 'BAD_USER_INPUT', messageEn: 'Invalid input.' },
    };
  }
  const errorId = randomUUID();
  logger.error(`errorId=${errorId} ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}`);
  return {
    message: 'Interner Fehler. Bitte versuchen Sie es später erneut.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL' satisfies ApiErrorCode, errorId, messageEn: 'Internal error. Please try again later.' },
  };
}

/** Builds Apollo's `formatError`: {@link toApiError}, without schema hints unless `suggestions`. */
export function createFormatError(options: FormatErrorOptions): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const result = toApiError(formatted, error);
    return options.suggestions ? result : withoutSuggestions(result);
  };
}
