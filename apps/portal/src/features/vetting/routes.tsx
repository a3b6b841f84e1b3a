import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { ConcernsPage } from './components/ConcernsPage';
import { EmployerReviewPage } from './components/EmployerReviewPage';
import { VettingQueuePage } from './components/VettingQueuePage';
import { STAFF_ROLES, VETTING_PATHS } from './paths';

/** RoleRoute takes one role: caseworkers and admins each get the pages under their own home. */
const staffPages: RouteObject[] = STAFF_ROLES.flatMap((role) => [
  { path: VETTING_PATHS.employers(role), element: <RoleRoute role={role}><VettingQueuePage /></RoleRoute> },
  { path: VETTING_PATHS.employer(role, ':id'), element: <RoleRoute role={role}><EmployerReviewPage /></RoleRoute> },
  { path: VETTING_PATHS.concerns(role), element: <RoleRoute role={role}><ConcernsPage /></RoleRoute> },
]);

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const vettingRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = { public: [], signedIn: staffPages };
