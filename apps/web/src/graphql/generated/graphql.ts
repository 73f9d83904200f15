/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApplicationStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'DECLINED';

/** Antrag auf Mitgliedschaft: eine Gemeinde aus dem Verzeichnis (ags), eine andere Körperschaft (name, kind, state) oder eine Partnerorganisation (partner). */
export type ApplyForMembershipInput = {
  ags?: string | null | undefined;
  applicantEmail: string;
  applicantName: string;
  kind?: MunicipalityKind | null | undefined;
  locale?: Locale | null | undefined;
  motivation: string;
  name?: string | null | undefined;
  /** Statt einer Kommune: eine Partnerorganisation (dann ohne ags, name, kind, state) */
  partner?: PartnerApplicationInput | null | undefined;
  state?: string | null | undefined;
  website?: string | null | undefined;
};

/** Lizenz eines Anhangs: Creative Commons, Datenlizenz Deutschland oder alle Rechte vorbehalten */
export type AttachmentLicence =
  | 'ALL_RIGHTS_RESERVED'
  | 'CC0_1_0'
  | 'CC_BY_4_0'
  | 'CC_BY_SA_4_0'
  | 'DL_DE_BY_2_0'
  | 'DL_DE_ZERO_2_0';

/** NOT_SCANNED: kein Virenscanner eingerichtet; PENDING: wird geprüft (noch nicht herunterladbar); CLEAN: geprüft */
export type AttachmentScanStatus =
  | 'CLEAN'
  | 'NOT_SCANNED'
  | 'PENDING';

export type AuditLogFilterInput = {
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  subjectId?: string | null | undefined;
  subjectType?: string | null | undefined;
  to?: string | null | undefined;
};

export type CaseStudyFilterInput = {
  maturity?: Array<Maturity> | null | undefined;
  municipalitySlugs?: Array<string> | null | undefined;
  /** Nennt eine dieser Partnerorganisationen */
  partnerSlugs?: Array<string> | null | undefined;
  search?: string | null | undefined;
  /** Ohne Angabe: PUBLISHED */
  status?: Array<ContentStatus> | null | undefined;
  topicSlugs?: Array<string> | null | undefined;
};

export type ContentStatus =
  | 'ARCHIVED'
  | 'CANCELLED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'REJECTED';

export type CreateCaseStudyInput = {
  /** Mitbesitzende Kommunen */
  coOwnerIds?: Array<string | number> | null | undefined;
  /** Kontaktperson (Konto) */
  contactId?: string | number | null | undefined;
  /** Kontaktrolle statt einer Person (eine Funktion einer besitzenden Kommune) */
  contactRoleId?: string | number | null | undefined;
  /** Einmalige Kosten in Euro */
  costOneOff?: number | null | undefined;
  /** Jährliche Kosten in Euro */
  costYearly?: number | null | undefined;
  fundingProgramme?: string | null | undefined;
  /** Förderprogramm aus der Liste der Koordinierungsstelle */
  fundingProgrammeId?: string | number | null | undefined;
  fundingUrl?: string | null | undefined;
  lessonsLearned?: string | null | undefined;
  links?: Array<LinkInput> | null | undefined;
  maturity: Maturity;
  /** Nur Koordinierungsstelle: die besitzende Kommune */
  municipalityId?: string | number | null | undefined;
  /** Partnerorganisationen des Netzwerks (aktive); ersetzt die bisherigen */
  partnerIds?: Array<string | number> | null | undefined;
  /** Weitere Partner (freier Text), die nicht Mitglied des Netzwerks sind */
  partners?: Array<string> | null | undefined;
  /** Langtext (Markdown) */
  problem?: string | null | undefined;
  /** Inhalt der publiccode.yml (Standard 0.2 bis 0.5, kleiner als 64 kB); leer entfernt sie */
  publiccodeYml?: string | null | undefined;
  /** https-Adresse des Quellcode-Repositorys */
  repositoryUrl?: string | null | undefined;
  results?: string | null | undefined;
  solution?: string | null | undefined;
  /** Höchstens 300 Zeichen */
  summary: string;
  tags?: Array<string> | null | undefined;
  title: string;
  /** Mindestens ein Themenfeld (Kurzbezeichnungen) */
  topicSlugs: Array<string>;
  visibility: Visibility;
};

export type CreateContactRoleInput = {
  /** Vertretung: ein anderes aktives Konto der Kommune */
  deputyId?: string | number | null | undefined;
  /** Wer die Funktion innehat: ein aktives Konto der Kommune */
  holderId: string | number;
  /** Nur Koordinierungsstelle: die Kommune (Digitalbeauftragte: immer die eigene) */
  municipalityId?: string | number | null | undefined;
  /** Bezeichnung der Funktion */
  name: string;
};

/** Eine Veranstaltung anlegen. Status, Revision, SEQUENCE und Autor setzt das System. */
export type CreateEventInput = {
  /** Plätze; ohne Angabe unbegrenzt */
  capacity?: number | null | undefined;
  /** Markdown */
  description?: string | null | undefined;
  endsAt: string;
  format: EventFormat;
  /** Pflicht bei ON_SITE und HYBRID */
  location?: string | null | undefined;
  /** Veranstaltende Kommune; nur die Koordinierungsstelle wählt sie, sonst die eigene */
  municipalityId?: string | number | null | undefined;
  /** Pflicht bei ONLINE und HYBRID; sehen nur Angemeldete, Veranstaltende und die Koordinierungsstelle */
  onlineUrl?: string | null | undefined;
  /** Partnerorganisationen des Netzwerks (aktive); ersetzt die bisherigen */
  partnerIds?: Array<string | number> | null | undefined;
  /** Anmeldeschluss, spätestens der Beginn */
  registrationDeadline?: string | null | undefined;
  startsAt: string;
  title: string;
  /** Themenfelder per ID */
  topicIds?: Array<string | number> | null | undefined;
  /** Themenfelder per Kurzbezeichnung (mindestens eines, per topicSlugs oder topicIds) */
  topicSlugs?: Array<string> | null | undefined;
  visibility: Visibility;
};

export type CreateTopicInput = {
  description?: string | null | undefined;
  descriptionEn?: string | null | undefined;
  /** Name (deutsch) */
  name: string;
  /** Name (englisch) */
  nameEn: string;
  slug: string;
};

/** Einwilligung in Benachrichtigungs-E-Mails (Double-Opt-in): bestätigt, Bestätigung ausstehend, keine */
export type EmailConsentStatus =
  | 'CONFIRMED'
  | 'NONE'
  | 'PENDING';

export type EventFilterInput = {
  /** Beginn ab (einschließlich); ohne Angabe: jetzt */
  from?: string | null | undefined;
  municipalitySlugs?: Array<string> | null | undefined;
  /** Nennt eine dieser Partnerorganisationen */
  partnerSlugs?: Array<string> | null | undefined;
  /** Ohne Angabe: PUBLISHED und CANCELLED. Entwürfe sehen nur Veranstaltende und die Koordinierungsstelle. */
  status?: Array<ContentStatus> | null | undefined;
  /** Beginn vor (ausschließlich) */
  to?: string | null | undefined;
  topicSlugs?: Array<string> | null | undefined;
};

/** ON_SITE: vor Ort; ONLINE; HYBRID: vor Ort und online */
export type EventFormat =
  | 'HYBRID'
  | 'ONLINE'
  | 'ON_SITE';

/** RUNNING: „Läuft noch“; NEEDS_UPDATE: „Muss aktualisiert werden“; DISCONTINUED: „Eingestellt“ (Reifegrad DISCONTINUED) */
export type FreshnessAnswer =
  | 'DISCONTINUED'
  | 'NEEDS_UPDATE'
  | 'RUNNING';

export type FundingProgrammeInput = {
  /** Antragsfrist als Datum (JJJJ-MM-TT) */
  deadline?: string | null | undefined;
  name: string;
  /** Fördergeber */
  provider?: string | null | undefined;
  /** Themenfelder (Kurzbezeichnungen) */
  topicSlugs?: Array<string> | null | undefined;
  url?: string | null | undefined;
};

export type InvitePartnerPersonInput = {
  email: string;
  locale?: Locale | null | undefined;
  partnerId: string | number;
  /** OFFICER nur durch die Koordinierungsstelle */
  partnerRole?: PartnerRole | null | undefined;
};

export type InviteUserInput = {
  email: string;
  locale?: Locale | null | undefined;
  /** Für Digitalbeauftragte immer die eigene Kommune */
  municipalityId?: string | number | null | undefined;
  role: Role;
};

export type LinkInput = {
  label: string;
  url: string;
};

/** Sprache für E-Mails: de (Standard) oder en */
export type Locale =
  | 'de'
  | 'en';

/** Reifegrad: Idee, Pilot, Ausrollen, im Betrieb, eingestellt */
export type Maturity =
  | 'DISCONTINUED'
  | 'IDEA'
  | 'OPERATIONAL'
  | 'PILOT'
  | 'ROLLOUT';

export type MembershipStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'LEFT'
  | 'SUSPENDED';

export type MunicipalityFilterInput = {
  kind?: MunicipalityKind | null | undefined;
  search?: string | null | undefined;
  state?: string | null | undefined;
  /** Ohne Angabe: ACTIVE und SUSPENDED */
  statuses?: Array<MembershipStatus> | null | undefined;
};

export type MunicipalityKind =
  | 'GEMEINDE'
  | 'LANDKREIS'
  | 'OTHER'
  | 'STADT'
  | 'VERBANDSGEMEINDE';

export type NotificationKind =
  | 'CASE_STUDY_PUBLISHED'
  | 'CONTACT_HANDED_OVER'
  | 'CONTENT_APPROVED'
  | 'CONTENT_ARCHIVED'
  | 'CONTENT_CHANGES_REQUESTED'
  | 'CONTENT_REJECTED'
  | 'EVENT_CANCELLED'
  | 'EVENT_CHANGED'
  | 'EVENT_PUBLISHED'
  | 'EVENT_REMINDER'
  | 'MEMBERSHIP_APPLICATION'
  | 'REGISTRATION_CHANGED'
  | 'REGISTRATION_CONFIRMED'
  | 'REPORT_FILED'
  | 'REUSE_REQUESTED'
  | 'REUSE_UPDATED'
  | 'WAITLIST_PROMOTED';

/** Eine Organisation aus Wissenschaft, Wirtschaft oder Zivilgesellschaft beantragt die Mitgliedschaft. */
export type PartnerApplicationInput = {
  kind: PartnerKind;
  name: string;
  /** Bundesland des Sitzes */
  state: string;
  website?: string | null | undefined;
};

/** Hochschule, Forschung, Unternehmen, Verband, Zivilgesellschaft, Sonstige */
export type PartnerKind =
  | 'ASSOCIATION'
  | 'CIVIC'
  | 'COMPANY'
  | 'OTHER'
  | 'RESEARCH'
  | 'UNIVERSITY';

/** OFFICER pflegt das Profil der Partnerorganisation und lädt Mitglieder ein; MEMBER gehört ihr an */
export type PartnerRole =
  | 'MEMBER'
  | 'OFFICER';

/** REGISTERED: angemeldet; WAITLISTED: auf der Warteliste; CANCELLED: abgemeldet */
export type RegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED'
  | 'WAITLISTED';

/** DISMISS: Meldung verwerfen; ARCHIVE: Inhalt archivieren */
export type ReportAction =
  | 'ARCHIVE'
  | 'DISMISS';

export type ReportReason =
  | 'INCORRECT'
  | 'OFFENSIVE'
  | 'OTHER'
  | 'SPAM';

export type ReportStatus =
  | 'DISMISSED'
  | 'OPEN'
  | 'RESOLVED';

