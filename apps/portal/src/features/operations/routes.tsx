import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { AccountsPage } from './components/AccountsPage';
import { SystemStatusPage } from './components/SystemStatusPage';
import { OPERATIONS_PATHS } from './navigation';

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const operationsRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    {
      path: OPERATIONS_PATHS.status,
      element: (
        <RoleRoute role="admin">
          <SystemStatusPage />
        </RoleRoute>
      ),
    },
    {
      path: OPERATIONS_PATHS.accounts,
      element: (
        <RoleRoute role="admin">
          <AccountsPage />
        </RoleRoute>
      ),
    },
  ],
};
