/**
 * Effective-dated actions: the one mechanism behind every lifecycle change that takes effect later
 * (plan change on the 1st, termination at the billing day, option end…). A business module
 * registers a handler for its kind; its service schedules the action in the request's transaction;
 * the worker runs the handler once the clock reaches the effective instant.
 *
 * Scheduling writes the `pending_actions` row and an `action.run` job (deduplicated per action)
 * in the caller's transaction. When the job runs it re-reads the action under a row lock, so a
 * concurrent cancel either wins (the job finds it cancelled and does nothing) or waits and then
 * finds it done. The handler's writes, the action's `done` and the job's completion commit together.
 */
import type { Clock } from '../clock.ts';
import { newId } from '../clock.ts';
import { UUID_RE, type Tx } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { checkPageBounds, type Page } from '../http/pagination.ts';
import {
  ACTION_STATUSES,
  countActions,
  firstScheduledOfKind,
  insertAction,
  lockRecurringSchedule,
  selectAction,
  selectActions,
  updateActionCancelled,
  updateActionDone,
  updateActionError,
  type ActionFilter,
  type PendingAction,
} from './action-store.ts';
import { enqueueJob } from './job-store.ts';
import type { JobHandlerSpec } from './worker.ts';
import type { OperatorGateway } from '../../modules/orders/operators/operator-gateway.ts';

export type { ActionStatus, PendingAction } from './action-store.ts';
export { ACTION_STATUSES } from './action-store.ts';

export const ACTION_JOB_KIND = 'action.run';

export interface ActionContext {
  clock: Clock;
  /** The instant the action runs (at or after its effective instant). */
  now: Date;
  /** The registry running the action, to schedule the next one (a monthly run reschedules itself). */
  actions?: ActionRegistry;
  /** The operators' systems (Deps.operators), for action kinds that call them. */
  operators?: OperatorGateway;
}

/** Runs in the worker's transaction, scoped to the action's tenant. Its return value is stored as `result`. */
export type ActionHandler = (
  tx: Tx,
  action: PendingAction,
  ctx: ActionContext,
) => Promise<Record<string, unknown> | void>;

/**
 * An action kind that calls an outside system (an operator) runs in three steps, never holding a
 * transaction during the call (issue 9 §5, src/platform/jobs/worker.ts): `claim` in the job's
 * transaction (returns what to call, or `{ done }` when there is nothing to call), `call` outside
 * any transaction (throws to retry with backoff, after undoing at the outside what it did), and
 * `record` in a second transaction, whose return value is the action's result.
 */
export interface CallingActionHandler {
  claim(
    tx: Tx,
    action: PendingAction,
    ctx: ActionContext,
  ): Promise<{ call: unknown } | { done: Record<string, unknown> | void }>;
  call(claimed: unknown, ctx: ActionContext): Promise<unknown>;
  record(
    tx: Tx,
    action: PendingAction,
    claimed: unknown,
    outcome: unknown,
    ctx: ActionContext,
  ): Promise<Record<string, unknown> | void>;
}

export interface ActionRegistry {
  readonly handlers: ReadonlyMap<string, ActionHandler | CallingActionHandler>;
  /** The operators' systems the calling kinds reach (the simulator until a real adapter exists). */
  readonly operators?: OperatorGateway;
}

export function createActionRegistry(services: { operators?: OperatorGateway } = {}): ActionRegistry {
  return { handlers: new Map(), ...(services.operators ? { operators: services.operators } : {}) };
}

/** Modules call this once at start-up. Registering a kind twice is a programming error. */
export function registerAction(
  registry: ActionRegistry,
  kind: string,
  handler: ActionHandler | CallingActionHandler,
): void {
  const handlers = registry.handlers as Map<string, ActionHandler | CallingActionHandler>;
  if (!/^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$/.test(kind)) {
    throw new Error(`action kind "${kind}" must look like "area.verb" (lower case, dot-separated)`);
  }
  if (handlers.has(kind)) throw new Error(`action kind "${kind}" is already registered`);
  handlers.set(kind, handler);
}

export interface ScheduleActionInput {
  kind: string;
  entityType: string;
  entityId: string;
  effectiveAt: Date;
  payload?: Record<string, unknown>;
  /** Who asked: a user id, a token id, or "system". */
  createdBy: string;
  /** The request's instant (created_at). */
  now: Date;
  /** Tries of the handler before the action is marked failed (default 5). */
  maxAttempts?: number;
}

function requireTenant(tx: Tx): string {
  if (tx.tenantId === null) throw new Error('pending actions need a tenant transaction');
  return tx.tenantId;
}

/**
 * Stores the action and its job in the caller's tenant transaction. An effective instant in the
 * past is allowed: the worker runs the action on its next pass.
 */