/** OPEN_CODE: gitlab.opencode.de; sonst nach dem Host */
export type RepositoryPlatform =
  | 'GITHUB'
  | 'GITLAB'
  | 'OPEN_CODE'
  | 'OTHER';

export type RequestAttachmentUploadInput = {
  /** application/pdf, image/jpeg, image/png oder image/webp; der Inhalt wird beim Upload geprüft */
  contentType: string;
  fileName: string;
  /** Praxisbeispiel oder Veranstaltung */
  itemId: string | number;
  licence: AttachmentLicence;
  /** Größe in Bytes */
  size: number;
  title: string;
};

export type ReuseStatus =
  | 'ADOPTED'
  | 'DECLINED'
  | 'IN_TALKS'
  | 'REQUESTED';

/** MEMBER: Mitglied; OFFICER: Digitalbeauftragte/r; COORDINATOR: Koordinierungsstelle */
export type Role =
  | 'COORDINATOR'
  | 'MEMBER'
  | 'OFFICER';

/** maintenance.type aus der publiccode.yml */
export type SoftwareMaintenance =
  | 'COMMUNITY'
  | 'CONTRACT'
  | 'INTERNAL'
  | 'NONE';

/** developmentStatus aus der publiccode.yml */
export type SoftwareStatus =
  | 'BETA'
  | 'CONCEPT'
  | 'DEVELOPMENT'
  | 'OBSOLETE'
  | 'STABLE';

export type SubjectType =
  | 'CaseStudy'
  | 'Event';

/** IMMEDIATE: sofort per E-Mail; DAILY: tägliche Zusammenfassung; WEEKLY: wöchentliche Zusammenfassung. In der App immer sofort. */
export type SubscriptionFrequency =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'WEEKLY';

/** Was abonniert wird: genau eines von Themenfeld, Kommune oder Partnerorganisation. */
export type SubscriptionTargetInput = {
  municipalitySlug?: string | null | undefined;
  /** Eine Partnerorganisation (ADR 0024) */
  partnerSlug?: string | null | undefined;
  topicSlug?: string | null | undefined;
};

export type UpdateCaseStudyInput = {
  /** Mitbesitzende Kommunen */
  coOwnerIds?: Array<string | number> | null | undefined;
  /** Kontaktperson (Konto) */
  contactId?: string | number | null | undefined;
  /** Kontaktrolle statt einer Person (eine Funktion einer besitzenden Kommune) */
  contactRoleId?: string | number | null | undefined;
  /** Einmalige Kosten in Euro */
  costOneOff?: number | null | undefined;
  /** Jährliche Kosten in Euro */
  costYearly?: number | null | undefined;
  fundingProgramme?: string | null | undefined;
  /** Förderprogramm aus der Liste der Koordinierungsstelle */
  fundingProgrammeId?: string | number | null | undefined;
  fundingUrl?: string | null | undefined;
  lessonsLearned?: string | null | undefined;
  links?: Array<LinkInput> | null | undefined;
  maturity?: Maturity | null | undefined;
  /** Nur Koordinierungsstelle: die besitzende Kommune */
  municipalityId?: string | number | null | undefined;
  /** Partnerorganisationen des Netzwerks (aktive); ersetzt die bisherigen */
  partnerIds?: Array<string | number> | null | undefined;
  /** Weitere Partner (freier Text), die nicht Mitglied des Netzwerks sind */
  partners?: Array<string> | null | undefined;
  /** Langtext (Markdown) */
  problem?: string | null | undefined;
  /** Inhalt der publiccode.yml (Standard 0.2 bis 0.5, kleiner als 64 kB); leer entfernt sie */
  publiccodeYml?: string | null | undefined;
  /** https-Adresse des Quellcode-Repositorys */
  repositoryUrl?: string | null | undefined;
  results?: string | null | undefined;
  solution?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  topicSlugs?: Array<string> | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type UpdateContactRoleInput = {
  /** null entfernt die Vertretung */
  deputyId?: string | number | null | undefined;
  holderId?: string | number | null | undefined;
  name?: string | null | undefined;
};

/** Nur die angegebenen Felder ändern sich; null leert optionale Felder. */
export type UpdateEventInput = {
  /** Plätze; ohne Angabe unbegrenzt */
  capacity?: number | null | undefined;
  /** Markdown */
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  format?: EventFormat | null | undefined;
  /** Pflicht bei ON_SITE und HYBRID */
  location?: string | null | undefined;
  /** Veranstaltende Kommune; nur die Koordinierungsstelle wählt sie, sonst die eigene */
  municipalityId?: string | number | null | undefined;
  /** Pflicht bei ONLINE und HYBRID; sehen nur Angemeldete, Veranstaltende und die Koordinierungsstelle */
  onlineUrl?: string | null | undefined;
  /** Partnerorganisationen des Netzwerks (aktive); ersetzt die bisherigen */
  partnerIds?: Array<string | number> | null | undefined;
  /** Anmeldeschluss, spätestens der Beginn */
  registrationDeadline?: string | null | undefined;
  startsAt?: string | null | undefined;
  title?: string | null | undefined;
  /** Themenfelder per ID */
  topicIds?: Array<string | number> | null | undefined;
  /** Themenfelder per Kurzbezeichnung (mindestens eines, per topicSlugs oder topicIds) */
  topicSlugs?: Array<string> | null | undefined;
  visibility?: Visibility | null | undefined;
};

/** Das Profil einer Partnerorganisation; nicht angegebene Felder bleiben. */
export type UpdatePartnerProfileInput = {
  /** null: keine Kontaktadresse */
  contactEmail?: string | null | undefined;
  /** Was die Organisation dem Netzwerk bietet (Markdown) */
  description?: string | null | undefined;
  kind?: PartnerKind | null | undefined;
  name?: string | null | undefined;
  /** Ersetzt die Themenfelder */
  topicIds?: Array<string | number> | null | undefined;
  /** null: keine Website */
  website?: string | null | undefined;
};

/** Nur angegebene Felder werden geändert. */
export type UpdatePreferencesInput = {
  /** Stunde der Zusammenfassungen (Europe/Berlin): 5 bis 10 */
  digestHour?: number | null | undefined;
  digestWeekday?: Weekday | null | undefined;
  emailEnabled?: boolean | null | undefined;
  locale?: Locale | null | undefined;
};

export type UserFilterInput = {
  municipalityId?: string | number | null | undefined;
  role?: Role | null | undefined;
  search?: string | null | undefined;
  /** Ohne Angabe: ACTIVE */
  status?: UserStatus | null | undefined;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'DISABLED';

/** PUBLIC: öffentlich; NETWORK: nur für Mitglieder des Netzwerks */
export type Visibility =
  | 'NETWORK'
  | 'PUBLIC';

/** Werktag der wöchentlichen Zusammenfassung (Montag bis Freitag). */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type WebApplyAsPartnerMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type WebApplyAsPartnerMutation = { applyForMembership: { id: string, municipalityName: string, status: ApplicationStatus } };

export type WebDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  state?: string | null | undefined;
  first: number;
}>;


export type WebDirectoryQuery = { directory: { totalCount: number, edges: Array<{ node: { ags: string, name: string, state: string, member: { slug: string } | null } }> } };

export type WebApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type WebApplyForMembershipMutation = { applyForMembership: { id: string, municipalityName: string, status: ApplicationStatus } };

export type WebConfirmEmailConsentMutationVariables = Exact<{
  token: string;
}>;


export type WebConfirmEmailConsentMutation = { confirmEmailConsent: boolean };

export type WebFreshnessCheckQueryVariables = Exact<{
  token: string;
}>;


export type WebFreshnessCheckQuery = { freshnessCheck: { id: string, title: string, slug: string, askedAt: string } };

export type WebAnswerFreshnessCheckMutationVariables = Exact<{
  token: string;
  answer: FreshnessAnswer;
  lessonLearned?: string | null | undefined;
}>;


export type WebAnswerFreshnessCheckMutation = { answerFreshnessCheck: { id: string, slug: string, answer: FreshnessAnswer } };

export type WebInvitationQueryVariables = Exact<{
  token: string;
}>;


export type WebInvitationQuery = { invitation: { email: string, role: Role, expiresAt: string, municipality: { name: string } | null }, singleSignOnProviders: Array<{ id: string, displayName: string, domains: Array<string>, passwordSignIn: boolean }> };

export type WebAcceptInvitationMutationVariables = Exact<{
  token: string;
  displayName: string;
  password: string;
  locale?: Locale | null | undefined;
}>;


export type WebAcceptInvitationMutation = { acceptInvitation: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, displayName: string, locale: Locale } } };

export type WebRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type WebRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type WebResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type WebResetPasswordMutation = { resetPassword: boolean };

export type WebUpdateLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type WebUpdateLocaleMutation = { updatePreferences: { locale: Locale } };

export type WebChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type WebChangePasswordMutation = { changePassword: boolean };

export type WebLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type WebLoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, locale: Locale } } };

export type WebLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WebLogoutMutation = { logout: boolean };

export type WebSingleSignOnProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type WebSingleSignOnProvidersQuery = { singleSignOnProviders: Array<{ id: string, displayName: string, domains: Array<string>, passwordSignIn: boolean }> };

export type WebStartSingleSignOnMutationVariables = Exact<{
  provider: string | number;
  browserBinding: string;
  returnTo?: string | null | undefined;
}>;


export type WebStartSingleSignOnMutation = { startSingleSignOn: { authorizationUrl: string } };

export type WebCompleteSingleSignOnMutationVariables = Exact<{
  code: string;
  browserBinding: string;
  locale?: Locale | null | undefined;
}>;


export type WebCompleteSingleSignOnMutation = { completeSingleSignOn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, locale: Locale } } };

export type WebApplicationsQueryVariables = Exact<{
  status?: ApplicationStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WebApplicationsQuery = { membershipApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, municipalityName: string, kind: MunicipalityKind, partnerKind: PartnerKind | null, state: string, ags: string | null, website: string | null, applicantName: string, applicantEmail: string, motivation: string, status: ApplicationStatus, createdAt: string, decidedAt: string | null, decisionComment: string | null, municipality: { slug: string, status: MembershipStatus } | null } }> } };

export type WebApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type WebApplicationQuery = { membershipApplication: { id: string, municipalityName: string, kind: MunicipalityKind, partnerKind: PartnerKind | null, state: string, ags: string | null, website: string | null, applicantName: string, applicantEmail: string, motivation: string, status: ApplicationStatus, createdAt: string, decidedAt: string | null, decisionComment: string | null } };

export type WebDecideApplicationMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  comment?: string | null | undefined;
}>;


export type WebDecideApplicationMutation = { decideMembershipApplication: { id: string, status: ApplicationStatus, municipalityName: string, applicantEmail: string } };

export type WebAuditLogQueryVariables = Exact<{
  filter?: AuditLogFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type WebAuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: string, actorId: string | null, actorLabel: string, subjectType: string, subjectId: string, details: string } }> } };

export type WebCoordinatorDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCoordinatorDashboardQuery = { reviewQueue: { totalCount: number }, reports: { totalCount: number }, membershipApplications: { totalCount: number }, failedDeliveries: { totalCount: number } };

export type WebNetworkStatsQueryVariables = Exact<{
  from: string;
  to: string;
  first: number;
}>;


export type WebNetworkStatsQuery = { networkStatsTotals: { municipalities: number, caseStudies: number, events: number, members: number, reuseRequestsReceived: number, reuseRequestsSent: number, reusesAdopted: number, partnerInvolvements: number }, networkStats: Array<{ municipalityId: string, name: string, slug: string, state: string, caseStudies: number, events: number, members: number, reuseRequestsReceived: number, reuseRequestsSent: number, reusesAdopted: number, partnerInvolvements: number }> };

