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
    "\n  query WebOfficerEventOptions {\n    topics { slug name nameEn }\n  }\n": typeof types.WebOfficerEventOptionsDocument,
    "\n  query WebOfficerEvent($id: ID!) {\n    event(id: $id) {\n      id title description startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status\n      registeredCount waitlistCount\n      organiser { id slug name }\n      topics { slug }\n    }\n    topics { slug name nameEn }\n  }\n": typeof types.WebOfficerEventDocument,
    "\n  mutation WebCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id title status }\n  }\n": typeof types.WebCreateEventDocument,
    "\n  mutation WebUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { id title status }\n  }\n": typeof types.WebUpdateEventDocument,
    "\n  mutation WebSubmitEvent($id: ID!) {\n    submitEvent(id: $id) { id title status }\n  }\n": typeof types.WebSubmitEventDocument,
    "\n  mutation WebCancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) { id title status }\n  }\n": typeof types.WebCancelEventDocument,
    "\n  mutation WebOfficerInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email expiresAt role }\n  }\n": typeof types.WebOfficerInviteDocument,
    "\n  query WebOfficerRegistrations($id: ID!, $after: String) {\n    event(id: $id) {\n      id\n      organiser { id }\n      registrations(first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id displayName status createdAt updatedAt waitlistedAt } }\n      }\n    }\n  }\n": typeof types.WebOfficerRegistrationsDocument,
    "\n  query WebOfficerReuse {\n    received: reuseRequests(direction: RECEIVED, first: 100) {\n      totalCount\n      edges { node { id status message createdAt municipality { id name } caseStudy { slug title } } }\n    }\n    sent: reuseRequests(direction: SENT, first: 100) {\n      totalCount\n      edges { node { id status message createdAt updatedAt caseStudy { slug title municipality { name } } } }\n    }\n  }\n": typeof types.WebOfficerReuseDocument,
    "\n  mutation WebUpdateReuseRequest($id: ID!, $status: ReuseStatus!) {\n    updateReuseRequest(id: $id, status: $status) { id status municipality { name } }\n  }\n": typeof types.WebUpdateReuseRequestDocument,
    "\n  query WebReuseCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title status\n      municipality { id name }\n      coOwners { id name }\n      reuseRequests { id status createdAt municipality { id } }\n    }\n  }\n": typeof types.WebReuseCaseStudyDocument,
    "\n  mutation WebRequestReuse($caseStudyId: ID!, $message: String!) {\n    requestReuse(caseStudyId: $caseStudyId, message: $message) { id status }\n  }\n": typeof types.WebRequestReuseDocument,
    "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision } }\n    }\n    sentBack: caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision reviewDecisions { decision comment createdAt } } }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      totalCount\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n    openReuse: reuseRequests(direction: RECEIVED, first: 100) {\n      edges { node { id status } }\n    }\n  }\n": typeof types.WebOfficerOverviewDocument,
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
    "\n  query WebOfficerEventOptions {\n    topics { slug name nameEn }\n  }\n": types.WebOfficerEventOptionsDocument,
    "\n  query WebOfficerEvent($id: ID!) {\n    event(id: $id) {\n      id title description startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status\n      registeredCount waitlistCount\n      organiser { id slug name }\n      topics { slug }\n    }\n    topics { slug name nameEn }\n  }\n": types.WebOfficerEventDocument,
    "\n  mutation WebCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id title status }\n  }\n": types.WebCreateEventDocument,
    "\n  mutation WebUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { id title status }\n  }\n": types.WebUpdateEventDocument,
    "\n  mutation WebSubmitEvent($id: ID!) {\n    submitEvent(id: $id) { id title status }\n  }\n": types.WebSubmitEventDocument,
    "\n  mutation WebCancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) { id title status }\n  }\n": types.WebCancelEventDocument,
    "\n  mutation WebOfficerInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email expiresAt role }\n  }\n": types.WebOfficerInviteDocument,
    "\n  query WebOfficerRegistrations($id: ID!, $after: String) {\n    event(id: $id) {\n      id\n      organiser { id }\n      registrations(first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id displayName status createdAt updatedAt waitlistedAt } }\n      }\n    }\n  }\n": types.WebOfficerRegistrationsDocument,
    "\n  query WebOfficerReuse {\n    received: reuseRequests(direction: RECEIVED, first: 100) {\n      totalCount\n      edges { node { id status message createdAt municipality { id name } caseStudy { slug title } } }\n    }\n    sent: reuseRequests(direction: SENT, first: 100) {\n      totalCount\n      edges { node { id status message createdAt updatedAt caseStudy { slug title municipality { name } } } }\n    }\n  }\n": types.WebOfficerReuseDocument,
    "\n  mutation WebUpdateReuseRequest($id: ID!, $status: ReuseStatus!) {\n    updateReuseRequest(id: $id, status: $status) { id status municipality { name } }\n  }\n": types.WebUpdateReuseRequestDocument,
    "\n  query WebReuseCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title status\n      municipality { id name }\n      coOwners { id name }\n      reuseRequests { id status createdAt municipality { id } }\n    }\n  }\n": types.WebReuseCaseStudyDocument,
    "\n  mutation WebRequestReuse($caseStudyId: ID!, $message: String!) {\n    requestReuse(caseStudyId: $caseStudyId, message: $message) { id status }\n  }\n": types.WebRequestReuseDocument,
    "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision } }\n    }\n    sentBack: caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision reviewDecisions { decision comment createdAt } } }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      totalCount\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n    openReuse: reuseRequests(direction: RECEIVED, first: 100) {\n      edges { node { id status } }\n    }\n  }\n": types.WebOfficerOverviewDocument,
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
export function graphql(source: "\n  query WebOfficerEventOptions {\n    topics { slug name nameEn }\n  }\n"): typeof import('./graphql').WebOfficerEventOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerEvent($id: ID!) {\n    event(id: $id) {\n      id title description startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status\n      registeredCount waitlistCount\n      organiser { id slug name }\n      topics { slug }\n    }\n    topics { slug name nameEn }\n  }\n"): typeof import('./graphql').WebOfficerEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id title status }\n  }\n"): typeof import('./graphql').WebCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) { id title status }\n  }\n"): typeof import('./graphql').WebUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubmitEvent($id: ID!) {\n    submitEvent(id: $id) { id title status }\n  }\n"): typeof import('./graphql').WebSubmitEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) { id title status }\n  }\n"): typeof import('./graphql').WebCancelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebOfficerInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) { id email expiresAt role }\n  }\n"): typeof import('./graphql').WebOfficerInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerRegistrations($id: ID!, $after: String) {\n    event(id: $id) {\n      id\n      organiser { id }\n      registrations(first: 100, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id displayName status createdAt updatedAt waitlistedAt } }\n      }\n    }\n  }\n"): typeof import('./graphql').WebOfficerRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerReuse {\n    received: reuseRequests(direction: RECEIVED, first: 100) {\n      totalCount\n      edges { node { id status message createdAt municipality { id name } caseStudy { slug title } } }\n    }\n    sent: reuseRequests(direction: SENT, first: 100) {\n      totalCount\n      edges { node { id status message createdAt updatedAt caseStudy { slug title municipality { name } } } }\n    }\n  }\n"): typeof import('./graphql').WebOfficerReuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateReuseRequest($id: ID!, $status: ReuseStatus!) {\n    updateReuseRequest(id: $id, status: $status) { id status municipality { name } }\n  }\n"): typeof import('./graphql').WebUpdateReuseRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebReuseCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title status\n      municipality { id name }\n      coOwners { id name }\n      reuseRequests { id status createdAt municipality { id } }\n    }\n  }\n"): typeof import('./graphql').WebReuseCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRequestReuse($caseStudyId: ID!, $message: String!) {\n    requestReuse(caseStudyId: $caseStudyId, message: $message) { id status }\n  }\n"): typeof import('./graphql').WebRequestReuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision } }\n    }\n    sentBack: caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision reviewDecisions { decision comment createdAt } } }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      totalCount\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n    openReuse: reuseRequests(direction: RECEIVED, first: 100) {\n      edges { node { id status } }\n    }\n  }\n"): typeof import('./graphql').WebOfficerOverviewDocument;
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