export async function scheduleAction(
  tx: Tx,
  registry: ActionRegistry,
  input: ScheduleActionInput,
): Promise<PendingAction> {
  const tenantId = requireTenant(tx);
  if (!registry.handlers.has(input.kind)) throw new AppError('action.unknown_kind', { kind: input.kind });
  if (!(input.effectiveAt instanceof Date) || Number.isNaN(input.effectiveAt.getTime())) {
    throw new Error('effectiveAt must be a valid Date');
  }
  for (const field of ['entityType', 'entityId', 'createdBy'] as const) {
    if (typeof input[field] !== 'string' || input[field] === '') throw new Error(`${field} is required`);
  }
  const action = await insertAction(tx, {
    tenantId,
    id: newId(),
    kind: input.kind,
    entityType: input.entityType,
    entityId: input.entityId,
    effectiveAt: input.effectiveAt,
    payload: input.payload ?? {},
    createdBy: input.createdBy,
    createdAt: input.now,
  });
  await enqueueJob(tx, {
    kind: ACTION_JOB_KIND,
    tenantId,
    payload: { actionId: action.id },
    runAt: action.effectiveAt,
    dedupeKey: actionDedupeKey(action.id),
    ...(input.maxAttempts === undefined ? {} : { maxAttempts: input.maxAttempts }),
    now: input.now,
  });
  return action;
}

/**
 * A recurring action of the tenant (billing's monthly run, usage's month close: each run schedules
 * the next) is scheduled once: under a per-tenant lock named `lockName`, nothing is added when one
 * of `kind` is already scheduled. `running` is the action being run, which is still "scheduled"
 * while its handler runs. `effectiveAt` is asked only when a run is to be added.
 */
export async function ensureRecurringAction(
  tx: Tx,
  registry: ActionRegistry,
  r: {
    kind: string;
    lockName: string;
    effectiveAt: () => Promise<Date>;
    now: Date;
    running: string | null;
  },
): Promise<{ id: string; effectiveAt: Date; created: boolean }> {
  const tenantId = requireTenant(tx);
  await lockRecurringSchedule(tx, r.lockName);
  const existing = await firstScheduledOfKind(tx, tenantId, r.kind, r.running);
  if (existing) return { id: existing.id, effectiveAt: existing.effective_at, created: false };
  const action = await scheduleAction(tx, registry, {
    kind: r.kind,
    entityType: 'tenant',
    entityId: tenantId,
    effectiveAt: await r.effectiveAt(),
    payload: {},
    createdBy: 'system',
    now: r.now,
  });
  return { id: action.id, effectiveAt: action.effectiveAt, created: true };
}

/**
 * Runs a just-scheduled action at once in the caller's transaction, for effects that are immediate
 * (a suspension, a Bouygues option's end): the same handler as the worker's, and the action's
 * `done` commits with the request. Its job then finds the action done and does nothing.
 */
export async function runActionNow(
  tx: Tx,
  registry: ActionRegistry,
  action: PendingAction,
  ctx: ActionContext,
  /**
   * Only the demo seed, whose operator is the simulator answering at once, may run a calling kind
   * in its transaction; a request never does (the worker runs it, outside any transaction).
   */
  opts: { callInTransaction?: 'demo seed' } = {},
): Promise<PendingAction> {
  const tenantId = requireTenant(tx);
  const handler = registry.handlers.get(action.kind);
  if (!handler) throw new AppError('action.unknown_kind', { kind: action.kind });
  const c: ActionContext = { ...ctx, actions: registry, ...operatorsOf(registry) };
  if (typeof handler !== 'function') {
    if (opts.callInTransaction !== 'demo seed')
      throw new Error(
        `action kind "${action.kind}" calls an operator: the worker runs it, outside any transaction`,
      );
    const claimed = await handler.claim(tx, action, c);
    const result =
      'call' in claimed
        ? await handler.record(tx, action, claimed.call, await handler.call(claimed.call, c), c)
        : claimed.done;
    return updateActionDone(tx, tenantId, action.id, result ?? null, ctx.now);
  }
  const result = await handler(tx, action, c);
  return updateActionDone(tx, tenantId, action.id, result ?? null, ctx.now);
}

export function actionDedupeKey(actionId: string): string {
  return `action:${actionId}`;
}

/**
 * Cancels a scheduled action. The job is left in place (the app role cannot touch jobs); when it
 * comes due it finds the action cancelled and completes without running anything.
 */
export async function cancelAction(
  tx: Tx,
  id: string,
  cancelledBy: string,
  now: Date,
): Promise<PendingAction> {
  const tenantId = requireTenant(tx);
  const action = UUID_RE.test(id) ? await selectAction(tx, tenantId, id, true) : undefined;
  if (!action) throw new AppError('resource.not_found', { type: 'pending_action', id });
  if (action.status !== 'scheduled') {
    throw new AppError('action.not_cancellable', { id, status: action.status });
  }
  return updateActionCancelled(tx, tenantId, id, cancelledBy, now);
}

