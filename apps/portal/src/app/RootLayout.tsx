import { Outlet } from 'react-router';
import { SessionExpiryWatcher } from '../features/auth/components/SessionExpiryWatcher';

export function RootLayout() {
  return (
    <>
      <SessionExpiryWatcher />
      <Outlet />
    </>
  );
}
