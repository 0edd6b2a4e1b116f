import type { Ctx } from '../../platform/context.ts';
import { oldestKeptMonth } from './cutoff-rules.ts';
import * as limits from './limits-store.ts';
import * as store from './store.ts';

/**
 * Issue 12 §4: the detailed records are kept for the 3 viewable months (the current one and the
 * 2 before, in the tenant's time zone, USE-07) and purged after; the monthly totals
 * (usage_counters) stay. Returns how many records were removed.
 */
export async function purgeUsage(ctx: Pick<Ctx, 'tx' | 'now'>): Promise<number> {
  const zone = await store.tenantZone(ctx.tx);
  return limits.purgeRecordsBefore(ctx.tx, oldestKeptMonth(ctx.now, zone));
}
