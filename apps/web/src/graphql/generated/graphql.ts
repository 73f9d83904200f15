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

export type CreateTopicInput = {
  description?: string | null | undefined;
  descriptionEn?: string | null | undefined;
  /** Name (deutsch) */
  name: string;
  /** Name (englisch) */
  nameEn: string;
  slug: string;
};

/** ON_SITE: vor Ort; ONLINE; HYBRID: vor Ort und online */
export type EventFormat =
  | 'HYBRID'
  | 'ONLINE'
  | 'ON_SITE';

export type InviteUserInput = {
  email: string;
  locale?: Locale | null | undefined;
  /** Für Digitalbeauftragte immer die eigene Kommune */
  municipalityId?: string | number | null | undefined;
  role: Role;
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

/** MEMBER: Mitglied; OFFICER: Digitalbeauftragte/r; COORDINATOR: Koordinierungsstelle */
export type Role =
  | 'COORDINATOR'
  | 'MEMBER'
  | 'OFFICER';

export type SubjectType =
  | 'CaseStudy'
  | 'Event';

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

export type WebLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type WebLoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, locale: Locale } } };

export type WebLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WebLogoutMutation = { logout: boolean };

export type WebApplicationsQueryVariables = Exact<{
  status?: ApplicationStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WebApplicationsQuery = { membershipApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, municipalityName: string, kind: MunicipalityKind, state: string, ags: string | null, website: string | null, applicantName: string, applicantEmail: string, motivation: string, status: ApplicationStatus, createdAt: string, decidedAt: string | null, decisionComment: string | null, municipality: { slug: string, status: MembershipStatus } | null } }> } };

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
}>;


export type WebNetworkStatsQuery = { networkStats: Array<{ municipalityId: string, name: string, slug: string, state: string, caseStudies: number, events: number, members: number, reuseRequestsReceived: number, reuseRequestsSent: number, reusesAdopted: number }> };

export type WebFailedDeliveriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebFailedDeliveriesQuery = { failedDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, recipient: string, template: string, attempts: number, lastError: string | null, createdAt: string } }> } };

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

export type WebReviewQueueIdsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebReviewQueueIdsQuery = { reviewQueue: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { subjectId: string } }> } };

export type WebReviewItemQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebReviewItemQuery = { reviewQueue: { edges: Array<{ node: { subjectId: string, subjectType: SubjectType, title: string, submittedAt: string, revision: number, changedFields: Array<string> | null, lastComment: string | null, municipality: { name: string, slug: string }, subject:
          | { __typename: 'CaseStudy', id: string, slug: string, summary: string, maturity: Maturity, visibility: Visibility, problemHtml: string, solutionHtml: string, resultsHtml: string, lessonsLearnedHtml: string, topics: Array<{ slug: string, name: string, nameEn: string }>, revisions: Array<{ revision: number, snapshot: string }>, reviewDecisions: Array<{ revision: number, decision: string, createdAt: string }> }
          | { __typename: 'Event', id: string, descriptionHtml: string, startsAt: string, endsAt: string, format: EventFormat, location: string | null, visibility: Visibility }
         } }> } };

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

export type WebCaseStudyListQueryVariables = Exact<{
  filter?: CaseStudyFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WebCaseStudyListQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string, slug: string }, topics: Array<{ slug: string, name: string, nameEn: string }> } }> }, topics: Array<{ slug: string, name: string, nameEn: string }>, municipalities: { edges: Array<{ node: { slug: string, name: string } }> } };

export type WebCaseStudyQueryVariables = Exact<{
  slug: string;
}>;


export type WebCaseStudyQuery = { caseStudy: { id: string, slug: string, title: string, summary: string, maturity: Maturity, status: ContentStatus, visibility: Visibility, publishedAt: string | null, updatedAt: string, revision: number, problemHtml: string, solutionHtml: string, resultsHtml: string, lessonsLearnedHtml: string, fundingProgramme: string | null, fundingUrl: string | null, partners: Array<string>, tags: Array<string>, costs: { oneOff: number | null, yearly: number | null }, links: Array<{ label: string, url: string }>, contact: { displayName: string, email: string | null } | null, municipality: { name: string, slug: string }, coOwners: Array<{ name: string, slug: string }>, reusedBy: Array<{ name: string, slug: string }>, topics: Array<{ slug: string, name: string, nameEn: string }> } };

export type WebHomeQueryVariables = Exact<{
  from: string;
}>;


export type WebHomeQuery = { caseStudies: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string } } }> }, events: { edges: Array<{ node: { id: string, title: string, startsAt: string, format: EventFormat, status: ContentStatus, organiser: { name: string } } }> }, topics: Array<{ slug: string, name: string, nameEn: string, description: string, descriptionEn: string }>, municipalities: { totalCount: number } };

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
    query WebNetworkStats($from: DateTime!, $to: DateTime!) {
  networkStats(from: $from, to: $to) {
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
export const WebReviewQueueIdsDocument = new TypedDocumentString(`
    query WebReviewQueueIds($after: String) {
  reviewQueue(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        subjectId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebReviewQueueIdsQuery, WebReviewQueueIdsQueryVariables>;
export const WebReviewItemDocument = new TypedDocumentString(`
    query WebReviewItem($after: String) {
  reviewQueue(first: 1, after: $after) {
    edges {
      node {
        subjectId
        subjectType
        title
        submittedAt
        revision
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
            reviewDecisions {
              revision
              decision
              createdAt
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
          }
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
    links {
      label
      url
    }
    contact {
      displayName
      email
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
  }
}
    `) as unknown as TypedDocumentString<WebCaseStudyQuery, WebCaseStudyQueryVariables>;
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