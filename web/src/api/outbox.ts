import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import type { ListResponse, OutboxMessage, OutboxStatus, OutboxSummary } from './types.ts';

export const outboxKey = ['outbox'] as const;

export interface OutboxFilters {
  status?: OutboxStatus;
  transport?: NonNullable<OutboxSummary['transport']>;
  /** Messages about one entity (the customer page: entityType=account). */
  entityType?: string;
  entityId?: string;
}

export function useOutbox(params: ListParams, filters: OutboxFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...outboxKey, 'list', params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<OutboxSummary>>('/api/outbox', toQuery(params, { ...filters }), signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    // The worker delivers in the background: the lists follow without a reload.
    refetchInterval: 5_000,
  });
}

/** The list holds summaries; the body comes with the message itself (the row shows meanwhile). */
export function useOutboxMessage(id: string) {
  return useQuery({
    queryKey: [...outboxKey, 'detail', id],
    queryFn: ({ signal }) =>
      api.get<OutboxMessage>(`/api/outbox/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: 60_000,
  });
}

export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<OutboxMessage | undefined>(`/api/outbox/${encodeURIComponent(id)}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}
