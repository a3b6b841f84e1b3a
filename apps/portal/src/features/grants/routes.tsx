import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { GrantManagersOnly } from './components/GrantManagersOnly';
import { GrantProgrammePage } from './components/GrantProgrammePage';
import { GrantProgrammesPage } from './components/GrantProgrammesPage';
import { NewGrantProgrammePage } from './components/NewGrantProgrammePage';
import { GRANT_MANAGER_ROLES, GRANT_PATHS, type GrantManagerRole } from './paths';

const page = (role: GrantManagerRole, element: ReactNode) => (
  <RoleRoute role={role}>
    <GrantManagersOnly>{element}</GrantManagersOnly>
  </RoleRoute>
);

/** RoleRoute takes one role: each role that runs programmes gets them under its own home. */
const managerPages: RouteObject[] = GRANT_MANAGER_ROLES.flatMap((role) => [
  { path: GRANT_PATHS.list(role), element: page(role, <GrantProgrammesPage />) },
  { path: GRANT_PATHS.create(role), element: page(role, <NewGrantProgrammePage />) },
  { path: GRANT_PATHS.programme(role, ':id'), element: page(role, <GrantProgrammePage />) },
]);

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const grantsRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = { public: [], signedIn: managerPages };
