import { randomBytes } from 'node:crypto';
import type { Ctx } from '../context.ts';
import type { Tx } from '../db/db.ts';
import { UUID_RE } from '../db/db.ts';
import { newId } from '../clock.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { SecretBox } from '../secrets/index.ts';
import type { Role } from '../auth/principal.ts';
import { insertWebhookDelivery } from '../notify/outbox-store.ts';
import {
  anySubscription,
  deleteSubscription,
  findSubscription,
  insertSubscription,
  sealedSecret,
  subscriptionsOf,
  listenerRows,
  tenantsSubscribed,
} from './hub-store.ts';

/**
 * TM Forum event hub (TMF630 part 2 "notification"): a client registers a listener with
 * `POST /tmf-api/<api>/v4/hub {callback, query}` and receives the API's events (`…CreateEvent`,
 * `…StateChangeEvent`…) as POSTs to its callback.
 *
 * Events are written by the business change's own transaction as outbox rows of channel 'webhook'
 * (one per event and listener), then sent by the worker outside any transaction
 * (`notify/webhook.ts`): a change that rolls back sends nothing, and a change that commits is
 * delivered, retried with backoff, and shown (and retryable) on the outbox page like an e-mail.
 */

export const TMF_APIS = [
  'TMF620',
  'TMF621',
  'TMF622',
  'TMF629',
  'TMF635',
  'TMF637',
  'TMF646',
  'TMF681',
] as const;
export type TmfApi = (typeof TMF_APIS)[number];

/** outbox.entity_type of event deliveries; entity_id is the registration. */
export const HUB_ENTITY = 'tmf_hub';
export const EVENT_TEMPLATE = 'tmf.event';
/** More tries than an e-mail: a listener being redeployed may be away for a while (≈ 10 h). */
export const EVENT_MAX_ATTEMPTS = 14;

/** Who registers or unregisters a listener: their role, and their API token if they use one. */
export interface HubCaller {
  role: Role;
  tokenId: string | null;
}

/** Those who answer for the reseller's integrations: any listener. */
const HUB_MANAGERS: readonly Role[] = ['admin', 'supervisor'];

/**
 * Issue 15 review: registering a listener (an outgoing call to a URL of the caller's choice, with
 * the reseller's events) is for admins and supervisors, and for API tokens (integrations); a
 * signed-in agent cannot.
 */
export function mayRegisterListener(c: HubCaller): boolean {
  return HUB_MANAGERS.includes(c.role) || c.tokenId !== null;
}

/** Unregistering: admins and supervisors any listener, a token only the one it registered. */
export function mayUnregisterListener(c: HubCaller, registeredByToken: string | null): boolean {
  return HUB_MANAGERS.includes(c.role) || (c.tokenId !== null && c.tokenId === registeredByToken);
}

export interface HubSubscription {
  id: string;
  api: TmfApi;
  callback: string;
  query: string | null;
  createdAt: string;
}

/**
 * SSRF guard for callbacks: only absolute http(s) URLs, without user:password, and the delivery
 * follows no redirect and reads no response body (`notify/webhook.ts`), so a callback cannot be
 * used to read an internal service. Private and loopback addresses are accepted on purpose: a
 * reseller's integration usually runs on its own network; registering is restricted to the roles
 * allowed to write the API, and the deployment's egress policy is where outbound reach is decided
 * (README, "TM Forum APIs").
 */
export function checkCallback(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('tmf.callback_invalid');
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password ||
    !url.hostname
  )
    throw new AppError('tmf.callback_invalid');
  return url.toString();
}

export async function registerListener(
  ctx: Ctx,
  secrets: SecretBox,
  api: TmfApi,
  input: { callback: string; query?: string | undefined },
  caller: HubCaller,
): Promise<HubSubscription & { secret: string }> {
  if (!mayRegisterListener(caller)) throw new AppError('auth.forbidden');
  const callback = checkCallback(input.callback);
  const id = newId();
  // 32 random bytes, shown once in the 201: the listener checks X-Relais-Signature with it.
  const secret = randomBytes(32).toString('base64url');
  const query = input.query?.trim() ? input.query.trim() : null;
  await insertSubscription(ctx.tx, {
    id,
    api,
    callback,
    query,
    secretEncrypted: secrets.encrypt(secret),
    createdBy: ctx.actor.label,
    createdByToken: caller.tokenId,
    at: ctx.now,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: HUB_ENTITY,
    entityId: id,
    entityLabel: `${api} → ${callback}`,
    action: 'tmf_hub.registered',
    after: { api, callback, query },
  });
  return { id, api, callback, query, createdAt: ctx.now.toISOString(), secret };
}

