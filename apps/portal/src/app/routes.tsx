import { Navigate, type RouteObject } from 'react-router';
import type { Role } from '../api/types';
import { employersRoutes } from '../features/employers/routes';
import { grantsRoutes } from '../features/grants/routes';
import { opportunitiesRoutes } from '../features/opportunities/routes';
import { vettingRoutes } from '../features/vetting/routes';
import { profileRoutes } from '../features/profile/routes';
import { caseloadRoutes } from '../features/caseload/routes';
import { applicationsRoutes } from '../features/applications/routes';
import { grantApplicationsRoutes } from '../features/grant-applications/routes';
import { followUpRoutes } from '../features/follow-up/routes';
import { retentionRoutes } from '../features/retention/routes';
import { checkInsRoutes } from '../features/check-ins/routes';
import { passwordRoutes } from '../features/password/routes';
import { operationsRoutes } from '../features/operations/routes';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { SignInPage } from '../features/auth/components/SignInPage';
import { AcceptInvitationPage } from '../features/invitations/components/AcceptInvitationPage';
import { InviteUserPage } from '../features/invitations/components/InviteUserPage';
import { HomeRedirect } from '../features/shell/components/HomeRedirect';
import { PublicLayout } from '../features/shell/components/PublicLayout';
import { RoleHomePage } from '../features/shell/components/RoleHomePage';
import { RoleRoute } from '../features/shell/components/RoleRoute';
import { INVITE_PATHS, ROLE_HOME_PATHS } from '../features/shell/navigation';
import { RootLayout } from './RootLayout';

const homes = (Object.entries(ROLE_HOME_PATHS) as [Role, string][]).map(([role, path]) => ({
  path,
  element: (
    <RoleRoute role={role}>
      <RoleHomePage />
    </RoleRoute>
  ),
}));

const invitePages = (Object.entries(INVITE_PATHS) as [Role, string][]).map(([role, path]) => ({
  path,
  element: (
    <RoleRoute role={role}>
      <InviteUserPage />
    </RoleRoute>
  ),
}));

const features = [opportunitiesRoutes, employersRoutes, vettingRoutes, grantsRoutes, profileRoutes, caseloadRoutes, applicationsRoutes, grantApplicationsRoutes, followUpRoutes, retentionRoutes, checkInsRoutes, operationsRoutes, passwordRoutes];

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'invite', element: <AcceptInvitationPage /> },
          ...features.flatMap((feature) => feature.public),
        ],
      },
      { element: <RequireAuth />, children: [...homes, ...invitePages, ...features.flatMap((feature) => feature.signedIn)] },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
