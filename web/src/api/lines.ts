import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ListResponse } from './types.ts';
import { toQuery, type ListParams } from './list-params.ts';
import type { CatalogOfferDetail } from './catalog.ts';

/** Stock (SIMs, numbers), orders and lines: the hooks of issue 3's pages. */

export type Network = 'orange' | 'bouygues';
export type SimType = 'pin' | 'no_pin' | 'esim';
export type LineState = 'in_progress' | 'active' | 'suspended' | 'terminated' | 'cancelled';
export type OrderState = 'queued' | 'in_progress' | 'completed' | 'failed' | 'cancelled';

export interface StockCount {
  network: Network;
  kind: SimType | 'number';
  state: string;
  count: number;
}

export interface Sim {
  iccid: string;
  network: Network;
  simType: SimType;
  state: 'free' | 'assigned' | 'in_use' | 'retired';
  accountId: string | null;
  accountName: string | null;
  hasPuk: boolean;
}

export interface Line {
  id: string;
  accountId: string;
  accountName: string;
  orderId: string;
  orderReference: string;
  network: Network;
  offer: string;
  /** The offer's catalog name, in the user's language. */
  offerName: string;
  state: LineState;
  msisdn: string | null;
  iccid: string | null;
  simType: SimType;
  userName: string;
  siteId: string | null;
  portability: boolean;
  rio: string | null;
  activationAt: string;
  esim: {
    contactEmail: string | null;
    contactMobile: string | null;
    confirmed: boolean;
    locked: boolean;
    triesLeft: number;
  } | null;
  options: {
    code: string;
    status: string;
    createdAt: string;
    activatedAt: string | null;
    endedAt: string | null;
  }[];
  createdAt: string;
  activatedAt: string | null;
  terminatedAt: string | null;
}

export interface Order {
  id: string;
  reference: string;
  accountId: string;
  accountName: string;
  configuration: 'unit' | 'multiple';
  network: Network;
  state: OrderState;
  submitAt: string;
  queued: boolean;
  failure: string | null;
  /** TMF622 PATCH (issue 15): the customer system's description and priority ("0" highest … "4"). */
  description: string | null;
  priority: '0' | '1' | '2' | '3' | '4' | null;
  createdAt: string;
  completedAt: string | null;
  lines: Line[];
}

export interface OrderLineInput {
  offer: string;
  options: string[];
  userName: string;
  siteId?: string;
  simType: SimType;
  portability: boolean;
  portNumber?: string;
  rio?: string;
  activationDate?: string;
  number?: string;
  esimContactEmail?: string;
  esimContactMobile?: string;
}

const stockKey = ['stock'] as const;
const linesKey = ['lines'] as const;
const ordersKey = ['orders'] as const;

