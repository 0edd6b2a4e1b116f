import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getVersioned, patchVersioned, type Versioned } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { AuditEvent, ListResponse } from './types.ts';
import type { RequestBody, Schema } from './contract.ts';

export const accountsKey = ['accounts'] as const;

export type Account = Schema<'Account'>;
export type AccountContact = Schema<'AccountContact'>;
export type AccountAddress = Schema<'AccountAddress'>;
export type AccountDetail = Schema<'AccountDetail'>;

export type AccountKind = Account['kind'];
export type AccountStatus = Account['status'];

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

export type CreateAccountInput = RequestBody<'/api/accounts', 'post'>;

/**
 * A new account. Given a customer received « à compléter » (issue 15), the account is created and
 * the received customer released with it by one request, in one transaction: never an account
 * created while the received customer keeps waiting.
 */
export function useCreateAccount(heldId?: string) {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: CreateAccountInput, idempotencyKey) =>
      api.post<AccountDetail>(
        heldId ? `/api/accounts/held/${encodeURIComponent(heldId)}/account` : '/api/accounts',
        input,
        { idempotencyKey },
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...accountsKey, 'list'] }),
        heldId ? queryClient.invalidateQueries({ queryKey: [...accountsKey, 'held'] }) : undefined,
      ]),
  });
}

export type UpdateAccountInput = RequestBody<'/api/accounts/{id}', 'patch'>;

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

export type ContactInput = RequestBody<'/api/accounts/{id}/contacts', 'post'>;

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

export type AddressInput = RequestBody<'/api/accounts/{id}/addresses', 'post'>;

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
