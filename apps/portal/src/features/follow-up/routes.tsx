import type { RouteObject } from 'react-router';

/** Pages of this feature: `public` ones need no session, `signedIn` ones sit inside the app layout. */
export const followUpRoutes: { public: RouteObject[]; signedIn: RouteObject[] } = {
  public: [],
  signedIn: [],
};
