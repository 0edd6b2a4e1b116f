import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { closeHeldCustomer, loadHeldCustomer, type HeldCustomerView } from './held-customers.ts';
import { createAccount, type AccountDetail, type CreateAccountInput } from './service.ts';

/**
 * Issue 15: « Compléter » a received customer with an account that already exists: the held
 * customer is released with that account, which then answers for it in TMF629.
 */
export const releaseHeldCustomer = (ctx: Ctx, id: string, accountId: string): Promise<HeldCustomerView> =>
  closeHeldCustomer(ctx, id, 'released', accountId);

/**
 * « Compléter » with the customer form: the account is created and the received customer released
 * with it in the request's one transaction. As two requests, a refused release left the account
 * created and the received customer waiting, completed a second time by the next agent. The held
 * customer is locked and checked first, so one already handled creates no account (409); both
 * steps are audited (account.created, held_customer.released), and a retry with the same
 * Idempotency-Key replays the answer.
 */
export async function completeHeldCustomer(
  ctx: Ctx,
  id: string,
  input: CreateAccountInput,
): Promise<AccountDetail> {
  const held = await loadHeldCustomer(ctx, id, true);
  if (held.state !== 'held') throw new AppError('account.held_not_held');
  const account = await createAccount(ctx, input);
  await closeHeldCustomer(ctx, id, 'released', account.id);
  return account;
}
