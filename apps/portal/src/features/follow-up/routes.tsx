import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { FlagPage } from './components/FlagPage';
import { FlagQueuePage } from './components/FlagQueuePage';
import { SurvivorTimelinePage } from './components/SurvivorTimelinePage';
import { FOLLOW_UP_PATHS } from './navigation';

const caseworkerPage = (path: string, element: ReactNode): RouteObject => ({ path, element: <RoleRoute role="caseworker">{element}</RoleRoute> });

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const followUpRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    caseworkerPage(FOLLOW_UP_PATHS.queue, <FlagQueuePage />),
    caseworkerPage(FOLLOW_UP_PATHS.flag(':id'), <FlagPage />),
    caseworkerPage(FOLLOW_UP_PATHS.timeline(':id'), <SurvivorTimelinePage />),
  ],
};
