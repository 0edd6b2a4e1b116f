/** Shapes of the JSON the server sends. Instants are ISO 8601 strings. */

export const ROLES = ['admin', 'supervisor', 'agent', 'fleet_manager', 'installer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface User {
  id: string;
  email: string;
  login: string;
  displayName: string;
  role: Role;
  locale: Locale;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  version: number;
}

export interface Tenant {
  id: string;
  slug: string;
  legalName: string;
  country: 'FR' | 'IL';
  timeZone: string;
  currency: 'EUR' | 'ILS';
  logoDataUrl: string | null;
  /** ACT-08: the reseller's partnership per network (custom network names are for partners only). */
  operatorPartnerships: OperatorPartnerships;
  version: number;
}

/** Orange: Init Sys or Rezocean; Bouygues Telecom: Init Sys; null: not a partner. */
export interface OperatorPartnerships {
  orange: 'init_sys' | 'rezocean' | null;
  bouygues: 'init_sys' | null;
}

export interface Session {
  user: User;
  tenant: Tenant;
  csrfToken: string;
}

export interface ListResponse<T> {
  items: T[];
  total: number;
  /** Lists of millions of rows stop counting: total is then a lower bound. */
  totalCapped?: boolean;
  limit: number;
  offset: number;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface AuditEvent {
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  entityType: string;
  entityId: string;
  /** The object as people know it (a line's number, a customer's name), recorded with the event. */
  entityLabel?: string | null;
  action: string;
  before: JsonValue;
  after: JsonValue;
  requestId: string | null;
}

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxMessage {
  id: string;
  channel: string;
  recipient: string;
  subject: string | null;
  bodyText: string | null;
  bodyHtml: string | null;
  template: string | null;
  status: OutboxStatus;
  transport: 'smtp' | 'local' | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** About a user's access (set-password link): body for admins only, erased once delivered. */
  sensitive?: boolean;
  /** Why the body is empty (issue 8). */
  bodyWithheld?: 'admins_only' | 'purged' | null;
}

export const PENDING_ACTION_STATUSES = ['scheduled', 'done', 'cancelled', 'failed'] as const;
export type PendingActionStatus = (typeof PENDING_ACTION_STATUSES)[number];

export interface PendingAction {
  id: string;
  kind: string;
  entityType: string;
  entityId: string;
  effectiveAt: string;
  status: PendingActionStatus | string;
  payload: JsonValue;
  createdBy: string | null;
  /** The author's name; null when Relais itself scheduled it. */
  createdByName?: string | null;
  /** The object as people know it (a line's number, an incident's reference, a customer's name). */
  entityName?: string | null;
  createdAt: string;
  doneAt: string | null;
  cancelledAt: string | null;
}

/** RFC 9457 problem details, as the server writes them. */
export interface ProblemFieldIssue {
  pointer: string;
  code: string;
  detail: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  instance?: string;
  requestId?: string;
  errors?: ProblemFieldIssue[];
}
