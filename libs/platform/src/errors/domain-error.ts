/** The error codes of the API contract (SPEC §4). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL';

/** One row of a domain's error table: the API code and what the user reads, German first. */
export interface ErrorSpec {
  code: Exclude<ApiErrorCode, 'INTERNAL'>;
  de: string;
  en: string;
}

/**
 * Base of every expected error. Each domain subclasses it once and keeps a table
 * `reason → ErrorSpec` checked with `satisfies Record<Reason, ErrorSpec>`; transports map
 * {@link DomainError.code} to their own error shape and never see anything internal.
 */
export abstract class DomainError extends Error {
  readonly code: ErrorSpec['code'];
  readonly messageEn: string;

  protected constructor(
    readonly reason: string,
    spec: ErrorSpec,
    /** Input path of the offending field, e.g. `input.email`. */
    readonly field?: string,
  ) {
    super(spec.de);
    this.code = spec.code;
    this.messageEn = spec.en;
  }
}

const PLATFORM_ERRORS = {
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  FORBIDDEN: { code: 'FORBIDDEN', de: 'Dafür fehlt Ihnen die Berechtigung.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { code: 'NOT_FOUND', de: 'Nicht gefunden.', en: 'Not found.' },
  RATE_LIMITED: {
    code: 'RATE_LIMITED',
    de: 'Zu viele Versuche. Bitte warten Sie eine Minute.',
    en: 'Too many attempts. Please wait a minute.',
  },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', de: 'Ungültige Eingabe.', en: 'Invalid input.' },
  INVALID_CURSOR: { code: 'BAD_USER_INPUT', de: 'Ungültiger Cursor.', en: 'Invalid cursor.' },
} as const satisfies Record<string, ErrorSpec>;

export type PlatformErrorReason = keyof typeof PLATFORM_ERRORS;

/** Errors every domain shares: authentication, authorization, absence, throttling. */
export class PlatformError extends DomainError {
  constructor(reason: PlatformErrorReason, field?: string) {
    super(reason, PLATFORM_ERRORS[reason], field);
  }
}

/** One offending field of a rejected input. */
export interface FieldProblem {
  path: string;
  de: string;
  en: string;
}

/** BAD_USER_INPUT with a message per field; raised by validation. */
export class InputError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super('INVALID_INPUT', {
      code: 'BAD_USER_INPUT',
      de: `Ungültige Eingabe: ${problems.map((p) => `${p.path}: ${p.de}`).join('; ')}`,
      en: `Invalid input: ${problems.map((p) => `${p.path}: ${p.en}`).join('; ')}`,
    }, problems[0]?.path);
  }
}
