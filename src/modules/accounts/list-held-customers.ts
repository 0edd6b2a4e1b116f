import type { Ctx } from '../../platform/context.ts';
import { heldCustomerView, type HeldCustomerView } from './held-customers.ts';
import * as heldStore from './held-customer-store.ts';

/** Issue 15: the customers received « à compléter » (by state), newest first, for the agents. */
export async function listHeldCustomers(
  ctx: Ctx,
  f: { state?: heldStore.HeldCustomerState | undefined; limit: number; offset: number },
): Promise<{ items: HeldCustomerView[]; total: number; limit: number; offset: number }> {
  const p = await heldStore.listHeldCustomers(ctx.tx, {
    states: f.state ? [f.state] : null,
    limit: f.limit,
    offset: f.offset,
  });
  return { items: p.rows.map(heldCustomerView), total: p.total, limit: f.limit, offset: f.offset };
}
