import { Type } from '@sinclair/typebox';
import type { Deps } from '../../platform/context.ts';
import type { App } from '../../platform/http/server.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { TmfGetQuery, parseFields, selectTmfFields, tmfGetResponses } from '../../platform/http/tmf-query.ts';
import { requestOrigin, tmfResourceRoutes } from '../../platform/http/tmf-routes.ts';
import { TMF635_BASE, TMF635_FILTERS, createTmfUsage, getTmfUsage, listTmfUsage } from './tmf635.ts';
import { TMF677_BASE, getUsageConsumptionQuery, queryUsageConsumption } from './tmf677.ts';
import {
  TmfQueryUsageConsumptionCreate,
  TmfQueryUsageConsumptionSchema,
  TmfUsageCreate,
  TmfUsageSchema,
} from './tmf-schemas.ts';

/** TMF635 Usage Management v4 and TMF677 Usage Consumption v4: schema, policy, one call each. */
export function usageTmfRoutes(app: App, deps: Deps): void {
  app.addSchema(TmfUsageSchema);
  app.addSchema(TmfQueryUsageConsumptionSchema);

  // ── TMF635 Usage Management v4 ─────────────────────────────────────────────────────────────
  const tmf635 = ['TMF635 usage'];
  tmfResourceRoutes(app, deps, {
    path: `${TMF635_BASE}/usage`,
    tags: tmf635,
    summaries: {
      list: 'TMF635 v4: the usage records kept (the current month and the 2 before; older ones are purged), newest first (TMF630 fields, paging, filters)',
      get: 'TMF635 v4: one usage record, by the operator’s record id',
    },
    schema: TmfUsageSchema,
    policy: 'usage.read',
    filters: TMF635_FILTERS,
    list: listTmfUsage,
    get: getTmfUsage,
  });
  app.post(
    `${TMF635_BASE}/usage`,
    {
      schema: {
        tags: tmf635,
        operationId: 'createUsage',
        summary:
          'TMF635 v4: one usage record, counted like a row of a CDR file (docs/usage.md): 201 when counted, 200 with the stored record when its recordId was counted already (nothing changes); 422 naming the attribute otherwise',
        body: TmfUsageCreate,
        response: { 200: Type.Ref('TmfUsage'), 201: Type.Ref('TmfUsage'), ...errorResponses },
      },
      config: { policy: 'usage.import' },
    },
    async (req, reply) => {
      // The operator's record id is the idempotency key: a retry answers 200 and counts nothing.
      const r = await inTenant(deps, req, (ctx) =>
        createTmfUsage(ctx, deps.actions, req.body, requestOrigin(deps, req)),
      );
      reply.header('Location', r.usage.href);
      return reply.code(r.created ? 201 : 200).send(r.usage);
    },
  );

  // ── TMF677 Usage Consumption v4 ────────────────────────────────────────────────────────────
  const tmf677 = ['TMF677 usage consumption'];
  app.post(
    `${TMF677_BASE}/queryUsageConsumption`,
    {
      schema: {
        tags: tmf677,
        operationId: 'createQueryUsageConsumption',
        summary:
          'TMF677 v4: a line’s consumption of a month as buckets (data envelope used, remaining and recharged; calls; SMS/MMS; SVA; roaming cut-offs and pay-as-you-go threshold), the line named by its number (searchCriteria.logicalResource.id) or its TMF637 product (searchCriteria.product.id)',
        body: TmfQueryUsageConsumptionCreate,
        response: { 201: Type.Ref('TmfQueryUsageConsumption'), ...errorResponses },
      },
      config: { policy: 'usage.read' },
    },
    async (req, reply) => {
      const q = await inTenant(deps, req, (ctx) =>
        queryUsageConsumption(ctx, req.body, requestOrigin(deps, req)),
      );
      reply.header('Location', q.href);
      return reply.code(201).send(q);
    },
  );
  app.get(
    `${TMF677_BASE}/queryUsageConsumption/:id`,
    {
      schema: {
        tags: tmf677,
        operationId: 'retrieveQueryUsageConsumption',
        summary: 'TMF677 v4: a consumption query, answered again with the counters of the moment',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
        querystring: TmfGetQuery,
        response: tmfGetResponses(TmfQueryUsageConsumptionSchema),
      },
      config: { policy: 'usage.read' },
    },
    async (req) => {
      const q = await inTenant(deps, req, (ctx) =>
        getUsageConsumptionQuery(ctx, req.params.id, requestOrigin(deps, req)),
      );
      return selectTmfFields(q, parseFields(req.query.fields));
    },
  );
}