export type WebFailedDeliveriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebFailedDeliveriesQuery = { failedDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, recipient: string, template: string, attempts: number, lastError: string | null, createdAt: string } }> } };

export type WebFreshnessOverdueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebFreshnessOverdueQuery = { freshnessOverdue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, slug: string, municipalityName: string, askedAt: string, reminders: number } }> } };

export type WebCoordinatorFundingProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCoordinatorFundingProgrammesQuery = { fundingProgrammes: Array<{ id: string, name: string, provider: string, url: string | null, deadline: string | null, topics: Array<{ slug: string, name: string, nameEn: string }> }>, topics: Array<{ slug: string, name: string, nameEn: string }> };

export type WebCreateFundingProgrammeMutationVariables = Exact<{
  input: FundingProgrammeInput;
}>;


export type WebCreateFundingProgrammeMutation = { createFundingProgramme: { id: string, name: string } };

export type WebUpdateFundingProgrammeMutationVariables = Exact<{
  id: string | number;
  input: FundingProgrammeInput;
}>;


export type WebUpdateFundingProgrammeMutation = { updateFundingProgramme: { id: string, name: string } };

export type WebDeleteFundingProgrammeMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeleteFundingProgrammeMutation = { deleteFundingProgramme: string };

export type WebCoordinatorMunicipalitiesQueryVariables = Exact<{
  filter?: MunicipalityFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type WebCoordinatorMunicipalitiesQuery = { municipalities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, kind: MunicipalityKind, state: string, status: MembershipStatus, joinedAt: string | null } }> } };

export type WebSuspendMunicipalityMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WebSuspendMunicipalityMutation = { suspendMunicipality: { id: string, name: string, status: MembershipStatus } };

export type WebReinstateMunicipalityMutationVariables = Exact<{
  id: string | number;
}>;


export type WebReinstateMunicipalityMutation = { reinstateMunicipality: { id: string, name: string, status: MembershipStatus } };

export type WebCoordinatorPartnersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebCoordinatorPartnersQuery = { partners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, kind: PartnerKind, status: MembershipStatus, joinedAt: string | null } }> } };

export type WebSuspendPartnerMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WebSuspendPartnerMutation = { suspendPartner: { id: string, name: string, status: MembershipStatus } };

export type WebReinstatePartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type WebReinstatePartnerMutation = { reinstatePartner: { id: string, name: string, status: MembershipStatus } };

export type WebCoordinatorUsersQueryVariables = Exact<{
  filter?: UserFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type WebCoordinatorUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, email: string, role: Role, status: UserStatus, lastLoginAt: string | null, createdAt: string, municipality: { name: string } | null } }> } };

export type WebSetUserRoleMutationVariables = Exact<{
  id: string | number;
  role: Role;
}>;


export type WebSetUserRoleMutation = { setUserRole: { id: string, displayName: string, role: Role } };

export type WebDisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDisableUserMutation = { disableUser: { id: string, displayName: string, status: UserStatus } };

export type WebInviteOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebInviteOptionsQuery = { municipalities: { edges: Array<{ node: { id: string, name: string } }> } };

export type WebInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type WebInviteUserMutation = { inviteUser: { id: string, email: string, role: Role } };

export type WebReportsQueryVariables = Exact<{
  status?: ReportStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type WebReportsQuery = { reports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reason: ReportReason, note: string | null, status: ReportStatus, resolution: string | null, createdAt: string, resolvedAt: string | null, subjectType: SubjectType, subjectId: string, reporter: { displayName: string, email: string | null } | null, subject:
          | { __typename: 'CaseStudy', slug: string, title: string, status: ContentStatus, municipality: { name: string } }
          | { __typename: 'Event', id: string, title: string, status: ContentStatus, organiser: { name: string } }
         } }> } };

export type WebResolveReportMutationVariables = Exact<{
  id: string | number;
  action: ReportAction;
  note?: string | null | undefined;
}>;


export type WebResolveReportMutation = { resolveReport: { id: string, status: ReportStatus } };

export type WebReviewQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type WebReviewQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { subjectId: string, subjectType: SubjectType, title: string, submittedAt: string, revision: number, changedFields: Array<string> | null, municipality: { name: string } } }> } };

export type WebReviewItemQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type WebReviewItemQuery = { reviewItem: { subjectId: string, subjectType: SubjectType, title: string, submittedAt: string, revision: number, reviewedRevision: number | null, changedFields: Array<string> | null, lastComment: string | null, municipality: { name: string, slug: string }, subject:
      | { __typename: 'CaseStudy', id: string, slug: string, summary: string, maturity: Maturity, visibility: Visibility, problemHtml: string, solutionHtml: string, resultsHtml: string, lessonsLearnedHtml: string, topics: Array<{ slug: string, name: string, nameEn: string }>, revisions: Array<{ revision: number, snapshot: string }> }
      | { __typename: 'Event', id: string, descriptionHtml: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, visibility: Visibility, revisions: Array<{ revision: number, snapshot: string }> }
     } };

export type WebApproveMutationVariables = Exact<{
  subjectId: string | number;
  comment?: string | null | undefined;
}>;


export type WebApproveMutation = { approve: { subjectId: string } };

export type WebRequestChangesMutationVariables = Exact<{
  subjectId: string | number;
  comment: string;
}>;


export type WebRequestChangesMutation = { requestChanges: { subjectId: string } };

export type WebRejectMutationVariables = Exact<{
  subjectId: string | number;
  comment: string;
}>;


export type WebRejectMutation = { reject: { subjectId: string } };

export type WebCoordinatorTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebCoordinatorTopicsQuery = { topics: Array<{ id: string, slug: string, name: string, nameEn: string, description: string }> };

export type WebCreateTopicMutationVariables = Exact<{
  input: CreateTopicInput;
}>;


export type WebCreateTopicMutation = { createTopic: { id: string, slug: string, name: string } };

export type WebExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type WebExportMyDataQuery = { exportMyData: string };

export type WebDeleteMyAccountMutationVariables = Exact<{
  password?: string | null | undefined;
  confirmEmail?: string | null | undefined;
}>;


export type WebDeleteMyAccountMutation = { deleteMyAccount: boolean };

export type WebAccountDeletionConfirmationQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAccountDeletionConfirmationQuery = { me: { id: string, hasPassword: boolean | null } };

export type WebNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  withUnread: boolean;
}>;


export type WebNotificationsQuery = { unread?: { totalCount: number, edges: Array<{ node: { id: string, kind: NotificationKind, title: string, message: string, messageEn: string, quote: string | null, link: string | null, createdAt: string, readAt: string | null } }> }, all: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, title: string, message: string, messageEn: string, quote: string | null, link: string | null, createdAt: string, readAt: string | null } }> } };

export type WebUnreadNotificationIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebUnreadNotificationIdsQuery = { notifications: { edges: Array<{ node: { id: string } }> } };

export type WebMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WebMarkNotificationsReadMutation = { markNotificationsRead: number };

export type WebReportCaseStudyQueryVariables = Exact<{
  slug: string;
}>;


export type WebReportCaseStudyQuery = { caseStudy: { id: string, slug: string, title: string } };

export type WebReportEventQueryVariables = Exact<{
  id: string | number;
}>;


export type WebReportEventQuery = { event: { id: string, title: string } };

export type WebReportContentMutationVariables = Exact<{
  subjectId: string | number;
  reason: ReportReason;
  note?: string | null | undefined;
}>;


export type WebReportContentMutation = { reportContent: { id: string } };

export type WebSubscriptionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebSubscriptionSettingsQuery = { mySubscriptions: Array<{ id: string, frequency: SubscriptionFrequency, createdAt: string, topic: { slug: string, name: string, nameEn: string } | null, municipality: { slug: string, name: string } | null, partner: { slug: string, name: string } | null }>, myPreferences: { emailEnabled: boolean, digestHour: number, digestWeekday: Weekday, locale: Locale }, myEmailConsent: { status: EmailConsentStatus, requestedAt: string | null, givenAt: string | null } };

export type WebResendEmailConsentMutationVariables = Exact<{ [key: string]: never; }>;


export type WebResendEmailConsentMutation = { resendEmailConsent: { status: EmailConsentStatus } };

export type WebWithdrawEmailConsentMutationVariables = Exact<{ [key: string]: never; }>;


export type WebWithdrawEmailConsentMutation = { withdrawEmailConsent: { status: EmailConsentStatus } };

export type WebSubscribeMutationVariables = Exact<{
  target: SubscriptionTargetInput;
  frequency: SubscriptionFrequency;
}>;


export type WebSubscribeMutation = { subscribe: { id: string, frequency: SubscriptionFrequency, topic: { slug: string, name: string, nameEn: string } | null, municipality: { slug: string, name: string } | null, partner: { slug: string, name: string } | null } };

export type WebUnsubscribeMutationVariables = Exact<{
  id: string | number;
}>;


export type WebUnsubscribeMutation = { unsubscribe: boolean };

export type WebUpdatePreferencesMutationVariables = Exact<{
  input: UpdatePreferencesInput;
}>;


export type WebUpdatePreferencesMutation = { updatePreferences: { emailEnabled: boolean, digestHour: number, digestWeekday: Weekday, locale: Locale } };

export type WebOfficerCaseStudyAttachmentsQueryVariables = Exact<{
  slug: string;
}>;


export type WebOfficerCaseStudyAttachmentsQuery = { caseStudy: { id: string, slug: string, title: string, status: ContentStatus, municipality: { id: string }, coOwners: Array<{ id: string }>, attachments: Array<{ id: string, title: string, fileName: string, contentType: string, size: number, licenceName: string, licenceUrl: string | null, scanStatus: AttachmentScanStatus, previewUrl: string | null }> } };

export type WebOfficerEventAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type WebOfficerEventAttachmentsQuery = { event: { id: string, title: string, status: ContentStatus, organiser: { id: string }, attachments: Array<{ id: string, title: string, fileName: string, contentType: string, size: number, licenceName: string, licenceUrl: string | null, scanStatus: AttachmentScanStatus, previewUrl: string | null }> } };

export type WebRequestAttachmentUploadMutationVariables = Exact<{
  input: RequestAttachmentUploadInput;
}>;


export type WebRequestAttachmentUploadMutation = { requestAttachmentUpload: { uploadUrl: string, attachmentId: string } };

export type WebRemoveAttachmentMutationVariables = Exact<{
  id: string | number;
}>;


export type WebRemoveAttachmentMutation = { removeAttachment: string };

export type WebOfficerCaseStudyOptionsQueryVariables = Exact<{
  officer: boolean;
  own: string;
}>;


export type WebOfficerCaseStudyOptionsQuery = { colleagues?: Array<{ id: string | null, displayName: string }>, own?: { contactRoles: Array<{ id: string, name: string, holder: { displayName: string } | null }> }, topics: Array<{ slug: string, name: string, nameEn: string }>, municipalities: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, fundingProgrammes: Array<{ id: string, name: string, provider: string }>, partners: { edges: Array<{ node: { id: string, name: string } }> } };

export type WebOfficerCaseStudyQueryVariables = Exact<{
  slug: string;
  own: string;
}>;


