import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ListResponse } from './types.ts';
import type { OkBody, RequestBody, Schema } from './contract.ts';

export const catalogKey = ['catalog'] as const;

export type CatalogPrice = Schema<'CatalogPrice'>;
export type CatalogOffer = Schema<'CatalogOffer'>;
export type CatalogOption = Schema<'CatalogOption'>;
/** One offer with its allowed options, fair use, blocking answers and opening hours. */
export type CatalogOfferDetail = OkBody<'/api/catalog/offers/{id}', 'get'>;

export type Network = CatalogOffer['network'];
export type Zone = CatalogOffer['roamingZonesAtOrder'][number];
export type Range = CatalogOffer['range'];
export type PriceComponent = CatalogPrice['component'];

export type OpeningWindow = NonNullable<CatalogOfferDetail['openingHours']['creation']>;
export type IsoDay = OpeningWindow['days'][number];

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

export type SetPriceInput = RequestBody<'/api/catalog/prices', 'post'>;
export type PriceVersion = OkBody<'/api/catalog/prices', 'post'>;

export function useSetPrice() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: SetPriceInput, idempotencyKey) =>
      api.post<PriceVersion>('/api/catalog/prices', input, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKey }),
  });
}
