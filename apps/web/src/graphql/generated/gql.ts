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
    "\n  query WebOfficerCaseStudyOptions {\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n  }\n": typeof types.WebOfficerCaseStudyOptionsDocument,
    "\n  query WebOfficerCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary problem solution results lessonsLearned\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      maturity status visibility revision\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      links { label url }\n      contact { displayName }\n      municipality { id slug name }\n      coOwners { id slug name }\n      topics { slug }\n      reviewDecisions { decision comment createdAt revision }\n      revisions { revision createdAt }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n  }\n": typeof types.WebOfficerCaseStudyDocument,
    "\n  mutation WebCreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) { id slug title }\n  }\n": typeof types.WebCreateCaseStudyDocument,
    "\n  mutation WebUpdateCaseStudy($id: ID!, $input: UpdateCaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) { id slug title revision status }\n  }\n": typeof types.WebUpdateCaseStudyDocument,
    "\n  mutation WebSubmitCaseStudy($id: ID!) {\n    submitCaseStudy(id: $id) { id status title }\n  }\n": typeof types.WebSubmitCaseStudyDocument,
    "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges {\n        node {\n          id slug title status updatedAt revision\n          reviewDecisions { decision comment createdAt }\n          reuseRequests { id status }\n        }\n      }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n  }\n": typeof types.WebOfficerOverviewDocument,
    "\n  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {\n    caseStudies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug title summary maturity publishedAt\n          municipality { name slug }\n          topics { slug name nameEn }\n        }\n      }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { slug name } } }\n  }\n": typeof types.WebCaseStudyListDocument,
    "\n  query WebCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary maturity status visibility publishedAt updatedAt revision\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      links { label url }\n      contact { displayName email }\n      municipality { name slug }\n      coOwners { name slug }\n      reusedBy { name slug }\n      topics { slug name nameEn }\n    }\n  }\n": typeof types.WebCaseStudyDocument,
    "\n  query WebHome($from: DateTime!) {\n    caseStudies(first: 6) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(first: 4, filter: { from: $from }) {\n      edges { node { id title startsAt format status organiser { name } } }\n    }\n    topics { slug name nameEn description descriptionEn }\n    municipalities(first: 1) { totalCount }\n  }\n": typeof types.WebHomeDocument,
    "\n  query WebViewer {\n    me {\n      id\n      displayName\n      email\n      role\n      locale\n      unreadNotificationCount\n      municipality { id slug name }\n    }\n  }\n": typeof types.WebViewerDocument,
    "\n  mutation WebRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id }\n    }\n  }\n": typeof types.WebRefreshSessionDocument,
};
const documents: Documents = {
    "\n  mutation WebLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n": types.WebLoginDocument,
    "\n  mutation WebLogout {\n    logout\n  }\n": types.WebLogoutDocument,
    "\n  query WebOfficerCaseStudyOptions {\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n  }\n": types.WebOfficerCaseStudyOptionsDocument,
    "\n  query WebOfficerCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary problem solution results lessonsLearned\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      maturity status visibility revision\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      links { label url }\n      contact { displayName }\n      municipality { id slug name }\n      coOwners { id slug name }\n      topics { slug }\n      reviewDecisions { decision comment createdAt revision }\n      revisions { revision createdAt }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n  }\n": types.WebOfficerCaseStudyDocument,
    "\n  mutation WebCreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) { id slug title }\n  }\n": types.WebCreateCaseStudyDocument,
    "\n  mutation WebUpdateCaseStudy($id: ID!, $input: UpdateCaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) { id slug title revision status }\n  }\n": types.WebUpdateCaseStudyDocument,
    "\n  mutation WebSubmitCaseStudy($id: ID!) {\n    submitCaseStudy(id: $id) { id status title }\n  }\n": types.WebSubmitCaseStudyDocument,
    "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges {\n        node {\n          id slug title status updatedAt revision\n          reviewDecisions { decision comment createdAt }\n          reuseRequests { id status }\n        }\n      }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n  }\n": types.WebOfficerOverviewDocument,
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
export function graphql(source: "\n  query WebOfficerCaseStudyOptions {\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n  }\n"): typeof import('./graphql').WebOfficerCaseStudyOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary problem solution results lessonsLearned\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      maturity status visibility revision\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      links { label url }\n      contact { displayName }\n      municipality { id slug name }\n      coOwners { id slug name }\n      topics { slug }\n      reviewDecisions { decision comment createdAt revision }\n      revisions { revision createdAt }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n  }\n"): typeof import('./graphql').WebOfficerCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) { id slug title }\n  }\n"): typeof import('./graphql').WebCreateCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateCaseStudy($id: ID!, $input: UpdateCaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) { id slug title revision status }\n  }\n"): typeof import('./graphql').WebUpdateCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubmitCaseStudy($id: ID!) {\n    submitCaseStudy(id: $id) { id status title }\n  }\n"): typeof import('./graphql').WebSubmitCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges {\n        node {\n          id slug title status updatedAt revision\n          reviewDecisions { decision comment createdAt }\n          reuseRequests { id status }\n        }\n      }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n  }\n"): typeof import('./graphql').WebOfficerOverviewDocument;
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
