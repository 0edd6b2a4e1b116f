/**
 * Shapes of the JSON the server sends, named from the generated contract (contract.ts). Instants
 * are ISO 8601 strings.
 */
import type { Schema } from './contract.ts';

export const ROLES = ['admin', 'supervisor', 'agent', 'fleet_manager', 'installer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type User = Schema<'User'>;

export type Tenant = Schema<'Tenant'>;

/** ACT-08, Orange: Init Sys or Rezocean; Bouygues Telecom: Init Sys; null: not a partner. */
export type OperatorPartnerships = Tenant['operatorPartnerships'];

/** With the policies the user holds (`permissions`): web/src/app/permissions.ts reads them. */
export type Session = Schema<'Session'>;

export interface ListResponse<T> {
  items: T[];
  total: number;
  /** Lists of millions of rows stop counting: total is then a lower bound. */
  totalCapped?: boolean;
  limit: number;
  offset: number;
}

export type ApiToken = Schema<'ApiToken'>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `before` and `after` are JSON as it came off the wire (the schema says only "any value"). */
export type AuditEvent = Omit<Schema<'AuditEvent'>, 'before' | 'after'> & {
  before: JsonValue;
  after: JsonValue;
};

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type OutboxMessage = Schema<'OutboxMessage'>;

export const PENDING_ACTION_STATUSES = ['scheduled', 'done', 'cancelled', 'failed'] as const;
export type PendingActionStatus = (typeof PENDING_ACTION_STATUSES)[number];

/** `payload` is JSON as it came off the wire (the schema says only "an object"). */
export type PendingAction = Omit<Schema<'PendingAction'>, 'payload'> & { payload: JsonValue };

export type ProblemFieldIssue = NonNullable<Schema<'Problem'>['errors']>[number];

/** As the server writes them; the client also reads partial ones (a proxy's error page). */
export type Problem = Partial<Schema<'Problem'>>;
