import type { RouteObject } from 'react-router';
import { ChangePasswordPage } from './components/ChangePasswordPage';
import { ForgotPasswordPage } from './components/ForgotPasswordPage';
import { ResetPasswordPage } from './components/ResetPasswordPage';
import { PASSWORD_PATHS } from './navigation';

/** Pages of this feature: `public` ones need no session, `signedIn` ones (any role) sit inside the app layout. */
export const passwordRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [
    { path: PASSWORD_PATHS.forgot, element: <ForgotPasswordPage /> },
    { path: PASSWORD_PATHS.reset, element: <ResetPasswordPage /> },
  ],
  signedIn: [{ path: PASSWORD_PATHS.change, element: <ChangePasswordPage /> }],
};
