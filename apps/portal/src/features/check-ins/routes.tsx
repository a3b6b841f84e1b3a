import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { CheckInPage } from './components/CheckInPage';
import { CheckInsPage } from './components/CheckInsPage';
import { CHECK_IN_PATHS } from './navigation';

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const checkInsRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    {
      path: CHECK_IN_PATHS.survivorCheckIns,
      element: (
        <RoleRoute role="survivor">
          <CheckInsPage />
        </RoleRoute>
      ),
    },
    {
      path: CHECK_IN_PATHS.survivorCheckIn(':id'),
      element: (
        <RoleRoute role="survivor">
          <CheckInPage />
        </RoleRoute>
      ),
    },
  ],
};
