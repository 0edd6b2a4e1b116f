import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, apiRequest, isApiError, setCsrfToken } from './client.ts';
import type { Session } from './types.ts';
import type { RequestBody } from './contract.ts';

export const sessionKey = ['session'] as const;

/** The current session, or null when nobody is signed in (401 auth.required). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const { data } = await apiRequest<Session>('/api/session', { signal, allowUnauthorized: true });
    setCsrfToken(data.csrfToken);
    return data;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** The signed-in session; only for components rendered behind RequireSession. */
export function useSession(): Session {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession() used outside of an authenticated route');
  return data;
}

export type LoginInput = RequestBody<'/api/session', 'post'>;

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) =>
      (await apiRequest<Session>('/api/session', { method: 'POST', body: input, allowUnauthorized: true }))
        .data,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => !isSessionEntry(query.queryKey) });
      queryClient.setQueryData<SessionEnd>(sessionEndKey, null);
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

/** Why the session ended, so the login page can say it; read by the route guard. */
export type SessionEnd = 'logout' | 'expired' | null;
export const sessionEndKey = ['session-end'] as const;

function isSessionEntry(key: readonly unknown[]): boolean {
  return key[0] === sessionKey[0] || key[0] === sessionEndKey[0];
}

/** Forgets the session and everything read with it; the route guard then shows the login page. */
export function endSession(queryClient: QueryClient, reason: Exclude<SessionEnd, null>): void {
  setCsrfToken(null);
  queryClient.setQueryData<SessionEnd>(sessionEndKey, reason);
  queryClient.removeQueries({ predicate: (query) => !isSessionEntry(query.queryKey) });
  queryClient.setQueryData<Session | null>(sessionKey, null);
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/session', { allowUnauthorized: true }),
    // Signed out locally whatever the server said: a dead server must not keep someone signed in.
    onSettled: () => endSession(queryClient, 'logout'),
  });
}

export type ChangePasswordInput = RequestBody<'/api/session/password', 'post'>;

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<undefined>('/api/session/password', input),
    // The server may rotate the session and its CSRF token; read it again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
