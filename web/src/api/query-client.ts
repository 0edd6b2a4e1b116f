import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './client.ts';

/** Retry only what may succeed on its own: no answer at all, or a gateway/server hiccup. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return isApiError(error) && (error.isNetworkError || error.status >= 502);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
