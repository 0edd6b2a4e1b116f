import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OkBody, Schema } from './contract.ts';

/** Issue 15: the TM Forum event listeners of the reseller, for admins and supervisors. */
export type TmfHubListener = Schema<'TmfHubListener'>;

const listenersKey = ['tmf-hub', 'listeners'] as const;

export function useTmfListeners() {
  return useQuery({
    queryKey: listenersKey,
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/tmf-hub/listeners', 'get'>>('/api/tmf-hub/listeners', undefined, signal),
  });
}

/** Unregisters through the API's own hub (`DELETE {base}/hub/{id}`), as a TM Forum client would. */
export function useDeleteTmfListener() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (l: TmfHubListener) => api.delete(`${l.base}/hub/${encodeURIComponent(l.id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listenersKey }),
  });
}
