import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { completeHeldOrder, listHeldOrders, rejectHeldOrder, releaseHeldOrder } from './held-orders.ts';
import { CreateOrderBody } from './schemas.ts';

const HeldStateSchema = Type.Union([
  Type.Literal('held'),
  Type.Literal('released'),
  Type.Literal('rejected'),
]);

const HeldOrderSchema = Type.Object(
  {
    id: Type.String(),
    state: HeldStateSchema,
    receivedAt: Type.String({ format: 'date-time' }),
    receivedBy: Type.String(),
    orderId: Type.Union([Type.String(), Type.Null()]),
    items: Type.Array(
      Type.Object({
        offerCode: Type.Union([Type.String(), Type.Null()]),
        offerName: Type.Union([Type.String(), Type.Null()]),
        quantity: Type.Integer(),
      }),
    ),
  },
  { $id: 'HeldOrder' },
);

/** Issue 15: the TMF622 orders received « à compléter » (held-orders.ts), for the agents. */
export function heldOrderRoutes(app: App, deps: Deps): void {
  app.addSchema(HeldOrderSchema);
  const tags = ['orders'];
  listRoute(
    app,
    '/api/orders/held',
    {
      tags,
      operationId: 'listHeldOrders',
      summary: 'TMF622 orders received without a customer or an offer, to complete (newest first)',
      querystring: listQuery([], { state: Type.Optional(HeldStateSchema) }),
      page: pageOf(Type.Ref('HeldOrder')),
      policy: 'orders.read',
    },
    (req) => inTenant(deps, req, (ctx) => listHeldOrders(ctx, req.query)),
  );
  const routes = moduleRoutes(app, deps, tags);
  routes.post('/api/orders/held/:id/reject', {
    operationId: 'rejectHeldOrder',
    summary: 'Reject a received order to complete (TMF622 state rejected)',
    params: IdParams,
    response: { 200: Type.Ref('HeldOrder') },
    policy: 'orders.write',
    run: (ctx, req) => rejectHeldOrder(ctx, req.params.id),
  });
  routes.post('/api/orders/held/:id/order', {
    operationId: 'completeHeldOrder',
    summary:
      'Create the order of a received order from the new-order form and release the received order with it, in one transaction',
    params: IdParams,
    body: CreateOrderBody,
    response: { 201: Type.Ref('Order') },
    policy: 'orders.write',
    run: (ctx, req) => completeHeldOrder(ctx, deps, req.params.id, req.body),
    headers: (o) => ({ Location: `/api/orders/${o.id}` }),
  });
  routes.post('/api/orders/held/:id/release', {
    operationId: 'releaseHeldOrder',
    summary: 'Mark a received order as completed by the order created for it',
    params: IdParams,
    body: Type.Object({ orderId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
    response: { 200: Type.Ref('HeldOrder') },
    policy: 'orders.write',
    run: (ctx, req) => releaseHeldOrder(ctx, req.params.id, req.body.orderId),
  });
}
