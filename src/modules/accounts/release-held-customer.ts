import type { Ctx } from '../../platform/context.ts';
import { closeHeldCustomer, type HeldCustomerView } from './held-customers.ts';

/**
 * Issue 15: « Compléter » a received customer: the agent created its account through the customer
 * form; the held customer is released with that account, which then answers for it in TMF629.
 */
export const releaseHeldCustomer = (ctx: Ctx, id: string, accountId: string): Promise<HeldCustomerView> =>
  closeHeldCustomer(ctx, id, 'released', accountId);