export type WebOfficerCaseStudyQuery = { caseStudy: { id: string, slug: string, title: string, summary: string, problem: string, solution: string, results: string, lessonsLearned: string, problemHtml: string, solutionHtml: string, resultsHtml: string, lessonsLearnedHtml: string, maturity: Maturity, status: ContentStatus, visibility: Visibility, revision: number, fundingProgramme: string | null, fundingUrl: string | null, partners: Array<string>, tags: Array<string>, repositoryUrl: string | null, publiccodeYml: string | null, costs: { oneOff: number | null, yearly: number | null }, fundedBy: { id: string } | null, partnerOrganisations: Array<{ id: string, name: string }>, links: Array<{ label: string, url: string }>, contact: { id: string | null, displayName: string } | null, contactRole: { id: string, name: string, holder: { displayName: string } | null } | null, municipality: { id: string, slug: string, name: string, contacts: Array<{ id: string | null, displayName: string }> }, coOwners: Array<{ id: string, slug: string, name: string, contacts: Array<{ id: string | null, displayName: string }> }>, topics: Array<{ slug: string }>, reviewDecisions: Array<{ decision: string, comment: string | null, createdAt: string, revision: number }>, revisions: Array<{ revision: number, createdAt: string }>, attachments: Array<{ id: string, title: string, fileName: string, contentType: string, size: number, licenceName: string, licenceUrl: string | null, scanStatus: AttachmentScanStatus, previewUrl: string | null }> }, colleagues: Array<{ id: string | null, displayName: string }>, own: { contactRoles: Array<{ id: string, name: string, holder: { displayName: string } | null }> }, topics: Array<{ slug: string, name: string, nameEn: string }>, municipalities: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, fundingProgrammes: Array<{ id: string, name: string, provider: string }>, partners: { edges: Array<{ node: { id: string, name: string } }> } };

export type WebCreateCaseStudyMutationVariables = Exact<{
  input: CreateCaseStudyInput;
}>;


export type WebCreateCaseStudyMutation = { createCaseStudy: { id: string, slug: string, title: string } };

export type WebUpdateCaseStudyMutationVariables = Exact<{
  id: string | number;
  input: UpdateCaseStudyInput;
}>;


export type WebUpdateCaseStudyMutation = { updateCaseStudy: { id: string, slug: string, title: string, revision: number, status: ContentStatus } };

export type WebSubmitCaseStudyMutationVariables = Exact<{
  id: string | number;
}>;


export type WebSubmitCaseStudyMutation = { submitCaseStudy: { id: string, status: ContentStatus, title: string } };

export type WebOfficerContactRolesQueryVariables = Exact<{
  slug: string;
}>;


export type WebOfficerContactRolesQuery = { municipality: { id: string, contactRoles: Array<{ id: string, name: string, holder: { id: string | null, displayName: string } | null, deputy: { id: string | null, displayName: string } | null }> }, colleagues: Array<{ id: string | null, displayName: string }> };

export type WebCreateContactRoleMutationVariables = Exact<{
  input: CreateContactRoleInput;
}>;


export type WebCreateContactRoleMutation = { createContactRole: { id: string, name: string } };

export type WebUpdateContactRoleMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactRoleInput;
}>;


export type WebUpdateContactRoleMutation = { updateContactRole: { id: string, name: string } };

export type WebDeleteContactRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeleteContactRoleMutation = { deleteContactRole: { id: string, name: string } };

export type WebOfficerEventOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebOfficerEventOptionsQuery = { topics: Array<{ slug: string, name: string, nameEn: string }>, partners: { edges: Array<{ node: { id: string, name: string } }> } };

export type WebOfficerEventQueryVariables = Exact<{
  id: string | number;
}>;


export type WebOfficerEventQuery = { event: { id: string, title: string, description: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, onlineUrl: string | null, capacity: number | null, registrationDeadline: string | null, visibility: Visibility, status: ContentStatus, registeredCount: number, waitlistCount: number, reviewDecisions: Array<{ decision: string, comment: string | null, createdAt: string }>, organiser: { id: string, slug: string, name: string }, topics: Array<{ slug: string }>, attachments: Array<{ id: string, title: string, fileName: string, contentType: string, size: number, licenceName: string, licenceUrl: string | null, scanStatus: AttachmentScanStatus, previewUrl: string | null }>, partnerOrganisations: Array<{ id: string, name: string }> }, topics: Array<{ slug: string, name: string, nameEn: string }>, partners: { edges: Array<{ node: { id: string, name: string } }> } };

export type WebCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type WebCreateEventMutation = { createEvent: { id: string, title: string, status: ContentStatus } };

export type WebUpdateEventMutationVariables = Exact<{
  id: string | number;
  input: UpdateEventInput;
}>;


export type WebUpdateEventMutation = { updateEvent: { id: string, title: string, status: ContentStatus } };

export type WebSubmitEventMutationVariables = Exact<{
  id: string | number;
}>;


export type WebSubmitEventMutation = { submitEvent: { id: string, title: string, status: ContentStatus } };

export type WebCancelEventMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WebCancelEventMutation = { cancelEvent: { id: string, title: string, status: ContentStatus } };

export type WebOfficerInviteMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type WebOfficerInviteMutation = { inviteUser: { id: string, email: string, expiresAt: string, role: Role } };

export type WebOfficerRegistrationsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type WebOfficerRegistrationsQuery = { event: { id: string, organiser: { id: string }, registrations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, status: RegistrationStatus, createdAt: string, updatedAt: string, waitlistedAt: string | null } }> } | null } };

export type WebOfficerReuseQueryVariables = Exact<{ [key: string]: never; }>;


export type WebOfficerReuseQuery = { received: { totalCount: number, edges: Array<{ node: { id: string, status: ReuseStatus, message: string, createdAt: string, municipality: { id: string, name: string }, caseStudy: { slug: string, title: string } | null } }> }, sent: { totalCount: number, edges: Array<{ node: { id: string, status: ReuseStatus, message: string, createdAt: string, updatedAt: string, caseStudy: { slug: string, title: string, municipality: { name: string } } | null } }> } };

export type WebUpdateReuseRequestMutationVariables = Exact<{
  id: string | number;
  status: ReuseStatus;
}>;


export type WebUpdateReuseRequestMutation = { updateReuseRequest: { id: string, status: ReuseStatus, municipality: { name: string } } };

export type WebReuseCaseStudyQueryVariables = Exact<{
  slug: string;
}>;


export type WebReuseCaseStudyQuery = { caseStudy: { id: string, slug: string, title: string, status: ContentStatus, municipality: { id: string, name: string }, coOwners: Array<{ id: string, name: string }>, reuseRequests: Array<{ id: string, status: ReuseStatus, createdAt: string, municipality: { id: string } }> } };

export type WebRequestReuseMutationVariables = Exact<{
  caseStudyId: string | number;
  message: string;
}>;


export type WebRequestReuseMutation = { requestReuse: { id: string, status: ReuseStatus } };

export type WebOfficerOverviewQueryVariables = Exact<{
  slugs: Array<string> | string;
  from: string;
}>;


export type WebOfficerOverviewQuery = { caseStudies: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, status: ContentStatus, updatedAt: string, revision: number } }> }, sentBack: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, status: ContentStatus, updatedAt: string, revision: number, reviewDecisions: Array<{ decision: string, comment: string | null, createdAt: string }> } }> }, events: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ContentStatus, startsAt: string, updatedAt: string, capacity: number | null, registeredCount: number, waitlistCount: number } }> }, eventsSentBack: { edges: Array<{ node: { id: string, reviewDecisions: Array<{ decision: string, comment: string | null, createdAt: string }> } }> }, openReuse: { edges: Array<{ node: { id: string, status: ReuseStatus } }> } };

export type WebPartnerProfileQueryVariables = Exact<{
  slug: string;
}>;


export type WebPartnerProfileQuery = { partner: { id: string, slug: string, name: string, website: string | null, description: string, contactEmail: string | null, viewerCanEdit: boolean, topics: Array<{ slug: string }> }, topics: Array<{ id: string, slug: string, name: string, nameEn: string }> };

export type WebUpdatePartnerProfileMutationVariables = Exact<{
  id: string | number;
  input: UpdatePartnerProfileInput;
}>;


export type WebUpdatePartnerProfileMutation = { updatePartnerProfile: { slug: string } };

export type WebInvitePartnerPersonMutationVariables = Exact<{
  input: InvitePartnerPersonInput;
}>;


export type WebInvitePartnerPersonMutation = { invitePartnerPerson: { email: string } };

export type WebCaseStudyListQueryVariables = Exact<{
  filter?: CaseStudyFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WebCaseStudyListQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string, slug: string }, topics: Array<{ slug: string, name: string, nameEn: string }> } }> }, topics: Array<{ slug: string, name: string, nameEn: string }>, municipalities: { edges: Array<{ node: { slug: string, name: string } }> } };

export type WebCaseStudyQueryVariables = Exact<{
  slug: string;
}>;


export type WebCaseStudyQuery = { caseStudy: { id: string, slug: string, title: string, summary: string, maturity: Maturity, status: ContentStatus, visibility: Visibility, publishedAt: string | null, lastConfirmedAt: string | null, updatedAt: string, revision: number, problemHtml: string, solutionHtml: string, resultsHtml: string, lessonsLearnedHtml: string, fundingProgramme: string | null, fundingUrl: string | null, partners: Array<string>, tags: Array<string>, costs: { oneOff: number | null, yearly: number | null }, fundedBy: { id: string, name: string, provider: string, url: string | null, deadline: string | null } | null, partnerOrganisations: Array<{ slug: string, name: string }>, links: Array<{ label: string, url: string }>, software: { name: string | null, licence: string | null, maintenanceType: SoftwareMaintenance | null, maintainers: Array<string>, developmentStatus: SoftwareStatus | null, repositoryUrl: string | null, platform: RepositoryPlatform | null } | null, contact: { displayName: string, email: string | null } | null, contactRole: { id: string, name: string, municipality: { name: string, kind: MunicipalityKind } } | null, municipality: { name: string, slug: string }, coOwners: Array<{ name: string, slug: string }>, reusedBy: Array<{ name: string, slug: string }>, topics: Array<{ slug: string, name: string, nameEn: string }>, attachments: Array<{ id: string, title: string, fileName: string, contentType: string, size: number, licenceName: string, licenceUrl: string | null, scanStatus: AttachmentScanStatus, previewUrl: string | null }> } };

export type WebEventListQueryVariables = Exact<{
  filter?: EventFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WebEventListQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, status: ContentStatus, organiser: { name: string, slug: string } } }> }, topics: Array<{ slug: string, name: string, nameEn: string }> };

export type WebEventQueryVariables = Exact<{
  id: string | number;
}>;


export type WebEventQuery = { event: { id: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, onlineUrl: string | null, status: ContentStatus, cancelReason: string | null, visibility: Visibility, capacity: number | null, registeredCount: number, waitlistCount: number, registrationDeadline: string | null, registrationOpen: boolean, organiser: { name: string, slug: string }, topics: Array<{ slug: string, name: string, nameEn: string }>, partnerOrganisations: Array<{ slug: string, name: string }>, myRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } | null, attachments: Array<{ id: string, title: string, fileName: string, contentType: string, size: number, licenceName: string, licenceUrl: string | null, scanStatus: AttachmentScanStatus, previewUrl: string | null }> } };

export type WebRegisterForEventMutationVariables = Exact<{
  id: string | number;
}>;


export type WebRegisterForEventMutation = { registerForEvent: { id: string, status: RegistrationStatus, waitlistPosition: number | null } };

export type WebCancelRegistrationMutationVariables = Exact<{
  id: string | number;
}>;


export type WebCancelRegistrationMutation = { cancelRegistration: { id: string, status: RegistrationStatus } };

export type WebFundingProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebFundingProgrammesQuery = { fundingProgrammes: Array<{ id: string, name: string, provider: string, url: string | null, deadline: string | null, topics: Array<{ slug: string, name: string, nameEn: string }> }> };

export type WebHomeQueryVariables = Exact<{
  from: string;
}>;


