import type { Ctx, Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import type { RoamingZone } from '../catalog/model.ts';
import { listLineActions, requestLineAction } from '../lines/actions-service.ts';
import { limitReached, type LimitScope } from './cutoff-rules.ts';
import { lineLimits } from './line-limits.ts';
import { lineLimitsView, zoneName, type LineLimitsView } from './limits-view.ts';
import * as limits from './limits-store.ts';
import { scheduleLimitBlock } from './send-limit-block.ts';

/**
 * USE-05, USE-08, USE-09: the reseller changes a roaming zone's cut-off on an active line, "as an
 * option change" (the lines module's option_change, at once: the old choice ends, the new one is
 * active the same instant, ACT-06/ACT-10). In the same transaction (the lines module's
 * `line.option_changed`, followed by follow-cutoff-change.ts) the zone's block of the month
 * is lifted at once (the unblock command goes to the operator from the worker) and the new cut-off
 * alerts afresh (alerts are keyed by the limit in force); should the month's consumption already reach the new cut-off, the zone is blocked
 * again under it. Choosing the cut-off in force changes nothing (a retried request is harmless).
 */
export async function setRoamingCutoff(
  ctx: Ctx,
  deps: Pick<Deps, 'actions' | 'clock'>,
  lineId: string,
  zone: RoamingZone,
  code: string,
): Promise<LineLimitsView> {
  const before = await lineLimits(ctx, lineId);
  const z = before.zones.find((x) => x.zone === zone);
  if (!z || !z.current) throw new AppError('usage.cutoff_zone_unknown', { zone: zoneName(zone, ctx.locale) });
  if (z.current.id === code) return lineLimitsView(ctx, lineId, before);
  if (!z.choices.some((c) => c.id === code)) throw new AppError('usage.cutoff_unknown', { option: code });
  const roaming = (await listLineActions(ctx, lineId)).roaming.find((r) => r.zone === zone);
  if (!roaming) throw new AppError('usage.cutoff_zone_unknown', { zone: zoneName(zone, ctx.locale) });
  // The lines module checks the change (an active line, the zone's choice, no termination pending).
  await requestLineAction(ctx, deps, lineId, {
    type: 'option_change',
    target: code,
    replaces: roaming.optionId,
  });
  // The lines module's option change emits line.option_changed: follow-cutoff-change.ts lifts the block.
  const after = (await lineLimits(ctx, lineId)).zones.find((x) => x.zone === zone);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'line',
    entityId: lineId,
    entityLabel: before.line.msisdn ?? undefined,
    action: 'usage.cutoff_changed',
    before: { zone, option: z.current.id },
    after: { zone, option: code, limit: after?.limit ?? null },
  });
  return lineLimitsView(ctx, lineId);
}

/**
 * A limit changed (a cut-off, or the pay-as-you-go threshold): the scope's block of the month is
 * lifted at once and its unblock sent by the worker; the new limit alerts afresh (the alerts' key
 * names the limit in force); a consumption that
 * already reaches the new limit blocks the scope again under it.
 */
export async function relimit(
  ctx: Ctx,
  actions: ActionRegistry,
  c: {
    lineId: string;
    month: string;
    scope: LimitScope;
    network: 'orange' | 'bouygues';
    msisdn: string | null;
    optionCode: string | null;
    limit: number | null;
    used: () => Promise<number>;
  },
): Promise<void> {
  const by = ctx.actor.id ?? 'system';
  const send = (blocked: boolean) =>
    c.msisdn === null
      ? Promise.resolve()
      : scheduleLimitBlock(ctx.tx, actions, { ...c, msisdn: c.msisdn, blocked, now: ctx.now, by });
  if (await limits.liftLimitBlock(ctx.tx, c.lineId, c.month, c.scope, ctx.now)) await send(false);
  if (c.limit !== null && limitReached(c.limit, await c.used()))
    if (await limits.insertLimitBlock(ctx.tx, { ...c, now: ctx.now })) await send(true);
}
