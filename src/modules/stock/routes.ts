import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { NETWORKS } from '../catalog/model.ts';
import { SIM_TYPES } from './rules.ts';
import * as service from './service.ts';

const Network = Type.Union(NETWORKS.map((n) => Type.Literal(n)));
const SimType = Type.Union(SIM_TYPES.map((n) => Type.Literal(n)));
const SimState = Type.Union(['free', 'assigned', 'in_use', 'retired'].map((n) => Type.Literal(n)));

const SimSchema = Type.Object(
  {
    iccid: Type.String(),
    network: Network,
    simType: SimType,
    state: SimState,
    accountId: Type.Union([Type.String(), Type.Null()]),
    accountName: Type.Union([Type.String(), Type.Null()]),
    hasPuk: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Sim' },
);

const CsvBody = Type.Object(
  { csv: Type.String({ minLength: 1, maxLength: 4_000_000, description: 'The CSV file content (UTF-8)' }) },
  { additionalProperties: false },
);
const ImportResult = Type.Object({ imported: Type.Integer() });
const Iccid = Type.String({ minLength: 1, maxLength: 40 });
const Selection = {
  iccid: Type.Optional(Iccid),
  first: Type.Optional(Iccid),
  last: Type.Optional(Iccid),
};

export function stockRoutes(app: App, deps: Deps): void {
  app.addSchema(SimSchema);
  const tags = ['stock'];
  const routes = moduleRoutes(app, deps, tags);
  const bodyLimit = 5 * 1024 * 1024;

  routes.post('/api/stock/sims/import', {
    bodyLimit,
    operationId: 'importSims',
    summary:
      'Import SIMs and eSIM profiles from CSV (iccid;reseau;type[;puk;smdp;matching_id]); Luhn-checked, all or nothing',
    body: CsvBody,
    response: { 201: ImportResult },
    policy: 'stock.manage',
    run: (ctx, req) => service.importSims(ctx, deps.secrets, req.body.csv),
  });

  routes.post('/api/stock/numbers/import', {
    bodyLimit,
    operationId: 'importNumbers',
    summary: 'Import 10-digit number ranges from CSV (reseau;premier;dernier), all or nothing (ORD-07)',
    body: CsvBody,
    response: { 201: ImportResult },
    policy: 'stock.manage',
    run: (ctx, req) => service.importNumbers(ctx, req.body.csv),
  });

  routes.get('/api/stock/summary', {
    operationId: 'getStockSummary',
    summary: 'Counts of SIMs (per type) and numbers per network and state',
    response: {
      200: Type.Object({
        items: Type.Array(
          Type.Object({
            network: Network,
            // A SIM's type, or `number` for the phone numbers' rows.
            kind: Type.Union([...SIM_TYPES, 'number' as const].map((k) => Type.Literal(k))),
            state: Type.String(),
            count: Type.Integer(),
          }),
        ),
      }),
    },
    policy: 'stock.read',
    read: async (ctx) => ({ items: await service.stockSummary(ctx) }),
  });

  listRoute(
    app,
    '/api/stock/sims',
    {
      tags,
      operationId: 'listStockSims',
      summary: 'SIMs in stock, by ICCID',
      querystring: listQuery([], {
        network: Type.Optional(Network),
        simType: Type.Optional(SimType),
        state: Type.Optional(SimState),
        accountId: Type.Optional(Type.String({ format: 'uuid' })),
        q: Type.Optional(Type.String({ pattern: '^[0-9]{1,20}$' })),
      }),
      page: pageOf(Type.Ref('Sim')),
      policy: 'stock.read',
    },
    async (req) => {
      const q = req.query;
      return inTenant(deps, req, (ctx) =>
        service.listSims(ctx, {
          network: q.network,
          simType: q.simType,
          state: q.state as 'free' | 'assigned' | 'in_use' | 'retired' | undefined,
          accountId: q.accountId,
          q: q.q,
          limit: q.limit,
          offset: q.offset,
        }),
      );
    },
  );

  routes.get('/api/stock/numbers/free', {
    operationId: 'listFreeNumbers',
    summary: 'Free numbers of a network (the reseller picks one for a Bouygues data-only line, CAT-07)',
    querystring: Type.Object(
      {
        network: Network,
        q: Type.Optional(Type.String({ pattern: '^[0-9]{1,10}$' })),
        limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
      },
      { additionalProperties: false },
    ),
    response: { 200: Type.Object({ items: Type.Array(Type.String()) }) },
    policy: 'stock.read',
    read: (ctx, req) => service.listFreeNumbers(ctx, req.query.network, req.query.q, req.query.limit),
  });

  routes.post('/api/stock/sims/assign', {
    operationId: 'assignSims',
    summary: 'SC-06: assign SIMs to a customer, one (iccid) or a range (first ≤ last, ascending)',
    body: Type.Object(
      { accountId: Type.String({ format: 'uuid' }), ...Selection },
      { additionalProperties: false, minProperties: 2 },
    ),
    response: { 200: Type.Object({ assigned: Type.Integer(), skipped: Type.Integer() }) },
    policy: 'stock.manage',
    run: (ctx, req) => service.assignSims(ctx, req.body),
  });

  routes.post('/api/stock/sims/release', {
    operationId: 'releaseSims',
    summary: 'SC-06: release assigned SIMs, one (iccid) or a range (first ≤ last, ascending)',
    body: Type.Object(Selection, { additionalProperties: false, minProperties: 1 }),
    response: { 200: Type.Object({ released: Type.Integer(), skipped: Type.Integer() }) },
    policy: 'stock.manage',
    run: (ctx, req) => service.releaseSims(ctx, req.body),
  });
}