export type WebHomeQuery = { caseStudies: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string } } }> }, events: { edges: Array<{ node: { id: string, title: string, startsAt: string, format: EventFormat, status: ContentStatus, organiser: { name: string } } }> }, topics: Array<{ slug: string, name: string, nameEn: string, description: string, descriptionEn: string }>, municipalities: { totalCount: number } };

export type WebMunicipalityListQueryVariables = Exact<{
  filter?: MunicipalityFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WebMunicipalityListQuery = { municipalities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, kind: MunicipalityKind, state: string, status: MembershipStatus, joinedAt: string | null } }> } };

export type WebMunicipalityQueryVariables = Exact<{
  slug: string;
  slugs: Array<string> | string;
  from: string;
  signedIn: boolean;
  locale: Locale;
}>;


export type WebMunicipalityQuery = { municipality: { id: string, slug: string, name: string, kind: MunicipalityKind, state: string, website: string | null, status: MembershipStatus, joinedAt: string | null, contacts: Array<{ id: string | null, displayName: string, email: string | null }>, contactRoles: Array<{ id: string, name: string, holder: { id: string | null, displayName: string, email: string | null } | null, deputy: { id: string | null, displayName: string } | null }>, similarPractices: Array<{ reason: string, caseStudy: { id: string, slug: string, title: string, municipality: { name: string } } }> }, caseStudies: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string } } }> }, events: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, status: ContentStatus, organiser: { name: string } } }> }, mySubscriptions?: Array<{ id: string, frequency: SubscriptionFrequency, municipality: { slug: string } | null }> };

export type WebPartnerListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type WebPartnerListQuery = { partners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, name: string, kind: PartnerKind, status: MembershipStatus, joinedAt: string | null } }> } };

export type WebPartnerQueryVariables = Exact<{
  slug: string;
  slugs: Array<string> | string;
  signedIn: boolean;
}>;


export type WebPartnerQuery = { partner: { id: string, slug: string, name: string, kind: PartnerKind, website: string | null, contactEmail: string | null, descriptionHtml: string, status: MembershipStatus, joinedAt: string | null, viewerCanEdit: boolean, topics: Array<{ slug: string, name: string, nameEn: string }>, officers: Array<{ id: string | null, displayName: string }> }, caseStudies: { edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string } } }> }, events: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, status: ContentStatus, organiser: { name: string } } }> }, mySubscriptions?: Array<{ id: string, frequency: SubscriptionFrequency, partner: { slug: string } | null }> };

export type WebSearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type WebSearchQuery = { search: { totalCount: number, edges: Array<{ cursor: string, snippet: string, node:
        | { __typename: 'CaseStudy', id: string, slug: string, title: string, publishedAt: string | null, municipality: { name: string } }
        | { __typename: 'Event', id: string, title: string, startsAt: string, endsAt: string, status: ContentStatus, organiser: { name: string } }
       }> } };

export type WebTopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebTopicsQuery = { topics: Array<{ slug: string, name: string, nameEn: string, description: string, descriptionEn: string }> };

export type WebTopicQueryVariables = Exact<{
  slugs: Array<string> | string;
  slug: string;
  from: string;
  signedIn: boolean;
}>;


export type WebTopicQuery = { topics: Array<{ id: string, slug: string, name: string, nameEn: string, description: string, descriptionEn: string }>, caseStudies: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string } } }> }, events: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, status: ContentStatus, organiser: { name: string } } }> }, mySubscriptions?: Array<{ id: string, frequency: SubscriptionFrequency, topic: { slug: string } | null }>, fundingProgrammes: Array<{ id: string, name: string, provider: string, url: string | null, deadline: string | null }> };

export type WebViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WebViewerQuery = { me: { id: string, displayName: string, email: string, role: Role, locale: Locale, unreadNotificationCount: number | null, municipality: { id: string, slug: string, name: string } | null } };

export type WebRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type WebRefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const WebApplyAsPartnerDocument = new TypedDocumentString(`
    mutation WebApplyAsPartner($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    id
    municipalityName
    status
  }
}
    `) as unknown as TypedDocumentString<WebApplyAsPartnerMutation, WebApplyAsPartnerMutationVariables>;
