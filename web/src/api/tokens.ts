import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ApiToken, ListResponse, Role } from './types.ts';

export const tokensKey = ['tokens'] as const;

export function useTokens(params: ListParams) {
  return useQuery({
    queryKey: [...tokensKey, 'list', params],
    queryFn: ({ signal }) => api.get<ListResponse<ApiToken>>('/api/tokens', toQuery(params), signal),
    placeholderData: keepPreviousData,
  });
}

export interface CreateTokenInput {
  name: string;
  role: Role;
  expiresAt?: string;
}

export interface CreateTokenResult {
  token: ApiToken;
  secret: string;
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: CreateTokenInput, idempotencyKey) =>
      api.post<CreateTokenResult>('/api/tokens', input, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