export async function getAction(tx: Tx, id: string): Promise<PendingAction | undefined> {
  const tenantId = requireTenant(tx);
  // A malformed id cannot exist; answering "not found" beats a uuid cast error (a 500).
  if (!UUID_RE.test(id)) return undefined;
  return selectAction(tx, tenantId, id, false);
}

export interface ListActionsQuery extends ActionFilter {
  limit: number;
  offset: number;
}

/** Oldest effective instant first: the order in which they take (or took) effect. */
export async function listActions(tx: Tx, query: ListActionsQuery): Promise<Page<PendingAction>> {
  const tenantId = requireTenant(tx);
  checkPageBounds(query);
  if (query.status !== undefined && !ACTION_STATUSES.includes(query.status)) {
    throw new Error(`unknown action status "${String(query.status)}"`);
  }
  const filter: ActionFilter = {
    entityType: query.entityType,
    entityId: query.entityId,
    status: query.status,
    ...(query.accountId === undefined ? {} : { accountId: query.accountId }),
  };
  const items = await selectActions(tx, tenantId, filter, query.limit, query.offset);
  const total = await countActions(tx, tenantId, filter);
  return { items, total, limit: query.limit, offset: query.offset };
}

function operatorsOf(registry: ActionRegistry): { operators?: OperatorGateway } {
  return registry.operators ? { operators: registry.operators } : {};
}

function actionIdOf(payload: Record<string, unknown>): string {
  const id = payload.actionId;
  if (typeof id !== 'string' || !UUID_RE.test(id)) throw new Error('action.run job without a valid actionId');
  return id;
}

/**
 * The job handler to register under ACTION_JOB_KIND. A handler error rolls back and lets the job
 * retry with backoff; each failed try records last_error on the action, and the last one marks it
 * failed.
 */
export function actionJobHandler(registry: ActionRegistry): JobHandlerSpec {
  const contextOf = (ctx: { clock: Clock; now: Date }): ActionContext => ({
    clock: ctx.clock,
    now: ctx.now,
    actions: registry,
    ...operatorsOf(registry),
  });
  return {
    // The claim: a plain kind runs whole here; a calling kind claims and returns what to call.
    async run(tx, job, ctx): Promise<CallClaim | undefined> {
      const tenantId = requireTenant(tx);
      const id = actionIdOf(job.payload);
      const action = await selectAction(tx, tenantId, id, true);
      if (!action || action.status !== 'scheduled') {
        ctx.logger.info(
          { actionId: id, tenantId, status: action?.status ?? 'missing' },
          'action not scheduled any more; nothing to run',
        );
        return undefined;
      }
      const handler = registry.handlers.get(action.kind);
      // Thrown rather than marked failed at once: a rolling deploy may briefly run a worker that
      // does not know a kind a newer node scheduled; the retry gives the newer worker its turn.
      if (!handler) throw new Error(`no handler registered for action kind "${action.kind}"`);
      if (typeof handler !== 'function') {
        const claimed = await handler.claim(tx, action, contextOf(ctx));
        if ('call' in claimed) return { actionId: id, handler, claimed: claimed.call };
        await updateActionDone(tx, tenantId, id, claimed.done ?? null, ctx.now);
        ctx.logger.info({ actionId: id, tenantId, kind: action.kind }, 'action done (nothing to call)');
        return undefined;
      }
      const result = await handler(tx, action, contextOf(ctx));
      await updateActionDone(tx, tenantId, id, result ?? null, ctx.now);
      ctx.logger.info({ actionId: id, tenantId, kind: action.kind }, 'action done');
      return undefined;
    },
    outside: {
      call: (claim, ctx) => {
        const c = claim as CallClaim;
        return c.handler.call(c.claimed, contextOf(ctx));
      },
      async record(tx, _job, claim, outcome, ctx) {
        const c = claim as CallClaim;
        const tenantId = requireTenant(tx);
        const action = await selectAction(tx, tenantId, c.actionId, true);
        if (!action) throw new Error(`action ${c.actionId} vanished during its call`);
        // The outside system acted: its outcome is recorded even if the action was cancelled
        // during the call (too late to cancel what the operator has done).
        const result = await c.handler.record(tx, action, c.claimed, outcome, contextOf(ctx));
        await updateActionDone(tx, tenantId, c.actionId, result ?? null, ctx.now);
        ctx.logger.info({ actionId: c.actionId, tenantId, kind: action.kind }, 'action done');
      },
    },
    async onFailure(tx, job, failure) {
      const tenantId = requireTenant(tx);
      await updateActionError(tx, tenantId, actionIdOf(job.payload), failure.error, failure.final);
    },
  };
}

interface CallClaim {
  actionId: string;
  handler: CallingActionHandler;
  claimed: unknown;
}

export type { ActionFilter } from './action-store.ts';
