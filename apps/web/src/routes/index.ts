import type { WebRoute } from '../server/route';
import { signInRoutes } from './account/sign-in';
import { caseStudyEditorRoutes } from './officer/case-study-editor';
import { workspaceRoutes } from './officer/workspace';
import { caseStudyRoutes } from './public/case-studies';
import { homeRoutes } from './public/home';

/** Every page and form of the web application; one module per page or group of pages. */
export const ALL_ROUTES: WebRoute[] = [...homeRoutes, ...caseStudyRoutes, ...signInRoutes, ...workspaceRoutes, ...caseStudyEditorRoutes];
