import { Navigate } from 'react-router';
import { AppLayout } from '../../shell/components/AppLayout';
import { PageError } from '../../shell/components/PageError';
import { PageLoader } from '../../shell/components/PageLoader';
import { PublicLayout } from '../../shell/components/PublicLayout';
import { SIGN_IN_PATH } from '../../shell/navigation';
import { CurrentUserContext } from '../hooks/CurrentUserContext';
import { useMe } from '../hooks/useMe';

/** Layout route for signed-in pages: sends anyone without a session to sign-in. */
export function RequireAuth() {
  const { data: me, isPending, error, refetch } = useMe();
  if (isPending) {
    return (
      <PublicLayout>
        <PageLoader />
      </PublicLayout>
    );
  }
  if (error) {
    return (
      <PublicLayout>
        <PageError error={error} onRetry={() => void refetch()} />
      </PublicLayout>
    );
  }
  if (!me) return <Navigate to={SIGN_IN_PATH} replace />;
  return (
    <CurrentUserContext value={me}>
      <AppLayout />
    </CurrentUserContext>
  );
}
