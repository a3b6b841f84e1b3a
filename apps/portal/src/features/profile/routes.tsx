import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { AccessLogPage } from './components/AccessLogPage';
import { MatchesPage } from './components/MatchesPage';
import { ProfilePage } from './components/ProfilePage';
import { SharingPage } from './components/SharingPage';
import { PROFILE_PATHS } from './navigation';

const ownPage = (path: string, element: ReactNode): RouteObject => ({ path, element: <RoleRoute role="survivor">{element}</RoleRoute> });

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const profileRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    ownPage(PROFILE_PATHS.profile, <ProfilePage />),
    ownPage(PROFILE_PATHS.matches, <MatchesPage />),
    ownPage(PROFILE_PATHS.sharing, <SharingPage />),
    ownPage(PROFILE_PATHS.privacy, <AccessLogPage />),
  ],
};
