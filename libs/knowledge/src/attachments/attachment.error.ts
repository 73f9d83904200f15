import { DomainError, ErrorSpec } from '@ikone/platform';

const ATTACHMENT_ERRORS = {
  ATTACHMENT_NOT_FOUND: { code: 'NOT_FOUND', de: 'Anhang nicht gefunden.', en: 'Attachment not found.' },
  TYPE_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    de: 'Erlaubt sind PDF, JPEG, PNG und WebP.',
    en: 'Allowed are PDF, JPEG, PNG and WebP.',
  },
  CONTENT_MISMATCH: {
    code: 'BAD_USER_INPUT',
    de: 'Der Inhalt der Datei ist kein PDF, JPEG, PNG oder WebP (oder nicht der angekündigte Typ).',
    en: 'The file content is not a PDF, JPEG, PNG or WebP (or not the announced type).',
  },
  TOO_LARGE: { code: 'BAD_USER_INPUT', de: 'Die Datei ist zu groß.', en: 'The file is too large.' },
  SIZE_MISMATCH: {
    code: 'BAD_USER_INPUT',
    de: 'Die Datei hat nicht die angekündigte Größe.',
    en: 'The file does not have the announced size.',
  },
  TOO_MANY: {
    code: 'CONFLICT',
    de: 'Dieser Inhalt hat bereits die höchste Zahl an Anhängen.',
    en: 'This item already has the maximum number of attachments.',
  },
  TITLE_REQUIRED: { code: 'BAD_USER_INPUT', de: 'Bitte einen Titel angeben.', en: 'Please give a title.' },
  FILE_NAME_INVALID: { code: 'BAD_USER_INPUT', de: 'Ungültiger Dateiname.', en: 'Invalid file name.' },
  UPLOAD_TOKEN_INVALID: { code: 'FORBIDDEN', de: 'Diese Upload-Adresse ist ungültig.', en: 'This upload address is invalid.' },
  UPLOAD_EXPIRED: {
    code: 'FORBIDDEN',
    de: 'Diese Upload-Adresse ist abgelaufen. Bitte fordern Sie eine neue an.',
    en: 'This upload address has expired. Please request a new one.',
  },
  UPLOAD_USED: { code: 'CONFLICT', de: 'Diese Upload-Adresse wurde bereits benutzt.', en: 'This upload address has already been used.' },
  INFECTED: {
    code: 'BAD_USER_INPUT',
    de: 'Der Virenscanner hat in der Datei Schadsoftware gefunden; sie wurde nicht gespeichert.',
    en: 'The virus scanner found malware in the file; it was not stored.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type AttachmentErrorReason = keyof typeof ATTACHMENT_ERRORS;

/** Errors of attachments: requests for an upload, the upload itself, downloads. */
export class AttachmentError extends DomainError {
  declare readonly reason: AttachmentErrorReason;

  constructor(reason: AttachmentErrorReason, field?: string) {
    super(reason, ATTACHMENT_ERRORS[reason], field);
  }
}
