import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { lineLimitsView } from './limits-view.ts';
import { CutoffBody, LineLimitsSchema, ThresholdBody, ZoneParams } from './limit-schemas.ts';
import { setDataThreshold } from './set-data-threshold.ts';
import { setRoamingCutoff } from './set-roaming-cutoff.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** The usage limits' routes (USE-05, USE-08, USE-09, CAT-09), registered by routes.ts. */
export function limitRoutes(app: App, deps: Deps): void {
  app.addSchema(LineLimitsSchema);
  const tags = ['usage'];
  const response = { 200: Type.Ref(LineLimitsSchema), ...errorResponses };

  app.get(
    '/api/lines/:id/usage-limits',
    {
      schema: {
        tags,
        operationId: 'getLineUsageLimits',
        summary:
          'USE-05, CAT-09: a line’s roaming cut-offs per zone and its data threshold, with this month’s consumption, alerts and blocks',
        params: IdParams,
        response,
      },
      config: { policy: 'usage.read' },
    },
    (req) => inTenant(deps, req, (ctx) => lineLimitsView(ctx, req.params.id)),
  );

  app.put(
    '/api/lines/:id/roaming-cutoffs/:zone',
    {
      schema: {
        tags,
        operationId: 'setRoamingCutoff',
        summary:
          'USE-05, USE-08, USE-09: change a roaming zone’s cut-off on an active line (an option change, at once); the zone’s block is lifted at once',
        params: ZoneParams,
        body: CutoffBody,
        response,
      },
      config: { policy: 'usage.limits' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => setRoamingCutoff(ctx, deps, req.params.id, req.params.zone, req.body.option),
      }),
  );

  app.put(
    '/api/lines/:id/data-threshold',
    {
      schema: {
        tags,
        operationId: 'setDataThreshold',
        summary:
          'CAT-09: set a data pay-as-you-go line’s data threshold (1 to 100 GB); data stops when it is reached, a change lifts the block at once',
        params: IdParams,
        body: ThresholdBody,
        response,
      },
      config: { policy: 'usage.limits' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => setDataThreshold(ctx, deps.actions, req.params.id, req.body.gb),
      }),
  );
}
