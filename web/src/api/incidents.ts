import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getVersioned, patchVersioned } from './client.ts';
import { toQuery, type ListParams } from './list-params.ts';
import { useIdempotentMutation } from './use-idempotent-mutation.ts';
import type { ListResponse } from './types.ts';

export const incidentsKey = ['incidents'] as const;

export const SERVICES = ['adsl', 'sdsl', 'vga', 'fibre', 'cable', 'mobile'] as const;
export const CHANNELS = ['phone', 'email', 'chat', 'web_form', 'social', 'post', 'shop'] as const;
export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export const STATES = [
  'new',
  'diagnosis',
  'waiting_customer',
  'with_operator',
  'intervention_planned',
  'resolved',
  'closed',
] as const;
export const INFO_FIELDS = [
  'siteContactName',
  'siteContactPhone',
  'siteOpeningHours',
  'modemMakeModel',
  'routerMakeModel',
  'modemLedStates',
] as const;

export type Service = (typeof SERVICES)[number];

/**
 * Issue 11 §6, as the server's `incidentServices` (support/incident-rules.ts): a reseller of
 * mobile lines keeps the French desk's services; an internet-only reseller declares on its
 * internet subscriptions (fibre, cable), never a mobile line nor a French ADSL/SDSL/VGA access.
 */
export function incidentServicesFor(families: readonly ('mobile' | 'internet')[]): readonly Service[] {
  return families.includes('mobile') ? SERVICES : ['fibre', 'cable'];
}
export type Channel = (typeof CHANNELS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type IncidentState = (typeof STATES)[number];
export type InfoField = (typeof INFO_FIELDS)[number];
export type SlaState = 'ok' | 'at_risk' | 'breached' | 'met';

export interface MoneyValue {
  amount: number;
  currency: string;
  vatIncluded: boolean;
}

export interface Incident {
  id: string;
  reference: string;
  /** Null while the incident is « à rattacher » (a TM Forum ticket sent without a customer). */
  accountId: string | null;
  accountName: string | null;
  accountReference: string | null;
  /** Null only on an incident « à rattacher » whose ticket named no service. */
  service: Service | null;
  channel: Channel;
  priority: Priority;
  state: IncidentState;
  title: string;
  description: string;
  information: Record<InfoField, string | null>;
  openedAt: string;
  resolvedAt: string | null;
  sla: { risk: SlaState };
  operatorCode: string | null;
  operatorName: string | null;
  /** NET-05: an appointment is past its slot without an outcome. */
  overdue: boolean;
  version: number;
}

/** Issue 4 item 7: an operator and the escalation template it receives. */
export interface Operator {
  code: string;
  name: string;
  email: string;
  services: Service[];
  template: 'openip' | 'generic';
  requiredInfo: string[];
}

export interface Written {
  id: string;
  by: string;
  at: string;
  channel: Channel;
  text: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Intervention {
  id: string;
  kind: 'on_site' | 'expertise' | 'sav_plus';
  slotStart: string;
  slotEnd: string;
  address: string;
  reachablePhones: string[];
  technicianCallsFirst: boolean;
  referent: string | null;
  status: 'planned' | 'qualified' | 'cancelled';
  qualification: string | null;
  /** The outcome by its tariff label, in the reader's language. */
  qualificationLabel?: string | null;
  savPlusSteps: SavPlusStepRecord[];
  nextSavPlusStep: SavPlusStep | null;
  overdue: boolean;
  /** SUP-09: a planned SAV+ appointment cancels free until this instant; null otherwise. */
  freeCancellationUntil: string | null;
}

/** SUP-08: the points of the line a SAV+ follows, in order. */
export const SAV_PLUS_STEPS = [
  'site_tests',
  'main_frame',
  'sub_frame',
  'concentration_point',
  'second_site_visit',
] as const;
export type SavPlusStep = (typeof SAV_PLUS_STEPS)[number];

export interface SavPlusStepRecord {
  id: string;
  step: SavPlusStep;
  faultShown: boolean;
  downKbps: number;
  upKbps: number;
  note: string;
  measuredAt: string;
  recordedBy: string;
}

export interface Charge {
  id: string;
  code: string;
  label: string;
  amount: MoneyValue;
  status: 'due' | 'awaiting_acceptance' | 'contested' | 'waived';
  contestDeadline: string;
  contestable: boolean;
  waivedReason: string | null;
}

export interface IncidentDetail extends Incident {
  notice: { checks: string[]; minimum: MoneyValue | null };
  missingChecks: string[];
  missingInformation: string[];
  checks: (Written & { check: string })[];
  consents: Written[];
  interventions: Intervention[];
  charges: Charge[];
  costs: { due: MoneyValue; waived: MoneyValue };
  emails: { id: string; to: string; subject: string; template: string; status: string; createdAt: string }[];
  actions: { action: string; allowed: boolean; code: string | null; reason: string | null }[];
  timeline: {
    at: string;
    kind: string;
    title: string;
    detail: string;
    channel: Channel | null;
    by: string | null;
  }[];
  customerServiceEmail: string;
}

export interface TariffLine {
  code: string;
  labelFr: string;
  labelEn: string;
  services: Service[];
  amount: MoneyValue | null;
  onQuote: boolean;
  kind: 'qualification' | 'fee';
}

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

export interface CreateIncidentInput {
  accountId: string;
  service: Service;
  channel: Channel;
  priority: Priority;
  title: string;
  description?: string;
  operatorCode?: string;
}

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
