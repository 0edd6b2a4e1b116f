import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OkBody } from './contract.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';

/** Issue 13: installer directory, consent, referrals and the installer portal. */

type AccountCard = OkBody<'/api/referral/accounts/{accountId}', 'get'>;
type Portal = OkBody<'/api/referral/portal', 'get'>;
export type Installer = OkBody<'/api/referral/installers', 'get'>['items'][number];
export type Consent = AccountCard['consents'][number];
export type Referral = AccountCard['referrals'][number];
export type Coupon = NonNullable<Referral['coupon']>;
export type Commune = OkBody<'/api/referral/geocode', 'get'>['communes'][number];

const KEY = ['referral'] as const;

/**
 * The installer changes a referral from its own session: the customer's card (and the portal) are
 * read again on focus however fresh, and every 20 s while open, so no agent acts on a stale card.
 */
const LIVE = { staleTime: 0, refetchOnWindowFocus: 'always', refetchInterval: 20_000 } as const;

export function useInstallers() {
  return useQuery({
    queryKey: [...KEY, 'installers'],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/referral/installers', 'get'>>('/api/referral/installers', undefined, signal),
  });
}

export type MapData = OkBody<'/api/referral/map', 'get'>;
export type InstallerFigures = OkBody<'/api/referral/installer-figures', 'get'>['items'][number];

/** Issue 13 §7: the map's points and the per-installer figures. */
export function useReferralMap() {
  return useQuery({
    queryKey: [...KEY, 'map'],
    queryFn: ({ signal }) => api.get<MapData>('/api/referral/map', undefined, signal),
  });
}

export function useInstallerFigures() {
  return useQuery({
    queryKey: [...KEY, 'figures'],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/referral/installer-figures', 'get'>>(
        '/api/referral/installer-figures',
        undefined,
        signal,
      ),
  });
}

export function useCommunes(postalCode: string) {
  return useQuery({
    queryKey: [...KEY, 'geocode', postalCode],
    enabled: /^[0-9]{5}$/.test(postalCode),
    retry: false,
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/referral/geocode', 'get'>>('/api/referral/geocode', { postalCode }, signal),
  });
}

export function useAccountReferrals(accountId: string) {
  return useQuery({
    queryKey: [...KEY, 'account', accountId],
    ...LIVE,
    queryFn: ({ signal }) =>
      api.get<AccountCard>(`/api/referral/accounts/${encodeURIComponent(accountId)}`, undefined, signal),
  });
}

export function useInstallerPortal() {
  return useQuery({
    queryKey: [...KEY, 'portal'],
    ...LIVE,
    queryFn: ({ signal }) => api.get<Portal>('/api/referral/portal', undefined, signal),
  });
}

/** A POST that refreshes every referral view once answered. */
export function useReferralPost<V>(path: (v: V) => string, body: (v: V) => unknown = () => undefined) {
  const client = useQueryClient();
  return useIdempotentMutation<V, unknown>({
    mutationFn: (v, key) => api.post(path(v), body(v), { idempotencyKey: key }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
