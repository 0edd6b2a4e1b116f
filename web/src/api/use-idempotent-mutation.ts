import { useRef } from 'react';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { isApiError, newIdempotencyKey } from './client.ts';

/**
 * A mutation that creates something. Each user submission gets one Idempotency-Key; when the same
 * submission (same variables) is sent again after the answer was lost — network failure or a
 * gateway error — the key is re-used, so the server replays its first answer instead of creating
 * a duplicate. Any definite answer ends the submission: the next one gets a fresh key.
 */
export function useIdempotentMutation<TVariables, TData>(options: {
  mutationFn: (variables: TVariables, idempotencyKey: string) => Promise<TData>;
  onSuccess?: (data: TData, variables: TVariables) => unknown;
}): UseMutationResult<TData, Error, TVariables> {
  const pending = useRef<{ key: string; fingerprint: string } | null>(null);
  const { mutationFn, onSuccess } = options;
  return useMutation<TData, Error, TVariables>({
    mutationFn: (variables) => {
      const fingerprint = JSON.stringify(variables) ?? '';
      let entry = pending.current;
      if (!entry || entry.fingerprint !== fingerprint) {
        entry = { key: newIdempotencyKey(), fingerprint };
        pending.current = entry;
      }
      return mutationFn(variables, entry.key);
    },
    onSuccess: (data, variables) => {
      pending.current = null;
      return onSuccess?.(data, variables);
    },
    onError: (error) => {
      const answerLost = isApiError(error) && (error.isNetworkError || error.status >= 502);
      if (!answerLost) pending.current = null;
    },
  });
}
