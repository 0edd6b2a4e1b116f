import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, api } from './client.ts';
import type { Schema } from './contract.ts';

/** A line's usage limits (USE-05, USE-08, USE-09, CAT-09): roaming cut-offs per zone and the data threshold. */
export type LineLimits = Schema<'LineUsageLimits'>;
export type ZoneLimit = LineLimits['zones'][number];

const limitsKey = (lineId: string) => ['usage', 'limits', lineId] as const;

export function useLineLimits(lineId: string) {
  return useQuery({
    queryKey: limitsKey(lineId),
    queryFn: ({ signal }) => api.get<LineLimits>(`/api/lines/${lineId}/usage-limits`, undefined, signal),
  });
}

/** USE-09: the reseller changes a zone's cut-off (PUT: setting the same value twice is harmless). */
export function useSetCutoff(lineId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ zone, option }: { zone: ZoneLimit['zone']; option: string }) =>
      (
        await apiRequest<LineLimits>(`/api/lines/${lineId}/roaming-cutoffs/${zone}`, {
          method: 'PUT',
          body: { option },
        })
      ).data,
    onSuccess: async (data) => {
      client.setQueryData(limitsKey(lineId), data);
      // The cut-off is a line option (ACT-06): the line's options and actions changed too.
      await client.invalidateQueries({ queryKey: ['lines'] });
    },
  });
}

/** CAT-09: a data pay-as-you-go line's data threshold, 1 to 100 GB. */
export function useSetThreshold(lineId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (gb: number) =>
      (await apiRequest<LineLimits>(`/api/lines/${lineId}/data-threshold`, { method: 'PUT', body: { gb } }))
        .data,
    onSuccess: (data) => client.setQueryData(limitsKey(lineId), data),
  });
}
