import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { RetentionPage } from './components/RetentionPage';
import { RETENTION_PATHS } from './navigation';

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const retentionRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    // One page for both: the API decides whose placements and grants are counted.
    {
      path: RETENTION_PATHS.caseworkerOutcomes,
      element: (
        <RoleRoute role="caseworker">
          <RetentionPage />
        </RoleRoute>
      ),
    },
    {
      path: RETENTION_PATHS.adminOutcomes,
      element: (
        <RoleRoute role="admin">
          <RetentionPage />
        </RoleRoute>
      ),
    },
  ],
};
