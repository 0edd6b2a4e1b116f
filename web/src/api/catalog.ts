import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ListResponse } from './types.ts';

export const catalogKey = ['catalog'] as const;

export type Network = 'orange' | 'bouygues';
export type Zone = 'usa_canada' | 'maghreb_turkey' | 'rest_of_world' | 'europe' | 'world';
export type IsoDay = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type Range = 'unlimited' | 'travel' | 'data_only' | 'payg' | 'data_payg' | 'm2m';
export type PriceComponent =
  | 'monthly'
  | 'monthly_minimum'
  | 'one_off'
  | 'per_minute'
  | 'per_sms'
  | 'per_mms'
  | 'per_mb'
  | 'per_mb_tiers';

export interface CatalogPrice {
  component: PriceComponent;
  /** Decimal string excl. VAT, or null: "à définir". */
  amount: string | null;
  tiers: { fromMb: number; perMb: string }[] | null;
  currency: string;
  vatIncluded: boolean;
  toBeSet: boolean;
  effectiveFrom: string;
  effectiveDate: string | null;
  origin: 'catalog' | 'tenant';
}

interface Priced {
  prices: CatalogPrice[];
  upcomingPrices: CatalogPrice[];
  priceToBeSet: boolean;
}

export interface CatalogOffer extends Priced {
  id: string;
  catalogVersion: string;
  network: Network;
  range: Range;
  name: string;
  envelopeMb: number | null;
  blocked: boolean | null;
  fiveG: boolean;
  voice: boolean;
  sms: boolean;
  roaming: boolean;
  numberLength: number;
  numberAssignment: 'random_from_stock' | 'chosen_at_order' | 'given_by_operator';
  sessionLimit: number | null;
  esimAllowed: boolean;
  recharge: 'any' | 'same_volume' | 'none';
  roamingZonesAtOrder: Zone[];
  includes: string[];
}

export interface CatalogOption extends Priced {
  id: string;
  kind: 'esim' | 'fixed_ip' | 'roaming' | 'cutoff' | 'voice_service' | 'handset_service' | 'recharge';
  network: Network;
  name: string;
  group: string | null;
  zone: Zone | null;
  volumeMb: number | null;
  cutoffEuros: number | null;
  partnerOnly: string | null;
  handsetActivated: boolean;
  requiredAtOrder: boolean;
  notes: string[];
}

export interface OpeningWindow {
  days: IsoDay[];
  from: string;
  to: string;
  holidaysOpen: boolean;
}

export interface CatalogOfferDetail extends CatalogOffer {
  allowedOptions: CatalogOption[];
  openingHours: Record<'creation' | 'sim_swap' | 'esim_creation' | 'esim_swap', OpeningWindow | null>;
}

export interface OfferFilters {
  q?: string;
  network?: string;
  range?: string;
  blocked?: string;
}

export function useOffers(params: ListParams, filters: OfferFilters) {
  return useQuery({
    queryKey: [...catalogKey, 'offers', params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<CatalogOffer>>('/api/catalog/offers', toQuery(params, { ...filters }), signal),
    placeholderData: keepPreviousData,
  });
}

export function useOffer(id: string) {
  return useQuery({
    queryKey: [...catalogKey, 'offer', id],
    queryFn: ({ signal }) =>
      api.get<CatalogOfferDetail>(`/api/catalog/offers/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export interface SetPriceInput {
  itemType: 'offer' | 'option';
  itemId: string;
  component: PriceComponent;
  amount: string;
  effectiveDate: string;
}

export interface PriceVersion {
  id: string;
  itemId: string;
  component: PriceComponent;
  amount: string | null;
  effectiveDate: string;
  effectiveFrom: string;
}

export function useSetPrice() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: SetPriceInput, idempotencyKey) =>
      api.post<PriceVersion>('/api/catalog/prices', input, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKey }),
  });
}
