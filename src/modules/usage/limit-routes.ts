import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { lineLimitsView } from './limits-view.ts';
import { CutoffBody, LineLimitsSchema, ThresholdBody, ZoneParams } from './limit-schemas.ts';
import { setDataThreshold } from './set-data-threshold.ts';
import { setRoamingCutoff } from './set-roaming-cutoff.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** The usage limits' routes (USE-05, USE-08, USE-09, CAT-09), registered by routes.ts. */
export function limitRoutes(app: App, deps: Deps): void {
  app.addSchema(LineLimitsSchema);
  const routes = moduleRoutes(app, deps, ['usage']);
  const response = { 200: Type.Ref(LineLimitsSchema) };

  routes.get('/api/lines/:id/usage-limits', {
    operationId: 'getLineUsageLimits',
    summary:
      'USE-05, CAT-09: a line’s roaming cut-offs per zone and its data threshold, with this month’s consumption, alerts and blocks',
    params: IdParams,
    response,
    policy: 'usage.read',
    read: (ctx, req) => lineLimitsView(ctx, req.params.id),
  });

  routes.put('/api/lines/:id/roaming-cutoffs/:zone', {
    operationId: 'setRoamingCutoff',
    summary:
      'USE-05, USE-08, USE-09: change a roaming zone’s cut-off on an active line (an option change, at once); the zone’s block is lifted at once',
    params: ZoneParams,
    body: CutoffBody,
    response,
    policy: 'usage.limits',
    run: (ctx, req) => setRoamingCutoff(ctx, deps, req.params.id, req.params.zone, req.body.option),
  });

  routes.put('/api/lines/:id/data-threshold', {
    operationId: 'setDataThreshold',
    summary:
      'CAT-09: set a data pay-as-you-go line’s data threshold (1 to 100 GB); data stops when it is reached, a change lifts the block at once',
    params: IdParams,
    body: ThresholdBody,
    response,
    policy: 'usage.limits',
    run: (ctx, req) => setDataThreshold(ctx, deps.actions, req.params.id, req.body.gb),
  });
}
