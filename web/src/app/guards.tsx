import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { sessionEndKey, useSession, useSessionQuery, type SessionEnd } from '../api/session.ts';
import { ForbiddenPage } from '../pages/forbidden-page.tsx';
import { ForcedPasswordPage } from '../pages/password-page.tsx';
import { canOpen, viewerOf } from './navigation.ts';
import { FullPageError, FullPageLoading } from './status-screens.tsx';

export interface LoginLocationState {
  /** Where to go back after signing in. */
  from?: string;
  reason?: SessionEnd;
  /** Prefills the login (after choosing a password with an e-mailed link). */
  login?: string;
}

/**
 * Everything but /login sits behind this: no session → login page (remembering where the user was
 * going); a password to change → nothing else until it is changed.
 */
export function RequireSession() {
  const { data: session, error, refetch, isPending } = useSessionQuery();
  const location = useLocation();
  const queryClient = useQueryClient();

  if (isPending) return <FullPageLoading />;
  if (!session && error) return <FullPageError error={error} onRetry={() => void refetch()} />;
  if (!session) {
    const reason = queryClient.getQueryData<SessionEnd>(sessionEndKey) ?? null;
    const state: LoginLocationState = {
      from: reason === 'logout' ? undefined : `${location.pathname}${location.search}`,
      reason,
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (session.user.mustChangePassword) {
    if (location.pathname !== '/password') return <Navigate to="/password" replace />;
    return <ForcedPasswordPage />;
  }
  return <Outlet />;
}

/** Pages the user's permissions do not open show why instead of an empty screen; the navigation hides them anyway. */
export function RoleGate() {
  const session = useSession();
  const location = useLocation();
  if (!canOpen(viewerOf(session), location.pathname)) return <ForbiddenPage />;
  return <Outlet />;
}
