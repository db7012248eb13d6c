import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageError, FullPageLoader } from './FullPageState';
import { loginPath } from './login-redirect';
import { isNotSessionQuery } from './session-api';
import { TotpEnrolmentPage } from './TotpEnrolmentPage';
import { useSession } from './use-session';

/**
 * The route guard around every page of the app: a full-page loader while the session is checked,
 * /login?next=<here> without one, the page with one.
 */
export function RequireSession() {
  const { status, endReason, error, retry, user } = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();

  // Signed out or expired: drop every cached record (confidential data must not outlive the session).
  // Done here, after the pages that used the data have gone, so nothing refetches it.
  useEffect(() => {
    if (status === 'unauthenticated') queryClient.removeQueries({ predicate: isNotSessionQuery });
  }, [status, queryClient]);

  if (status === 'loading') return <FullPageLoader />;
  if (status === 'error') return <FullPageError error={error} onRetry={retry} />;
  if (status === 'unauthenticated') {
    return <Navigate to={endReason === 'signed-out' ? '/login' : loginPath(location)} replace />;
  }
  // An administrator requires two-step verification: the API allows nothing else until it is set up.
  if (user?.totpRequired && !user.totpEnabled) return <TotpEnrolmentPage />;
  return <Outlet />;
}
