import { Type } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenantRead } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listQuery, pageOf, type Page } from '../../platform/http/pagination.ts';
import { searchSubscriptions } from './list-store.ts';

/** Issue 11 §6: every internet subscription of the tenant, newest first, searchable. */
export const SubscriptionListItem = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    reference: Type.String(),
    accountId: Type.String({ format: 'uuid' }),
    accountName: Type.String(),
    operator: Type.Union([Type.Literal('hot'), Type.Literal('partner')]),
    planCode: Type.String(),
    address: Type.String(),
    masap: Type.String(),
    state: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'InternetSubscriptionListItem' },
);

type Item = (typeof SubscriptionListItem)['static'];

export async function listTenantSubscriptions(
  ctx: Ctx,
  q: { q?: string | undefined; limit: number; offset: number },
): Promise<Page<Item>> {
  const text = q.q?.trim() || null;
  const rows = await searchSubscriptions(ctx.tx, { q: text, limit: q.limit, offset: q.offset });
  return {
    items: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      accountId: r.account_id,
      accountName: r.account_name,
      operator: r.operator,
      planCode: r.plan_code,
      address: r.address,
      masap: r.masap,
      state: r.state,
      createdAt: r.created_at.toISOString(),
    })),
    total: Number(rows[0]?.total ?? 0),
    limit: q.limit,
    offset: q.offset,
  };
}

export function internetListRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/internet/subscription-list',
    {
      schema: {
        tags: ['internet'],
        operationId: 'getInternetSubscriptionList',
        summary:
          'Every internet subscription of the tenant, newest first; q searches reference, MASAP, address, box serial, customer',
        querystring: listQuery([], { q: Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: pageOf(Type.Ref('InternetSubscriptionListItem')), ...errorResponses },
      },
      config: { policy: 'internet.read' },
    },
    (req) => inTenantRead(deps, req, (ctx) => listTenantSubscriptions(ctx, req.query)),
  );
}
