import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getVersioned, patchVersioned } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ListResponse } from './types.ts';
import type { OkBody, RequestBody, Schema } from './contract.ts';

export const incidentsKey = ['incidents'] as const;

export const SERVICES = [
  'adsl',
  'sdsl',
  'vga',
  'fibre',
  'cable',
  'mobile',
] as const satisfies readonly Service[];
export const CHANNELS = [
  'phone',
  'email',
  'chat',
  'web_form',
  'social',
  'post',
  'shop',
] as const satisfies readonly Channel[];
export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const satisfies readonly Priority[];
export const STATES = [
  'new',
  'diagnosis',
  'waiting_customer',
  'with_operator',
  'intervention_planned',
  'resolved',
  'closed',
] as const satisfies readonly IncidentState[];
export const INFO_FIELDS = [
  'siteContactName',
  'siteContactPhone',
  'siteOpeningHours',
  'modemMakeModel',
  'routerMakeModel',
  'modemLedStates',
] as const satisfies readonly InfoField[];

export type Incident = Schema<'Incident'>;
export type IncidentDetail = Schema<'IncidentDetail'>;
export type Service = NonNullable<Incident['service']>;

/**
 * Issue 11 §6, as the server's `incidentServices` (support/incident-rules.ts): a reseller of
 * mobile lines keeps the French desk's services; an internet-only reseller declares on its
 * internet subscriptions (fibre, cable), never a mobile line nor a French ADSL/SDSL/VGA access.
 */
export function incidentServicesFor(families: readonly ('mobile' | 'internet')[]): readonly Service[] {
  return families.includes('mobile') ? SERVICES : ['fibre', 'cable'];
}
export type Channel = Incident['channel'];
export type Priority = Incident['priority'];
export type IncidentState = Incident['state'];
export type InfoField = keyof Incident['information'];
export type SlaState = Incident['sla']['risk'];

export type MoneyValue = IncidentDetail['costs']['due'];

/** Issue 4 item 7: an operator and the escalation template it receives. */
export type Operator = OkBody<'/api/support/operators', 'get'>[number];

export type Written = IncidentDetail['consents'][number];

export type Intervention = IncidentDetail['interventions'][number];

/** SUP-08: the points of the line a SAV+ follows, in order. */
export const SAV_PLUS_STEPS = [
  'site_tests',
  'main_frame',
  'sub_frame',
  'concentration_point',
  'second_site_visit',
] as const satisfies readonly NonNullable<Intervention['nextSavPlusStep']>[];
export type SavPlusStep = (typeof SAV_PLUS_STEPS)[number];

export type SavPlusStepRecord = Intervention['savPlusSteps'][number];

export type Charge = IncidentDetail['charges'][number];

export type TariffLine = OkBody<'/api/support/tariff', 'get'>[number];

export interface IncidentFilters {
  state?: string;
  priority?: string;
  service?: string;
  slaRisk?: string;
  accountId?: string;
  operator?: string;
  /** 'true': only the incidents « à rattacher ». */
  unattached?: string;
}

export const incidentPath = (id: string) => `/api/incidents/${encodeURIComponent(id)}`;

export function useIncidents(params: ListParams, filters: IncidentFilters) {
  return useQuery({
    queryKey: [...incidentsKey, 'list', params, filters],
    queryFn: ({ signal }) =>
      api.get<ListResponse<Incident>>(
        '/api/incidents',
        toQuery({ ...params, sort: undefined }, { ...filters }),
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIncident(id: string) {
  return useQuery({
    queryKey: [...incidentsKey, 'detail', id],
    queryFn: ({ signal }) => getVersioned<IncidentDetail>(incidentPath(id), signal),
  });
}

export function useTariff() {
  return useQuery({
    queryKey: [...incidentsKey, 'tariff'],
    queryFn: ({ signal }) => api.get<TariffLine[]>('/api/support/tariff', undefined, signal),
  });
}

export function useOperators() {
  return useQuery({
    queryKey: [...incidentsKey, 'operators'],
    queryFn: ({ signal }) => api.get<Operator[]>('/api/support/operators', undefined, signal),
  });
}

export type CreateIncidentInput = RequestBody<'/api/incidents', 'post'>;

export function useCreateIncident() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (input: CreateIncidentInput, idempotencyKey) =>
      api.post<IncidentDetail>('/api/incidents', input, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentsKey }),
  });
}

/** Every action on an incident answers with the whole incident: the page shows it at once. */
export function useIncidentAction(id: string) {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }, idempotencyKey) =>
      api.post<IncidentDetail>(`${incidentPath(id)}${path}`, body, { idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentsKey }),
  });
}

export function useUpdateIncident(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      patch,
      etag,
    }: {
      patch: Partial<Record<InfoField, string | null>>;
      etag: string | null;
    }) => patchVersioned<IncidentDetail>(incidentPath(id), patch, etag),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentsKey }),
  });
}
