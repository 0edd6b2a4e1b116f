import type { Ctx } from '../../platform/context.ts';
import type { ModuleTemplate } from '../../platform/notify/index.ts';
import { mailAccount } from '../accounts/mail-account.ts';

/**
 * An e-mail of this module to a subscription's customer (a confirmation, a notice), in the agent's
 * language, filed in the outbox under the customer's account; the template gets the customer's name.
 */
export async function mailCustomer<D extends { customerName: string }>(
  ctx: Ctx,
  accountId: string,
  template: ModuleTemplate<D>,
  data: Omit<D, 'customerName'>,
): Promise<void> {
  await mailAccount(ctx.tx, accountId, template, {
    locale: ctx.locale,
    entityType: 'account',
    entityId: accountId,
    now: ctx.now,
    data,
  });
}
