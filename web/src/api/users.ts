import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getVersioned, patchVersioned, type Versioned } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { sessionKey } from './session.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ListResponse, Session, User } from './types.ts';
import type { OkBody, RequestBody, Schema } from './contract.ts';

export const usersKey = ['users'] as const;

export interface UserFilters {
  q?: string;
  role?: string;
  active?: string;
}

export function useUsers(params: ListParams, filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, 'list', params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<User>>('/api/users', toQuery(params, { ...filters }), signal),
    placeholderData: keepPreviousData,
  });
}

export function userPath(id: string): string {
  return `/api/users/${encodeURIComponent(id)}`;
}

export function useUser(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'detail', id],
    queryFn: ({ signal }) => getVersioned<User>(userPath(id), signal),
  });
}

export type CreateUserInput = RequestBody<'/api/users', 'post'>;

/** Where the set-password link went and until when it works (issue 8: no password is shown). */
export type PasswordLinkSent = Schema<'PasswordLinkSent'>;

export type CreateUserResult = OkBody<'/api/users', 'post'>;

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: CreateUserInput, idempotencyKey) =>
      api.post<CreateUserResult>('/api/users', input, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] }),
  });
}

export type UpdateUserInput = RequestBody<'/api/users/{id}', 'patch'>;

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, etag }: { patch: UpdateUserInput; etag: string | null }) =>
      patchVersioned<User>(userPath(id), patch, etag),
    onSuccess: async (result: Versioned<User>) => {
      queryClient.setQueryData([...usersKey, 'detail', id], result);
      queryClient.setQueryData<Session | null>(sessionKey, (session) =>
        session && session.user.id === result.data.id ? { ...session, user: result.data } : session,
      );
      // Without an ETag in the answer, read the resource again before the next change.
      if (!result.etag) await queryClient.invalidateQueries({ queryKey: [...usersKey, 'detail', id] });
      await queryClient.invalidateQueries({ queryKey: [...usersKey, 'list'] });
    },
  });
}

export function useResetUserPassword(id: string) {
  return useIdempotentMutation({
    mutationFn: (_input: { userId: string }, idempotencyKey) =>
      api.post<PasswordLinkSent>(`${userPath(id)}/password-reset`, undefined, {
        idempotencyKey,
      }),
  });
}
