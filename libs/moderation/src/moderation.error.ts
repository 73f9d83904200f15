import { DomainError, ErrorSpec } from '@ikone/platform';

const MODERATION_ERRORS = {
  SUBJECT_NOT_FOUND: { code: 'NOT_FOUND', de: 'Inhalt nicht gefunden.', en: 'Content not found.' },
  REPORT_NOT_FOUND: { code: 'NOT_FOUND', de: 'Meldung nicht gefunden.', en: 'Report not found.' },
  REPORT_CLOSED: { code: 'CONFLICT', de: 'Diese Meldung ist bereits erledigt.', en: 'This report has already been handled.' },
  ALREADY_REPORTED: {
    code: 'CONFLICT',
    de: 'Sie haben diesen Inhalt bereits gemeldet; die Meldung ist noch offen.',
    en: 'You have already reported this content; the report is still open.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ModerationErrorReason = keyof typeof MODERATION_ERRORS;

/** The one error class of the moderation domain. */
export class ModerationError extends DomainError {
  constructor(reason: ModerationErrorReason, field?: string) {
    super(reason, MODERATION_ERRORS[reason], field);
  }
}
