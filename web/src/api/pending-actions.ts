import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import type { ListResponse, PendingAction } from './types.ts';

export const pendingActionsKey = ['pending-actions'] as const;

export function usePendingActions(
  params: ListParams,
  filters: { status?: string },
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: [...pendingActionsKey, params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<PendingAction>>('/api/pending-actions', toQuery(params, { ...filters }), signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useCancelPendingAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<PendingAction | undefined>(`/api/pending-actions/${encodeURIComponent(id)}/cancel`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pendingActionsKey }),
  });
}
