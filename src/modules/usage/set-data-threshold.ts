import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { lineLimits, thresholdInForce } from './line-limits.ts';
import { lineLimitsView, type LineLimitsView } from './limits-view.ts';
import * as limits from './limits-store.ts';
import * as store from './store.ts';
import { monthOf } from './rules.ts';
import { relimit } from './set-roaming-cutoff.ts';

/**
 * CAT-09: the reseller's staff set a data pay-as-you-go line's data threshold (1 to 100 GB; the
 * request's schema checks the range). Data stops once the month's data reaches it (check-limits.ts);
 * changing it lifts the month's block at once, as a cut-off change does (USE-05).
 */
export async function setDataThreshold(
  ctx: Ctx,
  actions: ActionRegistry,
  lineId: string,
  gb: number,
): Promise<LineLimitsView> {
  const l = await lineLimits(ctx, lineId);
  if (l.offer.range !== 'data_payg') throw new AppError('usage.threshold_not_payg');
  const previous = await limits.thresholdOf(ctx.tx, lineId);
  if (previous === gb) return lineLimitsView(ctx, lineId, l);
  await limits.setThreshold(ctx.tx, lineId, gb, ctx.actor.label, ctx.now);
  const month = monthOf(ctx.now, await store.tenantZone(ctx.tx));
  await relimitThreshold(ctx, actions, l.line, month);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'line',
    entityId: lineId,
    entityLabel: l.line.msisdn ?? undefined,
    action: 'usage.threshold_set',
    before: { gb: previous },
    after: { gb },
  });
  return lineLimitsView(ctx, lineId);
}

/**
 * The threshold in force changed (set, or raised by a recharge, CAT-09 "recharges when reached"):
 * its block of the month is lifted at once (the unblock sent by the worker), the new limit alerts
 * afresh, and a month already over it blocks again.
 */
export async function relimitThreshold(
  ctx: Ctx,
  actions: ActionRegistry,
  line: { id: string; network: 'orange' | 'bouygues'; msisdn: string | null },
  month: string,
): Promise<void> {
  const th = await thresholdInForce(ctx.tx, line.id, month);
  if (th === null) return;
  await relimit(ctx, actions, {
    lineId: line.id,
    month,
    scope: 'threshold',
    network: line.network,
    msisdn: line.msisdn,
    optionCode: null,
    limit: th.bytes,
    used: () => limits.monthDataBytes(ctx.tx, line.id, month),
  });
}
