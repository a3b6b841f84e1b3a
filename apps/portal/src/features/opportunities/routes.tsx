import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { GrantDetailPage } from './components/GrantDetailPage';
import { JobDetailPage } from './components/JobDetailPage';
import { OpportunitiesLayout } from './components/OpportunitiesLayout';
import { OpportunitySearchPage } from './components/OpportunitySearchPage';
import { OPPORTUNITY_PATHS } from './navigation';

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const opportunitiesRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    {
      path: OPPORTUNITY_PATHS.search,
      element: (
        <RoleRoute role="survivor">
          <OpportunitiesLayout />
        </RoleRoute>
      ),
      children: [
        { index: true, element: <OpportunitySearchPage /> },
        { path: 'jobs/:id', element: <JobDetailPage /> },
        { path: 'grants/:id', element: <GrantDetailPage /> },
      ],
    },
  ],
};
