import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { GrantApplicationPage } from './components/GrantApplicationPage';
import { GrantApplicationsPage } from './components/GrantApplicationsPage';
import { MyGrantApplicationPage } from './components/MyGrantApplicationPage';
import { MyGrantApplicationsPage } from './components/MyGrantApplicationsPage';
import { NewGrantApplicationPage } from './components/NewGrantApplicationPage';
import { GRANT_APPLICATION_PATHS } from './navigation';

const survivorPage = (element: ReactNode) => <RoleRoute role="survivor">{element}</RoleRoute>;
const caseworkerPage = (element: ReactNode) => <RoleRoute role="caseworker">{element}</RoleRoute>;

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const grantApplicationsRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    { path: GRANT_APPLICATION_PATHS.survivorList, element: survivorPage(<MyGrantApplicationsPage />) },
    { path: `${GRANT_APPLICATION_PATHS.survivorList}/:id`, element: survivorPage(<MyGrantApplicationPage />) },
    { path: GRANT_APPLICATION_PATHS.caseworkerList, element: caseworkerPage(<GrantApplicationsPage />) },
    { path: GRANT_APPLICATION_PATHS.caseworkerNew, element: caseworkerPage(<NewGrantApplicationPage />) },
    { path: `${GRANT_APPLICATION_PATHS.caseworkerList}/:id`, element: caseworkerPage(<GrantApplicationPage />) },
  ],
};
