import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkContest } from './rules.ts';
import { when } from './labels.ts';
import type { IncidentDetail } from './views.ts';
import { audit, env, fail, load } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import * as chargeStore from './charge-store.ts';
import * as settingsStore from './settings-store.ts';

/** SUP-07: contest inside the window; after it, the refusal names the customer service address. */
export async function contestCharge(
  ctx: Ctx,
  id: string,
  chargeId: string,
  input: { text: string },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const c = (await chargeStore.listCharges(ctx.tx, id)).find((x) => x.id === chargeId);
  if (!c) throw new AppError('resource.not_found');
  const s = await settingsStore.settings(ctx.tx);
  const e = await env(ctx);
  const v = checkContest(ctx.now, c.contest_deadline, c.status, s.customer_service_email);
  if (!v.ok)
    fail(ctx, {
      ...v,
      params:
        v.code === 'support.contest_window_closed'
          ? { ...v.params, deadline: when(c.contest_deadline, e.cal) }
          : v.params,
    });
  await chargeStore.contestCharge(ctx.tx, c.id, input.text.trim(), ctx.now);
  await audit(ctx, r, 'incident.charge_contested', { charge: c.id, code: c.code });
  return detailOf(ctx, await load(ctx, id));
}
