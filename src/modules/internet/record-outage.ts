import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Operator } from './model.ts';
import { outageResolvedBy } from './troubleshoot-rules.ts';
import { tellOutage, toOutageView, type OutageView } from './troubleshoot-internet.ts';
import * as store from './troubleshooting-store.ts';
import { requireSubscription } from './subscription-view.ts';

/** How far back a pass diagnosed as a sector outage is taken to belong to an outage recorded now. */
const OUTAGE_LOOKBACK_MS = 24 * 3_600_000;

/**
 * SET-08: the operator's technician gave the resolution delay of a sector outage. It is recorded
 * once; every troubleshooting pass of the last 24 hours on that operator, diagnosed as a sector
 * outage at an address in the area, is linked to it, its incident notes it and its customer is
 * told when it should be resolved. Later passes in the area link to it as they are recorded.
 */
export async function recordOutage(
  ctx: Ctx,
  input: { operator: Operator; area: string; delayHours: number },
): Promise<OutageView & { linked: number }> {
  const id = newId();
  const row: store.OutageRow = {
    id,
    operator: input.operator,
    area: input.area.trim(),
    delay_hours: input.delayHours,
    resolved_by: outageResolvedBy(ctx.now, input.delayHours),
    closed_at: null,
    recorded_at: ctx.now,
    recorded_by: ctx.actor.label,
  };
  await store.insertOutage(ctx.tx, row);
  const view = toOutageView(row);
  const passes = await store.outagePasses(ctx.tx, {
    operator: input.operator,
    area: row.area,
    since: new Date(ctx.now.getTime() - OUTAGE_LOOKBACK_MS),
  });
  // One message per subscription, even when several passes were recorded for it.
  const told = new Set<string>();
  for (const p of passes) {
    await store.linkOutage(ctx.tx, p.id, id);
    if (told.has(p.subscription_id)) continue;
    told.add(p.subscription_id);
    const sub = await requireSubscription(ctx, p.subscription_id);
    await tellOutage(
      ctx,
      { accountId: p.account_id, incidentId: p.incident_id, reference: sub.reference },
      view,
    );
  }
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_outage',
    entityId: id,
    entityLabel: `${input.operator} ${row.area}`,
    action: 'internet.outage_recorded',
    after: { ...view, linked: told.size },
  });
  return { ...view, linked: told.size };
}

/** The outages still expected to be resolved, of both operators. */
export async function listOpenOutages(ctx: Ctx): Promise<OutageView[]> {
  const all = [
    ...(await store.openOutages(ctx.tx, 'hot', ctx.now)),
    ...(await store.openOutages(ctx.tx, 'partner', ctx.now)),
  ];
  return all.map(toOutageView);
}
