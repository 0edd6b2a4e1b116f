import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { contestDeadline } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, env, load } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { notifyCharge } from './record-charge.ts';
import * as chargeStore from './charge-store.ts';
import * as settingsStore from './settings-store.ts';

/** SUP-04: the customer accepted a quote-based line: it becomes due and is notified (SUP-05). */
export async function acceptQuote(ctx: Ctx, id: string, chargeId: string): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const c = (await chargeStore.listCharges(ctx.tx, id)).find((x) => x.id === chargeId);
  if (!c) throw new AppError('resource.not_found');
  if (c.status !== 'awaiting_acceptance') throw new AppError('support.charge_not_awaiting_acceptance');
  const e = await env(ctx);
  const s = await settingsStore.settings(ctx.tx);
  const deadline = contestDeadline(ctx.now, e.cal);
  await chargeStore.acceptCharge(ctx.tx, c.id, ctx.now, deadline);
  await audit(ctx, r, 'incident.quote_accepted', { charge: c.id, code: c.code, amountCents: c.amount_cents });
  await notifyCharge(ctx, r, e, {
    label: c.label,
    cents: c.amount_cents,
    awaitingAcceptance: false,
    deadline,
    customerServiceEmail: s.customer_service_email,
  });
  return detailOf(ctx, await load(ctx, id));
}
