import type { WebRoute } from '../server/route';
import { signInRoutes } from './account/sign-in';
import { coordinatorRoutes } from './coordinator';
import { caseStudyRoutes } from './public/case-studies';
import { homeRoutes } from './public/home';

/** Every page and form of the web application; one module per page or group of pages. */
export const ALL_ROUTES: WebRoute[] = [...homeRoutes, ...caseStudyRoutes, ...signInRoutes, ...coordinatorRoutes];
