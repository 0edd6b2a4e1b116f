import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { chartLineData } from './chart-line-data.ts';
import { lineRecharges } from './list-line-recharges.ts';
import { listLinesNearEnvelope } from './list-lines-near-envelope.ts';
import { orderRecharge } from './order-recharge.ts';
import {
  DataChartQuery,
  DataChartSchema,
  LineRechargesSchema,
  NearEnvelopePage,
  NearEnvelopeQuery,
  OrderRechargeBody,
  RechargeSchema,
} from './recharge-schemas.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** The recharges (USE-06) and the usage views (USE-07: the line's data chart, the tenant view). */
export function rechargeRoutes(app: App, deps: Deps): void {
  app.addSchema(RechargeSchema);
  app.addSchema(LineRechargesSchema);
  app.addSchema(DataChartSchema);
  const routes = moduleRoutes(app, deps, ['usage']);

  routes.post('/api/lines/:id/recharges', {
    operationId: 'orderLineRecharge',
    summary:
      'USE-06: order a data recharge on a line (applied by the operator within 30 minutes, this month only, lifts a data block, charged at the catalog price); 409 usage.recharge_recent within 30 minutes of another unless confirmDuplicate',
    params: IdParams,
    body: OrderRechargeBody,
    response: { 201: Type.Ref(RechargeSchema) },
    policy: 'usage.recharge',
    run: (ctx, req) => orderRecharge(ctx, deps.actions, req.params.id, req.body),
  });

  routes.get('/api/lines/:id/recharges', {
    operationId: 'getLineRecharges',
    summary:
      'USE-06: the recharges a line’s plan takes, its recharges of the current month, and whether one was ordered within 30 minutes',
    params: IdParams,
    response: { 200: Type.Ref(LineRechargesSchema) },
    policy: 'usage.read',
    oneTrip: true,
    read: (ctx, req) => lineRecharges(ctx, req.params.id),
  });

  routes.get('/api/lines/:id/usage/data-chart', {
    operationId: 'getLineDataChart',
    summary:
      'USE-07: a line’s in-plan data per day of one of the 3 viewable months, cumulative, and its envelope',
    params: IdParams,
    querystring: DataChartQuery,
    response: { 200: Type.Ref(DataChartSchema) },
    policy: 'usage.read',
    oneTrip: true,
    read: (ctx, req) => chartLineData(ctx, req.params.id, req.query),
  });

  routes.list('/api/usage/lines', {
    operationId: 'listLinesNearEnvelope',
    summary:
      'USE-07: the lines nearest to or over their data envelope this month (share used, data, envelope, plan, account, data state), fullest first',
    querystring: NearEnvelopeQuery,
    page: NearEnvelopePage,
    policy: 'usage.read',
    oneTrip: true,
    read: (ctx, req) => listLinesNearEnvelope(ctx, req.query),
  });
}