export const WebDirectoryDocument = new TypedDocumentString(`
    query WebDirectory($search: String, $state: String, $first: Int!) {
  directory(search: $search, state: $state, first: $first) {
    totalCount
    edges {
      node {
        ags
        name
        state
        member {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebDirectoryQuery, WebDirectoryQueryVariables>;
export const WebApplyForMembershipDocument = new TypedDocumentString(`
    mutation WebApplyForMembership($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    id
    municipalityName
    status
  }
}
    `) as unknown as TypedDocumentString<WebApplyForMembershipMutation, WebApplyForMembershipMutationVariables>;
export const WebConfirmEmailConsentDocument = new TypedDocumentString(`
    mutation WebConfirmEmailConsent($token: String!) {
  confirmEmailConsent(token: $token)
}
    `) as unknown as TypedDocumentString<WebConfirmEmailConsentMutation, WebConfirmEmailConsentMutationVariables>;
export const WebFreshnessCheckDocument = new TypedDocumentString(`
    query WebFreshnessCheck($token: String!) {
  freshnessCheck(token: $token) {
    id
    title
    slug
    askedAt
  }
}
    `) as unknown as TypedDocumentString<WebFreshnessCheckQuery, WebFreshnessCheckQueryVariables>;
export const WebAnswerFreshnessCheckDocument = new TypedDocumentString(`
    mutation WebAnswerFreshnessCheck($token: String!, $answer: FreshnessAnswer!, $lessonLearned: String) {
  answerFreshnessCheck(
    token: $token
    answer: $answer
    lessonLearned: $lessonLearned
  ) {
    id
    slug
    answer
  }
}
    `) as unknown as TypedDocumentString<WebAnswerFreshnessCheckMutation, WebAnswerFreshnessCheckMutationVariables>;
export const WebInvitationDocument = new TypedDocumentString(`
    query WebInvitation($token: String!) {
  invitation(token: $token) {
    email
    role
    expiresAt
    municipality {
      name
    }
  }
  singleSignOnProviders {
    id
    displayName
    domains
    passwordSignIn
  }
}
    `) as unknown as TypedDocumentString<WebInvitationQuery, WebInvitationQueryVariables>;
export const WebAcceptInvitationDocument = new TypedDocumentString(`
    mutation WebAcceptInvitation($token: String!, $displayName: String!, $password: String!, $locale: Locale) {
  acceptInvitation(
    token: $token
    displayName: $displayName
    password: $password
    locale: $locale
  ) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      displayName
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<WebAcceptInvitationMutation, WebAcceptInvitationMutationVariables>;
export const WebRequestPasswordResetDocument = new TypedDocumentString(`
    mutation WebRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<WebRequestPasswordResetMutation, WebRequestPasswordResetMutationVariables>;
export const WebResetPasswordDocument = new TypedDocumentString(`
    mutation WebResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<WebResetPasswordMutation, WebResetPasswordMutationVariables>;
export const WebUpdateLocaleDocument = new TypedDocumentString(`
    mutation WebUpdateLocale($locale: Locale!) {
  updatePreferences(input: {locale: $locale}) {
    locale
  }
}
    `) as unknown as TypedDocumentString<WebUpdateLocaleMutation, WebUpdateLocaleMutationVariables>;
export const WebChangePasswordDocument = new TypedDocumentString(`
    mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<WebChangePasswordMutation, WebChangePasswordMutationVariables>;
export const WebLoginDocument = new TypedDocumentString(`
    mutation WebLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<WebLoginMutation, WebLoginMutationVariables>;
export const WebLogoutDocument = new TypedDocumentString(`
    mutation WebLogout {
  logout
}
    `) as unknown as TypedDocumentString<WebLogoutMutation, WebLogoutMutationVariables>;
export const WebSingleSignOnProvidersDocument = new TypedDocumentString(`
    query WebSingleSignOnProviders {
  singleSignOnProviders {
    id
    displayName
    domains
    passwordSignIn
  }
}
    `) as unknown as TypedDocumentString<WebSingleSignOnProvidersQuery, WebSingleSignOnProvidersQueryVariables>;
export const WebStartSingleSignOnDocument = new TypedDocumentString(`
    mutation WebStartSingleSignOn($provider: ID!, $browserBinding: String!, $returnTo: String) {
  startSingleSignOn(
    provider: $provider
    browserBinding: $browserBinding
    returnTo: $returnTo
  ) {
    authorizationUrl
  }
}
    `) as unknown as TypedDocumentString<WebStartSingleSignOnMutation, WebStartSingleSignOnMutationVariables>;
export const WebCompleteSingleSignOnDocument = new TypedDocumentString(`
    mutation WebCompleteSingleSignOn($code: String!, $browserBinding: String!, $locale: Locale) {
  completeSingleSignOn(
    code: $code
    browserBinding: $browserBinding
    locale: $locale
  ) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<WebCompleteSingleSignOnMutation, WebCompleteSingleSignOnMutationVariables>;
export const WebApplicationsDocument = new TypedDocumentString(`
    query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {
  membershipApplications(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        municipalityName
        kind
        partnerKind
        state
        ags
        website
        applicantName
        applicantEmail
        motivation
        status
        createdAt
        decidedAt
        decisionComment
        municipality {
          slug
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebApplicationsQuery, WebApplicationsQueryVariables>;
export const WebApplicationDocument = new TypedDocumentString(`
    query WebApplication($id: ID!) {
  membershipApplication(id: $id) {
    id
    municipalityName
    kind
    partnerKind
    state
    ags
    website
    applicantName
    applicantEmail
    motivation
    status
    createdAt
    decidedAt
    decisionComment
  }
}
    `) as unknown as TypedDocumentString<WebApplicationQuery, WebApplicationQueryVariables>;
export const WebDecideApplicationDocument = new TypedDocumentString(`
    mutation WebDecideApplication($id: ID!, $approve: Boolean!, $comment: String) {
  decideMembershipApplication(id: $id, approve: $approve, comment: $comment) {
    id
    status
    municipalityName
    applicantEmail
  }
}
    `) as unknown as TypedDocumentString<WebDecideApplicationMutation, WebDecideApplicationMutationVariables>;
export const WebAuditLogDocument = new TypedDocumentString(`
    query WebAuditLog($filter: AuditLogFilterInput, $after: String) {
  auditLog(filter: $filter, first: 25, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        actorId
        actorLabel
        subjectType
        subjectId
        details
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebAuditLogQuery, WebAuditLogQueryVariables>;
export const WebCoordinatorDashboardDocument = new TypedDocumentString(`
    query WebCoordinatorDashboard {
  reviewQueue(first: 1) {
    totalCount
  }
  reports(status: OPEN, first: 1) {
    totalCount
  }
  membershipApplications(status: APPLIED, first: 1) {
    totalCount
  }
  failedDeliveries(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebCoordinatorDashboardQuery, WebCoordinatorDashboardQueryVariables>;
export const WebNetworkStatsDocument = new TypedDocumentString(`
    query WebNetworkStats($from: DateTime!, $to: DateTime!, $first: Int!) {
  networkStatsTotals(from: $from, to: $to) {
    municipalities
    caseStudies
    events
    members
    reuseRequestsReceived
    reuseRequestsSent
    reusesAdopted
    partnerInvolvements
  }
  networkStats(from: $from, to: $to, first: $first, orderBy: ACTIVITY) {
    municipalityId
    name
    slug
    state
    caseStudies
    events
    members
    reuseRequestsReceived
    reuseRequestsSent
    reusesAdopted
    partnerInvolvements
  }
}
    `) as unknown as TypedDocumentString<WebNetworkStatsQuery, WebNetworkStatsQueryVariables>;
export const WebFailedDeliveriesDocument = new TypedDocumentString(`
    query WebFailedDeliveries($after: String) {
  failedDeliveries(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        recipient
        template
        attempts
        lastError
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebFailedDeliveriesQuery, WebFailedDeliveriesQueryVariables>;
export const WebFreshnessOverdueDocument = new TypedDocumentString(`
    query WebFreshnessOverdue($after: String) {
  freshnessOverdue(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        slug
        municipalityName
        askedAt
        reminders
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebFreshnessOverdueQuery, WebFreshnessOverdueQueryVariables>;
export const WebCoordinatorFundingProgrammesDocument = new TypedDocumentString(`
    query WebCoordinatorFundingProgrammes {
  fundingProgrammes {
    id
    name
    provider
    url
    deadline
    topics {
      slug
      name
      nameEn
    }
  }
  topics {
    slug
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<WebCoordinatorFundingProgrammesQuery, WebCoordinatorFundingProgrammesQueryVariables>;
export const WebCreateFundingProgrammeDocument = new TypedDocumentString(`
    mutation WebCreateFundingProgramme($input: FundingProgrammeInput!) {
  createFundingProgramme(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebCreateFundingProgrammeMutation, WebCreateFundingProgrammeMutationVariables>;
export const WebUpdateFundingProgrammeDocument = new TypedDocumentString(`
    mutation WebUpdateFundingProgramme($id: ID!, $input: FundingProgrammeInput!) {
  updateFundingProgramme(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebUpdateFundingProgrammeMutation, WebUpdateFundingProgrammeMutationVariables>;
export const WebDeleteFundingProgrammeDocument = new TypedDocumentString(`
    mutation WebDeleteFundingProgramme($id: ID!) {
  deleteFundingProgramme(id: $id)
}
    `) as unknown as TypedDocumentString<WebDeleteFundingProgrammeMutation, WebDeleteFundingProgrammeMutationVariables>;
export const WebCoordinatorMunicipalitiesDocument = new TypedDocumentString(`
    query WebCoordinatorMunicipalities($filter: MunicipalityFilterInput, $after: String) {
  municipalities(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        name
        kind
        state
        status
        joinedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCoordinatorMunicipalitiesQuery, WebCoordinatorMunicipalitiesQueryVariables>;
export const WebSuspendMunicipalityDocument = new TypedDocumentString(`
    mutation WebSuspendMunicipality($id: ID!, $reason: String!) {
  suspendMunicipality(id: $id, reason: $reason) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<WebSuspendMunicipalityMutation, WebSuspendMunicipalityMutationVariables>;
export const WebReinstateMunicipalityDocument = new TypedDocumentString(`
    mutation WebReinstateMunicipality($id: ID!) {
  reinstateMunicipality(id: $id) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<WebReinstateMunicipalityMutation, WebReinstateMunicipalityMutationVariables>;
export const WebCoordinatorPartnersDocument = new TypedDocumentString(`
    query WebCoordinatorPartners($after: String) {
  partners(
    filter: {statuses: [ACTIVE, SUSPENDED, APPLIED, LEFT]}
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        name
        kind
        status
        joinedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCoordinatorPartnersQuery, WebCoordinatorPartnersQueryVariables>;
export const WebSuspendPartnerDocument = new TypedDocumentString(`
    mutation WebSuspendPartner($id: ID!, $reason: String!) {
  suspendPartner(id: $id, reason: $reason) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<WebSuspendPartnerMutation, WebSuspendPartnerMutationVariables>;
export const WebReinstatePartnerDocument = new TypedDocumentString(`
    mutation WebReinstatePartner($id: ID!) {
  reinstatePartner(id: $id) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<WebReinstatePartnerMutation, WebReinstatePartnerMutationVariables>;
export const WebCoordinatorUsersDocument = new TypedDocumentString(`
    query WebCoordinatorUsers($filter: UserFilterInput, $after: String) {
  users(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        displayName
        email
        role
        status
        lastLoginAt
        createdAt
        municipality {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCoordinatorUsersQuery, WebCoordinatorUsersQueryVariables>;
export const WebSetUserRoleDocument = new TypedDocumentString(`
    mutation WebSetUserRole($id: ID!, $role: Role!) {
  setUserRole(id: $id, role: $role) {
    id
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<WebSetUserRoleMutation, WebSetUserRoleMutationVariables>;
export const WebDisableUserDocument = new TypedDocumentString(`
    mutation WebDisableUser($id: ID!) {
  disableUser(id: $id) {
    id
    displayName
    status
  }
}
    `) as unknown as TypedDocumentString<WebDisableUserMutation, WebDisableUserMutationVariables>;
export const WebInviteOptionsDocument = new TypedDocumentString(`
    query WebInviteOptions {
  municipalities(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebInviteOptionsQuery, WebInviteOptionsQueryVariables>;
export const WebInviteUserDocument = new TypedDocumentString(`
    mutation WebInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
    role
  }
}
    `) as unknown as TypedDocumentString<WebInviteUserMutation, WebInviteUserMutationVariables>;
export const WebReportsDocument = new TypedDocumentString(`
    query WebReports($status: ReportStatus, $after: String) {
  reports(status: $status, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        reason
        note
        status
        resolution
        createdAt
        resolvedAt
        subjectType
        subjectId
        reporter {
          displayName
          email
        }
        subject {
          __typename
          ... on CaseStudy {
            slug
            title
            status
            municipality {
              name
            }
          }
          ... on Event {
            id
            title
            status
            organiser {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebReportsQuery, WebReportsQueryVariables>;
export const WebResolveReportDocument = new TypedDocumentString(`
    mutation WebResolveReport($id: ID!, $action: ReportAction!, $note: String) {
  resolveReport(id: $id, action: $action, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebResolveReportMutation, WebResolveReportMutationVariables>;
export const WebReviewQueueDocument = new TypedDocumentString(`
    query WebReviewQueue($first: Int!, $after: String) {
  reviewQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        subjectId
        subjectType
        title
        submittedAt
        revision
        changedFields
        municipality {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebReviewQueueQuery, WebReviewQueueQueryVariables>;
export const WebReviewItemDocument = new TypedDocumentString(`
    query WebReviewItem($subjectId: ID!) {
  reviewItem(subjectId: $subjectId) {
    subjectId
    subjectType
    title
    submittedAt
    revision
    reviewedRevision
    changedFields
    lastComment
    municipality {
      name
      slug
    }
    subject {
      __typename
      ... on CaseStudy {
        id
        slug
        summary
        maturity
        visibility
        problemHtml
        solutionHtml
        resultsHtml
        lessonsLearnedHtml
        topics {
          slug
          name
          nameEn
        }
        revisions {
          revision
          snapshot
        }
      }
      ... on Event {
        id
        descriptionHtml
        startsAt
        endsAt
        format
        location
        visibility
        revisions {
          revision
          snapshot
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebReviewItemQuery, WebReviewItemQueryVariables>;
export const WebApproveDocument = new TypedDocumentString(`
    mutation WebApprove($subjectId: ID!, $comment: String) {
  approve(subjectId: $subjectId, comment: $comment) {
    subjectId
  }
}
    `) as unknown as TypedDocumentString<WebApproveMutation, WebApproveMutationVariables>;
export const WebRequestChangesDocument = new TypedDocumentString(`
    mutation WebRequestChanges($subjectId: ID!, $comment: String!) {
  requestChanges(subjectId: $subjectId, comment: $comment) {
    subjectId
  }
}
    `) as unknown as TypedDocumentString<WebRequestChangesMutation, WebRequestChangesMutationVariables>;
export const WebRejectDocument = new TypedDocumentString(`
    mutation WebReject($subjectId: ID!, $comment: String!) {
  reject(subjectId: $subjectId, comment: $comment) {
    subjectId
  }
}
    `) as unknown as TypedDocumentString<WebRejectMutation, WebRejectMutationVariables>;
export const WebCoordinatorTopicsDocument = new TypedDocumentString(`
    query WebCoordinatorTopics {
  topics {
    id
    slug
    name
    nameEn
    description
  }
}
    `) as unknown as TypedDocumentString<WebCoordinatorTopicsQuery, WebCoordinatorTopicsQueryVariables>;
export const WebCreateTopicDocument = new TypedDocumentString(`
    mutation WebCreateTopic($input: CreateTopicInput!) {
  createTopic(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<WebCreateTopicMutation, WebCreateTopicMutationVariables>;
export const WebExportMyDataDocument = new TypedDocumentString(`
    query WebExportMyData {
  exportMyData
}
    `) as unknown as TypedDocumentString<WebExportMyDataQuery, WebExportMyDataQueryVariables>;
export const WebDeleteMyAccountDocument = new TypedDocumentString(`
    mutation WebDeleteMyAccount($password: String, $confirmEmail: String) {
  deleteMyAccount(password: $password, confirmEmail: $confirmEmail)
}
    `) as unknown as TypedDocumentString<WebDeleteMyAccountMutation, WebDeleteMyAccountMutationVariables>;
export const WebAccountDeletionConfirmationDocument = new TypedDocumentString(`
    query WebAccountDeletionConfirmation {
  me {
    id
    hasPassword
  }
}
    `) as unknown as TypedDocumentString<WebAccountDeletionConfirmationQuery, WebAccountDeletionConfirmationQueryVariables>;
export const WebNotificationsDocument = new TypedDocumentString(`
    query WebNotifications($first: Int!, $after: String, $withUnread: Boolean!) {
  unread: notifications(unreadOnly: true, first: 100) @include(if: $withUnread) {
    totalCount
    edges {
      node {
        id
        kind
        title
        message
        messageEn
        quote
        link
        createdAt
        readAt
      }
    }
  }
  all: notifications(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        message
        messageEn
        quote
        link
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebNotificationsQuery, WebNotificationsQueryVariables>;
export const WebUnreadNotificationIdsDocument = new TypedDocumentString(`
    query WebUnreadNotificationIds {
  notifications(unreadOnly: true, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebUnreadNotificationIdsQuery, WebUnreadNotificationIdsQueryVariables>;
export const WebMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation WebMarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<WebMarkNotificationsReadMutation, WebMarkNotificationsReadMutationVariables>;
export const WebReportCaseStudyDocument = new TypedDocumentString(`
    query WebReportCaseStudy($slug: String!) {
  caseStudy(slug: $slug) {
    id
    slug
    title
  }
}
    `) as unknown as TypedDocumentString<WebReportCaseStudyQuery, WebReportCaseStudyQueryVariables>;
export const WebReportEventDocument = new TypedDocumentString(`
    query WebReportEvent($id: ID!) {
  event(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<WebReportEventQuery, WebReportEventQueryVariables>;
export const WebReportContentDocument = new TypedDocumentString(`
    mutation WebReportContent($subjectId: ID!, $reason: ReportReason!, $note: String) {
  reportContent(subjectId: $subjectId, reason: $reason, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebReportContentMutation, WebReportContentMutationVariables>;
export const WebSubscriptionSettingsDocument = new TypedDocumentString(`
    query WebSubscriptionSettings {
  mySubscriptions {
    id
    frequency
    createdAt
    topic {
      slug
      name
      nameEn
    }
    municipality {
      slug
      name
    }
    partner {
      slug
      name
    }
  }
  myPreferences {
    emailEnabled
    digestHour
    digestWeekday
    locale
  }
  myEmailConsent {
    status
    requestedAt
    givenAt
  }
}
    `) as unknown as TypedDocumentString<WebSubscriptionSettingsQuery, WebSubscriptionSettingsQueryVariables>;
export const WebResendEmailConsentDocument = new TypedDocumentString(`
    mutation WebResendEmailConsent {
  resendEmailConsent {
    status
  }
}
    `) as unknown as TypedDocumentString<WebResendEmailConsentMutation, WebResendEmailConsentMutationVariables>;
export const WebWithdrawEmailConsentDocument = new TypedDocumentString(`
    mutation WebWithdrawEmailConsent {
  withdrawEmailConsent {
    status
  }
}
    `) as unknown as TypedDocumentString<WebWithdrawEmailConsentMutation, WebWithdrawEmailConsentMutationVariables>;
export const WebSubscribeDocument = new TypedDocumentString(`
    mutation WebSubscribe($target: SubscriptionTargetInput!, $frequency: SubscriptionFrequency!) {
  subscribe(target: $target, frequency: $frequency) {
    id
    frequency
    topic {
      slug
      name
      nameEn
    }
    municipality {
      slug
      name
    }
    partner {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebSubscribeMutation, WebSubscribeMutationVariables>;
export const WebUnsubscribeDocument = new TypedDocumentString(`
    mutation WebUnsubscribe($id: ID!) {
  unsubscribe(subscriptionId: $id)
}
    `) as unknown as TypedDocumentString<WebUnsubscribeMutation, WebUnsubscribeMutationVariables>;
export const WebUpdatePreferencesDocument = new TypedDocumentString(`
    mutation WebUpdatePreferences($input: UpdatePreferencesInput!) {
  updatePreferences(input: $input) {
    emailEnabled
    digestHour
    digestWeekday
    locale
  }
}
    `) as unknown as TypedDocumentString<WebUpdatePreferencesMutation, WebUpdatePreferencesMutationVariables>;
export const WebOfficerCaseStudyAttachmentsDocument = new TypedDocumentString(`
    query WebOfficerCaseStudyAttachments($slug: String!) {
  caseStudy(slug: $slug) {
    id
    slug
    title
    status
    municipality {
      id
    }
    coOwners {
      id
    }
    attachments {
      id
      title
      fileName
      contentType
      size
      licenceName
      licenceUrl
      scanStatus
      previewUrl
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerCaseStudyAttachmentsQuery, WebOfficerCaseStudyAttachmentsQueryVariables>;
export const WebOfficerEventAttachmentsDocument = new TypedDocumentString(`
    query WebOfficerEventAttachments($id: ID!) {
  event(id: $id) {
    id
    title
    status
    organiser {
      id
    }
    attachments {
      id
      title
      fileName
      contentType
      size
      licenceName
      licenceUrl
      scanStatus
      previewUrl
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerEventAttachmentsQuery, WebOfficerEventAttachmentsQueryVariables>;
export const WebRequestAttachmentUploadDocument = new TypedDocumentString(`
    mutation WebRequestAttachmentUpload($input: RequestAttachmentUploadInput!) {
  requestAttachmentUpload(input: $input) {
    uploadUrl
    attachmentId
  }
}
    `) as unknown as TypedDocumentString<WebRequestAttachmentUploadMutation, WebRequestAttachmentUploadMutationVariables>;
export const WebRemoveAttachmentDocument = new TypedDocumentString(`
    mutation WebRemoveAttachment($id: ID!) {
  removeAttachment(id: $id)
}
    `) as unknown as TypedDocumentString<WebRemoveAttachmentMutation, WebRemoveAttachmentMutationVariables>;
export const WebOfficerCaseStudyOptionsDocument = new TypedDocumentString(`
    query WebOfficerCaseStudyOptions($officer: Boolean!, $own: String!) {
  colleagues @include(if: $officer) {
    id
    displayName
  }
  own: municipality(slug: $own) @include(if: $officer) {
    contactRoles {
      id
      name
      holder {
        displayName
      }
    }
  }
  topics {
    slug
    name
    nameEn
  }
  municipalities(first: 100) {
    edges {
      node {
        id
        slug
        name
      }
    }
  }
  fundingProgrammes {
    id
    name
    provider
  }
  partners(filter: {statuses: [ACTIVE]}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerCaseStudyOptionsQuery, WebOfficerCaseStudyOptionsQueryVariables>;
export const WebOfficerCaseStudyDocument = new TypedDocumentString(`
    query WebOfficerCaseStudy($slug: String!, $own: String!) {
  caseStudy(slug: $slug) {
    id
    slug
    title
    summary
    problem
    solution
    results
    lessonsLearned
    problemHtml
    solutionHtml
    resultsHtml
    lessonsLearnedHtml
    maturity
    status
    visibility
    revision
    costs {
      oneOff
      yearly
    }
    fundingProgramme
    fundingUrl
    partners
    tags
    fundedBy {
      id
    }
    partnerOrganisations {
      id
      name
    }
    links {
      label
      url
    }
    repositoryUrl
    publiccodeYml
    contact {
      id
      displayName
    }
    contactRole {
      id
      name
      holder {
        displayName
      }
    }
    municipality {
      id
      slug
      name
      contacts {
        id
        displayName
      }
    }
    coOwners {
      id
      slug
      name
      contacts {
        id
        displayName
      }
    }
    topics {
      slug
    }
    reviewDecisions {
      decision
      comment
      createdAt
      revision
    }
    revisions {
      revision
      createdAt
    }
    attachments {
      id
      title
      fileName
      contentType
      size
      licenceName
      licenceUrl
      scanStatus
      previewUrl
    }
  }
  colleagues {
    id
    displayName
  }
  own: municipality(slug: $own) {
    contactRoles {
      id
      name
      holder {
        displayName
      }
    }
  }
  topics {
    slug
    name
    nameEn
  }
  municipalities(first: 100) {
    edges {
      node {
        id
        slug
        name
      }
    }
  }
  fundingProgrammes {
    id
    name
    provider
  }
  partners(filter: {statuses: [ACTIVE]}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerCaseStudyQuery, WebOfficerCaseStudyQueryVariables>;
export const WebCreateCaseStudyDocument = new TypedDocumentString(`
    mutation WebCreateCaseStudy($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
    slug
    title
  }
}
    `) as unknown as TypedDocumentString<WebCreateCaseStudyMutation, WebCreateCaseStudyMutationVariables>;
export const WebUpdateCaseStudyDocument = new TypedDocumentString(`
    mutation WebUpdateCaseStudy($id: ID!, $input: UpdateCaseStudyInput!) {
  updateCaseStudy(id: $id, input: $input) {
    id
    slug
    title
    revision
    status
  }
}
    `) as unknown as TypedDocumentString<WebUpdateCaseStudyMutation, WebUpdateCaseStudyMutationVariables>;
export const WebSubmitCaseStudyDocument = new TypedDocumentString(`
    mutation WebSubmitCaseStudy($id: ID!) {
  submitCaseStudy(id: $id) {
    id
    status
    title
  }
}
    `) as unknown as TypedDocumentString<WebSubmitCaseStudyMutation, WebSubmitCaseStudyMutationVariables>;
export const WebOfficerContactRolesDocument = new TypedDocumentString(`
    query WebOfficerContactRoles($slug: String!) {
  municipality(slug: $slug) {
    id
    contactRoles {
      id
      name
      holder {
        id
        displayName
      }
      deputy {
        id
        displayName
      }
    }
  }
  colleagues {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<WebOfficerContactRolesQuery, WebOfficerContactRolesQueryVariables>;
export const WebCreateContactRoleDocument = new TypedDocumentString(`
    mutation WebCreateContactRole($input: CreateContactRoleInput!) {
  createContactRole(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebCreateContactRoleMutation, WebCreateContactRoleMutationVariables>;
export const WebUpdateContactRoleDocument = new TypedDocumentString(`
    mutation WebUpdateContactRole($id: ID!, $input: UpdateContactRoleInput!) {
  updateContactRole(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebUpdateContactRoleMutation, WebUpdateContactRoleMutationVariables>;
export const WebDeleteContactRoleDocument = new TypedDocumentString(`
    mutation WebDeleteContactRole($id: ID!) {
  deleteContactRole(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebDeleteContactRoleMutation, WebDeleteContactRoleMutationVariables>;
export const WebOfficerEventOptionsDocument = new TypedDocumentString(`
    query WebOfficerEventOptions {
  topics {
    slug
    name
    nameEn
  }
  partners(filter: {statuses: [ACTIVE]}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerEventOptionsQuery, WebOfficerEventOptionsQueryVariables>;
export const WebOfficerEventDocument = new TypedDocumentString(`
    query WebOfficerEvent($id: ID!) {
  event(id: $id) {
    id
    title
    description
    startsAt
    endsAt
    format
    location
    onlineUrl
    capacity
    registrationDeadline
    visibility
    status
    registeredCount
    waitlistCount
    reviewDecisions {
      decision
      comment
      createdAt
    }
    organiser {
      id
      slug
      name
    }
    topics {
      slug
    }
    attachments {
      id
      title
      fileName
      contentType
      size
      licenceName
      licenceUrl
      scanStatus
      previewUrl
    }
    partnerOrganisations {
      id
      name
    }
  }
  topics {
    slug
    name
    nameEn
  }
  partners(filter: {statuses: [ACTIVE]}, first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerEventQuery, WebOfficerEventQueryVariables>;
export const WebCreateEventDocument = new TypedDocumentString(`
    mutation WebCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<WebCreateEventMutation, WebCreateEventMutationVariables>;
export const WebUpdateEventDocument = new TypedDocumentString(`
    mutation WebUpdateEvent($id: ID!, $input: UpdateEventInput!) {
  updateEvent(id: $id, input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<WebUpdateEventMutation, WebUpdateEventMutationVariables>;
export const WebSubmitEventDocument = new TypedDocumentString(`
    mutation WebSubmitEvent($id: ID!) {
  submitEvent(id: $id) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<WebSubmitEventMutation, WebSubmitEventMutationVariables>;
export const WebCancelEventDocument = new TypedDocumentString(`
    mutation WebCancelEvent($id: ID!, $reason: String!) {
  cancelEvent(id: $id, reason: $reason) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<WebCancelEventMutation, WebCancelEventMutationVariables>;
export const WebOfficerInviteDocument = new TypedDocumentString(`
    mutation WebOfficerInvite($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    email
    expiresAt
    role
  }
}
    `) as unknown as TypedDocumentString<WebOfficerInviteMutation, WebOfficerInviteMutationVariables>;
export const WebOfficerRegistrationsDocument = new TypedDocumentString(`
    query WebOfficerRegistrations($id: ID!, $after: String) {
  event(id: $id) {
    id
    organiser {
      id
    }
    registrations(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          status
          createdAt
          updatedAt
          waitlistedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerRegistrationsQuery, WebOfficerRegistrationsQueryVariables>;
export const WebOfficerReuseDocument = new TypedDocumentString(`
    query WebOfficerReuse {
  received: reuseRequests(direction: RECEIVED, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        message
        createdAt
        municipality {
          id
          name
        }
        caseStudy {
          slug
          title
        }
      }
    }
  }
  sent: reuseRequests(direction: SENT, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        message
        createdAt
        updatedAt
        caseStudy {
          slug
          title
          municipality {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerReuseQuery, WebOfficerReuseQueryVariables>;
export const WebUpdateReuseRequestDocument = new TypedDocumentString(`
    mutation WebUpdateReuseRequest($id: ID!, $status: ReuseStatus!) {
  updateReuseRequest(id: $id, status: $status) {
    id
    status
    municipality {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebUpdateReuseRequestMutation, WebUpdateReuseRequestMutationVariables>;
export const WebReuseCaseStudyDocument = new TypedDocumentString(`
    query WebReuseCaseStudy($slug: String!) {
  caseStudy(slug: $slug) {
    id
    slug
    title
    status
    municipality {
      id
      name
    }
    coOwners {
      id
      name
    }
    reuseRequests {
      id
      status
      createdAt
      municipality {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebReuseCaseStudyQuery, WebReuseCaseStudyQueryVariables>;
export const WebRequestReuseDocument = new TypedDocumentString(`
    mutation WebRequestReuse($caseStudyId: ID!, $message: String!) {
  requestReuse(caseStudyId: $caseStudyId, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebRequestReuseMutation, WebRequestReuseMutationVariables>;
export const WebOfficerOverviewDocument = new TypedDocumentString(`
    query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {
  caseStudies(
    first: 100
    filter: {municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}
  ) {
    totalCount
    edges {
      node {
        id
        slug
        title
        status
        updatedAt
        revision
      }
    }
  }
  sentBack: caseStudies(
    first: 100
    filter: {municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED]}
  ) {
    totalCount
    edges {
      node {
        id
        slug
        title
        status
        updatedAt
        revision
        reviewDecisions {
          decision
          comment
          createdAt
        }
      }
    }
  }
  events(
    first: 100
    filter: {from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED]}
  ) {
    totalCount
    edges {
      node {
        id
        title
        status
        startsAt
        updatedAt
        capacity
        registeredCount
        waitlistCount
      }
    }
  }
  eventsSentBack: events(
    first: 100
    filter: {from: $from, municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED]}
  ) {
    edges {
      node {
        id
        reviewDecisions {
          decision
          comment
          createdAt
        }
      }
    }
  }
  openReuse: reuseRequests(direction: RECEIVED, first: 100) {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebOfficerOverviewQuery, WebOfficerOverviewQueryVariables>;
export const WebPartnerProfileDocument = new TypedDocumentString(`
    query WebPartnerProfile($slug: String!) {
  partner(slug: $slug) {
    id
    slug
    name
    website
    description
    contactEmail
    viewerCanEdit
    topics {
      slug
    }
  }
  topics {
    id
    slug
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<WebPartnerProfileQuery, WebPartnerProfileQueryVariables>;
export const WebUpdatePartnerProfileDocument = new TypedDocumentString(`
    mutation WebUpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {
  updatePartnerProfile(id: $id, input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<WebUpdatePartnerProfileMutation, WebUpdatePartnerProfileMutationVariables>;
export const WebInvitePartnerPersonDocument = new TypedDocumentString(`
    mutation WebInvitePartnerPerson($input: InvitePartnerPersonInput!) {
  invitePartnerPerson(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<WebInvitePartnerPersonMutation, WebInvitePartnerPersonMutationVariables>;
export const WebCaseStudyListDocument = new TypedDocumentString(`
    query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {
  caseStudies(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        title
        summary
        maturity
        publishedAt
        municipality {
          name
          slug
        }
        topics {
          slug
          name
          nameEn
        }
      }
    }
  }
  topics {
    slug
    name
    nameEn
  }
  municipalities(first: 100) {
    edges {
      node {
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCaseStudyListQuery, WebCaseStudyListQueryVariables>;
export const WebCaseStudyDocument = new TypedDocumentString(`
    query WebCaseStudy($slug: String!) {
  caseStudy(slug: $slug) {
    id
    slug
    title
    summary
    maturity
    status
    visibility
    publishedAt
    lastConfirmedAt
    updatedAt
    revision
    problemHtml
    solutionHtml
    resultsHtml
    lessonsLearnedHtml
    costs {
      oneOff
      yearly
    }
    fundingProgramme
    fundingUrl
    partners
    tags
    fundedBy {
      id
      name
      provider
      url
      deadline
    }
    partnerOrganisations {
      slug
      name
    }
    links {
      label
      url
    }
    software {
      name
      licence
      maintenanceType
      maintainers
      developmentStatus
      repositoryUrl
      platform
    }
    contact {
      displayName
      email
    }
    contactRole {
      id
      name
      municipality {
        name
        kind
      }
    }
    municipality {
      name
      slug
    }
    coOwners {
      name
      slug
    }
    reusedBy {
      name
      slug
    }
    topics {
      slug
      name
      nameEn
    }
    attachments {
      id
      title
      fileName
      contentType
      size
      licenceName
      licenceUrl
      scanStatus
      previewUrl
    }
  }
}
    `) as unknown as TypedDocumentString<WebCaseStudyQuery, WebCaseStudyQueryVariables>;
export const WebEventListDocument = new TypedDocumentString(`
    query WebEventList($filter: EventFilterInput, $first: Int!, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        startsAt
        endsAt
        format
        location
        status
        organiser {
          name
          slug
        }
      }
    }
  }
  topics {
    slug
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<WebEventListQuery, WebEventListQueryVariables>;
export const WebEventDocument = new TypedDocumentString(`
    query WebEvent($id: ID!) {
  event(id: $id) {
    id
    title
    descriptionHtml
    startsAt
    endsAt
    format
    location
    onlineUrl
    status
    cancelReason
    visibility
    capacity
    registeredCount
    waitlistCount
    registrationDeadline
    registrationOpen
    organiser {
      name
      slug
    }
    topics {
      slug
      name
      nameEn
    }
    partnerOrganisations {
      slug
      name
    }
    myRegistration {
      id
      status
      waitlistPosition
    }
    attachments {
      id
      title
      fileName
      contentType
      size
      licenceName
      licenceUrl
      scanStatus
      previewUrl
    }
  }
}
    `) as unknown as TypedDocumentString<WebEventQuery, WebEventQueryVariables>;
export const WebRegisterForEventDocument = new TypedDocumentString(`
    mutation WebRegisterForEvent($id: ID!) {
  registerForEvent(id: $id) {
    id
    status
    waitlistPosition
  }
}
    `) as unknown as TypedDocumentString<WebRegisterForEventMutation, WebRegisterForEventMutationVariables>;
export const WebCancelRegistrationDocument = new TypedDocumentString(`
    mutation WebCancelRegistration($id: ID!) {
  cancelRegistration(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebCancelRegistrationMutation, WebCancelRegistrationMutationVariables>;
export const WebFundingProgrammesDocument = new TypedDocumentString(`
    query WebFundingProgrammes {
  fundingProgrammes {
    id
    name
    provider
    url
    deadline
    topics {
      slug
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<WebFundingProgrammesQuery, WebFundingProgrammesQueryVariables>;
export const WebHomeDocument = new TypedDocumentString(`
    query WebHome($from: DateTime!) {
  caseStudies(first: 6) {
    totalCount
    edges {
      node {
        id
        slug
        title
        summary
        maturity
        publishedAt
        municipality {
          name
        }
      }
    }
  }
  events(first: 4, filter: {from: $from}) {
    edges {
      node {
        id
        title
        startsAt
        format
        status
        organiser {
          name
        }
      }
    }
  }
  topics {
    slug
    name
    nameEn
    description
    descriptionEn
  }
  municipalities(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebHomeQuery, WebHomeQueryVariables>;
export const WebMunicipalityListDocument = new TypedDocumentString(`
    query WebMunicipalityList($filter: MunicipalityFilterInput, $first: Int!, $after: String) {
  municipalities(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        name
        kind
        state
        status
        joinedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebMunicipalityListQuery, WebMunicipalityListQueryVariables>;
export const WebMunicipalityDocument = new TypedDocumentString(`
    query WebMunicipality($slug: String!, $slugs: [String!]!, $from: DateTime!, $signedIn: Boolean!, $locale: Locale!) {
  municipality(slug: $slug) {
    id
    slug
    name
    kind
    state
    website
    status
    joinedAt
    contacts {
      id
      displayName
      email
    }
    contactRoles {
      id
      name
      holder {
        id
        displayName
        email
      }
      deputy {
        id
        displayName
      }
    }
    similarPractices(first: 3) {
      reason(locale: $locale)
      caseStudy {
        id
        slug
        title
        municipality {
          name
        }
      }
    }
  }
  caseStudies(filter: {municipalitySlugs: $slugs}, first: 12) {
    totalCount
    edges {
      node {
        id
        slug
        title
        summary
        maturity
        publishedAt
        municipality {
          name
        }
      }
    }
  }
  events(filter: {municipalitySlugs: $slugs, from: $from}, first: 6) {
    edges {
      node {
        id
        title
        startsAt
        endsAt
        format
        location
        status
        organiser {
          name
        }
      }
    }
  }
  mySubscriptions @include(if: $signedIn) {
    id
    frequency
    municipality {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<WebMunicipalityQuery, WebMunicipalityQueryVariables>;
export const WebPartnerListDocument = new TypedDocumentString(`
    query WebPartnerList($first: Int!, $after: String) {
  partners(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        name
        kind
        status
        joinedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebPartnerListQuery, WebPartnerListQueryVariables>;
export const WebPartnerDocument = new TypedDocumentString(`
    query WebPartner($slug: String!, $slugs: [String!]!, $signedIn: Boolean!) {
  partner(slug: $slug) {
    id
    slug
    name
    kind
    website
    contactEmail
    descriptionHtml
    status
    joinedAt
    viewerCanEdit
    topics {
      slug
      name
      nameEn
    }
    officers {
      id
      displayName
    }
  }
  caseStudies(filter: {partnerSlugs: $slugs}, first: 24) {
    edges {
      node {
        id
        slug
        title
        summary
        maturity
        publishedAt
        municipality {
          name
        }
      }
    }
  }
  events(filter: {partnerSlugs: $slugs, from: "2000-01-01T00:00:00Z"}, first: 24) {
    edges {
      node {
        id
        title
        startsAt
        endsAt
        format
        location
        status
        organiser {
          name
        }
      }
    }
  }
  mySubscriptions @include(if: $signedIn) {
    id
    frequency
    partner {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<WebPartnerQuery, WebPartnerQueryVariables>;
export const WebSearchDocument = new TypedDocumentString(`
    query WebSearch($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    totalCount
    edges {
      cursor
      snippet
      node {
        __typename
        ... on CaseStudy {
          id
          slug
          title
          publishedAt
          municipality {
            name
          }
        }
        ... on Event {
          id
          title
          startsAt
          endsAt
          status
          organiser {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSearchQuery, WebSearchQueryVariables>;
export const WebTopicsDocument = new TypedDocumentString(`
    query WebTopics {
  topics {
    slug
    name
    nameEn
    description
    descriptionEn
  }
}
    `) as unknown as TypedDocumentString<WebTopicsQuery, WebTopicsQueryVariables>;
export const WebTopicDocument = new TypedDocumentString(`
    query WebTopic($slugs: [String!]!, $slug: String!, $from: DateTime!, $signedIn: Boolean!) {
  topics {
    id
    slug
    name
    nameEn
    description
    descriptionEn
  }
  caseStudies(filter: {topicSlugs: $slugs}, first: 12) {
    totalCount
    edges {
      node {
        id
        slug
        title
        summary
        maturity
        publishedAt
        municipality {
          name
        }
      }
    }
  }
  events(filter: {topicSlugs: $slugs, from: $from}, first: 6) {
    totalCount
    edges {
      node {
        id
        title
        startsAt
        endsAt
        format
        location
        status
        organiser {
          name
        }
      }
    }
  }
  mySubscriptions @include(if: $signedIn) {
    id
    frequency
    topic {
      slug
    }
  }
  fundingProgrammes(topicSlug: $slug, deadlineWithinDays: 30) {
    id
    name
    provider
    url
    deadline
  }
}
    `) as unknown as TypedDocumentString<WebTopicQuery, WebTopicQueryVariables>;
export const WebViewerDocument = new TypedDocumentString(`
    query WebViewer {
  me {
    id
    displayName
    email
    role
    locale
    unreadNotificationCount
    municipality {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebViewerQuery, WebViewerQueryVariables>;
export const WebRefreshSessionDocument = new TypedDocumentString(`
    mutation WebRefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebRefreshSessionMutation, WebRefreshSessionMutationVariables>;