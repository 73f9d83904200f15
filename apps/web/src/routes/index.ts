import type { WebRoute } from '../server/route';
import { signInRoutes } from './account/sign-in';
import { caseStudyEditorRoutes } from './officer/case-study-editor';
import { eventEditorRoutes } from './officer/event-editor';
import { inviteRoutes } from './officer/invite';
import { registrationRoutes } from './officer/registrations';
import { reuseRoutes } from './officer/reuse';
import { workspaceRoutes } from './officer/workspace';
import { caseStudyRoutes } from './public/case-studies';
import { homeRoutes } from './public/home';

/** The officer workspace "Meine Kommune" (routes/officer) and the reuse request form. */
const officerRoutes: WebRoute[] = [...workspaceRoutes, ...caseStudyEditorRoutes, ...eventEditorRoutes, ...registrationRoutes, ...reuseRoutes, ...inviteRoutes];

/** Every page and form of the web application; one module per page or group of pages. */
export const ALL_ROUTES: WebRoute[] = [...homeRoutes, ...caseStudyRoutes, ...signInRoutes, ...officerRoutes];
