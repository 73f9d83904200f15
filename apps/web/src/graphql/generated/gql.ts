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
    "\n  mutation WebApplyAsPartner($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { id municipalityName status }\n  }\n": typeof types.WebApplyAsPartnerDocument,
    "\n  query WebDirectory($search: String, $state: String, $first: Int!) {\n    directory(search: $search, state: $state, first: $first) {\n      totalCount\n      edges { node { ags name state member { slug } } }\n    }\n  }\n": typeof types.WebDirectoryDocument,
    "\n  mutation WebApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { id municipalityName status }\n  }\n": typeof types.WebApplyForMembershipDocument,
    "\n  mutation WebConfirmEmailConsent($token: String!) {\n    confirmEmailConsent(token: $token)\n  }\n": typeof types.WebConfirmEmailConsentDocument,
    "\n  query WebFreshnessCheck($token: String!) {\n    freshnessCheck(token: $token) { id title slug askedAt }\n  }\n": typeof types.WebFreshnessCheckDocument,
    "\n  mutation WebAnswerFreshnessCheck($token: String!, $answer: FreshnessAnswer!, $lessonLearned: String) {\n    answerFreshnessCheck(token: $token, answer: $answer, lessonLearned: $lessonLearned) { id slug answer }\n  }\n": typeof types.WebAnswerFreshnessCheckDocument,
    "\n  query WebInvitation($token: String!) {\n    invitation(token: $token) { email role expiresAt municipality { name } }\n    singleSignOnProviders { id displayName domains passwordSignIn }\n  }\n": typeof types.WebInvitationDocument,
    "\n  mutation WebAcceptInvitation($token: String!, $displayName: String!, $password: String!, $locale: Locale) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password, locale: $locale) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id displayName locale }\n    }\n  }\n": typeof types.WebAcceptInvitationDocument,
    "\n  mutation WebRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.WebRequestPasswordResetDocument,
    "\n  mutation WebResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.WebResetPasswordDocument,
    "\n  mutation WebUpdateLocale($locale: Locale!) {\n    updatePreferences(input: { locale: $locale }) { locale }\n  }\n": typeof types.WebUpdateLocaleDocument,
    "\n  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.WebChangePasswordDocument,
    "\n  mutation WebLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n": typeof types.WebLoginDocument,
    "\n  mutation WebLogout {\n    logout\n  }\n": typeof types.WebLogoutDocument,
    "\n  query WebSingleSignOnProviders {\n    singleSignOnProviders { id displayName domains passwordSignIn }\n  }\n": typeof types.WebSingleSignOnProvidersDocument,
    "\n  mutation WebStartSingleSignOn($provider: ID!, $browserBinding: String!, $returnTo: String) {\n    startSingleSignOn(provider: $provider, browserBinding: $browserBinding, returnTo: $returnTo) { authorizationUrl }\n  }\n": typeof types.WebStartSingleSignOnDocument,
    "\n  mutation WebCompleteSingleSignOn($code: String!, $browserBinding: String!, $locale: Locale) {\n    completeSingleSignOn(code: $code, browserBinding: $browserBinding, locale: $locale) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n": typeof types.WebCompleteSingleSignOnDocument,
    "\n  query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {\n    membershipApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n          municipality { slug status }\n        }\n      }\n    }\n  }\n": typeof types.WebApplicationsDocument,
    "\n  query WebApplication($id: ID!) {\n    membershipApplication(id: $id) {\n      id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n    }\n  }\n": typeof types.WebApplicationDocument,
    "\n  mutation WebDecideApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideMembershipApplication(id: $id, approve: $approve, comment: $comment) { id status municipalityName applicantEmail }\n  }\n": typeof types.WebDecideApplicationDocument,
    "\n  query WebAuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorId actorLabel subjectType subjectId details } }\n    }\n  }\n": typeof types.WebAuditLogDocument,
    "\n  query WebCoordinatorDashboard {\n    reviewQueue(first: 1) { totalCount }\n    reports(status: OPEN, first: 1) { totalCount }\n    membershipApplications(status: APPLIED, first: 1) { totalCount }\n    failedDeliveries(first: 1) { totalCount }\n  }\n": typeof types.WebCoordinatorDashboardDocument,
    "\n  query WebNetworkStats($from: DateTime!, $to: DateTime!, $first: Int!) {\n    networkStatsTotals(from: $from, to: $to) {\n      municipalities caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements\n    }\n    networkStats(from: $from, to: $to, first: $first, orderBy: ACTIVITY) {\n      municipalityId name slug state caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements\n    }\n  }\n": typeof types.WebNetworkStatsDocument,
    "\n  query WebFailedDeliveries($after: String) {\n    failedDeliveries(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recipient template attempts lastError createdAt } }\n    }\n  }\n": typeof types.WebFailedDeliveriesDocument,
    "\n  query WebFreshnessOverdue($after: String) {\n    freshnessOverdue(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title slug municipalityName askedAt reminders } }\n    }\n  }\n": typeof types.WebFreshnessOverdueDocument,
    "\n  query WebCoordinatorFundingProgrammes {\n    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }\n    topics { slug name nameEn }\n  }\n": typeof types.WebCoordinatorFundingProgrammesDocument,
    "\n  mutation WebCreateFundingProgramme($input: FundingProgrammeInput!) { createFundingProgramme(input: $input) { id name } }\n": typeof types.WebCreateFundingProgrammeDocument,
    "\n  mutation WebUpdateFundingProgramme($id: ID!, $input: FundingProgrammeInput!) { updateFundingProgramme(id: $id, input: $input) { id name } }\n": typeof types.WebUpdateFundingProgrammeDocument,
    "\n  mutation WebDeleteFundingProgramme($id: ID!) { deleteFundingProgramme(id: $id) }\n": typeof types.WebDeleteFundingProgrammeDocument,
    "\n  query WebCoordinatorMunicipalities($filter: MunicipalityFilterInput, $after: String) {\n    municipalities(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n": typeof types.WebCoordinatorMunicipalitiesDocument,
    "\n  mutation WebSuspendMunicipality($id: ID!, $reason: String!) { suspendMunicipality(id: $id, reason: $reason) { id name status } }\n": typeof types.WebSuspendMunicipalityDocument,
    "\n  mutation WebReinstateMunicipality($id: ID!) { reinstateMunicipality(id: $id) { id name status } }\n": typeof types.WebReinstateMunicipalityDocument,
    "\n  query WebCoordinatorPartners($after: String) {\n    partners(filter: { statuses: [ACTIVE, SUSPENDED, APPLIED, LEFT] }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind status joinedAt } }\n    }\n  }\n": typeof types.WebCoordinatorPartnersDocument,
    "\n  mutation WebSuspendPartner($id: ID!, $reason: String!) { suspendPartner(id: $id, reason: $reason) { id name status } }\n": typeof types.WebSuspendPartnerDocument,
    "\n  mutation WebReinstatePartner($id: ID!) { reinstatePartner(id: $id) { id name status } }\n": typeof types.WebReinstatePartnerDocument,
    "\n  query WebCoordinatorUsers($filter: UserFilterInput, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id displayName email role status lastLoginAt createdAt municipality { name } } }\n    }\n  }\n": typeof types.WebCoordinatorUsersDocument,
    "\n  mutation WebSetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id displayName role } }\n": typeof types.WebSetUserRoleDocument,
    "\n  mutation WebDisableUser($id: ID!) { disableUser(id: $id) { id displayName status } }\n": typeof types.WebDisableUserDocument,
    "\n  query WebInviteOptions {\n    municipalities(first: 100) { edges { node { id name } } }\n  }\n": typeof types.WebInviteOptionsDocument,
    "\n  mutation WebInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email role } }\n": typeof types.WebInviteUserDocument,
    "\n  query WebReports($status: ReportStatus, $after: String) {\n    reports(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id reason note status resolution createdAt resolvedAt subjectType subjectId\n          reporter { displayName email }\n          subject {\n            __typename\n            ... on CaseStudy { slug title status municipality { name } }\n            ... on Event { id title status organiser { name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebReportsDocument,
    "\n  mutation WebResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) { id status }\n  }\n": typeof types.WebResolveReportDocument,
    "\n  query WebReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId subjectType title submittedAt revision changedFields municipality { name } } }\n    }\n  }\n": typeof types.WebReviewQueueDocument,
    "\n  query WebReviewItem($subjectId: ID!) {\n    reviewItem(subjectId: $subjectId) {\n      subjectId subjectType title submittedAt revision reviewedRevision changedFields lastComment\n      municipality { name slug }\n      subject {\n        __typename\n        ... on CaseStudy {\n          id slug summary maturity visibility\n          problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n          topics { slug name nameEn }\n          revisions { revision snapshot }\n        }\n        ... on Event { id descriptionHtml startsAt endsAt format location visibility revisions { revision snapshot } }\n      }\n    }\n  }\n": typeof types.WebReviewItemDocument,
    "\n  mutation WebApprove($subjectId: ID!, $comment: String) { approve(subjectId: $subjectId, comment: $comment) { subjectId } }\n": typeof types.WebApproveDocument,
    "\n  mutation WebRequestChanges($subjectId: ID!, $comment: String!) { requestChanges(subjectId: $subjectId, comment: $comment) { subjectId } }\n": typeof types.WebRequestChangesDocument,
    "\n  mutation WebReject($subjectId: ID!, $comment: String!) { reject(subjectId: $subjectId, comment: $comment) { subjectId } }\n": typeof types.WebRejectDocument,
    "\n  query WebCoordinatorTopics { topics { id slug name nameEn description } }\n": typeof types.WebCoordinatorTopicsDocument,
    "\n  mutation WebCreateTopic($input: CreateTopicInput!) { createTopic(input: $input) { id slug name } }\n": typeof types.WebCreateTopicDocument,
    "\n  query WebExportMyData {\n    exportMyData\n  }\n": typeof types.WebExportMyDataDocument,
    "\n  mutation WebDeleteMyAccount($password: String, $confirmEmail: String) {\n    deleteMyAccount(password: $password, confirmEmail: $confirmEmail)\n  }\n": typeof types.WebDeleteMyAccountDocument,
    "\n  query WebAccountDeletionConfirmation {\n    me { id hasPassword }\n  }\n": typeof types.WebAccountDeletionConfirmationDocument,
    "\n  query WebNotifications($first: Int!, $after: String, $withUnread: Boolean!) {\n    unread: notifications(unreadOnly: true, first: 100) @include(if: $withUnread) {\n      totalCount\n      edges { node { id kind title message messageEn quote link createdAt readAt } }\n    }\n    all: notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title message messageEn quote link createdAt readAt } }\n    }\n  }\n": typeof types.WebNotificationsDocument,
    "\n  query WebUnreadNotificationIds {\n    notifications(unreadOnly: true, first: 100) { edges { node { id } } }\n  }\n": typeof types.WebUnreadNotificationIdsDocument,
    "\n  mutation WebMarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.WebMarkNotificationsReadDocument,
    "\n  query WebReportCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) { id slug title }\n  }\n": typeof types.WebReportCaseStudyDocument,
    "\n  query WebReportEvent($id: ID!) {\n    event(id: $id) { id title }\n  }\n": typeof types.WebReportEventDocument,
    "\n  mutation WebReportContent($subjectId: ID!, $reason: ReportReason!, $note: String) {\n    reportContent(subjectId: $subjectId, reason: $reason, note: $note) { id }\n  }\n": typeof types.WebReportContentDocument,
    "\n  query WebSubscriptionSettings {\n    mySubscriptions {\n      id frequency createdAt\n      topic { slug name nameEn }\n      municipality { slug name }\n      partner { slug name }\n    }\n    myPreferences { emailEnabled digestHour digestWeekday locale }\n    myEmailConsent { status requestedAt givenAt }\n  }\n": typeof types.WebSubscriptionSettingsDocument,
    "\n  mutation WebResendEmailConsent {\n    resendEmailConsent { status }\n  }\n": typeof types.WebResendEmailConsentDocument,
    "\n  mutation WebWithdrawEmailConsent {\n    withdrawEmailConsent { status }\n  }\n": typeof types.WebWithdrawEmailConsentDocument,
    "\n  mutation WebSubscribe($target: SubscriptionTargetInput!, $frequency: SubscriptionFrequency!) {\n    subscribe(target: $target, frequency: $frequency) {\n      id frequency\n      topic { slug name nameEn }\n      municipality { slug name }\n      partner { slug name }\n    }\n  }\n": typeof types.WebSubscribeDocument,
    "\n  mutation WebUnsubscribe($id: ID!) {\n    unsubscribe(subscriptionId: $id)\n  }\n": typeof types.WebUnsubscribeDocument,
    "\n  mutation WebUpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) { emailEnabled digestHour digestWeekday locale }\n  }\n": typeof types.WebUpdatePreferencesDocument,
    "\n  query WebOfficerCaseStudyAttachments($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title status\n      municipality { id }\n      coOwners { id }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": typeof types.WebOfficerCaseStudyAttachmentsDocument,
    "\n  query WebOfficerEventAttachments($id: ID!) {\n    event(id: $id) {\n      id title status\n      organiser { id }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": typeof types.WebOfficerEventAttachmentsDocument,
    "\n  mutation WebRequestAttachmentUpload($input: RequestAttachmentUploadInput!) {\n    requestAttachmentUpload(input: $input) { uploadUrl attachmentId }\n  }\n": typeof types.WebRequestAttachmentUploadDocument,
    "\n  mutation WebRemoveAttachment($id: ID!) {\n    removeAttachment(id: $id)\n  }\n": typeof types.WebRemoveAttachmentDocument,
    "\n  query WebOfficerCaseStudyOptions($officer: Boolean!, $own: String!) {\n    colleagues @include(if: $officer) { id displayName }\n    own: municipality(slug: $own) @include(if: $officer) { contactRoles { id name holder { displayName } } }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n    fundingProgrammes { id name provider }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": typeof types.WebOfficerCaseStudyOptionsDocument,
    "\n  query WebOfficerCaseStudy($slug: String!, $own: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary problem solution results lessonsLearned\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      maturity status visibility revision\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      fundedBy { id }\n      partnerOrganisations { id name }\n      links { label url }\n      repositoryUrl publiccodeYml\n      contact { id displayName }\n      contactRole { id name holder { displayName } }\n      municipality { id slug name contacts { id displayName } }\n      coOwners { id slug name contacts { id displayName } }\n      topics { slug }\n      reviewDecisions { decision comment createdAt revision }\n      revisions { revision createdAt }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n    colleagues { id displayName }\n    own: municipality(slug: $own) { contactRoles { id name holder { displayName } } }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n    fundingProgrammes { id name provider }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": typeof types.WebOfficerCaseStudyDocument,
    "\n  mutation WebCreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) { id slug title }\n  }\n": typeof types.WebCreateCaseStudyDocument,
    "\n  mutation WebUpdateCaseStudy($id: ID!, $input: UpdateCaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) { id slug title revision status }\n  }\n": typeof types.WebUpdateCaseStudyDocument,
    "\n  mutation WebSubmitCaseStudy($id: ID!) {\n    submitCaseStudy(id: $id) { id status title }\n  }\n": typeof types.WebSubmitCaseStudyDocument,
    "\n  query WebOfficerContactRoles($slug: String!) {\n    municipality(slug: $slug) { id contactRoles { id name holder { id displayName } deputy { id displayName } } }\n    colleagues { id displayName }\n  }\n": typeof types.WebOfficerContactRolesDocument,
    "\n  mutation WebCreateContactRole($input: CreateContactRoleInput!) {\n    createContactRole(input: $input) { id name }\n  }\n": typeof types.WebCreateContactRoleDocument,
    "\n  mutation WebUpdateContactRole($id: ID!, $input: UpdateContactRoleInput!) {\n    updateContactRole(id: $id, input: $input) { id name }\n  }\n": typeof types.WebUpdateContactRoleDocument,
    "\n  mutation WebDeleteContactRole($id: ID!) {\n    deleteContactRole(id: $id) { id name }\n  }\n": typeof types.WebDeleteContactRoleDocument,
    "\n  query WebOfficerEventOptions {\n    topics { slug name nameEn }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": typeof types.WebOfficerEventOptionsDocument,
    "\n  query WebOfficerEvent($id: ID!) {\n    event(id: $id) {\n      id title description startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status\n      registeredCount waitlistCount\n      reviewDecisions { decision comment createdAt }\n      organiser { id slug name }\n      topics { slug }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n      partnerOrganisations { id name }\n    }\n    topics { slug name nameEn }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": typeof types.WebOfficerEventDocument,
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
    "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision } }\n    }\n    sentBack: caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision reviewDecisions { decision comment createdAt } } }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      totalCount\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n    eventsSentBack: events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      edges { node { id reviewDecisions { decision comment createdAt } } }\n    }\n    openReuse: reuseRequests(direction: RECEIVED, first: 100) {\n      edges { node { id status } }\n    }\n  }\n": typeof types.WebOfficerOverviewDocument,
    "\n  query WebPartnerProfile($slug: String!) {\n    partner(slug: $slug) { id slug name website description contactEmail viewerCanEdit topics { slug } }\n    topics { id slug name nameEn }\n  }\n": typeof types.WebPartnerProfileDocument,
    "\n  mutation WebUpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(id: $id, input: $input) { slug }\n  }\n": typeof types.WebUpdatePartnerProfileDocument,
    "\n  mutation WebInvitePartnerPerson($input: InvitePartnerPersonInput!) {\n    invitePartnerPerson(input: $input) { email }\n  }\n": typeof types.WebInvitePartnerPersonDocument,
    "\n  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {\n    caseStudies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug title summary maturity publishedAt\n          municipality { name slug }\n          topics { slug name nameEn }\n        }\n      }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { slug name } } }\n  }\n": typeof types.WebCaseStudyListDocument,
    "\n  query WebCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary maturity status visibility publishedAt lastConfirmedAt updatedAt revision\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      fundedBy { id name provider url deadline }\n      partnerOrganisations { slug name }\n      links { label url }\n      software { name licence maintenanceType maintainers developmentStatus repositoryUrl platform }\n      contact { displayName email }\n      contactRole { id name municipality { name kind } }\n      municipality { name slug }\n      coOwners { name slug }\n      reusedBy { name slug }\n      topics { slug name nameEn }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": typeof types.WebCaseStudyDocument,
    "\n  query WebEventList($filter: EventFilterInput, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title startsAt endsAt format location status\n          organiser { name slug }\n        }\n      }\n    }\n    topics { slug name nameEn }\n  }\n": typeof types.WebEventListDocument,
    "\n  query WebEvent($id: ID!) {\n    event(id: $id) {\n      id title descriptionHtml startsAt endsAt format location onlineUrl status cancelReason visibility\n      capacity registeredCount waitlistCount registrationDeadline registrationOpen\n      organiser { name slug }\n      topics { slug name nameEn }\n      partnerOrganisations { slug name }\n      myRegistration { id status waitlistPosition }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": typeof types.WebEventDocument,
    "\n  mutation WebRegisterForEvent($id: ID!) {\n    registerForEvent(id: $id) { id status waitlistPosition }\n  }\n": typeof types.WebRegisterForEventDocument,
    "\n  mutation WebCancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) { id status }\n  }\n": typeof types.WebCancelRegistrationDocument,
    "\n  query WebFundingProgrammes {\n    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }\n  }\n": typeof types.WebFundingProgrammesDocument,
    "\n  query WebHome($from: DateTime!) {\n    caseStudies(first: 6) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(first: 4, filter: { from: $from }) {\n      edges { node { id title startsAt format status organiser { name } } }\n    }\n    topics { slug name nameEn description descriptionEn }\n    municipalities(first: 1) { totalCount }\n  }\n": typeof types.WebHomeDocument,
    "\n  query WebMunicipalityList($filter: MunicipalityFilterInput, $first: Int!, $after: String) {\n    municipalities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n": typeof types.WebMunicipalityListDocument,
    "\n  query WebMunicipality($slug: String!, $slugs: [String!]!, $from: DateTime!, $signedIn: Boolean!, $locale: Locale!) {\n    municipality(slug: $slug) {\n      id slug name kind state website status joinedAt\n      contacts { id displayName email }\n      contactRoles { id name holder { id displayName email } deputy { id displayName } }\n      similarPractices(first: 3) { reason(locale: $locale) caseStudy { id slug title municipality { name } } }\n    }\n    caseStudies(filter: { municipalitySlugs: $slugs }, first: 12) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { municipalitySlugs: $slugs, from: $from }, first: 6) {\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency municipality { slug } }\n  }\n": typeof types.WebMunicipalityDocument,
    "\n  query WebPartnerList($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind status joinedAt } }\n    }\n  }\n": typeof types.WebPartnerListDocument,
    "\n  query WebPartner($slug: String!, $slugs: [String!]!, $signedIn: Boolean!) {\n    partner(slug: $slug) {\n      id slug name kind website contactEmail descriptionHtml status joinedAt viewerCanEdit\n      topics { slug name nameEn }\n      officers { id displayName }\n    }\n    caseStudies(filter: { partnerSlugs: $slugs }, first: 24) {\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { partnerSlugs: $slugs, from: \"2000-01-01T00:00:00Z\" }, first: 24) {\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency partner { slug } }\n  }\n": typeof types.WebPartnerDocument,
    "\n  query WebSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on CaseStudy { id slug title publishedAt municipality { name } }\n          ... on Event { id title startsAt endsAt status organiser { name } }\n        }\n      }\n    }\n  }\n": typeof types.WebSearchDocument,
    "\n  query WebTopics {\n    topics { slug name nameEn description descriptionEn }\n  }\n": typeof types.WebTopicsDocument,
    "\n  query WebTopic($slugs: [String!]!, $slug: String!, $from: DateTime!, $signedIn: Boolean!) {\n    topics { id slug name nameEn description descriptionEn }\n    caseStudies(filter: { topicSlugs: $slugs }, first: 12) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { topicSlugs: $slugs, from: $from }, first: 6) {\n      totalCount\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency topic { slug } }\n    fundingProgrammes(topicSlug: $slug, deadlineWithinDays: 30) { id name provider url deadline }\n  }\n": typeof types.WebTopicDocument,
    "\n  query WebViewer {\n    me {\n      id\n      displayName\n      email\n      role\n      locale\n      unreadNotificationCount\n      municipality { id slug name }\n    }\n  }\n": typeof types.WebViewerDocument,
    "\n  mutation WebRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id }\n    }\n  }\n": typeof types.WebRefreshSessionDocument,
};
const documents: Documents = {
    "\n  mutation WebApplyAsPartner($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { id municipalityName status }\n  }\n": types.WebApplyAsPartnerDocument,
    "\n  query WebDirectory($search: String, $state: String, $first: Int!) {\n    directory(search: $search, state: $state, first: $first) {\n      totalCount\n      edges { node { ags name state member { slug } } }\n    }\n  }\n": types.WebDirectoryDocument,
    "\n  mutation WebApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { id municipalityName status }\n  }\n": types.WebApplyForMembershipDocument,
    "\n  mutation WebConfirmEmailConsent($token: String!) {\n    confirmEmailConsent(token: $token)\n  }\n": types.WebConfirmEmailConsentDocument,
    "\n  query WebFreshnessCheck($token: String!) {\n    freshnessCheck(token: $token) { id title slug askedAt }\n  }\n": types.WebFreshnessCheckDocument,
    "\n  mutation WebAnswerFreshnessCheck($token: String!, $answer: FreshnessAnswer!, $lessonLearned: String) {\n    answerFreshnessCheck(token: $token, answer: $answer, lessonLearned: $lessonLearned) { id slug answer }\n  }\n": types.WebAnswerFreshnessCheckDocument,
    "\n  query WebInvitation($token: String!) {\n    invitation(token: $token) { email role expiresAt municipality { name } }\n    singleSignOnProviders { id displayName domains passwordSignIn }\n  }\n": types.WebInvitationDocument,
    "\n  mutation WebAcceptInvitation($token: String!, $displayName: String!, $password: String!, $locale: Locale) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password, locale: $locale) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id displayName locale }\n    }\n  }\n": types.WebAcceptInvitationDocument,
    "\n  mutation WebRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.WebRequestPasswordResetDocument,
    "\n  mutation WebResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.WebResetPasswordDocument,
    "\n  mutation WebUpdateLocale($locale: Locale!) {\n    updatePreferences(input: { locale: $locale }) { locale }\n  }\n": types.WebUpdateLocaleDocument,
    "\n  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.WebChangePasswordDocument,
    "\n  mutation WebLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n": types.WebLoginDocument,
    "\n  mutation WebLogout {\n    logout\n  }\n": types.WebLogoutDocument,
    "\n  query WebSingleSignOnProviders {\n    singleSignOnProviders { id displayName domains passwordSignIn }\n  }\n": types.WebSingleSignOnProvidersDocument,
    "\n  mutation WebStartSingleSignOn($provider: ID!, $browserBinding: String!, $returnTo: String) {\n    startSingleSignOn(provider: $provider, browserBinding: $browserBinding, returnTo: $returnTo) { authorizationUrl }\n  }\n": types.WebStartSingleSignOnDocument,
    "\n  mutation WebCompleteSingleSignOn($code: String!, $browserBinding: String!, $locale: Locale) {\n    completeSingleSignOn(code: $code, browserBinding: $browserBinding, locale: $locale) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n": types.WebCompleteSingleSignOnDocument,
    "\n  query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {\n    membershipApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n          municipality { slug status }\n        }\n      }\n    }\n  }\n": types.WebApplicationsDocument,
    "\n  query WebApplication($id: ID!) {\n    membershipApplication(id: $id) {\n      id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n    }\n  }\n": types.WebApplicationDocument,
    "\n  mutation WebDecideApplication($id: ID!, $approve: Boolean!, $comment: String) {\n    decideMembershipApplication(id: $id, approve: $approve, comment: $comment) { id status municipalityName applicantEmail }\n  }\n": types.WebDecideApplicationDocument,
    "\n  query WebAuditLog($filter: AuditLogFilterInput, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action actorId actorLabel subjectType subjectId details } }\n    }\n  }\n": types.WebAuditLogDocument,
    "\n  query WebCoordinatorDashboard {\n    reviewQueue(first: 1) { totalCount }\n    reports(status: OPEN, first: 1) { totalCount }\n    membershipApplications(status: APPLIED, first: 1) { totalCount }\n    failedDeliveries(first: 1) { totalCount }\n  }\n": types.WebCoordinatorDashboardDocument,
    "\n  query WebNetworkStats($from: DateTime!, $to: DateTime!, $first: Int!) {\n    networkStatsTotals(from: $from, to: $to) {\n      municipalities caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements\n    }\n    networkStats(from: $from, to: $to, first: $first, orderBy: ACTIVITY) {\n      municipalityId name slug state caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements\n    }\n  }\n": types.WebNetworkStatsDocument,
    "\n  query WebFailedDeliveries($after: String) {\n    failedDeliveries(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recipient template attempts lastError createdAt } }\n    }\n  }\n": types.WebFailedDeliveriesDocument,
    "\n  query WebFreshnessOverdue($after: String) {\n    freshnessOverdue(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title slug municipalityName askedAt reminders } }\n    }\n  }\n": types.WebFreshnessOverdueDocument,
    "\n  query WebCoordinatorFundingProgrammes {\n    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }\n    topics { slug name nameEn }\n  }\n": types.WebCoordinatorFundingProgrammesDocument,
    "\n  mutation WebCreateFundingProgramme($input: FundingProgrammeInput!) { createFundingProgramme(input: $input) { id name } }\n": types.WebCreateFundingProgrammeDocument,
    "\n  mutation WebUpdateFundingProgramme($id: ID!, $input: FundingProgrammeInput!) { updateFundingProgramme(id: $id, input: $input) { id name } }\n": types.WebUpdateFundingProgrammeDocument,
    "\n  mutation WebDeleteFundingProgramme($id: ID!) { deleteFundingProgramme(id: $id) }\n": types.WebDeleteFundingProgrammeDocument,
    "\n  query WebCoordinatorMunicipalities($filter: MunicipalityFilterInput, $after: String) {\n    municipalities(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n": types.WebCoordinatorMunicipalitiesDocument,
    "\n  mutation WebSuspendMunicipality($id: ID!, $reason: String!) { suspendMunicipality(id: $id, reason: $reason) { id name status } }\n": types.WebSuspendMunicipalityDocument,
    "\n  mutation WebReinstateMunicipality($id: ID!) { reinstateMunicipality(id: $id) { id name status } }\n": types.WebReinstateMunicipalityDocument,
    "\n  query WebCoordinatorPartners($after: String) {\n    partners(filter: { statuses: [ACTIVE, SUSPENDED, APPLIED, LEFT] }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind status joinedAt } }\n    }\n  }\n": types.WebCoordinatorPartnersDocument,
    "\n  mutation WebSuspendPartner($id: ID!, $reason: String!) { suspendPartner(id: $id, reason: $reason) { id name status } }\n": types.WebSuspendPartnerDocument,
    "\n  mutation WebReinstatePartner($id: ID!) { reinstatePartner(id: $id) { id name status } }\n": types.WebReinstatePartnerDocument,
    "\n  query WebCoordinatorUsers($filter: UserFilterInput, $after: String) {\n    users(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id displayName email role status lastLoginAt createdAt municipality { name } } }\n    }\n  }\n": types.WebCoordinatorUsersDocument,
    "\n  mutation WebSetUserRole($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id displayName role } }\n": types.WebSetUserRoleDocument,
    "\n  mutation WebDisableUser($id: ID!) { disableUser(id: $id) { id displayName status } }\n": types.WebDisableUserDocument,
    "\n  query WebInviteOptions {\n    municipalities(first: 100) { edges { node { id name } } }\n  }\n": types.WebInviteOptionsDocument,
    "\n  mutation WebInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id email role } }\n": types.WebInviteUserDocument,
    "\n  query WebReports($status: ReportStatus, $after: String) {\n    reports(status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id reason note status resolution createdAt resolvedAt subjectType subjectId\n          reporter { displayName email }\n          subject {\n            __typename\n            ... on CaseStudy { slug title status municipality { name } }\n            ... on Event { id title status organiser { name } }\n          }\n        }\n      }\n    }\n  }\n": types.WebReportsDocument,
    "\n  mutation WebResolveReport($id: ID!, $action: ReportAction!, $note: String) {\n    resolveReport(id: $id, action: $action, note: $note) { id status }\n  }\n": types.WebResolveReportDocument,
    "\n  query WebReviewQueue($first: Int!, $after: String) {\n    reviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { subjectId subjectType title submittedAt revision changedFields municipality { name } } }\n    }\n  }\n": types.WebReviewQueueDocument,
    "\n  query WebReviewItem($subjectId: ID!) {\n    reviewItem(subjectId: $subjectId) {\n      subjectId subjectType title submittedAt revision reviewedRevision changedFields lastComment\n      municipality { name slug }\n      subject {\n        __typename\n        ... on CaseStudy {\n          id slug summary maturity visibility\n          problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n          topics { slug name nameEn }\n          revisions { revision snapshot }\n        }\n        ... on Event { id descriptionHtml startsAt endsAt format location visibility revisions { revision snapshot } }\n      }\n    }\n  }\n": types.WebReviewItemDocument,
    "\n  mutation WebApprove($subjectId: ID!, $comment: String) { approve(subjectId: $subjectId, comment: $comment) { subjectId } }\n": types.WebApproveDocument,
    "\n  mutation WebRequestChanges($subjectId: ID!, $comment: String!) { requestChanges(subjectId: $subjectId, comment: $comment) { subjectId } }\n": types.WebRequestChangesDocument,
    "\n  mutation WebReject($subjectId: ID!, $comment: String!) { reject(subjectId: $subjectId, comment: $comment) { subjectId } }\n": types.WebRejectDocument,
    "\n  query WebCoordinatorTopics { topics { id slug name nameEn description } }\n": types.WebCoordinatorTopicsDocument,
    "\n  mutation WebCreateTopic($input: CreateTopicInput!) { createTopic(input: $input) { id slug name } }\n": types.WebCreateTopicDocument,
    "\n  query WebExportMyData {\n    exportMyData\n  }\n": types.WebExportMyDataDocument,
    "\n  mutation WebDeleteMyAccount($password: String, $confirmEmail: String) {\n    deleteMyAccount(password: $password, confirmEmail: $confirmEmail)\n  }\n": types.WebDeleteMyAccountDocument,
    "\n  query WebAccountDeletionConfirmation {\n    me { id hasPassword }\n  }\n": types.WebAccountDeletionConfirmationDocument,
    "\n  query WebNotifications($first: Int!, $after: String, $withUnread: Boolean!) {\n    unread: notifications(unreadOnly: true, first: 100) @include(if: $withUnread) {\n      totalCount\n      edges { node { id kind title message messageEn quote link createdAt readAt } }\n    }\n    all: notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title message messageEn quote link createdAt readAt } }\n    }\n  }\n": types.WebNotificationsDocument,
    "\n  query WebUnreadNotificationIds {\n    notifications(unreadOnly: true, first: 100) { edges { node { id } } }\n  }\n": types.WebUnreadNotificationIdsDocument,
    "\n  mutation WebMarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.WebMarkNotificationsReadDocument,
    "\n  query WebReportCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) { id slug title }\n  }\n": types.WebReportCaseStudyDocument,
    "\n  query WebReportEvent($id: ID!) {\n    event(id: $id) { id title }\n  }\n": types.WebReportEventDocument,
    "\n  mutation WebReportContent($subjectId: ID!, $reason: ReportReason!, $note: String) {\n    reportContent(subjectId: $subjectId, reason: $reason, note: $note) { id }\n  }\n": types.WebReportContentDocument,
    "\n  query WebSubscriptionSettings {\n    mySubscriptions {\n      id frequency createdAt\n      topic { slug name nameEn }\n      municipality { slug name }\n      partner { slug name }\n    }\n    myPreferences { emailEnabled digestHour digestWeekday locale }\n    myEmailConsent { status requestedAt givenAt }\n  }\n": types.WebSubscriptionSettingsDocument,
    "\n  mutation WebResendEmailConsent {\n    resendEmailConsent { status }\n  }\n": types.WebResendEmailConsentDocument,
    "\n  mutation WebWithdrawEmailConsent {\n    withdrawEmailConsent { status }\n  }\n": types.WebWithdrawEmailConsentDocument,
    "\n  mutation WebSubscribe($target: SubscriptionTargetInput!, $frequency: SubscriptionFrequency!) {\n    subscribe(target: $target, frequency: $frequency) {\n      id frequency\n      topic { slug name nameEn }\n      municipality { slug name }\n      partner { slug name }\n    }\n  }\n": types.WebSubscribeDocument,
    "\n  mutation WebUnsubscribe($id: ID!) {\n    unsubscribe(subscriptionId: $id)\n  }\n": types.WebUnsubscribeDocument,
    "\n  mutation WebUpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) { emailEnabled digestHour digestWeekday locale }\n  }\n": types.WebUpdatePreferencesDocument,
    "\n  query WebOfficerCaseStudyAttachments($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title status\n      municipality { id }\n      coOwners { id }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": types.WebOfficerCaseStudyAttachmentsDocument,
    "\n  query WebOfficerEventAttachments($id: ID!) {\n    event(id: $id) {\n      id title status\n      organiser { id }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": types.WebOfficerEventAttachmentsDocument,
    "\n  mutation WebRequestAttachmentUpload($input: RequestAttachmentUploadInput!) {\n    requestAttachmentUpload(input: $input) { uploadUrl attachmentId }\n  }\n": types.WebRequestAttachmentUploadDocument,
    "\n  mutation WebRemoveAttachment($id: ID!) {\n    removeAttachment(id: $id)\n  }\n": types.WebRemoveAttachmentDocument,
    "\n  query WebOfficerCaseStudyOptions($officer: Boolean!, $own: String!) {\n    colleagues @include(if: $officer) { id displayName }\n    own: municipality(slug: $own) @include(if: $officer) { contactRoles { id name holder { displayName } } }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n    fundingProgrammes { id name provider }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": types.WebOfficerCaseStudyOptionsDocument,
    "\n  query WebOfficerCaseStudy($slug: String!, $own: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary problem solution results lessonsLearned\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      maturity status visibility revision\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      fundedBy { id }\n      partnerOrganisations { id name }\n      links { label url }\n      repositoryUrl publiccodeYml\n      contact { id displayName }\n      contactRole { id name holder { displayName } }\n      municipality { id slug name contacts { id displayName } }\n      coOwners { id slug name contacts { id displayName } }\n      topics { slug }\n      reviewDecisions { decision comment createdAt revision }\n      revisions { revision createdAt }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n    colleagues { id displayName }\n    own: municipality(slug: $own) { contactRoles { id name holder { displayName } } }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n    fundingProgrammes { id name provider }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": types.WebOfficerCaseStudyDocument,
    "\n  mutation WebCreateCaseStudy($input: CreateCaseStudyInput!) {\n    createCaseStudy(input: $input) { id slug title }\n  }\n": types.WebCreateCaseStudyDocument,
    "\n  mutation WebUpdateCaseStudy($id: ID!, $input: UpdateCaseStudyInput!) {\n    updateCaseStudy(id: $id, input: $input) { id slug title revision status }\n  }\n": types.WebUpdateCaseStudyDocument,
    "\n  mutation WebSubmitCaseStudy($id: ID!) {\n    submitCaseStudy(id: $id) { id status title }\n  }\n": types.WebSubmitCaseStudyDocument,
    "\n  query WebOfficerContactRoles($slug: String!) {\n    municipality(slug: $slug) { id contactRoles { id name holder { id displayName } deputy { id displayName } } }\n    colleagues { id displayName }\n  }\n": types.WebOfficerContactRolesDocument,
    "\n  mutation WebCreateContactRole($input: CreateContactRoleInput!) {\n    createContactRole(input: $input) { id name }\n  }\n": types.WebCreateContactRoleDocument,
    "\n  mutation WebUpdateContactRole($id: ID!, $input: UpdateContactRoleInput!) {\n    updateContactRole(id: $id, input: $input) { id name }\n  }\n": types.WebUpdateContactRoleDocument,
    "\n  mutation WebDeleteContactRole($id: ID!) {\n    deleteContactRole(id: $id) { id name }\n  }\n": types.WebDeleteContactRoleDocument,
    "\n  query WebOfficerEventOptions {\n    topics { slug name nameEn }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": types.WebOfficerEventOptionsDocument,
    "\n  query WebOfficerEvent($id: ID!) {\n    event(id: $id) {\n      id title description startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status\n      registeredCount waitlistCount\n      reviewDecisions { decision comment createdAt }\n      organiser { id slug name }\n      topics { slug }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n      partnerOrganisations { id name }\n    }\n    topics { slug name nameEn }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n": types.WebOfficerEventDocument,
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
    "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision } }\n    }\n    sentBack: caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision reviewDecisions { decision comment createdAt } } }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      totalCount\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n    eventsSentBack: events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      edges { node { id reviewDecisions { decision comment createdAt } } }\n    }\n    openReuse: reuseRequests(direction: RECEIVED, first: 100) {\n      edges { node { id status } }\n    }\n  }\n": types.WebOfficerOverviewDocument,
    "\n  query WebPartnerProfile($slug: String!) {\n    partner(slug: $slug) { id slug name website description contactEmail viewerCanEdit topics { slug } }\n    topics { id slug name nameEn }\n  }\n": types.WebPartnerProfileDocument,
    "\n  mutation WebUpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(id: $id, input: $input) { slug }\n  }\n": types.WebUpdatePartnerProfileDocument,
    "\n  mutation WebInvitePartnerPerson($input: InvitePartnerPersonInput!) {\n    invitePartnerPerson(input: $input) { email }\n  }\n": types.WebInvitePartnerPersonDocument,
    "\n  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {\n    caseStudies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug title summary maturity publishedAt\n          municipality { name slug }\n          topics { slug name nameEn }\n        }\n      }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { slug name } } }\n  }\n": types.WebCaseStudyListDocument,
    "\n  query WebCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary maturity status visibility publishedAt lastConfirmedAt updatedAt revision\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      fundedBy { id name provider url deadline }\n      partnerOrganisations { slug name }\n      links { label url }\n      software { name licence maintenanceType maintainers developmentStatus repositoryUrl platform }\n      contact { displayName email }\n      contactRole { id name municipality { name kind } }\n      municipality { name slug }\n      coOwners { name slug }\n      reusedBy { name slug }\n      topics { slug name nameEn }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": types.WebCaseStudyDocument,
    "\n  query WebEventList($filter: EventFilterInput, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title startsAt endsAt format location status\n          organiser { name slug }\n        }\n      }\n    }\n    topics { slug name nameEn }\n  }\n": types.WebEventListDocument,
    "\n  query WebEvent($id: ID!) {\n    event(id: $id) {\n      id title descriptionHtml startsAt endsAt format location onlineUrl status cancelReason visibility\n      capacity registeredCount waitlistCount registrationDeadline registrationOpen\n      organiser { name slug }\n      topics { slug name nameEn }\n      partnerOrganisations { slug name }\n      myRegistration { id status waitlistPosition }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n": types.WebEventDocument,
    "\n  mutation WebRegisterForEvent($id: ID!) {\n    registerForEvent(id: $id) { id status waitlistPosition }\n  }\n": types.WebRegisterForEventDocument,
    "\n  mutation WebCancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) { id status }\n  }\n": types.WebCancelRegistrationDocument,
    "\n  query WebFundingProgrammes {\n    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }\n  }\n": types.WebFundingProgrammesDocument,
    "\n  query WebHome($from: DateTime!) {\n    caseStudies(first: 6) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(first: 4, filter: { from: $from }) {\n      edges { node { id title startsAt format status organiser { name } } }\n    }\n    topics { slug name nameEn description descriptionEn }\n    municipalities(first: 1) { totalCount }\n  }\n": types.WebHomeDocument,
    "\n  query WebMunicipalityList($filter: MunicipalityFilterInput, $first: Int!, $after: String) {\n    municipalities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n": types.WebMunicipalityListDocument,
    "\n  query WebMunicipality($slug: String!, $slugs: [String!]!, $from: DateTime!, $signedIn: Boolean!, $locale: Locale!) {\n    municipality(slug: $slug) {\n      id slug name kind state website status joinedAt\n      contacts { id displayName email }\n      contactRoles { id name holder { id displayName email } deputy { id displayName } }\n      similarPractices(first: 3) { reason(locale: $locale) caseStudy { id slug title municipality { name } } }\n    }\n    caseStudies(filter: { municipalitySlugs: $slugs }, first: 12) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { municipalitySlugs: $slugs, from: $from }, first: 6) {\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency municipality { slug } }\n  }\n": types.WebMunicipalityDocument,
    "\n  query WebPartnerList($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind status joinedAt } }\n    }\n  }\n": types.WebPartnerListDocument,
    "\n  query WebPartner($slug: String!, $slugs: [String!]!, $signedIn: Boolean!) {\n    partner(slug: $slug) {\n      id slug name kind website contactEmail descriptionHtml status joinedAt viewerCanEdit\n      topics { slug name nameEn }\n      officers { id displayName }\n    }\n    caseStudies(filter: { partnerSlugs: $slugs }, first: 24) {\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { partnerSlugs: $slugs, from: \"2000-01-01T00:00:00Z\" }, first: 24) {\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency partner { slug } }\n  }\n": types.WebPartnerDocument,
    "\n  query WebSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on CaseStudy { id slug title publishedAt municipality { name } }\n          ... on Event { id title startsAt endsAt status organiser { name } }\n        }\n      }\n    }\n  }\n": types.WebSearchDocument,
    "\n  query WebTopics {\n    topics { slug name nameEn description descriptionEn }\n  }\n": types.WebTopicsDocument,
    "\n  query WebTopic($slugs: [String!]!, $slug: String!, $from: DateTime!, $signedIn: Boolean!) {\n    topics { id slug name nameEn description descriptionEn }\n    caseStudies(filter: { topicSlugs: $slugs }, first: 12) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { topicSlugs: $slugs, from: $from }, first: 6) {\n      totalCount\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency topic { slug } }\n    fundingProgrammes(topicSlug: $slug, deadlineWithinDays: 30) { id name provider url deadline }\n  }\n": types.WebTopicDocument,
    "\n  query WebViewer {\n    me {\n      id\n      displayName\n      email\n      role\n      locale\n      unreadNotificationCount\n      municipality { id slug name }\n    }\n  }\n": types.WebViewerDocument,
    "\n  mutation WebRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id }\n    }\n  }\n": types.WebRefreshSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebApplyAsPartner($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { id municipalityName status }\n  }\n"): typeof import('./graphql').WebApplyAsPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDirectory($search: String, $state: String, $first: Int!) {\n    directory(search: $search, state: $state, first: $first) {\n      totalCount\n      edges { node { ags name state member { slug } } }\n    }\n  }\n"): typeof import('./graphql').WebDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebApplyForMembership($input: ApplyForMembershipInput!) {\n    applyForMembership(input: $input) { id municipalityName status }\n  }\n"): typeof import('./graphql').WebApplyForMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebConfirmEmailConsent($token: String!) {\n    confirmEmailConsent(token: $token)\n  }\n"): typeof import('./graphql').WebConfirmEmailConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFreshnessCheck($token: String!) {\n    freshnessCheck(token: $token) { id title slug askedAt }\n  }\n"): typeof import('./graphql').WebFreshnessCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAnswerFreshnessCheck($token: String!, $answer: FreshnessAnswer!, $lessonLearned: String) {\n    answerFreshnessCheck(token: $token, answer: $answer, lessonLearned: $lessonLearned) { id slug answer }\n  }\n"): typeof import('./graphql').WebAnswerFreshnessCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebInvitation($token: String!) {\n    invitation(token: $token) { email role expiresAt municipality { name } }\n    singleSignOnProviders { id displayName domains passwordSignIn }\n  }\n"): typeof import('./graphql').WebInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAcceptInvitation($token: String!, $displayName: String!, $password: String!, $locale: Locale) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password, locale: $locale) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id displayName locale }\n    }\n  }\n"): typeof import('./graphql').WebAcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').WebRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): typeof import('./graphql').WebResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateLocale($locale: Locale!) {\n    updatePreferences(input: { locale: $locale }) { locale }\n  }\n"): typeof import('./graphql').WebUpdateLocaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').WebChangePasswordDocument;
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
export function graphql(source: "\n  query WebSingleSignOnProviders {\n    singleSignOnProviders { id displayName domains passwordSignIn }\n  }\n"): typeof import('./graphql').WebSingleSignOnProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebStartSingleSignOn($provider: ID!, $browserBinding: String!, $returnTo: String) {\n    startSingleSignOn(provider: $provider, browserBinding: $browserBinding, returnTo: $returnTo) { authorizationUrl }\n  }\n"): typeof import('./graphql').WebStartSingleSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCompleteSingleSignOn($code: String!, $browserBinding: String!, $locale: Locale) {\n    completeSingleSignOn(code: $code, browserBinding: $browserBinding, locale: $locale) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user { id locale }\n    }\n  }\n"): typeof import('./graphql').WebCompleteSingleSignOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebApplications($status: ApplicationStatus, $first: Int!, $after: String) {\n    membershipApplications(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n          municipality { slug status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebApplication($id: ID!) {\n    membershipApplication(id: $id) {\n      id municipalityName kind partnerKind state ags website applicantName applicantEmail motivation status createdAt decidedAt decisionComment\n    }\n  }\n"): typeof import('./graphql').WebApplicationDocument;
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
export function graphql(source: "\n  query WebNetworkStats($from: DateTime!, $to: DateTime!, $first: Int!) {\n    networkStatsTotals(from: $from, to: $to) {\n      municipalities caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements\n    }\n    networkStats(from: $from, to: $to, first: $first, orderBy: ACTIVITY) {\n      municipalityId name slug state caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements\n    }\n  }\n"): typeof import('./graphql').WebNetworkStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFailedDeliveries($after: String) {\n    failedDeliveries(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id recipient template attempts lastError createdAt } }\n    }\n  }\n"): typeof import('./graphql').WebFailedDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFreshnessOverdue($after: String) {\n    freshnessOverdue(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title slug municipalityName askedAt reminders } }\n    }\n  }\n"): typeof import('./graphql').WebFreshnessOverdueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCoordinatorFundingProgrammes {\n    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }\n    topics { slug name nameEn }\n  }\n"): typeof import('./graphql').WebCoordinatorFundingProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateFundingProgramme($input: FundingProgrammeInput!) { createFundingProgramme(input: $input) { id name } }\n"): typeof import('./graphql').WebCreateFundingProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateFundingProgramme($id: ID!, $input: FundingProgrammeInput!) { updateFundingProgramme(id: $id, input: $input) { id name } }\n"): typeof import('./graphql').WebUpdateFundingProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteFundingProgramme($id: ID!) { deleteFundingProgramme(id: $id) }\n"): typeof import('./graphql').WebDeleteFundingProgrammeDocument;
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
export function graphql(source: "\n  query WebCoordinatorPartners($after: String) {\n    partners(filter: { statuses: [ACTIVE, SUSPENDED, APPLIED, LEFT] }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind status joinedAt } }\n    }\n  }\n"): typeof import('./graphql').WebCoordinatorPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSuspendPartner($id: ID!, $reason: String!) { suspendPartner(id: $id, reason: $reason) { id name status } }\n"): typeof import('./graphql').WebSuspendPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebReinstatePartner($id: ID!) { reinstatePartner(id: $id) { id name status } }\n"): typeof import('./graphql').WebReinstatePartnerDocument;
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
export function graphql(source: "\n  query WebReviewItem($subjectId: ID!) {\n    reviewItem(subjectId: $subjectId) {\n      subjectId subjectType title submittedAt revision reviewedRevision changedFields lastComment\n      municipality { name slug }\n      subject {\n        __typename\n        ... on CaseStudy {\n          id slug summary maturity visibility\n          problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n          topics { slug name nameEn }\n          revisions { revision snapshot }\n        }\n        ... on Event { id descriptionHtml startsAt endsAt format location visibility revisions { revision snapshot } }\n      }\n    }\n  }\n"): typeof import('./graphql').WebReviewItemDocument;
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
export function graphql(source: "\n  query WebExportMyData {\n    exportMyData\n  }\n"): typeof import('./graphql').WebExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteMyAccount($password: String, $confirmEmail: String) {\n    deleteMyAccount(password: $password, confirmEmail: $confirmEmail)\n  }\n"): typeof import('./graphql').WebDeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAccountDeletionConfirmation {\n    me { id hasPassword }\n  }\n"): typeof import('./graphql').WebAccountDeletionConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNotifications($first: Int!, $after: String, $withUnread: Boolean!) {\n    unread: notifications(unreadOnly: true, first: 100) @include(if: $withUnread) {\n      totalCount\n      edges { node { id kind title message messageEn quote link createdAt readAt } }\n    }\n    all: notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title message messageEn quote link createdAt readAt } }\n    }\n  }\n"): typeof import('./graphql').WebNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUnreadNotificationIds {\n    notifications(unreadOnly: true, first: 100) { edges { node { id } } }\n  }\n"): typeof import('./graphql').WebUnreadNotificationIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebMarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').WebMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebReportCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) { id slug title }\n  }\n"): typeof import('./graphql').WebReportCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebReportEvent($id: ID!) {\n    event(id: $id) { id title }\n  }\n"): typeof import('./graphql').WebReportEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebReportContent($subjectId: ID!, $reason: ReportReason!, $note: String) {\n    reportContent(subjectId: $subjectId, reason: $reason, note: $note) { id }\n  }\n"): typeof import('./graphql').WebReportContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSubscriptionSettings {\n    mySubscriptions {\n      id frequency createdAt\n      topic { slug name nameEn }\n      municipality { slug name }\n      partner { slug name }\n    }\n    myPreferences { emailEnabled digestHour digestWeekday locale }\n    myEmailConsent { status requestedAt givenAt }\n  }\n"): typeof import('./graphql').WebSubscriptionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebResendEmailConsent {\n    resendEmailConsent { status }\n  }\n"): typeof import('./graphql').WebResendEmailConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebWithdrawEmailConsent {\n    withdrawEmailConsent { status }\n  }\n"): typeof import('./graphql').WebWithdrawEmailConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubscribe($target: SubscriptionTargetInput!, $frequency: SubscriptionFrequency!) {\n    subscribe(target: $target, frequency: $frequency) {\n      id frequency\n      topic { slug name nameEn }\n      municipality { slug name }\n      partner { slug name }\n    }\n  }\n"): typeof import('./graphql').WebSubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUnsubscribe($id: ID!) {\n    unsubscribe(subscriptionId: $id)\n  }\n"): typeof import('./graphql').WebUnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) { emailEnabled digestHour digestWeekday locale }\n  }\n"): typeof import('./graphql').WebUpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerCaseStudyAttachments($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title status\n      municipality { id }\n      coOwners { id }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n"): typeof import('./graphql').WebOfficerCaseStudyAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerEventAttachments($id: ID!) {\n    event(id: $id) {\n      id title status\n      organiser { id }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n"): typeof import('./graphql').WebOfficerEventAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRequestAttachmentUpload($input: RequestAttachmentUploadInput!) {\n    requestAttachmentUpload(input: $input) { uploadUrl attachmentId }\n  }\n"): typeof import('./graphql').WebRequestAttachmentUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRemoveAttachment($id: ID!) {\n    removeAttachment(id: $id)\n  }\n"): typeof import('./graphql').WebRemoveAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerCaseStudyOptions($officer: Boolean!, $own: String!) {\n    colleagues @include(if: $officer) { id displayName }\n    own: municipality(slug: $own) @include(if: $officer) { contactRoles { id name holder { displayName } } }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n    fundingProgrammes { id name provider }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').WebOfficerCaseStudyOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerCaseStudy($slug: String!, $own: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary problem solution results lessonsLearned\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      maturity status visibility revision\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      fundedBy { id }\n      partnerOrganisations { id name }\n      links { label url }\n      repositoryUrl publiccodeYml\n      contact { id displayName }\n      contactRole { id name holder { displayName } }\n      municipality { id slug name contacts { id displayName } }\n      coOwners { id slug name contacts { id displayName } }\n      topics { slug }\n      reviewDecisions { decision comment createdAt revision }\n      revisions { revision createdAt }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n    colleagues { id displayName }\n    own: municipality(slug: $own) { contactRoles { id name holder { displayName } } }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { id slug name } } }\n    fundingProgrammes { id name provider }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').WebOfficerCaseStudyDocument;
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
export function graphql(source: "\n  query WebOfficerContactRoles($slug: String!) {\n    municipality(slug: $slug) { id contactRoles { id name holder { id displayName } deputy { id displayName } } }\n    colleagues { id displayName }\n  }\n"): typeof import('./graphql').WebOfficerContactRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateContactRole($input: CreateContactRoleInput!) {\n    createContactRole(input: $input) { id name }\n  }\n"): typeof import('./graphql').WebCreateContactRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateContactRole($id: ID!, $input: UpdateContactRoleInput!) {\n    updateContactRole(id: $id, input: $input) { id name }\n  }\n"): typeof import('./graphql').WebUpdateContactRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteContactRole($id: ID!) {\n    deleteContactRole(id: $id) { id name }\n  }\n"): typeof import('./graphql').WebDeleteContactRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerEventOptions {\n    topics { slug name nameEn }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').WebOfficerEventOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebOfficerEvent($id: ID!) {\n    event(id: $id) {\n      id title description startsAt endsAt format location onlineUrl capacity registrationDeadline visibility status\n      registeredCount waitlistCount\n      reviewDecisions { decision comment createdAt }\n      organiser { id slug name }\n      topics { slug }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n      partnerOrganisations { id name }\n    }\n    topics { slug name nameEn }\n    partners(filter: { statuses: [ACTIVE] }, first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').WebOfficerEventDocument;
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
export function graphql(source: "\n  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {\n    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision } }\n    }\n    sentBack: caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      totalCount\n      edges { node { id slug title status updatedAt revision reviewDecisions { decision comment createdAt } } }\n    }\n    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {\n      totalCount\n      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }\n    }\n    eventsSentBack: events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {\n      edges { node { id reviewDecisions { decision comment createdAt } } }\n    }\n    openReuse: reuseRequests(direction: RECEIVED, first: 100) {\n      edges { node { id status } }\n    }\n  }\n"): typeof import('./graphql').WebOfficerOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebPartnerProfile($slug: String!) {\n    partner(slug: $slug) { id slug name website description contactEmail viewerCanEdit topics { slug } }\n    topics { id slug name nameEn }\n  }\n"): typeof import('./graphql').WebPartnerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(id: $id, input: $input) { slug }\n  }\n"): typeof import('./graphql').WebUpdatePartnerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebInvitePartnerPerson($input: InvitePartnerPersonInput!) {\n    invitePartnerPerson(input: $input) { email }\n  }\n"): typeof import('./graphql').WebInvitePartnerPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {\n    caseStudies(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug title summary maturity publishedAt\n          municipality { name slug }\n          topics { slug name nameEn }\n        }\n      }\n    }\n    topics { slug name nameEn }\n    municipalities(first: 100) { edges { node { slug name } } }\n  }\n"): typeof import('./graphql').WebCaseStudyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCaseStudy($slug: String!) {\n    caseStudy(slug: $slug) {\n      id slug title summary maturity status visibility publishedAt lastConfirmedAt updatedAt revision\n      problemHtml solutionHtml resultsHtml lessonsLearnedHtml\n      costs { oneOff yearly }\n      fundingProgramme fundingUrl partners tags\n      fundedBy { id name provider url deadline }\n      partnerOrganisations { slug name }\n      links { label url }\n      software { name licence maintenanceType maintainers developmentStatus repositoryUrl platform }\n      contact { displayName email }\n      contactRole { id name municipality { name kind } }\n      municipality { name slug }\n      coOwners { name slug }\n      reusedBy { name slug }\n      topics { slug name nameEn }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n"): typeof import('./graphql').WebCaseStudyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebEventList($filter: EventFilterInput, $first: Int!, $after: String) {\n    events(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title startsAt endsAt format location status\n          organiser { name slug }\n        }\n      }\n    }\n    topics { slug name nameEn }\n  }\n"): typeof import('./graphql').WebEventListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebEvent($id: ID!) {\n    event(id: $id) {\n      id title descriptionHtml startsAt endsAt format location onlineUrl status cancelReason visibility\n      capacity registeredCount waitlistCount registrationDeadline registrationOpen\n      organiser { name slug }\n      topics { slug name nameEn }\n      partnerOrganisations { slug name }\n      myRegistration { id status waitlistPosition }\n      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }\n    }\n  }\n"): typeof import('./graphql').WebEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRegisterForEvent($id: ID!) {\n    registerForEvent(id: $id) { id status waitlistPosition }\n  }\n"): typeof import('./graphql').WebRegisterForEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) { id status }\n  }\n"): typeof import('./graphql').WebCancelRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFundingProgrammes {\n    fundingProgrammes { id name provider url deadline topics { slug name nameEn } }\n  }\n"): typeof import('./graphql').WebFundingProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebHome($from: DateTime!) {\n    caseStudies(first: 6) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(first: 4, filter: { from: $from }) {\n      edges { node { id title startsAt format status organiser { name } } }\n    }\n    topics { slug name nameEn description descriptionEn }\n    municipalities(first: 1) { totalCount }\n  }\n"): typeof import('./graphql').WebHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebMunicipalityList($filter: MunicipalityFilterInput, $first: Int!, $after: String) {\n    municipalities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind state status joinedAt } }\n    }\n  }\n"): typeof import('./graphql').WebMunicipalityListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebMunicipality($slug: String!, $slugs: [String!]!, $from: DateTime!, $signedIn: Boolean!, $locale: Locale!) {\n    municipality(slug: $slug) {\n      id slug name kind state website status joinedAt\n      contacts { id displayName email }\n      contactRoles { id name holder { id displayName email } deputy { id displayName } }\n      similarPractices(first: 3) { reason(locale: $locale) caseStudy { id slug title municipality { name } } }\n    }\n    caseStudies(filter: { municipalitySlugs: $slugs }, first: 12) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { municipalitySlugs: $slugs, from: $from }, first: 6) {\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency municipality { slug } }\n  }\n"): typeof import('./graphql').WebMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebPartnerList($first: Int!, $after: String) {\n    partners(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id slug name kind status joinedAt } }\n    }\n  }\n"): typeof import('./graphql').WebPartnerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebPartner($slug: String!, $slugs: [String!]!, $signedIn: Boolean!) {\n    partner(slug: $slug) {\n      id slug name kind website contactEmail descriptionHtml status joinedAt viewerCanEdit\n      topics { slug name nameEn }\n      officers { id displayName }\n    }\n    caseStudies(filter: { partnerSlugs: $slugs }, first: 24) {\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { partnerSlugs: $slugs, from: \"2000-01-01T00:00:00Z\" }, first: 24) {\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency partner { slug } }\n  }\n"): typeof import('./graphql').WebPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSearch($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        cursor\n        snippet\n        node {\n          __typename\n          ... on CaseStudy { id slug title publishedAt municipality { name } }\n          ... on Event { id title startsAt endsAt status organiser { name } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTopics {\n    topics { slug name nameEn description descriptionEn }\n  }\n"): typeof import('./graphql').WebTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTopic($slugs: [String!]!, $slug: String!, $from: DateTime!, $signedIn: Boolean!) {\n    topics { id slug name nameEn description descriptionEn }\n    caseStudies(filter: { topicSlugs: $slugs }, first: 12) {\n      totalCount\n      edges { node { id slug title summary maturity publishedAt municipality { name } } }\n    }\n    events(filter: { topicSlugs: $slugs, from: $from }, first: 6) {\n      totalCount\n      edges { node { id title startsAt endsAt format location status organiser { name } } }\n    }\n    mySubscriptions @include(if: $signedIn) { id frequency topic { slug } }\n    fundingProgrammes(topicSlug: $slug, deadlineWithinDays: 30) { id name provider url deadline }\n  }\n"): typeof import('./graphql').WebTopicDocument;
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
