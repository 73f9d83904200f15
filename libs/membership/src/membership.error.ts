import { DomainError, ErrorSpec } from '@ikone/platform';

const MEMBERSHIP_ERRORS = {
  INVALID_CREDENTIALS: {
    code: 'UNAUTHENTICATED',
    de: 'E-Mail-Adresse oder Passwort ist falsch.',
    en: 'Email address or password is wrong.',
  },
  SESSION_INVALID: {
    code: 'UNAUTHENTICATED',
    de: 'Die Sitzung ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an.',
    en: 'The session has expired or is invalid. Please sign in again.',
  },
  EMAIL_TAKEN: {
    code: 'CONFLICT',
    de: 'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
    en: 'An account with this email address already exists.',
  },
  UNKNOWN_AGS: {
    code: 'BAD_USER_INPUT',
    de: 'Dieser Gemeindeschlüssel (AGS) steht nicht im Verzeichnis.',
    en: 'This municipality key (AGS) is not in the directory.',
  },
  MUNICIPALITY_DETAILS_REQUIRED: {
    code: 'BAD_USER_INPUT',
    de: 'Ohne Verzeichniseintrag sind Name, Art und Bundesland der Kommune nötig.',
    en: 'Without a directory entry, the name, kind and state of the body are required.',
  },
  ALREADY_MEMBER: {
    code: 'CONFLICT',
    de: 'Diese Kommune ist bereits Mitglied des Netzwerks.',
    en: 'This municipality is already a member of the network.',
  },
  APPLICATION_PENDING: {
    code: 'CONFLICT',
    de: 'Für diese Kommune liegt bereits ein offener Antrag vor.',
    en: 'There is already an open application for this municipality.',
  },
  APPLICATION_NOT_FOUND: { code: 'NOT_FOUND', de: 'Antrag nicht gefunden.', en: 'Application not found.' },
  APPLICATION_DECIDED: {
    code: 'CONFLICT',
    de: 'Über diesen Antrag wurde bereits entschieden.',
    en: 'This application has already been decided.',
  },
  COMMENT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    de: 'Bitte begründen Sie die Ablehnung.',
    en: 'Please give a reason for declining.',
  },
  MUNICIPALITY_NOT_FOUND: { code: 'NOT_FOUND', de: 'Kommune nicht gefunden.', en: 'Municipality not found.' },
  MUNICIPALITY_NOT_ACTIVE: {
    code: 'FORBIDDEN',
    de: 'Die Mitgliedschaft Ihrer Kommune ist nicht aktiv.',
    en: "Your municipality's membership is not active.",
  },
  MUNICIPALITY_REQUIRED: {
    code: 'BAD_USER_INPUT',
    de: 'Digitalbeauftragte gehören zu einer Kommune: bitte eine Kommune angeben.',
    en: 'Officers belong to a municipality: please name one.',
  },
  ALREADY_SUSPENDED: {
    code: 'CONFLICT',
    de: 'Die Kommune ist bereits ausgesetzt.',
    en: 'The municipality is already suspended.',
  },
  PARTNER_NOT_FOUND: { code: 'NOT_FOUND', de: 'Partnerorganisation nicht gefunden.', en: 'Partner organisation not found.' },
  PARTNER_NOT_ACTIVE: {
    code: 'FORBIDDEN',
    de: 'Die Mitgliedschaft der Partnerorganisation ist nicht aktiv.',
    en: "The partner organisation's membership is not active.",
  },
  PARTNER_DETAILS_REQUIRED: {
    code: 'BAD_USER_INPUT',
    de: 'Für eine Partnerorganisation sind Name, Art und Bundesland des Sitzes nötig.',
    en: 'A partner organisation needs its name, kind and the state of its seat.',
  },
  UNKNOWN_TOPIC: { code: 'BAD_USER_INPUT', de: 'Unbekanntes Themenfeld.', en: 'Unknown topic.' },
  USER_NOT_FOUND: { code: 'NOT_FOUND', de: 'Konto nicht gefunden.', en: 'Account not found.' },
  LAST_COORDINATOR: {
    code: 'CONFLICT',
    de: 'Die letzte Koordinatorin bzw. der letzte Koordinator kann nicht entfernt werden.',
    en: 'The last coordinator cannot be removed.',
  },
  CANNOT_DISABLE_SELF: {
    code: 'CONFLICT',
    de: 'Sie können Ihr eigenes Konto nicht sperren.',
    en: 'You cannot disable your own account.',
  },
  TOKEN_INVALID: {
    code: 'BAD_USER_INPUT',
    de: 'Der Link ist ungültig.',
    en: 'The link is invalid.',
  },
  TOKEN_EXPIRED: {
    code: 'BAD_USER_INPUT',
    de: 'Der Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
    en: 'The link has expired. Please request a new one.',
  },
  TOKEN_USED: {
    code: 'CONFLICT',
    de: 'Der Link wurde bereits verwendet.',
    en: 'The link has already been used.',
  },
  PASSWORD_TOO_SHORT: {
    code: 'BAD_USER_INPUT',
    de: 'Das Passwort muss mindestens 8 Zeichen lang sein.',
    en: 'The password must be at least 8 characters long.',
  },
  PASSWORD_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    de: 'Das Passwort darf höchstens 128 Zeichen lang sein.',
    en: 'The password must be at most 128 characters long.',
  },
  PASSWORD_COMMON: {
    code: 'BAD_USER_INPUT',
    de: 'Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.',
    en: 'This password is too common. Please choose another one.',
  },
  WRONG_PASSWORD: { code: 'BAD_USER_INPUT', de: 'Das Passwort ist falsch.', en: 'The password is wrong.' },
  CONFIRM_EMAIL_MISMATCH: {
    code: 'BAD_USER_INPUT',
    de: 'Bitte geben Sie zur Bestätigung genau die E-Mail-Adresse Ihres Kontos ein.',
    en: 'To confirm, please enter exactly the email address of your account.',
  },
  RECENT_SIGN_IN_REQUIRED: {
    code: 'FORBIDDEN',
    de: 'Ihre Anmeldung liegt mehr als 10 Minuten zurück. Bitte melden Sie sich erneut an und löschen Sie das Konto danach.',
    en: 'You signed in more than 10 minutes ago. Please sign in again and then delete the account.',
  },
  TOO_MANY_APPLICATIONS: {
    code: 'RATE_LIMITED',
    de: 'Zu viele Anträge in kurzer Zeit. Bitte versuchen Sie es in einer Stunde erneut.',
    en: 'Too many applications in a short time. Please try again in an hour.',
  },
  PASSWORD_SIGN_IN_DISABLED: {
    code: 'FORBIDDEN',
    de: 'Für Adressen dieser Verwaltung ist die Anmeldung mit Passwort abgeschaltet. Bitte melden Sie sich über den Anmeldedienst Ihrer Verwaltung an.',
    en: "Password sign-in is switched off for addresses of this administration. Please sign in with your administration's sign-in service.",
  },
  SSO_PROVIDER_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    de: 'Diesen Anmeldedienst gibt es hier nicht.',
    en: 'There is no such sign-in service here.',
  },
  SSO_CODE_INVALID: {
    code: 'UNAUTHENTICATED',
    de: 'Die Anmeldung ist ungültig, abgelaufen oder wurde schon verwendet. Bitte melden Sie sich erneut an.',
    en: 'The sign-in is invalid, has expired or has already been used. Please sign in again.',
  },
  SSO_UNKNOWN_EMAIL: {
    code: 'FORBIDDEN',
    de: 'Für diese E-Mail-Adresse gibt es weder ein Konto noch eine offene Einladung.',
    en: 'There is neither an account nor an open invitation for this email address.',
  },
  SSO_ACCOUNT_DISABLED: {
    code: 'FORBIDDEN',
    de: 'Dieses Konto ist gesperrt.',
    en: 'This account is disabled.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type MembershipErrorReason = keyof typeof MEMBERSHIP_ERRORS;

/** The one error class of the membership domain. */
export class MembershipError extends DomainError {
  constructor(reason: MembershipErrorReason, field?: string) {
    super(reason, MEMBERSHIP_ERRORS[reason], field);
  }
}
