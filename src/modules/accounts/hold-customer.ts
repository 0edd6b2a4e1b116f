import type { Static } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import type { TmfCustomerCreate } from './tmf.ts';
import {
  auditHeldCustomer,
  loadHeldCustomer,
  publishHeldCustomer,
  toTmfHeldCustomer,
} from './held-customers.ts';
import * as heldStore from './held-customer-store.ts';

/** Issue 15: keeps a TMF629 customer that cannot open an account yet « à compléter », as sent. */
export async function holdCustomer(
  ctx: Ctx,
  body: Static<typeof TmfCustomerCreate>,
): Promise<ReturnType<typeof toTmfHeldCustomer>> {
  const id = newId();
  await heldStore.insertHeldCustomer(ctx.tx, { id, request: body, createdBy: ctx.actor.label, now: ctx.now });
  const row = await loadHeldCustomer(ctx, id);
  await auditHeldCustomer(ctx, id, 'held_customer.received', { name: body.name });
  await publishHeldCustomer(ctx, 'CustomerCreateEvent', row);
  return toTmfHeldCustomer(row);
}
