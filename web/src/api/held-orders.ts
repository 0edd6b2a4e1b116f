import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OkBody, Schema } from './contract.ts';

/** Issue 15: a TMF622 order received without a customer or an offer, to complete or reject. */
export type HeldOrder = Schema<'HeldOrder'>;

const heldKey = ['orders', 'held'] as const;

export function useHeldOrders() {
  return useQuery({
    queryKey: heldKey,
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/orders/held', 'get'>>('/api/orders/held', { state: 'held', limit: 100 }, signal),
  });
}

export function useRejectHeldOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<HeldOrder>(`/api/orders/held/${encodeURIComponent(id)}/reject`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: heldKey }),
  });
}
