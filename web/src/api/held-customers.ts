import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OkBody, Schema } from './contract.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';

/** Issue 15: a TMF629 customer received without what an account needs (e-mail…), to complete or reject. */
export type HeldCustomer = Schema<'HeldCustomer'>;

const heldKey = ['accounts', 'held'] as const;
const heldPath = (id: string) => `/api/accounts/held/${encodeURIComponent(id)}`;

export function useHeldCustomers() {
  return useQuery({
    queryKey: heldKey,
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/accounts/held', 'get'>>(
        '/api/accounts/held',
        { state: 'held', limit: 100 },
        signal,
      ),
  });
}

export function useRejectHeldCustomer() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (id: string, idempotencyKey) =>
      api.post<HeldCustomer>(`${heldPath(id)}/reject`, {}, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: heldKey }),
  });
}
