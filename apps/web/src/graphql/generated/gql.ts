/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation WebLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n": typeof types.WebLoginDocument,
    "\n  mutation WebLogout {\n    logout\n  }\n": typeof types.WebLogoutDocument,
    "\n  query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {\n    membershipApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id municipalityName kind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n          municipality { slug status }\n        }\n      }\n    }\n  }\n": typeof types.WebApplicationsDocument,
    "\n  mutation WebDecideApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideMembershipApplication(id: $id, approve: $approve, comment: $comment) { id status municipalityName applicantEmail }\n  }\n": typeof types.WebDecideApplicationDocument,
    "\n  query WebAuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorId actorLabel subjectType subjectId details } }\n    }\n  }\n": typeof types.WebAuditLogDocument,
    "\n  query WebCoordinatorDashboard {\n    reviewQueue(first: 1) { totalCount }\n    reports(status: OPEN, first: 1) { totalCount }\n    membershipApplications(status: APPLIED, first: 1) { totalCount }\n    failedDeliveries(first: 1) { totalCount }\n  }\n": typeof types.WebCoordinatorDashboardDocument,
    "\n  query WebNetworkStats($from: DateTime!, $to: DateTime!) {\n    networkStats(from: $from, to: $to) {\n      municipalityId name slug state caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted\n    }\n  }\n": typeof types.WebNetworkStatsDocument,
    "\n  query WebFailedDeliveries($after: String) {\n    failedDeliveries(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recipient template attempts lastError createdAt } }\n    }\n  }\n": typeof types.WebFailedDeliveriesDocument,
    "\n  query WebCoordinatorMunicipalities($filter: MunicipalityFilterInput, $after: String) {\n    municipalities(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n": typeof types.WebCoordinatorMunicipalitiesDocument,
    "\n  mutation WebSuspendMunicipality($id: ID!, $reason: String!) { suspendMunicipality(id: $id, reason: $reason) { id name status } }\n": typeof types.WebSuspendMunicipalityDocument,
    "\n  mutation WebReinstateMunicipality($id: ID!) { reinstateMunicipality(id: $id) { id name status } }\n": typeof types.WebReinstateMunicipalityDocument,
    "\n  query WebCoordinatorUsers($filter: UserFilterInput, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id displayName email role status lastLoginAt createdAt municipality { name } } }\n    }\n  }\n": typeof types.WebCoordinatorUsersDocument,
    "\n  mutation WebSetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id displayName role } }\n": typeof types.WebSetUserRoleDocument,
    "\n  mutation WebDisableUser($id: ID!) { disableUser(id: $id) { id displayName status } }\n": typeof types.WebDisableUserDocument,
    "\n  query WebInviteOptions {\n    municipalities(first: 100) { edges { node { id name } } }\n  }\n": typeof types.WebInviteOptionsDocument,
    "\n  mutation WebInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email role } }\n": typeof types.WebInviteUserDocument,
    "\n  query WebReports($status: ReportStatus, $after: String) {\n    reports(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id reason note status resolution createdAt resolvedAt subjectType subjectId\n          reporter { displayName email }\n          subject {\n            __typename\n            ... on CaseStudy { slug title status municipality { name } }\n            ... on Event { id title status organiser { name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebReportsDocument,
    "\n  mutation WebResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) { id status }\n  }\n": typeof types.WebResolveReportDocument,
    "\n  query WebReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId subjectType title submittedAt revision changedFields municipality { name } } }\n    }\n  }\n": typeof types.WebReviewQueueDocument,
    "\n  query WebReviewQueueIds($after: String) {\n    reviewQueue(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId } }\n    }\n  }\n": typeof types.WebReviewQueueIdsDocument,
    "\n  query WebReviewItem($after: String) {\n    reviewQueue(first: 1, after: $after) {\n      edges {\n        node {\n          subjectId subjectType title submittedAt revision changedFields lastComment\n          municipality { name slug }\n          subject {\n            __typename\n            ... on CaseStudy {\n              id slug summary maturity visibility\n              problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n              topics { slug name nameEn }\n              revisions { revision snapshot }\n              reviewDecisions { revision decision createdAt }\n            }\n            ... on Event { id descriptionHtml startsAt endsAt format location visibility }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebReviewItemDocument,
    "\n  mutation WebApprove($subjectId: ID!, $comment: String) { approve(subjectId: $subjectId, comment: $comment) { subjectId } }\n": typeof types.WebApproveDocument,
    "\n  mutation WebRequestChanges($subjectId: ID!, $comment: String!) { requestChanges(subjectId: $subjectId, comment: $comment) { subjectId } }\n": typeof types.WebRequestChangesDocument,
    "\n  mutation WebReject($subjectId: ID!, $comment: String!) { reject(subjectId: $subjectId, comment: $comment) { subjectId } }\n": typeof types.WebRejectDocument,
    "\n  query WebCoordinatorTopics { topics { id slug name nameEn description } }\n": typeof types.WebCoordinatorTopicsDocument,
    "\n  mutation WebCreateTopic($input: CreateTopicInput!) { createTopic(input: $input) { id slug name } }\n": typeof types.WebCreateTopicDocument,
    "\n  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {\n    caseStudies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug title summary maturity publishedAt\n          municipality { name slug }\n          topics { slug name nameEn }\n        }\n      }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { slug name } } }\n  }\n": typeof types.WebCaseStudyListDocument,
    "\n  query WebCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary maturity status visibility publishedAt updatedAt revision\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      links { label url }\n      contact { displayName email }\n      municipality { name slug }\n      coOwners { name slug }\n      reusedBy { name slug }\n      topics { slug name nameEn }\n    }\n  }\n": typeof types.WebCaseStudyDocument,
    "\n  query WebHome($from: DateTime!) {\n    caseStudies(first: 6) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(first: 4, filter: { from: $from }) {\n      edges { node { id title startsAt format status organiser { name } } }\n    }\n    topics { slug name nameEn description descriptionEn }\n    municipalities(first: 1) { totalCount }\n  }\n": typeof types.WebHomeDocument,
    "\n  query WebViewer {\n    me {\n      id\n      displayName\n      email\n      role\n      locale\n      unreadNotificationCount\n      municipality { id slug name }\n    }\n  }\n": typeof types.WebViewerDocument,
    "\n  mutation WebRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id }\n    }\n  }\n": typeof types.WebRefreshSessionDocument,
};
const documents: Documents = {
    "\n  mutation WebLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n": types.WebLoginDocument,
    "\n  mutation WebLogout {\n    logout\n  }\n": types.WebLogoutDocument,
    "\n  query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {\n    membershipApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id municipalityName kind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n          municipality { slug status }\n        }\n      }\n    }\n  }\n": types.WebApplicationsDocument,
    "\n  mutation WebDecideApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideMembershipApplication(id: $id, approve: $approve, comment: $comment) { id status municipalityName applicantEmail }\n  }\n": types.WebDecideApplicationDocument,
    "\n  query WebAuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorId actorLabel subjectType subjectId details } }\n    }\n  }\n": types.WebAuditLogDocument,
    "\n  query WebCoordinatorDashboard {\n    reviewQueue(first: 1) { totalCount }\n    reports(status: OPEN, first: 1) { totalCount }\n    membershipApplications(status: APPLIED, first: 1) { totalCount }\n    failedDeliveries(first: 1) { totalCount }\n  }\n": types.WebCoordinatorDashboardDocument,
    "\n  query WebNetworkStats($from: DateTime!, $to: DateTime!) {\n    networkStats(from: $from, to: $to) {\n      municipalityId name slug state caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted\n    }\n  }\n": types.WebNetworkStatsDocument,
    "\n  query WebFailedDeliveries($after: String) {\n    failedDeliveries(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recipient template attempts lastError createdAt } }\n    }\n  }\n": types.WebFailedDeliveriesDocument,
    "\n  query WebCoordinatorMunicipalities($filter: MunicipalityFilterInput, $after: String) {\n    municipalities(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n": types.WebCoordinatorMunicipalitiesDocument,
    "\n  mutation WebSuspendMunicipality($id: ID!, $reason: String!) { suspendMunicipality(id: $id, reason: $reason) { id name status } }\n": types.WebSuspendMunicipalityDocument,
    "\n  mutation WebReinstateMunicipality($id: ID!) { reinstateMunicipality(id: $id) { id name status } }\n": types.WebReinstateMunicipalityDocument,
    "\n  query WebCoordinatorUsers($filter: UserFilterInput, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id displayName email role status lastLoginAt createdAt municipality { name } } }\n    }\n  }\n": types.WebCoordinatorUsersDocument,
    "\n  mutation WebSetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id displayName role } }\n": types.WebSetUserRoleDocument,
    "\n  mutation WebDisableUser($id: ID!) { disableUser(id: $id) { id displayName status } }\n": types.WebDisableUserDocument,
    "\n  query WebInviteOptions {\n    municipalities(first: 100) { edges { node { id name } } }\n  }\n": types.WebInviteOptionsDocument,
    "\n  mutation WebInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email role } }\n": types.WebInviteUserDocument,
    "\n  query WebReports($status: ReportStatus, $after: String) {\n    reports(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id reason note status resolution createdAt resolvedAt subjectType subjectId\n          reporter { displayName email }\n          subject {\n            __typename\n            ... on CaseStudy { slug title status municipality { name } }\n            ... on Event { id title status organiser { name } }\n          }\n        }\n      }\n    }\n  }\n": types.WebReportsDocument,
    "\n  mutation WebResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) { id status }\n  }\n": types.WebResolveReportDocument,
    "\n  query WebReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId subjectType title submittedAt revision changedFields municipality { name } } }\n    }\n  }\n": types.WebReviewQueueDocument,
    "\n  query WebReviewQueueIds($after: String) {\n    reviewQueue(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId } }\n    }\n  }\n": types.WebReviewQueueIdsDocument,
    "\n  query WebReviewItem($after: String) {\n    reviewQueue(first: 1, after: $after) {\n      edges {\n        node {\n          subjectId subjectType title submittedAt revision changedFields lastComment\n          municipality { name slug }\n          subject {\n            __typename\n            ... on CaseStudy {\n              id slug summary maturity visibility\n              problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n              topics { slug name nameEn }\n              revisions { revision snapshot }\n              reviewDecisions { revision decision createdAt }\n            }\n            ... on Event { id descriptionHtml startsAt endsAt format location visibility }\n          }\n        }\n      }\n    }\n  }\n": types.WebReviewItemDocument,
    "\n  mutation WebApprove($subjectId: ID!, $comment: String) { approve(subjectId: $subjectId, comment: $comment) { subjectId } }\n": types.WebApproveDocument,
    "\n  mutation WebRequestChanges($subjectId: ID!, $comment: String!) { requestChanges(subjectId: $subjectId, comment: $comment) { subjectId } }\n": types.WebRequestChangesDocument,
    "\n  mutation WebReject($subjectId: ID!, $comment: String!) { reject(subjectId: $subjectId, comment: $comment) { subjectId } }\n": types.WebRejectDocument,
    "\n  query WebCoordinatorTopics { topics { id slug name nameEn description } }\n": types.WebCoordinatorTopicsDocument,
    "\n  mutation WebCreateTopic($input: CreateTopicInput!) { createTopic(input: $input) { id slug name } }\n": types.WebCreateTopicDocument,
    "\n  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {\n    caseStudies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug title summary maturity publishedAt\n          municipality { name slug }\n          topics { slug name nameEn }\n        }\n      }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { slug name } } }\n  }\n": types.WebCaseStudyListDocument,
    "\n  query WebCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary maturity status visibility publishedAt updatedAt revision\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      links { label url }\n      contact { displayName email }\n      municipality { name slug }\n      coOwners { name slug }\n      reusedBy { name slug }\n      topics { slug name nameEn }\n    }\n  }\n": types.WebCaseStudyDocument,
    "\n  query WebHome($from: DateTime!) {\n    caseStudies(first: 6) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(first: 4, filter: { from: $from }) {\n      edges { node { id title startsAt format status organiser { name } } }\n    }\n    topics { slug name nameEn description descriptionEn }\n    municipalities(first: 1) { totalCount }\n  }\n": types.WebHomeDocument,
    "\n  query WebViewer {\n    me {\n      id\n      displayName\n      email\n      role\n      locale\n      unreadNotificationCount\n      municipality { id slug name }\n    }\n  }\n": types.WebViewerDocument,
    "\n  mutation WebRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id }\n    }\n  }\n": types.WebRefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n"): typeof import('./graphql').WebLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebLogout {\n    logout\n  }\n"): typeof import('./graphql').WebLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {\n    membershipApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id municipalityName kind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n          municipality { slug status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDecideApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideMembershipApplication(id: $id, approve: $approve, comment: $comment) { id status municipalityName applicantEmail }\n  }\n"): typeof import('./graphql').WebDecideApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorId actorLabel subjectType subjectId details } }\n    }\n  }\n"): typeof import('./graphql').WebAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCoordinatorDashboard {\n    reviewQueue(first: 1) { totalCount }\n    reports(status: OPEN, first: 1) { totalCount }\n    membershipApplications(status: APPLIED, first: 1) { totalCount }\n    failedDeliveries(first: 1) { totalCount }\n  }\n"): typeof import('./graphql').WebCoordinatorDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNetworkStats($from: DateTime!, $to: DateTime!) {\n    networkStats(from: $from, to: $to) {\n      municipalityId name slug state caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted\n    }\n  }\n"): typeof import('./graphql').WebNetworkStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFailedDeliveries($after: String) {\n    failedDeliveries(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recipient template attempts lastError createdAt } }\n    }\n  }\n"): typeof import('./graphql').WebFailedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCoordinatorMunicipalities($filter: MunicipalityFilterInput, $after: String) {\n    municipalities(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n"): typeof import('./graphql').WebCoordinatorMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSuspendMunicipality($id: ID!, $reason: String!) { suspendMunicipality(id: $id, reason: $reason) { id name status } }\n"): typeof import('./graphql').WebSuspendMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebReinstateMunicipality($id: ID!) { reinstateMunicipality(id: $id) { id name status } }\n"): typeof import('./graphql').WebReinstateMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCoordinatorUsers($filter: UserFilterInput, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id displayName email role status lastLoginAt createdAt municipality { name } } }\n    }\n  }\n"): typeof import('./graphql').WebCoordinatorUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id displayName role } }\n"): typeof import('./graphql').WebSetUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDisableUser($id: ID!) { disableUser(id: $id) { id displayName status } }\n"): typeof import('./graphql').WebDisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebInviteOptions {\n    municipalities(first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').WebInviteOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email role } }\n"): typeof import('./graphql').WebInviteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebReports($status: ReportStatus, $after: String) {\n    reports(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id reason note status resolution createdAt resolvedAt subjectType subjectId\n          reporter { displayName email }\n          subject {\n            __typename\n            ... on CaseStudy { slug title status municipality { name } }\n            ... on Event { id title status organiser { name } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) { id status }\n  }\n"): typeof import('./graphql').WebResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId subjectType title submittedAt revision changedFields municipality { name } } }\n    }\n  }\n"): typeof import('./graphql').WebReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebReviewQueueIds($after: String) {\n    reviewQueue(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId } }\n    }\n  }\n"): typeof import('./graphql').WebReviewQueueIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebReviewItem($after: String) {\n    reviewQueue(first: 1, after: $after) {\n      edges {\n        node {\n          subjectId subjectType title submittedAt revision changedFields lastComment\n          municipality { name slug }\n          subject {\n            __typename\n            ... on CaseStudy {\n              id slug summary maturity visibility\n              problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n              topics { slug name nameEn }\n              revisions { revision snapshot }\n              reviewDecisions { revision decision createdAt }\n            }\n            ... on Event { id descriptionHtml startsAt endsAt format location visibility }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebReviewItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebApprove($subjectId: ID!, $comment: String) { approve(subjectId: $subjectId, comment: $comment) { subjectId } }\n"): typeof import('./graphql').WebApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRequestChanges($subjectId: ID!, $comment: String!) { requestChanges(subjectId: $subjectId, comment: $comment) { subjectId } }\n"): typeof import('./graphql').WebRequestChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebReject($subjectId: ID!, $comment: String!) { reject(subjectId: $subjectId, comment: $comment) { subjectId } }\n"): typeof import('./graphql').WebRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCoordinatorTopics { topics { id slug name nameEn description } }\n"): typeof import('./graphql').WebCoordinatorTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateTopic($input: CreateTopicInput!) { createTopic(input: $input) { id slug name } }\n"): typeof import('./graphql').WebCreateTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {\n    caseStudies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug title summary maturity publishedAt\n          municipality { name slug }\n          topics { slug name nameEn }\n        }\n      }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { slug name } } }\n  }\n"): typeof import('./graphql').WebCaseStudyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary maturity status visibility publishedAt updatedAt revision\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      links { label url }\n      contact { displayName email }\n      municipality { name slug }\n      coOwners { name slug }\n      reusedBy { name slug }\n      topics { slug name nameEn }\n    }\n  }\n"): typeof import('./graphql').WebCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebHome($from: DateTime!) {\n    caseStudies(first: 6) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(first: 4, filter: { from: $from }) {\n      edges { node { id title startsAt format status organiser { name } } }\n    }\n    topics { slug name nameEn description descriptionEn }\n    municipalities(first: 1) { totalCount }\n  }\n"): typeof import('./graphql').WebHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebViewer {\n    me {\n      id\n      displayName\n      email\n      role\n      locale\n      unreadNotificationCount\n      municipality { id slug name }\n    }\n  }\n"): typeof import('./graphql').WebViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id }\n    }\n  }\n"): typeof import('./graphql').WebRefreshSessionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
