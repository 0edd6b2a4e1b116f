/**
 * Shapes of the JSON the server sends, named from the generated contract (contract.ts). Instants
 * are ISO 8601 strings.
 */
import type { OkBody, Schema } from './contract.ts';

export type User = Schema<'User'>;

export type Role = User['role'];
/** The roles in the order the UI lists them; each must be one the server knows. */
export const ROLES = [
  'admin',
  'supervisor',
  'agent',
  'fleet_manager',
  'installer',
] as const satisfies readonly Role[];

export type Locale = User['locale'];
export const LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];

export type Tenant = Schema<'Tenant'>;

/** ACT-08, Orange: Init Sys or Rezocean; Bouygues Telecom: Init Sys; null: not a partner. */
export type OperatorPartnerships = Tenant['operatorPartnerships'];

/** With the policies the user holds (`permissions`): web/src/app/permissions.ts reads them. */
export type Session = Schema<'Session'>;

type Page = OkBody<'/api/audit-events', 'get'>;
/**
 * Every list route's answer (`{ items, total, limit, offset }`, totalCapped past 10,000 matches),
 * for the item type the route's schema names.
 */
export type ListResponse<T> = Omit<Page, 'items'> & Record<'items', T[]>;

export type ApiToken = Schema<'ApiToken'>;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `before` and `after` are JSON as it came off the wire (the schema says only "any value"). */
export type AuditEvent = Omit<Schema<'AuditEvent'>, 'before' | 'after'> &
  Record<'before' | 'after', JsonValue>;

/** A message as the outbox list gives it: without its body (the message itself has it). */
export type OutboxSummary = Schema<'OutboxSummary'>;
export type OutboxMessage = Schema<'OutboxMessage'>;

export type OutboxStatus = OutboxSummary['status'];
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const satisfies readonly OutboxStatus[];

export type PendingActionStatus = Schema<'PendingAction'>['status'];
export const PENDING_ACTION_STATUSES = [
  'scheduled',
  'done',
  'cancelled',
  'failed',
] as const satisfies readonly PendingActionStatus[];

/** `payload` is JSON as it came off the wire (the schema says only "an object"). */
export type PendingAction = Omit<Schema<'PendingAction'>, 'payload'> & Record<'payload', JsonValue>;

export type ProblemFieldIssue = NonNullable<Schema<'Problem'>['errors']>[number];

/** As the server writes them; the client also reads partial ones (a proxy's error page). */
export type Problem = Partial<Schema<'Problem'>>;
