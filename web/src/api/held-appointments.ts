import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OkBody, Schema } from './contract.ts';
import { incidentsKey } from './incidents.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';

/** Issue 15: a TMF646 appointment received without its incident, place or phone, to complete or reject. */
export type HeldAppointment = Schema<'HeldAppointment'>;

const heldKey = ['appointments', 'held'] as const;
const heldPath = (id: string) => `/api/appointments/held/${encodeURIComponent(id)}`;

export function useHeldAppointments() {
  return useQuery({
    queryKey: heldKey,
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/appointments/held', 'get'>>(
        '/api/appointments/held',
        { state: 'held', limit: 100 },
        signal,
      ),
  });
}

export function useRejectHeldAppointment() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (id: string, idempotencyKey) =>
      api.post<HeldAppointment>(`${heldPath(id)}/reject`, {}, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: heldKey }),
  });
}

/** Plans the intervention on the chosen incident; the received appointment becomes it. */
export function useCompleteHeldAppointment() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }, idempotencyKey) =>
      api.post<HeldAppointment>(`${heldPath(id)}/complete`, body, { idempotencyKey }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: heldKey });
      await queryClient.invalidateQueries({ queryKey: incidentsKey });
    },
  });
}