export function useStockSummary() {
  return useQuery({
    queryKey: [...stockKey, 'summary'],
    queryFn: ({ signal }) => api.get<{ items: StockCount[] }>('/api/stock/summary', undefined, signal),
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
      api.get<{ items: string[] }>(
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
      api.post<{ imported: number }>(`/api/stock/${kind}/import`, { csv }, { idempotencyKey }),
    onSuccess: refresh,
  });
}

export interface SimSelection {
  accountId?: string;
  iccid?: string;
  first?: string;
  last?: string;
}

export function useAssignSims(action: 'assign' | 'release') {
  const refresh = useStockRefresh();
  return useMutation({
    mutationFn: (selection: SimSelection) =>
      api.post<{ assigned?: number; released?: number; skipped: number }>(
        `/api/stock/sims/${action}`,
        selection,
      ),
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
      api.get<{ activationCode: string; smdpAddress: string; matchingId: string }>(
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
      api.post<{
        puk: string | null;
        esimConfirmationCode: string | null;
        esimActivationCode: string | null;
      }>(`/api/lines/${encodeURIComponent(id)}/secrets`),
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

export function useCreateOrder() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (
      input: { accountId: string; configuration: 'unit' | 'multiple'; lines: OrderLineInput[] },
      idempotencyKey,
    ) => api.post<Order>('/api/orders', input, { idempotencyKey }),
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

export interface Charge {
  id: string;
  lineId: string | null;
  msisdn: string | null;
  kind: 'one_off' | 'first_month' | 'monthly' | 'usage' | 'usage_minimum';
  itemCode: string;
  /** The offer's or option's name in the request's language. */
  itemName: string;
  amount: string;
  monthly: string | null;
  currency: string;
  vatIncluded: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  createdAt: string;
}

export function useCharges(accountId: string) {
  return useQuery({
    queryKey: [...ordersKey, 'charges', accountId],
    queryFn: ({ signal }) =>
      api.get<ListResponse<Charge>>('/api/charges', { accountId, limit: 100, offset: 0 }, signal),
  });
}

// ── Line actions (ACT-01..ACT-05) ──────────────────────────────────────────────────────────────

export type LineActionType =
  | 'suspend'
  | 'reactivate'
  | 'plan_change'
  | 'option_suspension'
  | 'option_termination'
  | 'termination'
  // ACT-10, ACT-06: an option added, a roaming choice changed (both at once).
  | 'option_add'
  | 'option_change';

/** What an option added or changed writes to the ledger (CAT-01, ACT-06), as the server computes it. */
export interface ChargePreview {
  kind: 'one_off' | 'first_month' | 'monthly';
  itemCode: string;
  amount: string;
  currency: string;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface LineActionItem {
  type: LineActionType;
  target: string | null;
  /** option_change: the line option it replaces (ACT-06). */
  replaces: string | null;
  charges?: ChargePreview[];
  targetLabel: string | null;
  change: 'upgrade' | 'downgrade' | 'migration' | null;
  allowed: boolean;
  reason: { code: string; title: string; detail: string } | null;
  effectiveAt: string | null;
  /** "1er décembre 2026 à 00:00", in the reseller's zone. */
  effectiveLabel: string | null;
  immediate: boolean;
  billingContinues: boolean;
}

export interface LineOptionDetail {
  id: string;
  code: string;
  label: string;
  kind: string;
  zone: string | null;
  status: 'pending' | 'active' | 'terminated';
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
}

export interface RoamingEnvelope {
  zone: string;
  optionId: string;
  code: string;
  label: string;
  kind: 'roaming' | 'cutoff';
  volumeMb: number | null;
  cutoffEuros: number | null;
}

export interface LineActions {
  lineId: string;
  state: LineState;
  items: LineActionItem[];
  /** ACT-10: every option of the line with its status and dates. */
  options: LineOptionDetail[];
  /** ACT-06: each zone's roaming envelope (the active choice, never a sum). */
  roaming: RoamingEnvelope[];
  pending: {
    id: string;
    type: LineActionType;
    target: string | null;
    targetLabel: string | null;
    effectiveAt: string;
    effectiveLabel: string;
  }[];
}

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
      return api.post<{ action: { id: string; status: string; effectiveLabel: string; immediate: boolean } }>(
        path,
        body,
        { idempotencyKey },
      );
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

export type Partner = 'init_sys' | 'rezocean';
type Reason = { code: string; title: string; detail: string } | null;

export interface SimSwapOption {
  simType: SimType;
  direction: 'physical_to_physical' | 'physical_to_esim' | 'esim_to_physical' | 'esim_to_esim';
  allowed: boolean;
  reason: Reason;
  effectiveAt: string | null;
  /** "lundi 30 novembre 2026 à 07:00", in the reseller's zone. */
  effectiveLabel: string | null;
  immediate: boolean;
  needsContacts: boolean;
  needsIccid: boolean;
  /** CAT-11: the eSIM fee, e.g. "1.50". */
  fee: string | null;
}

export interface SimSwapEntry {
  id: string;
  actionId: string;
  state: 'scheduled' | 'done' | 'failed' | 'cancelled';
  fromSimType: SimType;
  toSimType: SimType;
  fromIccid: string | null;
  toIccid: string | null;
  effectiveAt: string;
  effectiveLabel: string;
  failure: string | null;
  createdAt: string;
  doneAt: string | null;
}

export interface NetworkNameRequest {
  id: string;
  name: string;
  state: 'requested' | 'done' | 'cancelled';
  partner: Partner;
  expectedOn: string;
  restartNeeded: boolean;
  createdAt: string;
  closedAt: string | null;
}

export interface LineSimActions {
  lineId: string;
  state: LineState;
  network: Network;
  simType: SimType;
  iccid: string | null;
  swaps: SimSwapOption[];
  history: SimSwapEntry[];
  networkName: {
    allowed: boolean;
    reason: Reason;
    partner: Partner | null;
    maxLength: number;
    weeks: number;
    expectedOn: string;
    restartNeeded: boolean;
    minSims: number;
  };
  networkNames: NetworkNameRequest[];
}

export function useLineSimActions(id: string) {
  return useQuery({
    queryKey: [...linesKey, 'sim-actions', id],
    queryFn: ({ signal }) =>
      api.get<LineSimActions>(`/api/lines/${encodeURIComponent(id)}/sim-actions`, undefined, signal),
  });
}

export interface SimSwapInput {
  simType: SimType;
  iccid?: string;
  contactEmail?: string;
  contactMobile?: string;
}

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
      api.post<{
        swap: SimSwapEntry;
        action: { id: string; status: string; immediate: boolean };
        line: Line;
      }>(`/api/lines/${encodeURIComponent(id)}/sim-swap`, input, { idempotencyKey }),
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
