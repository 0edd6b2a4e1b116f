import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenantRead } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { exportRejectsCsv } from './export-rejects.ts';

/** Issue 12 §3: an import's rejects downloaded from the imports page. */
export function usageRejectsRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/usage/imports/:id/rejects.csv',
    {
      schema: {
        tags: ['usage'],
        operationId: 'exportUsageImportRejectsCsv',
        summary:
          'A CDR import’s rejected rows as CSV (line number, reason in words, row as received), every one of them. UTF-8 with BOM; French (Accept-Language or lang=fr): ";", English: ","; formula-like cells neutralised',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        querystring: Type.Object(
          { lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) },
          { additionalProperties: false },
        ),
        response: { 200: Type.String({ description: 'text/csv' }), ...errorResponses },
      },
      config: { policy: 'usage.read' },
    },
    async (req, reply) => {
      const { csv, filename } = await inTenantRead(deps, req, (ctx) =>
        exportRejectsCsv(ctx, req.params.id, req.query.lang ?? ctx.locale),
      );
      reply
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .header('Cache-Control', 'private, no-store');
      return reply.type('text/csv; charset=utf-8; header=present').send(csv);
    },
  );
}
