import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import * as service from './service.ts';

const ChargeQuery = {
  accountId: Type.Optional(Type.String({ format: 'uuid' })),
  from: Type.Optional(
    Type.String({
      format: 'date',
      description: 'First day (a charge’s period start, or the day a one-off fee was written)',
    }),
  ),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day, inclusive' })),
};

export function billingRoutes(app: App, deps: Deps): void {
  const tags = ['charges'];

  app.get(
    '/api/charges.csv',
    {
      schema: {
        tags,
        operationId: 'exportChargesCsv',
        summary:
          'Issue 3 §6: the charges ledger as CSV (an account, or every account over from–to). RFC 4180, UTF-8 with BOM; French (Accept-Language or lang=fr): ";" and decimal comma; English: "," and decimal point; formula-like cells neutralised',
        querystring: Type.Object(
          { ...ChargeQuery, lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) },
          { additionalProperties: false },
        ),
        response: { 200: Type.String({ description: 'text/csv' }), ...errorResponses },
      },
      config: { policy: 'orders.read' },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      const { csv, filename } = await inTenant(deps, req, (ctx) =>
        service.exportCharges(ctx, q, lang ?? ctx.locale),
      );
      reply
        .header('Content-Disposition', `attachment; filename="${filename}"`)
        .header('Cache-Control', 'private, no-store');
      return reply.type('text/csv; charset=utf-8; header=present').send(csv);
    },
  );

  moduleRoutes(app, deps, tags).get('/api/charges/totals', {
    operationId: 'getChargeTotals',
    summary: 'The sum of the charges of an account (or of every account over from–to), per currency',
    querystring: Type.Object(ChargeQuery, { additionalProperties: false }),
    response: {
      200: Type.Object({
        items: Type.Array(
          Type.Object({
            currency: Type.String(),
            vatIncluded: Type.Boolean(),
            count: Type.Integer(),
            total: Type.String(),
          }),
        ),
      }),
    },
    policy: 'orders.read',
    read: (ctx, req) => service.chargeTotals(ctx, req.query),
  });
}
