import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, inTenantRead, mutation } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { importUsage } from './import-usage.ts';
import { getImport, listImports } from './list-imports.ts';
import { lineUsage } from './line-usage.ts';
import { rechargeRoutes } from './recharge-routes.ts';
import { usageRejectsRoutes } from './rejects-routes.ts';
import { limitRoutes } from './limit-routes.ts';
import {
  ImportList,
  ImportListQuery,
  ImportQuery,
  ImportSchema,
  LineUsageQuery,
  LineUsageSchema,
} from './schemas.ts';

/** A CDR file's size limit (the file is read whole in this slice; streaming is a later one). */
export const USAGE_BODY_LIMIT = 20 * 1024 * 1024;

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export function usageRoutes(app: App, deps: Deps): void {
  app.addSchema(ImportSchema);
  app.addSchema(LineUsageSchema);
  const tags = ['usage'];
  rechargeRoutes(app, deps);
  // CDR files arrive as the CSV itself (docs/usage.md), not wrapped in JSON.
  if (!app.hasContentTypeParser('text/csv'))
    app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post(
    '/api/usage/imports',
    {
      bodyLimit: USAGE_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importUsage',
        summary:
          'Import a CDR file (text/csv, docs/usage.md): each record counted once (deduplicated on the operator’s record id), rated, added to the month’s counters; malformed rows and unknown numbers listed with their line number',
        consumes: ['text/csv'],
        querystring: ImportQuery,
        body: Type.String({ minLength: 1, description: 'The CDR file (UTF-8 CSV with its header row)' }),
        response: { 201: Type.Ref(ImportSchema), ...errorResponses },
      },
      config: { policy: 'usage.import' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => importUsage(ctx, deps.actions, req.body, req.query.filename ?? null),
        headers: (r) => ({ Location: `/api/usage/imports/${r.id}` }),
      }),
  );

  app.get(
    '/api/usage/imports',
    {
      schema: {
        tags,
        operationId: 'listUsageImports',
        summary: 'List past CDR imports with their figures, newest first',
        querystring: ImportListQuery,
        response: { 200: ImportList, ...errorResponses },
      },
      config: { policy: 'usage.read' },
    },
    async (req, reply) => {
      const page = await inTenant(deps, req, (ctx) => listImports(ctx, req.query));
      reply.header('X-Total-Count', String(page.total));
      return page;
    },
  );

  app.get(
    '/api/usage/imports/:id',
    {
      schema: {
        tags,
        operationId: 'getUsageImport',
        summary: 'Get a CDR import: its figures and its rejected rows (line number and reason)',
        params: IdParams,
        response: { 200: Type.Ref(ImportSchema), ...errorResponses },
      },
      config: { policy: 'usage.read' },
    },
    (req) => inTenantRead(deps, req, (ctx) => getImport(ctx, req.params.id)),
  );

  usageRejectsRoutes(app, deps);

  app.get(
    '/api/lines/:id/usage',
    {
      schema: {
        tags,
        operationId: 'getLineUsage',
        summary:
          'USE-07: a line’s usage for one of the 3 viewable months: totals per kind, data envelope, alerts, data state and the journal (called numbers masked)',
        params: IdParams,
        querystring: LineUsageQuery,
        response: { 200: Type.Ref(LineUsageSchema), ...errorResponses },
      },
      config: { policy: 'usage.read' },
    },
    (req) =>
      inTenant(deps, req, (ctx) =>
        lineUsage(ctx, req.params.id, {
          month: req.query.month,
          kind: req.query.kind as 'all' | 'voice' | 'sva' | 'sms_mms' | 'data' | undefined,
          limit: req.query.limit,
          offset: req.query.offset,
        }),
      ),
  );
  limitRoutes(app, deps);
}
