import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { AppError, found } from '../../platform/errors.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { cancelAction, getAction, listActions, type PendingAction } from '../../platform/jobs/index.ts';

const Status = Type.Union(['scheduled', 'done', 'cancelled', 'failed'].map((s) => Type.Literal(s)));
const DateOrNull = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

const PendingActionSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    effectiveAt: Type.String({ format: 'date-time' }),
    status: Status,
    payload: Type.Record(Type.String(), Type.Unknown()),
    result: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    lastError: Type.Union([Type.String(), Type.Null()]),
    createdBy: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    doneAt: DateOrNull,
    cancelledAt: DateOrNull,
    cancelledBy: Type.Union([Type.String(), Type.Null()]),
    version: Type.Integer(),
    createdByName: Type.Optional(
      Type.Union([Type.String(), Type.Null()], {
        description: "The author's name; null when Relais itself scheduled it (createdBy 'system')",
      }),
    ),
    entityName: Type.Optional(
      Type.Union([Type.String(), Type.Null()], {
        description:
          "The object as people know it: a line's number, an incident's reference, a customer's name",
      }),
    ),
  },
  { $id: 'PendingAction' },
);

function toApi(a: PendingAction) {
  return {
    id: a.id,
    kind: a.kind,
    entityType: a.entityType,
    entityId: a.entityId,
    effectiveAt: a.effectiveAt.toISOString(),
    status: a.status,
    payload: a.payload,
    result: a.result,
    lastError: a.lastError,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    doneAt: a.doneAt?.toISOString() ?? null,
    cancelledAt: a.cancelledAt?.toISOString() ?? null,
    cancelledBy: a.cancelledBy,
    version: a.version,
    ...(a.createdByName !== undefined ? { createdByName: a.createdByName } : {}),
    ...(a.entityName !== undefined ? { entityName: a.entityName } : {}),
  };
}

export function actionRoutes(app: App, deps: Deps): void {
  app.addSchema(PendingActionSchema);
  const routes = moduleRoutes(app, deps, ['pending actions']);
  routes.list('/api/pending-actions', {
    operationId: 'listPendingActions',
    summary: 'Effective-dated actions (plan changes, terminations…), in the order they take effect',
    querystring: listQuery([], {
      status: Type.Optional(Status),
      entityType: Type.Optional(Type.String({ maxLength: 64 })),
      entityId: Type.Optional(Type.String({ maxLength: 64 })),
      // The customer page: every action on the account's lines.
      accountId: Type.Optional(Type.String({ format: 'uuid' })),
    }),
    page: pageOf(Type.Ref('PendingAction')),
    policy: 'actions.read',
    read: async (ctx, req) => {
      const { limit, offset, status, entityType, entityId, accountId } = req.query;
      const page = await listActions(ctx.tx, {
        limit,
        offset,
        ...(status ? { status: status as PendingAction['status'] } : {}),
        ...(entityType ? { entityType } : {}),
        ...(entityId ? { entityId } : {}),
        ...(accountId ? { accountId } : {}),
      });
      return { ...page, items: page.items.map(toApi) };
    },
  });
  routes.get('/api/pending-actions/:id', {
    operationId: 'getPendingAction',
    summary: 'One pending action',
    params: IdParams,
    response: { 200: Type.Ref('PendingAction') },
    policy: 'actions.read',
    read: async (ctx, req) => toApi(found(await getAction(ctx.tx, req.params.id))),
  });
  routes.post('/api/pending-actions/:id/cancel', {
    operationId: 'cancelPendingAction',
    summary: 'Cancel a scheduled action before it takes effect',
    params: IdParams,
    response: { 200: Type.Ref('PendingAction') },
    policy: 'actions.cancel',
    run: async (ctx, req) => {
      // The monthly billing run (CAT-01) reschedules itself; cancelling it would stop billing.
      if ((await getAction(ctx.tx, req.params.id))?.kind.startsWith('billing.'))
        throw new AppError('billing.run_not_cancellable');
      const a = await cancelAction(ctx.tx, req.params.id, ctx.actor.label, ctx.now);
      await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
        entityType: a.entityType,
        entityId: a.entityId,
        entityLabel: a.kind,
        action: 'action.cancelled',
        after: { actionId: a.id, kind: a.kind, effectiveAt: a.effectiveAt.toISOString() },
      });
      return toApi(a);
    },
  });
}
