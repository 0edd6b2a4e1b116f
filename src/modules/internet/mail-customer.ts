import type { Ctx } from '../../platform/context.ts';
import { enqueueModuleEmail, type ModuleTemplate } from '../../platform/notify/index.ts';
import { getAccount } from '../accounts/service.ts';

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
  const account = await getAccount(ctx, accountId);
  await enqueueModuleEmail(ctx.tx, template, {
    to: account.email,
    locale: ctx.locale,
    entityType: 'account',
    entityId: account.id,
    now: ctx.now,
    data: { ...data, customerName: account.displayName } as D,
  });
}
