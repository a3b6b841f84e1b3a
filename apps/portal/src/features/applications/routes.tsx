import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../api/types';
import { EmployerOrganisationOnly } from '../employers/components/EmployerOrganisationOnly';
import { RoleRoute } from '../shell/components/RoleRoute';
import { ApplyForSomeonePage } from './components/ApplyForSomeonePage';
import { CaseworkerApplicationPage } from './components/CaseworkerApplicationPage';
import { CaseworkerApplicationsPage } from './components/CaseworkerApplicationsPage';
import { EmployerApplicationPage } from './components/EmployerApplicationPage';
import { EmployerApplicationsPage } from './components/EmployerApplicationsPage';
import { MyApplicationPage } from './components/MyApplicationPage';
import { MyApplicationsPage } from './components/MyApplicationsPage';
import { MyWorkPage } from './components/MyWorkPage';
import { CaseworkerPlacementsPage, EmployerPlacementsPage } from './components/PlacementsPages';
import { APPLICATION_PATHS } from './navigation';

const page = (role: Role, path: string, element: ReactNode): RouteObject => ({ path, element: <RoleRoute role={role}>{element}</RoleRoute> });
// Funders share the employer role but take no applications: the page explains instead.
const employerPage = (path: string, element: ReactNode) => page('employer', path, <EmployerOrganisationOnly>{element}</EmployerOrganisationOnly>);

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const applicationsRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [
    page('survivor', APPLICATION_PATHS.survivorApplications, <MyApplicationsPage />),
    page('survivor', APPLICATION_PATHS.survivorApplication(':id'), <MyApplicationPage />),
    page('survivor', APPLICATION_PATHS.survivorWork, <MyWorkPage />),
    page('caseworker', APPLICATION_PATHS.caseworkerApplications, <CaseworkerApplicationsPage />),
    page('caseworker', APPLICATION_PATHS.caseworkerNewApplication, <ApplyForSomeonePage />),
    page('caseworker', APPLICATION_PATHS.caseworkerApplication(':id'), <CaseworkerApplicationPage />),
    page('caseworker', APPLICATION_PATHS.caseworkerPlacements, <CaseworkerPlacementsPage />),
    employerPage(APPLICATION_PATHS.employerApplications, <EmployerApplicationsPage />),
    employerPage(APPLICATION_PATHS.employerApplication(':id'), <EmployerApplicationPage />),
    employerPage(APPLICATION_PATHS.employerPlacements, <EmployerPlacementsPage />),
  ],
};
