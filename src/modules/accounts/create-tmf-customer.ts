import type { Static } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { createAccount } from './service.ts';
import { fromTmfCustomerCreate, toTmfCustomer, type TmfCustomerCreate } from './tmf.ts';

/**
 * Issue 15: TMF629 `POST /customer` creates the account as the customer form does (same rules,
 * audit and CustomerCreateEvent); a refusal points at the TMF attribute the client sent (or
 * should have sent), not at the form's field.
 */
export async function createTmfCustomer(
  ctx: Ctx,
  body: Static<typeof TmfCustomerCreate>,
): Promise<ReturnType<typeof toTmfCustomer>> {
  const { input, pointerOf } = fromTmfCustomerCreate(body);
  try {
    return toTmfCustomer(await createAccount(ctx, input));
  } catch (e) {
    if (!(e instanceof AppError) || e.issues.length === 0) throw e;
    throw new AppError(
      e.code,
      e.params,
      e.issues.map((i) => ({ ...i, pointer: pointerOf(i.pointer.replace(/^\/body\//, '')) })),
      e.headers,
    );
  }
}
