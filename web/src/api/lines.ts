import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ListResponse } from './types.ts';
import { toQuery, type ListParams } from './list-params.ts';
import type { CatalogOfferDetail } from './catalog.ts';
import type { OkBody, RequestBody, Schema } from './contract.ts';

/** Stock (SIMs, numbers), orders and lines: the hooks of issue 3's pages. */

export type Sim = Schema<'Sim'>;
export type Line = Schema<'Line'>;
export type Order = Schema<'Order'>;

export type Network = Line['network'];
export type SimType = Line['simType'];
export type LineState = Line['state'];
export type OrderState = Order['state'];

export type StockCount = OkBody<'/api/stock/summary', 'get'>['items'][number];

export type OrderInput = RequestBody<'/api/orders', 'post'>;
export type OrderLineInput = OrderInput['lines'][number];

const stockKey = ['stock'] as const;
const linesKey = ['lines'] as const;
const ordersKey = ['orders'] as const;

export function useStockSummary() {
  return useQuery({
    queryKey: [...stockKey, 'summary'],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/stock/summary', 'get'>>('/api/stock/summary', undefined, signal),
  });
}

export function useSims(
  filters: { accountId?: string; state?: string; network?: string; q?: string },
  limit = 25,
  offset = 0,
) {
  return useQuery({
    queryKey: [...stockKey, 'sims', filters, limit, offset],
    queryFn: ({ signal }) =>
      api.get<ListResponse<Sim>>('/api/stock/sims', { ...filters, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFreeNumbers(network: Network | null) {
  return useQuery({
    queryKey: [...stockKey, 'free-numbers', network],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/stock/numbers/free', 'get'>>(
        '/api/stock/numbers/free',
        { network: network ?? 'orange', limit: 200 },
        signal,
      ),
    enabled: network !== null,
  });
}

function useStockRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: stockKey });
}

export function useImportStock(kind: 'sims' | 'numbers') {
  const refresh = useStockRefresh();
  return useIdempotentMutation({
    mutationFn: (csv: string, idempotencyKey) =>
      api.post<OkBody<`/api/stock/${typeof kind}/import`, 'post'>>(
        `/api/stock/${kind}/import`,
        { csv },
        { idempotencyKey },
      ),
    onSuccess: refresh,
  });
}

/** SC-06: assign SIMs to a customer (`assign`, with the account) or put them back (`release`). */
export function useAssignSims<Action extends 'assign' | 'release'>(action: Action) {
  type Path = `/api/stock/sims/${Action}`;
  const refresh = useStockRefresh();
  return useMutation({
    mutationFn: (selection: RequestBody<Path, 'post'>) =>
      api.post<OkBody<Path, 'post'>>(`/api/stock/sims/${action}`, selection),
    onSuccess: refresh,
  });
}

export interface LineFilters {
  q?: string;
  state?: string;
  network?: string;
  offer?: string;
}

/** The fleet page: paging, sort and filters from the page URL (useListState). */
export function useFleet(params: ListParams, filters: LineFilters) {
  return useQuery({
    queryKey: [...linesKey, 'fleet', params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<Line>>('/api/lines', toQuery(params, { ...filters }), signal),
    placeholderData: keepPreviousData,
  });
}

export function useLines(
  filters: { accountId?: string; state?: string; q?: string },
  limit = 25,
  offset = 0,
) {
  return useQuery({
    queryKey: [...linesKey, 'list', filters, limit, offset],
    queryFn: ({ signal }) => api.get<ListResponse<Line>>('/api/lines', { ...filters, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLine(id: string) {
  return useQuery({
    queryKey: [...linesKey, 'detail', id],
    queryFn: ({ signal }) => api.get<Line>(`/api/lines/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function useEsimActivation(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...linesKey, 'esim', id],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/lines/{id}/esim', 'get'>>(
        `/api/lines/${encodeURIComponent(id)}/esim`,
        undefined,
        signal,
      ),
    enabled,
  });
}

export function useRevealSecrets(id: string) {
  return useMutation({
    mutationFn: () =>
      api.post<OkBody<'/api/lines/{id}/secrets', 'post'>>(`/api/lines/${encodeURIComponent(id)}/secrets`),
  });
}

export function useOrders(filters: { accountId?: string }, limit = 25, offset = 0) {
  return useQuery({
    queryKey: [...ordersKey, 'list', filters, limit, offset],
    queryFn: ({ signal }) =>
      api.get<ListResponse<Order>>('/api/orders', { ...filters, limit, offset }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: string) {
  return useQuery({
    queryKey: [...ordersKey, 'detail', id],
    queryFn: ({ signal }) => api.get<Order>(`/api/orders/${encodeURIComponent(id)}`, undefined, signal),
    // The worker activates the lines shortly after: follow the order until it is done.
    refetchInterval: (q) =>
      q.state.data && ['queued', 'in_progress'].includes(q.state.data.state) ? 2000 : false,
  });
}

/**
 * A new order. Given an order received « à compléter » (issue 15), the order is created and the
 * received one released with it by one request, in one transaction (its list is under ordersKey).
 */
export function useCreateOrder(heldId?: string | null) {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: OrderInput, idempotencyKey) =>
      api.post<Order>(
        heldId ? `/api/orders/held/${encodeURIComponent(heldId)}/order` : '/api/orders',
        input,
        { idempotencyKey },
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ordersKey }),
        queryClient.invalidateQueries({ queryKey: linesKey }),
        queryClient.invalidateQueries({ queryKey: stockKey }),
      ]),
  });
}

/** An offer's detail (allowed options, roaming zones) once one is chosen in the order form. */
export function useOrderOffer(id: string) {
  return useQuery({
    queryKey: ['catalog', 'offer', id],
    queryFn: ({ signal }) =>
      api.get<CatalogOfferDetail>(`/api/catalog/offers/${encodeURIComponent(id)}`, undefined, signal),
    enabled: id !== '',
  });
}

export type Charge = OkBody<'/api/charges', 'get'>['items'][number];

export function useCharges(accountId: string) {
  return useQuery({
    queryKey: [...ordersKey, 'charges', accountId],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/charges', 'get'>>('/api/charges', { accountId, limit: 100, offset: 0 }, signal),
  });
}

// ── Line actions (ACT-01..ACT-05) ──────────────────────────────────────────────────────────────

export type LineActions = Schema<'LineActions'>;
export type LineActionItem = LineActions['items'][number];
export type LineActionType = LineActionItem['type'];

/** What an option added or changed writes to the ledger (CAT-01, ACT-06), as the server computes it. */
export type ChargePreview = NonNullable<LineActionItem['charges']>[number];

export type LineOptionDetail = LineActions['options'][number];

/** ACT-06: one zone's roaming envelope (the active choice, never a sum). */
export type RoamingEnvelope = LineActions['roaming'][number];

export function useLineActions(id: string) {
  return useQuery({
    queryKey: [...linesKey, 'actions', id],
    queryFn: ({ signal }) =>
      api.get<LineActions>(`/api/lines/${encodeURIComponent(id)}/actions`, undefined, signal),
  });
}

export interface LineActionInput {
  type: Exclude<LineActionType, 'option_suspension'>;
  target?: string | null;
  /** option_change: the line option replaced. */
  replaces?: string | null;
  /** Termination at a chosen local date (YYYY-MM-DD); none: at once. */
  date?: string;
}

function actionRequest(id: string, input: LineActionInput): { path: string; body: Record<string, string> } {
  const line = `/api/lines/${encodeURIComponent(id)}`;
  switch (input.type) {
    case 'suspend':
      return { path: `${line}/suspension`, body: {} };
    case 'reactivate':
      return { path: `${line}/reactivation`, body: {} };
    case 'plan_change':
      return { path: `${line}/plan-change`, body: { offerId: input.target ?? '' } };
    case 'option_termination':
      return { path: `${line}/options/${encodeURIComponent(input.target ?? '')}/termination`, body: {} };
    case 'termination':
      return { path: `${line}/termination`, body: input.date ? { date: input.date } : {} };
    case 'option_add':
      return { path: `${line}/options`, body: { optionCode: input.target ?? '' } };
    case 'option_change':
      return {
        path: `${line}/options/${encodeURIComponent(input.replaces ?? '')}/replacement`,
        body: { optionCode: input.target ?? '' },
      };
  }
}

export function useLineAction(id: string) {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: LineActionInput, idempotencyKey) => {
      const { path, body } = actionRequest(id, input);
      return api.post<Schema<'LineActionResult'>>(path, body, { idempotencyKey });
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: linesKey }),
        queryClient.invalidateQueries({ queryKey: ['pending-actions'] }),
        // USE-05: a roaming cut-off changed here lifts its block at once: the usage cards change too.
        queryClient.invalidateQueries({ queryKey: ['usage'] }),
      ]),
  });
}

/** Cancels a scheduled action of the line (the generic /api/pending-actions/{id}/cancel). */
export function useCancelLineAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (actionId: string) => api.post(`/api/pending-actions/${encodeURIComponent(actionId)}/cancel`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: linesKey }),
        queryClient.invalidateQueries({ queryKey: ['pending-actions'] }),
      ]),
  });
}

// ── SIM swap (ACT-07, ACT-09, ORD-03) and custom network name (ACT-08) ────────────────────────

export type LineSimActions = Schema<'LineSimActions'>;
export type SimSwapOption = LineSimActions['swaps'][number];
export type SimSwapEntry = Schema<'SimSwap'>;
export type NetworkNameRequest = Schema<'NetworkNameRequest'>;
export type Partner = NetworkNameRequest['partner'];

export function useLineSimActions(id: string) {
  return useQuery({
    queryKey: [...linesKey, 'sim-actions', id],
    queryFn: ({ signal }) =>
      api.get<LineSimActions>(`/api/lines/${encodeURIComponent(id)}/sim-actions`, undefined, signal),
  });
}

export type SimSwapInput = RequestBody<'/api/lines/{id}/sim-swap', 'post'>;

function useLinesRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: linesKey }),
      queryClient.invalidateQueries({ queryKey: stockKey }),
      queryClient.invalidateQueries({ queryKey: ['pending-actions'] }),
    ]);
}

export function useSimSwap(id: string) {
  const refresh = useLinesRefresh();
  return useIdempotentMutation({
    mutationFn: (input: SimSwapInput, idempotencyKey) =>
      api.post<Schema<'SimSwapResult'>>(`/api/lines/${encodeURIComponent(id)}/sim-swap`, input, {
        idempotencyKey,
      }),
    onSuccess: refresh,
  });
}

export function useRequestNetworkName(id: string) {
  const refresh = useLinesRefresh();
  return useIdempotentMutation({
    mutationFn: (name: string, idempotencyKey) =>
      api.post<NetworkNameRequest>(
        `/api/lines/${encodeURIComponent(id)}/network-name`,
        { name },
        { idempotencyKey },
      ),
    onSuccess: refresh,
  });
}

export function useCloseNetworkName(id: string) {
  const refresh = useLinesRefresh();
  return useMutation({
    mutationFn: ({ requestId, state }: { requestId: string; state: 'done' | 'cancelled' }) =>
      api.post<NetworkNameRequest>(
        `/api/lines/${encodeURIComponent(id)}/network-name/${encodeURIComponent(requestId)}/${state === 'done' ? 'done' : 'cancellation'}`,
      ),
    onSuccess: refresh,
  });
}
