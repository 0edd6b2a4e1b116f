import type { Static } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { createAccount } from './service.ts';
import { fromTmfCustomerCreate, toTmfCustomer, type TmfCustomerCreate } from './tmf.ts';
import { holdCustomer } from './hold-customer.ts';

/**
 * Issue 15: TMF629 `POST /customer` creates the account as the customer form does (same rules,
 * audit and CustomerCreateEvent); a refusal points at the TMF attribute the client sent (or
 * should have sent), not at the form's field. A customer refused only for what it left out (ACC-05
 * e-mail, a business's legal form…) is kept « à compléter » instead (held-customers.ts): the
 * standard asks engagedParty and name alone. What was sent and is wrong is still refused.
 */
export async function createTmfCustomer(
  ctx: Ctx,
  body: Static<typeof TmfCustomerCreate>,
): Promise<Record<string, unknown> & { href: string }> {
  const { input, pointerOf } = fromTmfCustomerCreate(body);
  try {
    return toTmfCustomer(await createAccount(ctx, input));
  } catch (e) {
    if (!(e instanceof AppError) || e.issues.length === 0) throw e;
    // createAccount refuses before it writes anything: the transaction carries on intact.
    if (e.issues.every((i) => i.code.endsWith('_required'))) return holdCustomer(ctx, body);
    throw new AppError(
      e.code,
      e.params,
      e.issues.map((i) => ({ ...i, pointer: pointerOf(i.pointer.replace(/^\/body\//, '')) })),
      e.headers,
    );
  }
}
