import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getVersioned, patchVersioned, type Versioned } from './client.ts';
import { sessionKey } from './session.ts';
import type { Session, Tenant } from './types.ts';
import type { RequestBody } from './contract.ts';

export const tenantKey = ['tenant'] as const;

export function useTenant() {
  return useQuery({
    queryKey: tenantKey,
    queryFn: ({ signal }) => getVersioned<Tenant>('/api/tenant', signal),
  });
}

export type UpdateTenantInput = RequestBody<'/api/tenant', 'patch'>;

export function useUpdateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, etag }: { patch: UpdateTenantInput; etag: string | null }) =>
      patchVersioned<Tenant>('/api/tenant', patch, etag),
    onSuccess: async (result: Versioned<Tenant>) => {
      queryClient.setQueryData(tenantKey, result);
      // The shell shows the tenant's name, logo and time zone from the session.
      queryClient.setQueryData<Session | null>(sessionKey, (session) =>
        session ? { ...session, tenant: result.data } : session,
      );
      if (!result.etag) await queryClient.invalidateQueries({ queryKey: tenantKey });
    },
  });
}
