import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setAuthHandlers } from '../api/client.ts';
import { endSession, sessionKey } from '../api/session.ts';

/**
 * Connects the API client to the app: a 401 anywhere ends the session (the guard then shows the
 * login page); a forced password change or a rejected CSRF token makes the session be read again.
 */
export function AuthBridge() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setAuthHandlers({
      onUnauthorized: () => endSession(queryClient, 'expired'),
      onPasswordChangeRequired: () => void queryClient.invalidateQueries({ queryKey: sessionKey }),
      onCsrfRejected: () => void queryClient.invalidateQueries({ queryKey: sessionKey }),
    });
    return () => setAuthHandlers(null);
  }, [queryClient]);
  return null;
}
