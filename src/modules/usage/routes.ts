import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, inTenantRead, streamedMutation } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { importUsageStream } from './import-usage.ts';
import type { ImportView } from './views.ts';
import { getImport, listImports } from './list-imports.ts';
import { lineUsage } from './line-usage.ts';
import { rechargeRoutes } from './recharge-routes.ts';
import { usageRejectsRoutes } from './rejects-routes.ts';
import { limitRoutes } from './limit-routes.ts';
import { acceptCsvStream, announcedSize, csvBody } from './csv-body.ts';
import {
  ImportList,
  ImportListQuery,
  ImportQuery,
  ImportSchema,
  LineUsageQuery,
  LineUsageSchema,
} from './schemas.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export function usageRoutes(app: App, deps: Deps): void {
  app.addSchema(ImportSchema);
  app.addSchema(LineUsageSchema);
  const tags = ['usage'];
  rechargeRoutes(app, deps);
  acceptCsvStream(app);
  const compile = app.validatorCompiler;
  if (!compile) throw new Error('usage routes: the validator compiler must be set before them');

  app.post(
    '/api/usage/imports',
    {
      bodyLimit: deps.config.usageUploadLimit,
      schema: {
        tags,
        operationId: 'importUsage',
        summary:
          'Import a CDR file (text/csv, docs/usage.md), streamed: each record counted once (deduplicated on the operator’s record id), rated, added to the month’s counters, in batches whose progress GET /api/usage/imports shows while it runs; malformed rows and unknown numbers listed with their line number. Larger than RELAIS_USAGE_UPLOAD_LIMIT (1 GiB by default): 413',
        consumes: ['text/csv'],
        querystring: ImportQuery,
        body: Type.String({ minLength: 1, description: 'The CDR file (UTF-8 CSV with its header row)' }),
        response: { 201: Type.Ref(ImportSchema), ...errorResponses },
      },
      // The body schema documents the file; the body itself is a stream (csv-body.ts), read by
      // the import, so only the query is validated here.
      validatorCompiler: (r) => (r.httpPart === 'body' ? () => true : compile(r)),
      config: { policy: 'usage.import' },
    },
    (req, reply) =>
      streamedMutation<ImportView>(deps, req, reply, {
        status: 201,
        body: csvBody(req, reply),
        run: (step, body, onDone) =>
          importUsageStream(
            {
              step,
              actions: deps.actions,
              filename: req.query.filename ?? null,
              clock: deps.clock,
              bytesTotal: announcedSize(req),
              onDone,
            },
            body,
          ),
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
