import type { Ctx } from '../../platform/context.ts';
import { closeHeldCustomer, type HeldCustomerView } from './held-customers.ts';

/** Issue 15: « Rejeter » a received customer: TMF status Rejected, audited, final (409 after). */
export const rejectHeldCustomer = (ctx: Ctx, id: string): Promise<HeldCustomerView> =>
  closeHeldCustomer(ctx, id, 'rejected', null);
