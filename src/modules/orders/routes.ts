import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { NetworkSchema } from '../lines/schemas.ts';
import { CreateOrderBody } from './schemas.ts';
import {
  TMF622_BASE,
  TMF622_FILTERS,
  TMF622_LEGACY_BASE,
  TmfProductOrderCreate,
  TmfProductOrderPatch,
  TmfProductOrderSchema,
  fromTmfProductOrder,
  toTmfProductOrder,
} from './tmf.ts';
import * as service from './service.ts';
import { updateOrder } from './update-order.ts';
import { tmfResourceRoutes, tmfSharedResource } from '../../platform/http/tmf-routes.ts';
import { listCharges } from '../ledger/service.ts';
import { holdOrder, needsHolding } from './held-orders.ts';
import { heldOrderRoutes } from './held-order-routes.ts';

const ORDER_STATES = ['queued', 'in_progress', 'completed', 'failed', 'cancelled'] as const;
const OrderStateSchema = Type.Union(ORDER_STATES.map((s) => Type.Literal(s)));

const OrderSchema = Type.Object(
  {
    id: Type.String(),
    reference: Type.String(),
    accountId: Type.String(),
    accountName: Type.String(),
    configuration: Type.Union([Type.Literal('unit'), Type.Literal('multiple')]),
    network: NetworkSchema,
    state: OrderStateSchema,
    submitAt: Type.String({ format: 'date-time' }),
    queued: Type.Boolean(),
    failure: Type.Union([Type.String(), Type.Null()]),
    description: Type.Union([Type.String(), Type.Null()]),
    // TMF622's priority, "0" highest to "4" lowest (the column's CHECK).
    priority: Type.Union([...(['0', '1', '2', '3', '4'] as const).map((p) => Type.Literal(p)), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    lines: Type.Array(Type.Ref('Line')),
  },
  { $id: 'Order' },
);

export function orderRoutes(app: App, deps: Deps): void {
  app.addSchema(OrderSchema);
  app.addSchema(TmfProductOrderSchema);
  const tags = ['orders'];
  const routes = moduleRoutes(app, deps, tags);
  heldOrderRoutes(app, deps);

  routes.post('/api/orders', {
    operationId: 'createOrder',
    summary:
      'ORD-01..ORD-09: order one (unit) or many (multiple) lines; queued to the network’s next opening (ORD-03)',
    body: CreateOrderBody,
    response: { 201: Type.Ref('Order') },
    policy: 'orders.write',
    run: (ctx, req) => service.createOrder(ctx, deps, req.body),
    headers: (o) => ({ Location: `/api/orders/${o.id}` }),
  });

  routes.list('/api/orders', {
    operationId: 'listOrders',
    summary: 'Orders, newest first (filter by account, state)',
    querystring: listQuery([], {
      accountId: Type.Optional(Type.String({ format: 'uuid' })),
      state: Type.Optional(OrderStateSchema),
    }),
    page: pageOf(Type.Ref('Order')),
    policy: 'orders.read',
    read: (ctx, req) => service.listOrders(ctx, req.query),
  });

  routes.get('/api/orders/:id', {
    operationId: 'getOrder',
    summary: 'One order with its lines',
    params: IdParams,
    response: { 200: Type.Ref('Order') },
    policy: 'orders.read',
    read: (ctx, req) => service.getOrder(ctx, req.params.id),
  });

  routes.list('/api/charges', {
    operationId: 'listCharges',
    summary:
      'The charges ledger of an account: one-off fees, first month pro rata, monthly charges (CAT-01, CAT-11, Reading 7)',
    querystring: listQuery([], { accountId: Type.String({ format: 'uuid' }) }),
    page: pageOf(
      Type.Object({
        id: Type.String(),
        accountId: Type.String(),
        lineId: Type.Union([Type.String(), Type.Null()]),
        msisdn: Type.Union([Type.String(), Type.Null()]),
        orderId: Type.Union([Type.String(), Type.Null()]),
        // account_charges' CHECK: a one-off fee, the first month pro rata, a month, usage, and the
        // pay-as-you-go line's top-up to its monthly minimum (CAT-09).
        kind: Type.Union(
          (['one_off', 'first_month', 'monthly', 'usage', 'usage_minimum'] as const).map((k) =>
            Type.Literal(k),
          ),
        ),
        itemType: Type.String(),
        itemCode: Type.String(),
        itemName: Type.String(),
        amount: Type.String(),
        monthly: Type.Union([Type.String(), Type.Null()]),
        currency: Type.String(),
        vatIncluded: Type.Boolean(),
        periodStart: Type.Union([Type.String(), Type.Null()]),
        periodEnd: Type.Union([Type.String(), Type.Null()]),
        createdAt: Type.String({ format: 'date-time' }),
      }),
    ),
    policy: 'orders.read',
    read: (ctx, req) => listCharges(ctx, req.query.accountId, req.query.limit, req.query.offset),
  });

  // ── TMF622 Product Ordering v4 ────────────────────────────────────────────────────────────────
  const tmfTags = ['TMF622 productOrder'];
  routes.post(`${TMF622_BASE}/productOrder`, {
    tags: tmfTags,
    operationId: 'createProductOrder',
    summary:
      'TMF622 v4: create a product order (one productOrderItem per line, action "add"); without a customer or an offer it is held, to be completed by an agent',
    body: TmfProductOrderCreate,
    response: { 201: Type.Ref('TmfProductOrder') },
    policy: 'orders.write',
    run: async (ctx, req) =>
      needsHolding(req.body)
        ? holdOrder(ctx, req.body)
        : toTmfProductOrder(await service.createOrder(ctx, deps, fromTmfProductOrder(req.body))),
    headers: (o) => ({ Location: o.href }),
  });
  routes.patch(`${TMF622_BASE}/productOrder/:id`, {
    tags: tmfTags,
    operationId: 'patchProductOrder',
    summary:
      'TMF622 v4: change description or priority, or cancel (state "cancelled") an order waiting for the opening; JSON or application/merge-patch+json',
    params: IdParams,
    body: TmfProductOrderPatch,
    response: { 200: Type.Ref('TmfProductOrder') },
    policy: 'orders.write',
    run: async (ctx, req) => toTmfProductOrder(await updateOrder(ctx, req.params.id, req.body)),
  });
  tmfResourceRoutes(app, deps, {
    path: `${TMF622_BASE}/productOrder`,
    tags: tmfTags,
    summaries: {
      list: 'TMF622 v4: list product orders (mobile orders, then internet subscription orders; TMF630 fields, offset/limit, attribute filters)',
      get: 'TMF622 v4: one product order (mobile order or internet subscription order)',
    },
    schema: TmfProductOrderSchema,
    policy: 'orders.read',
    filters: TMF622_FILTERS,
    // The customer is the one related party: that filter is the orders' indexed accountId.
    byRelatedParty: true,
    uuidIds: true,
    // Every module's orders (src/modules/*/index.ts `tmfSources`), the mobile orders first.
    ...tmfSharedResource('TMF622 productOrder'),
  });

  // The path Relais served TMF622 under before issue 15, kept for one release as a permanent
  // redirect to the official base path (308 keeps the method and the body).
  app.route({
    method: ['GET', 'POST', 'PATCH', 'DELETE'],
    url: `${TMF622_LEGACY_BASE}/*`,
    schema: { hide: true },
    config: { policy: 'public' },
    handler: (req, reply) => reply.redirect(`${TMF622_BASE}${req.url.slice(TMF622_LEGACY_BASE.length)}`, 308),
  });
}
