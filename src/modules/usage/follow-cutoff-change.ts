import type { Ctx, Deps } from '../../platform/context.ts';
import type { ModuleEvents } from '../../platform/module.ts';
import { cutoffUse } from './cutoff-rules.ts';
import { lineLimits, zoneConsumption } from './line-limits.ts';
import { monthOf } from './rules.ts';
import { relimit } from './set-roaming-cutoff.ts';
import * as store from './store.ts';

/**
 * USE-05 "changing a cut-off lifts the block at once", whoever changes it: the lines module emits
 * `line.option_changed` in the transaction of its option change (its options card, or this
 * module's cut-offs card through `setRoamingCutoff`), and the zone the new option holds is
 * re-limited there: its block of the month lifted (the unblock sent by the worker), the new cut-off
 * alerting afresh, a consumption already over it blocking again. Another option changes nothing.
 */
export async function followCutoffChange(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  change: ModuleEvents['line.option_changed'],
): Promise<void> {
  const l = await lineLimits(ctx, change.lineId);
  const z = l.zones.find((x) => x.current?.id === change.optionCode);
  if (!z) return;
  const month = monthOf(ctx.now, await store.tenantZone(ctx.tx));
  const limit = z.limit;
  await relimit(ctx, deps.actions, {
    lineId: change.lineId,
    month,
    scope: z.zone,
    network: l.line.network,
    msisdn: l.line.msisdn,
    optionCode: change.optionCode,
    limit: limit?.value ?? null,
    used: async () => {
      const u = (await zoneConsumption(ctx, l.line.network, change.lineId, month)).get(z.zone) ?? {
        bytes: 0,
        minor: 0,
      };
      return limit ? cutoffUse(limit, u) : u.bytes;
    },
  });
}
