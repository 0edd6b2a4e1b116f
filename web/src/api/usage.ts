import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from './client.ts';
import type { ListResponse } from './types.ts';
import type { Schema, paths } from './contract.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';

/** Usage (issue 12): CDR imports and a line's month of usage (USE-07). */

/** The server's shapes, from the generated contract (never a hand-written copy). */
export type UsageImport = Schema<'UsageImport'>;
export type KindTotal = Schema<'LineUsage'>['totals']['data'];
export type LineUsage = Schema<'LineUsage'>;

export type UsageKind = LineUsage['journal']['items'][number]['kind'];
/** The journal's filter, as the route's `kind` query parameter takes it. */
export type KindFilter = NonNullable<paths['/api/lines/{id}/usage']['get']['parameters']['query']['kind']>;

const usageKey = ['usage'] as const;

export function useLineUsage(lineId: string, month: string | undefined, kind: KindFilter) {
  return useQuery({
    queryKey: [...usageKey, 'line', lineId, month ?? 'current', kind],
    queryFn: ({ signal }) =>
      api.get<LineUsage>(`/api/lines/${lineId}/usage`, { month, kind, limit: 50, offset: 0 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Past imports; while one runs (an upload, the inbox, the command line) its progress is polled. */
export function useUsageImports(offset: number, uploading = false) {
  return useQuery({
    queryKey: [...usageKey, 'imports', offset],
    queryFn: ({ signal }) =>
      api.get<ListResponse<UsageImport>>('/api/usage/imports', { limit: 25, offset }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      uploading || q.state.data?.items.some((i) => i.state === 'running') ? 2000 : false,
  });
}

export function useUsageImport(id: string | null) {
  return useQuery({
    queryKey: [...usageKey, 'import', id],
    queryFn: ({ signal }) => api.get<UsageImport>(`/api/usage/imports/${id ?? ''}`, undefined, signal),
    enabled: id !== null,
  });
}

/**
 * Uploads a CDR file (text/csv), streamed by the browser from the disk; the answer, once the whole
 * file is counted, is the import with its figures and rejects.
 */
export function useImportCdr() {
  const client = useQueryClient();
  return useIdempotentMutation<{ filename: string; file: Blob }, UsageImport>({
    mutationFn: async ({ filename, file }, idempotencyKey) =>
      (
        await apiRequest<UsageImport>('/api/usage/imports', {
          method: 'POST',
          query: { filename },
          rawBody: { type: 'text/csv', data: file },
          noTimeout: true,
          idempotencyKey,
        })
      ).data,
    onSuccess: () => client.invalidateQueries({ queryKey: usageKey }),
  });
}
