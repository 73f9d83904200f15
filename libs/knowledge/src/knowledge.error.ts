import { DomainError, ErrorSpec } from '@ikone/platform';

const KNOWLEDGE_ERRORS = {
  TOPIC_SLUG_TAKEN: { code: 'CONFLICT', de: 'Diese Kurzbezeichnung ist bereits vergeben.', en: 'This slug is already taken.' },
  TOPIC_NOT_FOUND: { code: 'NOT_FOUND', de: 'Themenfeld nicht gefunden.', en: 'Topic not found.' },
} as const satisfies Record<string, ErrorSpec>;

export type KnowledgeErrorReason = keyof typeof KNOWLEDGE_ERRORS;

/** The one error class of the knowledge domain. */
export class KnowledgeError extends DomainError {
  constructor(reason: KnowledgeErrorReason, field?: string) {
    super(reason, KNOWLEDGE_ERRORS[reason], field);
  }
}
