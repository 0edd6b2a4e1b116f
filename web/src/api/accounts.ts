import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getVersioned, patchVersioned, type Versioned } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { AuditEvent, ListResponse } from './types.ts';

export const accountsKey = ['accounts'] as const;

export type AccountKind = 'person' | 'business';
export type AccountStatus = 'active' | 'closed';

export interface Account {
  id: string;
  reference: string;
  kind: AccountKind;
  companyType: string | null;
  companyName: string | null;
  siret: string | null;
  nationalIdKind: 'il_company' | 'il_identity' | null;
  nationalId: string | null;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  email: string;
  phone: string | null;
  country: string;
  billingDay: number;
  /** CAL-06: YYYY-MM-DD in the tenant's time zone. */
  nextBillingDate: string;
  status: AccountStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface AccountContact {
  id: string;
  accountId: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  version: number;
}

export interface AccountAddress {
  id: string;
  accountId: string;
  kind: 'billing' | 'site';
  label: string | null;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: string;
  version: number;
}

export interface AccountDetail extends Account {
  contacts: AccountContact[];
  addresses: AccountAddress[];
}

export interface AccountFilters {
  q?: string;
  kind?: string;
  status?: string;
}

export function accountPath(id: string): string {
  return `/api/accounts/${encodeURIComponent(id)}`;
}

export function useAccounts(params: ListParams, filters: AccountFilters) {
  return useQuery({
    queryKey: [...accountsKey, 'list', params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<Account>>('/api/accounts', toQuery(params, { ...filters }), signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccount(id: string) {
  return useQuery({
    queryKey: [...accountsKey, 'detail', id],
    queryFn: ({ signal }) => getVersioned<AccountDetail>(accountPath(id), signal),
  });
}

export function useAccountHistory(id: string, params: ListParams) {
  return useQuery({
    queryKey: [...accountsKey, 'history', id, params],
    queryFn: ({ signal }) =>
      api.get<ListResponse<AuditEvent>>(`${accountPath(id)}/history`, toQuery(params), signal),
    placeholderData: keepPreviousData,
  });
}

export interface CreateAccountInput {
  kind: AccountKind;
  companyType?: string;
  companyName?: string;
  siret?: string;
  /** Israeli accounts: the ח.פ. or ת.ז. (issue 11 §6). */
  nationalId?: string;
  firstName?: string;
  lastName?: string;
  email: string;
  phone?: string;
  billingDay: number;
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: CreateAccountInput, idempotencyKey) =>
      api.post<AccountDetail>('/api/accounts', input, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...accountsKey, 'list'] }),
  });
}

export type UpdateAccountInput = Partial<
  Pick<Account, 'companyType' | 'companyName' | 'siret' | 'firstName' | 'lastName' | 'phone'>
> & {
  email?: string;
  billingDay?: number;
  status?: AccountStatus;
  /** Israeli accounts: the ח.פ. or ת.ז. (issue 11 §6); null clears it. */
  nationalId?: string | null;
};

/** Every change to an account, its contacts or addresses refreshes the page's queries. */
function useAccountRefresh(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accountsKey, refetchType: 'active' }).then(() => id);
}

export function useUpdateAccount(id: string) {
  const queryClient = useQueryClient();
  const refresh = useAccountRefresh(id);
  return useMutation({
    mutationFn: ({ patch, etag }: { patch: UpdateAccountInput; etag: string | null }) =>
      patchVersioned<AccountDetail>(accountPath(id), patch, etag),
    onSuccess: async (result: Versioned<AccountDetail>) => {
      queryClient.setQueryData([...accountsKey, 'detail', id], result);
      await refresh();
    },
  });
}

export interface ContactInput {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  mobile?: string;
}

export function useAddContact(accountId: string) {
  const refresh = useAccountRefresh(accountId);
  return useIdempotentMutation({
    mutationFn: (input: ContactInput, idempotencyKey) =>
      api.post<AccountContact>(`${accountPath(accountId)}/contacts`, input, { idempotencyKey }),
    onSuccess: refresh,
  });
}

export function useRemoveContact(accountId: string) {
  const refresh = useAccountRefresh(accountId);
  return useMutation({
    mutationFn: (contactId: string) =>
      api.delete(`${accountPath(accountId)}/contacts/${encodeURIComponent(contactId)}`),
    onSuccess: refresh,
  });
}

export interface AddressInput {
  kind: 'billing' | 'site';
  label?: string;
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
}

export function useAddAddress(accountId: string) {
  const refresh = useAccountRefresh(accountId);
  return useIdempotentMutation({
    mutationFn: (input: AddressInput, idempotencyKey) =>
      api.post<AccountAddress>(`${accountPath(accountId)}/addresses`, input, { idempotencyKey }),
    onSuccess: refresh,
  });
}

export function useRemoveAddress(accountId: string) {
  const refresh = useAccountRefresh(accountId);
  return useMutation({
    mutationFn: (addressId: string) =>
      api.delete(`${accountPath(accountId)}/addresses/${encodeURIComponent(addressId)}`),
    onSuccess: refresh,
  });
}
