import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OkBody, RequestBody, Schema } from './contract.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';

/** Usage, third slice: recharges (USE-06), the line's data chart and the tenant view (USE-07). */

export type Recharge = Schema<'UsageRecharge'>;
export type LineRecharges = Schema<'LineRecharges'>;
export type LineDataChart = Schema<'LineDataChart'>;
export type LinesNearEnvelope = OkBody<'/api/usage/lines', 'get'>;
export type LineNearEnvelope = LinesNearEnvelope['items'][number];
export type OrderRechargeInput = RequestBody<'/api/lines/{id}/recharges', 'post'>;

/** While a recharge is being applied (up to 30 minutes, USE-06), asked again every few seconds. */
export function useLineRecharges(lineId: string, enabled = true) {
  return useQuery({
    queryKey: ['usage', 'recharges', lineId],
    queryFn: ({ signal }) => api.get<LineRecharges>(`/api/lines/${lineId}/recharges`, undefined, signal),
    enabled,
    refetchInterval: (q) => (q.state.data?.items.some((r) => r.state === 'pending') ? 3_000 : false),
  });
}

/** USE-06: orders a recharge; a 409 `usage.recharge_recent` asks for `confirmDuplicate`. */
export function useOrderRecharge(lineId: string) {
  const client = useQueryClient();
  return useIdempotentMutation<OrderRechargeInput, Recharge>({
    mutationFn: (input, idempotencyKey) =>
      api.post<Recharge>(`/api/lines/${lineId}/recharges`, input, { idempotencyKey }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['usage'] }),
  });
}

export function useLineDataChart(lineId: string, month: string | undefined) {
  return useQuery({
    queryKey: ['usage', 'chart', lineId, month ?? 'current'],
    queryFn: ({ signal }) =>
      api.get<LineDataChart>(`/api/lines/${lineId}/usage/data-chart`, { month }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLinesNearEnvelope(q: { offset: number; sort: string; minPercent: number | undefined }) {
  return useQuery({
    queryKey: ['usage', 'near-envelope', q],
    queryFn: ({ signal }) =>
      api.get<LinesNearEnvelope>(
        '/api/usage/lines',
        { limit: 25, offset: q.offset, sort: q.sort, minPercent: q.minPercent },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}
