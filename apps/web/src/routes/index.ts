import type { WebRoute } from '../server/route';
import { signInRoutes } from './account/sign-in';
import { myDataRoutes } from './member/my-data';
import { notificationRoutes } from './member/notifications';
import { reportRoutes } from './member/report';
import { subscriptionRoutes } from './member/subscriptions';
import { caseStudyRoutes } from './public/case-studies';
import { homeRoutes } from './public/home';

/** Every page and form of the web application; one module per page or group of pages. */
export const ALL_ROUTES: WebRoute[] = [
  ...homeRoutes,
  ...caseStudyRoutes,
  ...signInRoutes,
  ...notificationRoutes,
  ...subscriptionRoutes,
  ...myDataRoutes,
  ...reportRoutes,
];
