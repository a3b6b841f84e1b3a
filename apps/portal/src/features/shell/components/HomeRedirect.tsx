import { Navigate } from 'react-router';
import { useMe } from '../../auth/hooks/useMe';
import { homePathFor, SIGN_IN_PATH } from '../navigation';
import { PageError } from './PageError';
import { PageLoader } from './PageLoader';

/** `/`: the signed-in user's home, or sign-in. */
export function HomeRedirect() {
  const { data: me, isPending, error, refetch } = useMe();
  if (isPending) return <PageLoader />;
  if (error) return <PageError error={error} onRetry={() => void refetch()} />;
  return <Navigate to={me ? homePathFor(me.role) : SIGN_IN_PATH} replace />;
}
