import type { WebRoute } from '../server/route';
import { applyRoutes } from './account/apply';
import { invitationRoutes } from './account/invitation';
import { passwordRoutes } from './account/password';
import { settingsRoutes } from './account/settings';
import { signInRoutes } from './account/sign-in';
import { caseStudyRoutes } from './public/case-studies';
import { homeRoutes } from './public/home';

/** Every page and form of the web application; one module per page or group of pages. */
export const ALL_ROUTES: WebRoute[] = [
  ...homeRoutes,
  ...caseStudyRoutes,
  ...signInRoutes,
  ...applyRoutes,
  ...passwordRoutes,
  ...invitationRoutes,
  ...settingsRoutes,
];
