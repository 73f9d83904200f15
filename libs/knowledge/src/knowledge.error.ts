import { DomainError, ErrorSpec } from '@ikone/platform';

const KNOWLEDGE_ERRORS = {
  TOPIC_SLUG_TAKEN: { code: 'CONFLICT', de: 'Diese Kurzbezeichnung ist bereits vergeben.', en: 'This slug is already taken.' },
  TOPIC_NOT_FOUND: { code: 'NOT_FOUND', de: 'Themenfeld nicht gefunden.', en: 'Topic not found.' },
  UNKNOWN_TOPIC: { code: 'BAD_USER_INPUT', de: 'Unbekanntes Themenfeld.', en: 'Unknown topic.' },
  TOPIC_REQUIRED: { code: 'BAD_USER_INPUT', de: 'Bitte mindestens ein Themenfeld wählen.', en: 'Please choose at least one topic.' },
  UNKNOWN_MUNICIPALITY: { code: 'BAD_USER_INPUT', de: 'Unbekannte Mitgliedskommune.', en: 'Unknown member municipality.' },
  UNKNOWN_PARTNER: { code: 'BAD_USER_INPUT', de: 'Unbekannte oder nicht aktive Partnerorganisation.', en: 'Unknown or inactive partner organisation.' },
  UNKNOWN_CONTACT: { code: 'BAD_USER_INPUT', de: 'Diese Kontaktperson gibt es nicht.', en: 'This contact person does not exist.' },
  CONTACT_NOT_OWNER: {
    code: 'BAD_USER_INPUT',
    de: 'Die Kontaktperson muss zu einer der Kommunen gehören, denen das Praxisbeispiel gehört.',
    en: 'The contact person must belong to one of the municipalities that own the case study.',
  },
  UNKNOWN_CONTACT_ROLE: { code: 'BAD_USER_INPUT', de: 'Diese Kontaktrolle gibt es nicht.', en: 'This contact role does not exist.' },
  CONTACT_ROLE_NOT_OWNER: {
    code: 'BAD_USER_INPUT',
    de: 'Die Kontaktrolle muss zu einer der Kommunen gehören, denen das Praxisbeispiel gehört.',
    en: 'The contact role must belong to one of the municipalities that own the case study.',
  },
  ONE_CONTACT: {
    code: 'BAD_USER_INPUT',
    de: 'Bitte entweder eine Person oder eine Kontaktrolle als Kontakt angeben, nicht beides.',
    en: 'Please name either a person or a contact role as the contact, not both.',
  },
  CONTACT_ROLE_NOT_FOUND: { code: 'NOT_FOUND', de: 'Kontaktrolle nicht gefunden.', en: 'Contact role not found.' },
  ROLE_NAME_REQUIRED: { code: 'BAD_USER_INPUT', de: 'Bitte eine Bezeichnung angeben.', en: 'Please give a name.' },
  ROLE_NAME_TAKEN: { code: 'CONFLICT', de: 'Diese Kontaktrolle gibt es in Ihrer Kommune schon.', en: 'Your municipality already has this contact role.' },
  UNKNOWN_HOLDER: {
    code: 'BAD_USER_INPUT',
    de: 'Bitte eine Person mit aktivem Konto in dieser Kommune wählen.',
    en: 'Please choose a person with an active account in this municipality.',
  },
  DEPUTY_IS_HOLDER: { code: 'BAD_USER_INPUT', de: 'Die Vertretung muss eine andere Person sein.', en: 'The deputy must be someone else.' },
  CASE_STUDY_NOT_FOUND: { code: 'NOT_FOUND', de: 'Praxisbeispiel nicht gefunden.', en: 'Case study not found.' },
  EVENT_NOT_FOUND: { code: 'NOT_FOUND', de: 'Veranstaltung nicht gefunden.', en: 'Event not found.' },
  CONTENT_NOT_FOUND: { code: 'NOT_FOUND', de: 'Inhalt nicht gefunden.', en: 'Content not found.' },
  INVALID_TRANSITION: {
    code: 'CONFLICT',
    de: 'Das ist im aktuellen Status nicht möglich.',
    en: 'This is not possible in the current status.',
  },
  NOT_EDITABLE: {
    code: 'CONFLICT',
    de: 'Während der Prüfung oder nach Ablehnung kann der Inhalt nicht bearbeitet werden.',
    en: 'The content cannot be edited while in review or after rejection.',
  },
  COMMENT_REQUIRED: { code: 'BAD_USER_INPUT', de: 'Bitte geben Sie einen Kommentar an.', en: 'Please add a comment.' },
  ENDS_BEFORE_START: { code: 'BAD_USER_INPUT', de: 'Das Ende liegt vor dem Beginn.', en: 'The end is before the start.' },
  DEADLINE_AFTER_START: {
    code: 'BAD_USER_INPUT',
    de: 'Der Anmeldeschluss liegt nach dem Beginn.',
    en: 'The registration deadline is after the start.',
  },
  LOCATION_REQUIRED: { code: 'BAD_USER_INPUT', de: 'Bitte einen Ort angeben.', en: 'Please give a location.' },
  ONLINE_URL_REQUIRED: { code: 'BAD_USER_INPUT', de: 'Bitte einen Online-Zugang angeben.', en: 'Please give an online link.' },
  REGISTRATION_CLOSED: {
    code: 'CONFLICT',
    de: 'Die Anmeldung ist geschlossen.',
    en: 'Registration is closed.',
  },
  ALREADY_REGISTERED: { code: 'CONFLICT', de: 'Sie sind bereits angemeldet.', en: 'You are already registered.' },
  NOT_REGISTERED: { code: 'NOT_FOUND', de: 'Sie sind nicht angemeldet.', en: 'You are not registered.' },
  OWN_CASE_STUDY: {
    code: 'CONFLICT',
    de: 'Ihre Kommune ist selbst Eigentümerin dieses Praxisbeispiels.',
    en: 'Your municipality owns this case study itself.',
  },
  REUSE_PENDING: {
    code: 'CONFLICT',
    de: 'Ihre Kommune hat bereits eine offene Anfrage zu diesem Praxisbeispiel.',
    en: 'Your municipality already has an open request for this case study.',
  },
  REUSE_NOT_FOUND: { code: 'NOT_FOUND', de: 'Nachnutzungsanfrage nicht gefunden.', en: 'Reuse request not found.' },
  CAPACITY_TOO_SMALL: {
    code: 'CONFLICT',
    de: 'Es sind bereits mehr Personen angemeldet, als die neue Kapazität erlaubt.',
    en: 'More people are registered than the new capacity allows.',
  },
  REASON_REQUIRED: { code: 'BAD_USER_INPUT', de: 'Bitte geben Sie einen Grund an.', en: 'Please give a reason.' },
  ONLINE_URL_INVALID: {
    code: 'BAD_USER_INPUT',
    de: 'Der Online-Zugang muss eine http(s)-Adresse sein.',
    en: 'The online link must be an http(s) URL.',
  },
  FUNDING_PROGRAMME_NOT_FOUND: { code: 'NOT_FOUND', de: 'Förderprogramm nicht gefunden.', en: 'Funding programme not found.' },
  UNKNOWN_FUNDING_PROGRAMME: { code: 'BAD_USER_INPUT', de: 'Dieses Förderprogramm gibt es nicht.', en: 'This funding programme does not exist.' },
  DEADLINE_INVALID: {
    code: 'BAD_USER_INPUT',
    de: 'Die Frist muss ein Datum wie 2026-03-31 sein.',
    en: 'The deadline must be a date such as 2026-03-31.',
  },
  FRESHNESS_TOKEN_INVALID: {
    code: 'BAD_USER_INPUT',
    de: 'Dieser Link zur Aktualitätsabfrage ist ungültig.',
    en: 'This link to the freshness check is not valid.',
  },
  FRESHNESS_TOKEN_USED: {
    code: 'BAD_USER_INPUT',
    de: 'Diese Aktualitätsabfrage ist bereits beantwortet.',
    en: 'This freshness check has already been answered.',
  },
  FRESHNESS_ANSWER_INVALID: {
    code: 'BAD_USER_INPUT',
    de: 'Bitte „Läuft noch“, „Muss aktualisiert werden“ oder „Eingestellt“ wählen.',
    en: 'Please choose "Still running", "Needs an update" or "Discontinued".',
  },
  FRESHNESS_LESSON_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    de: 'Die Lehre ist zu lang (höchstens 4000 Zeichen).',
    en: 'The lesson learned is too long (at most 4000 characters).',
  },
  CAPACITY_INVALID: { code: 'BAD_USER_INPUT', de: 'Die Kapazität muss mindestens 1 sein.', en: 'The capacity must be at least 1.' },
} as const satisfies Record<string, ErrorSpec>;

export type KnowledgeErrorReason = keyof typeof KNOWLEDGE_ERRORS;

/** The one error class of the knowledge domain. */
export class KnowledgeError extends DomainError {
  constructor(reason: KnowledgeErrorReason, field?: string) {
    super(reason, KNOWLEDGE_ERRORS[reason], field);
  }
}
