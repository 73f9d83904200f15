import type { WebRoute } from '../../server/route';
import { applicationRoutes } from './applications';
import { auditLogRoutes } from './audit-log';
import { dashboardRoutes } from './dashboard';
import { deliveryRoutes } from './deliveries';
import { municipalityRoutes } from './municipalities';
import { partnerRoutes } from './partners';
import { peopleRoutes } from './people';
import { reportRoutes } from './reports';
import { reviewRoutes } from './review';
import { topicRoutes } from './topics';
import { fundingProgrammeRoutes } from './funding-programmes';
import { freshnessRoutes } from './freshness';

/** The coordinator workspace "Koordination" (/koordination/**): every page requires COORDINATOR. */
export const coordinatorRoutes: WebRoute[] = [
  ...dashboardRoutes,
  ...reviewRoutes,
  ...reportRoutes,
  ...applicationRoutes,
  ...municipalityRoutes,
  ...partnerRoutes,
  ...peopleRoutes,
  ...topicRoutes,
  ...fundingProgrammeRoutes,
  ...freshnessRoutes,
  ...auditLogRoutes,
  ...deliveryRoutes,
];
