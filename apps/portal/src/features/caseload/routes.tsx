import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { CandidatesPage } from './components/CandidatesPage';
import { JobCandidatesPage } from './components/JobCandidatesPage';
import { NewSurvivorPage } from './components/NewSurvivorPage';
import { SurvivorPage } from './components/SurvivorPage';
import { SurvivorsPage } from './components/SurvivorsPage';
import { CASELOAD_PATHS } from './navigation';

const caseworkerPage = (element: ReactNode) => <RoleRoute role="caseworker">{element}</RoleRoute>;

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const caseloadRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    { path: CASELOAD_PATHS.survivors, element: caseworkerPage(<SurvivorsPage />) },
    { path: CASELOAD_PATHS.newSurvivor, element: caseworkerPage(<NewSurvivorPage />) },
    { path: CASELOAD_PATHS.survivor(':id'), element: caseworkerPage(<SurvivorPage />) },
    { path: CASELOAD_PATHS.candidates, element: caseworkerPage(<CandidatesPage />) },
    { path: CASELOAD_PATHS.jobCandidates(':id'), element: caseworkerPage(<JobCandidatesPage />) },
  ],
};
