import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RoleRoute } from '../shell/components/RoleRoute';
import { EmployerOrganisationOnly } from './components/EmployerOrganisationOnly';
import { JobPage } from './components/JobPage';
import { JobsPage } from './components/JobsPage';
import { NewJobPage } from './components/NewJobPage';
import { OrganisationPage } from './components/OrganisationPage';
import { RegisterEmployerPage } from './components/RegisterEmployerPage';
import { EMPLOYER_PATHS } from './paths';

const employerPage = (page: ReactNode) => (
  <RoleRoute role="employer">
    <EmployerOrganisationOnly>{page}</EmployerOrganisationOnly>
  </RoleRoute>
);

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const employersRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [{ path: EMPLOYER_PATHS.register, element: <RegisterEmployerPage /> }],
  signedIn: [
    { path: EMPLOYER_PATHS.organisation, element: employerPage(<OrganisationPage />) },
    { path: EMPLOYER_PATHS.jobs, element: employerPage(<JobsPage />) },
    { path: EMPLOYER_PATHS.newJob, element: employerPage(<NewJobPage />) },
    { path: '/employer/jobs/:id', element: employerPage(<JobPage />) },
  ],
};
