import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';

/** Issue 13: installer directory, consent, referrals and the installer portal. */

export interface Installer {
  id: string;
  company: string;
  contactName: string;
  email: string;
  phone: string | null;
  line1: string;
  postalCode: string;
  communeCode: string;
  communeName: string;
  locatedBy: 'commune' | 'postal_code';
  charterVersion: string | null;
  charterSignedAt: string | null;
  charterRecordedBy: string | null;
  receivesReferrals: boolean;
  active: boolean;
}

export interface Consent {
  id: string;
  purpose: string;
  channel: string;
  givenAt: string;
  recordedBy: string;
  withdrawnAt: string | null;
}

export interface Referral {
  id: string;
  reference: string;
  accountId: string;
  accountName: string;
  installerCompany: string;
  previousId: string | null;
  postalCode: string;
  communeName: string;
  distanceKm: number;
  skipped: { id: string; company: string; distanceKm: number; reason: string }[];
  status: string;
  referredAt: string;
  sentAt: string;
  contactBy: string;
  contactedAt: string | null;
  visitFrom: string;
  visitTo: string;
  visitDate: string | null;
  safetyReason: string | null;
  checklistDoneAt: string | null;
}

export interface Commune {
  code: string;
  name: string;
  located: boolean;
}

const KEY = ['referral'] as const;

export function useInstallers() {
  return useQuery({
    queryKey: [...KEY, 'installers'],
    queryFn: ({ signal }) => api.get<{ items: Installer[] }>('/api/referral/installers', undefined, signal),
  });
}

export function useCommunes(postalCode: string) {
  return useQuery({
    queryKey: [...KEY, 'geocode', postalCode],
    enabled: /^[0-9]{5}$/.test(postalCode),
    retry: false,
    queryFn: ({ signal }) =>
      api.get<{ communes: Commune[] }>('/api/referral/geocode', { postalCode }, signal),
  });
}

export function useAccountReferrals(accountId: string) {
  return useQuery({
    queryKey: [...KEY, 'account', accountId],
    queryFn: ({ signal }) =>
      api.get<{ consentInForce: Consent | null; consents: Consent[]; referrals: Referral[] }>(
        `/api/referral/accounts/${encodeURIComponent(accountId)}`,
        undefined,
        signal,
      ),
  });
}

export function useInstallerPortal() {
  return useQuery({
    queryKey: [...KEY, 'portal'],
    queryFn: ({ signal }) =>
      api.get<{ installer: Installer; items: Referral[] }>('/api/referral/portal', undefined, signal),
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