export async function unregisterListener(
  ctx: Ctx,
  api: TmfApi,
  id: string,
  caller: HubCaller,
): Promise<void> {
  if (!UUID_RE.test(id)) throw new AppError('resource.not_found');
  const row = await findSubscription(ctx.tx, api, id);
  if (!row) throw new AppError('resource.not_found');
  if (!mayUnregisterListener(caller, row.created_by_token)) throw new AppError('auth.forbidden');
  const callback = await deleteSubscription(ctx.tx, api, id);
  if (callback === undefined) throw new AppError('resource.not_found');
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: HUB_ENTITY,
    entityId: id,
    entityLabel: `${api} → ${callback}`,
    action: 'tmf_hub.unregistered',
    before: { api, callback },
  });
}

export async function getListener(ctx: Ctx, api: TmfApi, id: string): Promise<HubSubscription> {
  if (!UUID_RE.test(id)) throw new AppError('resource.not_found');
  const row = await findSubscription(ctx.tx, api, id);
  if (!row) throw new AppError('resource.not_found');
  return {
    id: row.id,
    api,
    callback: row.callback,
    query: row.query,
    createdAt: row.created_at.toISOString(),
  };
}

/** The HMAC secret of a registration, for the worker (system transaction, tenant named). */
export async function listenerSecret(
  tx: Tx,
  secrets: SecretBox,
  tenantId: string,
  id: string,
): Promise<string | null> {
  const sealed = await sealedSecret(tx, tenantId, id);
  return sealed === undefined ? null : secrets.decrypt(sealed);
}

/**
 * TMF630 lets a registration narrow what it receives with `query`, e.g.
 * `eventType=TroubleTicketCreateEvent,TroubleTicketStatusChangeEvent`. Relais reads the eventType
 * condition; a query without one receives every event of the API.
 */
export function wantsEvent(query: string | null, eventType: string): boolean {
  if (!query) return true;
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const wanted = params.getAll('eventType').flatMap((v) => v.split(',').map((x) => x.trim()));
  return wanted.length === 0 || wanted.includes(eventType);
}

/**
 * Of `tenantIds`, those where someone listens to `api`, in one look-up from a system transaction
 * (the worker records messages of several tenants at once; the others publish nothing).
 */
export function tenantsListening(tx: Tx, api: TmfApi, tenantIds: readonly string[]): Promise<Set<string>> {
  if (tx.tenantId !== null) throw new Error('tenantsListening is for system transactions');
  return tenantsSubscribed(tx, api, tenantIds);
}

/** Whether anyone listens to `api` in the transaction's tenant (to skip building a payload). */
export async function hasListeners(tx: Tx, api: TmfApi): Promise<boolean> {
  return anySubscription(tx, api);
}

/**
 * Writes one delivery per interested listener of `api`, in the caller's (tenant-scoped)
 * transaction. `payload` is built only when someone listens: most changes pay one indexed
 * look-up. The eventId is the same for every listener, so a listener can drop a redelivery.
 */
export async function publishTmfEvent(
  ctx: Pick<Ctx, 'tx' | 'now'>,
  api: TmfApi,
  eventType: string,
  payload: () => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<number> {
  const subs = await subscriptionsOf(ctx.tx, api);
  const targets = subs.filter((s) => wantsEvent(s.query, eventType));
  if (targets.length === 0) return 0;
  const eventId = newId();
  const body = JSON.stringify({
    eventId,
    eventTime: ctx.now.toISOString(),
    eventType,
    event: await payload(),
  });
  for (const s of targets) {
    await insertWebhookDelivery(ctx.tx, {
      id: newId(),
      callback: s.callback,
      eventType,
      body,
      template: EVENT_TEMPLATE,
      entityType: HUB_ENTITY,
      entityId: s.id,
      maxAttempts: EVENT_MAX_ATTEMPTS,
      at: ctx.now,
    });
  }
  return targets.length;
}

export interface HubListenerSummary extends HubSubscription {
  /** Event deliveries to this listener: sent, failed for good, still to be tried. */
  sent: number;
  failed: number;
  pending: number;
}

/**
 * Every listener of the tenant, every API, with its deliveries counted from the outbox (issue 15:
 * the admins' and supervisors' hub page). Never the secret.
 */
export async function listListeners(ctx: Ctx): Promise<HubListenerSummary[]> {
  const rows = await listenerRows(ctx.tx, HUB_ENTITY);
  return rows.map((r) => ({
    id: r.id,
    api: r.api as TmfApi,
    callback: r.callback,
    query: r.query,
    createdAt: r.created_at.toISOString(),
    sent: Number(r.sent),
    failed: Number(r.failed),
    pending: Number(r.pending),
  }));
}
