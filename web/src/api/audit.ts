import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import type { AuditEvent, ListResponse } from './types.ts';

export const auditKey = ['audit-events'] as const;

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  action?: string;
  /** Instants (ISO 8601). */
  from?: string;
  to?: string;
}

export function useAuditEvents(params: ListParams, filters: AuditFilters) {
  return useQuery({
    queryKey: [...auditKey, params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<AuditEvent>>('/api/audit-events', toQuery(params, { ...filters }), signal),
    placeholderData: keepPreviousData,
  });
}
