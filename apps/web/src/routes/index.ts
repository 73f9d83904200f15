import type { WebRoute } from '../server/route';
import { applyRoutes } from './account/apply';
import { applyPartnerRoutes } from './account/apply-partner';
import { emailConsentRoutes } from './account/email-consent';
import { freshnessRoutes } from './account/freshness';
import { invitationRoutes } from './account/invitation';
import { passwordRoutes } from './account/password';
import { settingsRoutes } from './account/settings';
import { signInRoutes } from './account/sign-in';
import { singleSignOnRoutes } from './account/single-sign-on';
import { myDataRoutes } from './member/my-data';
import { notificationRoutes } from './member/notifications';
import { reportRoutes } from './member/report';
import { subscriptionRoutes } from './member/subscriptions';
import { attachmentEditorRoutes } from './officer/attachments-editor';
import { caseStudyEditorRoutes } from './officer/case-study-editor';
import { contactRoleRoutes } from './officer/contact-roles';
import { eventEditorRoutes } from './officer/event-editor';
import { inviteRoutes } from './officer/invite';
import { registrationRoutes } from './officer/registrations';
import { reuseRoutes } from './officer/reuse';
import { workspaceRoutes } from './officer/workspace';
import { coordinatorRoutes } from './coordinator';
import { attachmentRoutes } from './public/attachments';
import { caseStudyRoutes } from './public/case-studies';
import { eventRoutes } from './public/events';
import { homeRoutes } from './public/home';
import { legalRoutes } from './public/legal';
import { municipalityRoutes } from './public/municipalities';
import { partnerRoutes } from './public/partners';
import { partnerProfileRoutes } from './partner/profile';
import { searchRoutes } from './public/search';
import { topicRoutes } from './public/topics';
import { fundingProgrammeRoutes } from './public/funding-programmes';

/** The officer workspace "Meine Kommune" (routes/officer) and the reuse request form. */
const officerRoutes: WebRoute[] = [
  ...workspaceRoutes, ...caseStudyEditorRoutes, ...eventEditorRoutes, ...attachmentEditorRoutes, ...registrationRoutes, ...reuseRoutes, ...inviteRoutes, ...contactRoleRoutes,
];

/** Every page and form of the web application; one module per page or group of pages. */
export const ALL_ROUTES: WebRoute[] = [
  ...homeRoutes,
  ...caseStudyRoutes,
  ...attachmentRoutes,
  ...eventRoutes,
  ...topicRoutes,
  ...fundingProgrammeRoutes,
  ...municipalityRoutes,
  ...partnerRoutes,
  ...partnerProfileRoutes,
  ...searchRoutes,
  ...legalRoutes,
  ...signInRoutes,
  ...singleSignOnRoutes,
  ...applyRoutes,
  ...applyPartnerRoutes,
  ...passwordRoutes,
  ...emailConsentRoutes,
  ...freshnessRoutes,
  ...invitationRoutes,
  ...settingsRoutes,
  ...notificationRoutes,
  ...subscriptionRoutes,
  ...myDataRoutes,
  ...reportRoutes,
  ...officerRoutes,
  ...coordinatorRoutes,
];
