import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ApiToken, ListResponse } from './types.ts';
import type { OkBody, RequestBody } from './contract.ts';

export const tokensKey = ['tokens'] as const;

export function useTokens(params: ListParams) {
  return useQuery({
    queryKey: [...tokensKey, 'list', params],
    queryFn: ({ signal }) => api.get<ListResponse<ApiToken>>('/api/tokens', toQuery(params), signal),
    placeholderData: keepPreviousData,
  });
}

export type CreateTokenInput = RequestBody<'/api/tokens', 'post'>;

export type CreateTokenResult = OkBody<'/api/tokens', 'post'>;

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
