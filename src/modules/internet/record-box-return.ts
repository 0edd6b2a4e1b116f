import type { Ctx } from '../../platform/context.ts';
import {
  actionOf,
  applyChange,
  catalogVersion,
  refuse,
  requireSubscription,
  tenantZone,
  type SubscriptionView,
} from './subscription-view.ts';

/**
 * NET-06: the box and its cable came back (at a HOT point or a Partner service centre): no 250 ₪.
 * Before the termination's date the subscription stays "termination pending" with the return noted.
 */
export async function recordBoxReturn(ctx: Ctx, id: string): Promise<SubscriptionView> {
  const row = await requireSubscription(ctx, id, true);
  const a = actionOf(
    row,
    catalogVersion(row.catalog_version),
    ctx.now,
    await tenantZone(ctx),
    'record_box_return',
  );
  if (a.refusal) refuse(a.refusal, ctx.locale);
  return applyChange(
    ctx,
    row,
    { box_returned_at: ctx.now, ...(row.state === 'terminated' ? { state: 'box_returned' as const } : {}) },
    'internet.box_returned',
    { returnedAt: ctx.now.toISOString() },
  );
}
