import type { OkBody, Schema } from '../../api/contract.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../api/client.ts';
import { useIdempotentMutation } from '../../api/use-idempotent-mutation.ts';

/** The internet subscriptions' API (issue 11): /api/internet/... */

export type CatalogItem = OkBody<'/api/internet/catalog', 'get'>['items'][number];
export type Operator = NonNullable<CatalogItem['operator']>;

/** A subscription as the server sends it (the generated API contract). */
export type InternetSubscription = Schema<'InternetSubscription'>;

/** An action of the subscription page, with its date, fee and refusal (the generated contract). */
export type InternetAction = InternetSubscription['actions'][number];

/** An eligibility check as the server sends it (the generated API contract). */
export type EligibilityCheck = Schema<'InternetEligibilityCheck'>;

const key = ['internet'] as const;

export function useInternetCatalog() {
  return useQuery({
    queryKey: [...key, 'catalog'],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/internet/catalog', 'get'>>('/api/internet/catalog', undefined, signal),
    staleTime: 60_000,
  });
}

export function useAccountSubscriptions(accountId: string, enabled = true) {
  return useQuery({
    enabled: enabled && accountId !== '',
    queryKey: [...key, 'account', accountId],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/internet/subscriptions', 'get'>>(
        '/api/internet/subscriptions',
        { accountId },
        signal,
      ),
  });
}

export function useSubscription(id: string) {
  return useQuery({
    queryKey: [...key, 'subscription', id],
    queryFn: ({ signal }) =>
      api.get<InternetSubscription>(
        `/api/internet/subscriptions/${encodeURIComponent(id)}`,
        undefined,
        signal,
      ),
  });
}

/** A POST/PUT on the internet API, with an Idempotency-Key per submission; refreshes what it shows. */
export function useInternetMutation<TBody, TResult>(
  path: (body: TBody) => string,
  method: 'POST' | 'PUT' = 'POST',
) {
  const queryClient = useQueryClient();
  return useIdempotentMutation<TBody, TResult>({
    mutationFn: (body, idempotencyKey) =>
      method === 'POST'
        ? api.post<TResult>(path(body), stripPath(body), { idempotencyKey })
        : apiPut<TResult>(path(body), stripPath(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

function stripPath(body: unknown): unknown {
  if (body && typeof body === 'object' && 'subscriptionId' in body) {
    const { subscriptionId: _drop, ...rest } = body as Record<string, unknown>;
    void _drop;
    return rest;
  }
  return body;
}

async function apiPut<T>(path: string, body: unknown): Promise<T> {
  return (await apiRequest<T>(path, { method: 'PUT', body })).data;
}
