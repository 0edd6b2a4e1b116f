import { Type } from '@sinclair/typebox';
import { DateTime } from 'luxon';
import type { Db, Tx } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { ensureRecurringAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import { parseMoney } from '../../platform/money/index.ts';
import { systemCtx, type Ctx } from '../../platform/context.ts';
import { getOffer, type OfferDetail } from '../catalog/service.ts';
import { recordCharge } from '../ledger/service.ts';
import { getLine, listLines, type LineView } from '../lines/service.ts';
import { allTenantIds } from '../tenants/service.ts';
import { monthToClose, nextCloseAt, paygDataAmount } from './cutoff-rules.ts';
import * as limits from './limits-store.ts';
import { minimumTopUp } from './minimum-rules.ts';
import { purgeUsage } from './purge-usage.ts';
import type { UsageKind } from './rules.ts';
import * as store from './store.ts';

export const MONTH_CLOSE_KIND = 'usage.month_close';

export interface CloseResult {
  month: string;
  /** False when the month was closed already: nothing was charged again. */
  closed: boolean;
  charges: number;
  amountMinor: number;
  /** Line-kinds with off-plan usage "à définir": listed, never charged as 0. */
  flagged: number;
}

/** The tiers per MB of a data pay-as-you-go offer in minor units, null while "à définir". */
function tiersOf(offer: OfferDetail): { fromMb: number; perMb: number }[] | null {
  const p = offer.prices.find((x) => x.component === 'per_mb_tiers');
  if (!p?.tiers || p.tiers.length === 0) return null;
  return p.tiers.map((t) => ({
    fromMb: t.fromMb,
    // Sub-cent prices per MB are kept exact: the amount is rounded once, on the month's total.
    perMb: parseMoney(t.perMb, p.currency as 'EUR', false).amount,
  }));
}

/** CAT-09's monthly minimum of a pay-as-you-go offer in minor units, null while "à définir". */
function minimumOf(offer: OfferDetail): number | null {
  const p = offer.prices.find((x) => x.component === 'monthly_minimum');
  return p?.amount ? parseMoney(p.amount, p.currency as 'EUR', false).amount : null;
}

/** The pay-as-you-go lines (CAT-09's minimum), read through the lines module's service. */
async function paygLines(ctx: Ctx): Promise<LineView[]> {
  const out: LineView[] = [];
  for (const offer of ['orange-payg', 'bouygues-payg'])
    for (let offset = 0; ; offset += 500) {
      const page = await listLines(ctx, { offer, limit: 500, offset });
      out.push(...page.items);
      if (page.items.length < 500) break;
    }
  return out;
}

/**
 * Issue 12 §3: closes a month into the charges ledger, through the ledger's service, so the
 * monthly billing and its CSV export carry it. Each line's off-plan amount of the month (its
 * counters, which outlive the purge) is one "usage" charge on the line's offer; data
 * pay-as-you-go lines are priced here on the month's total by the tier reached (CAT-09). Off-plan
 * records without a price ("à définir") are flagged per line and kind, never charged as 0. A
 * pay-as-you-go line whose month's priced usage cost less than its monthly minimum (CAT-09,
 * 2.50 €) is topped up to it by a `usage_minimum` charge; records "à définir" count nothing
 * towards it (they are flagged).
 * Once: the month's close row is the key, so closing twice charges once (and the ledger's unique
 * index on usage charges holds it too).
 */
export async function closeUsageMonth(ctx: Ctx, month: string): Promise<CloseResult> {
  if (!(await limits.claimClose(ctx.tx, month, ctx.now))) {
    const done = await limits.closeOf(ctx.tx, month);
    return {
      month,
      closed: false,
      charges: done?.charges ?? 0,
      amountMinor: done?.amount_minor ?? 0,
      flagged: done?.flagged ?? 0,
    };
  }
  const zone = await store.tenantZone(ctx.tx);
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone });
  const periodStart = start.toISODate() ?? '';
  const periodEnd = start.endOf('month').toISODate() ?? '';
  const byLine = new Map<string, limits.MonthCounterRow[]>();
  for (const c of await limits.monthCounters(ctx.tx, month))
    byLine.set(c.line_id, [...(byLine.get(c.line_id) ?? []), c]);
  const offers = new Map<string, OfferDetail>();
  const flags: { lineId: string; kind: UsageKind; records: number }[] = [];
  let charges = 0;
  let amountMinor = 0;
  const charge = async (
    line: LineView,
    offer: OfferDetail,
    kind: 'usage' | 'usage_minimum',
    amount: number,
  ) => {
    const monthly = offer.prices.find((p) => p.component === 'monthly' || p.component === 'monthly_minimum');
    await recordCharge(
      ctx.tx,
      {
        accountId: line.accountId,
        lineId: line.id,
        orderId: null,
        kind,
        itemType: 'offer',
        itemCode: line.offer,
        amountMinor: amount,
        monthlyMinor: null,
        currency: (monthly?.currency ?? 'EUR') as 'EUR' | 'ILS',
        vatIncluded: monthly?.vatIncluded ?? false,
        periodStart,
        periodEnd,
      },
      ctx.now,
    );
    charges += 1;
    amountMinor += amount;
  };
  const charged = new Map<string, number>();
  for (const [lineId, counters] of byLine) {
    const line = await getLine(ctx, lineId);
    const offer = offers.get(line.offer) ?? (await getOffer(ctx, line.offer));
    offers.set(line.offer, offer);
    let amount = 0;
    for (const c of counters) {
      if (offer.range === 'data_payg' && c.kind === 'data') {
        const payg = paygDataAmount(c.in_plan + c.off_plan, tiersOf(offer));
        if (payg === null) flags.push({ lineId, kind: 'data', records: 1 });
        else amount += payg;
        continue;
      }
      amount += c.off_plan_minor;
      if (c.to_be_set > 0) flags.push({ lineId, kind: c.kind, records: c.to_be_set });
    }
    if (amount <= 0) continue;
    charged.set(lineId, Math.round(amount));
    await charge(line, offer, 'usage', Math.round(amount));
  }
  for (const line of await paygLines(ctx)) {
    const offer = offers.get(line.offer) ?? (await getOffer(ctx, line.offer));
    offers.set(line.offer, offer);
    const at = (iso: string | null) => (iso === null ? null : new Date(iso));
    const topUp = minimumTopUp(
      {
        minimumMinor: minimumOf(offer),
        activatedAt: at(line.activatedAt),
        terminatedAt: at(line.terminatedAt),
      },
      month,
      zone,
      charged.get(line.id) ?? 0,
    );
    if (topUp > 0) await charge(line, offer, 'usage_minimum', topUp);
  }
  await limits.insertCloseFlags(ctx.tx, month, flags);
  await limits.finishClose(ctx.tx, month, { charges, amountMinor, flagged: flags.length });
  return { month, closed: true, charges, amountMinor, flagged: flags.length };
}

/**
 * The month's close and the purge, at 00:00 on the 1st in the tenant's zone: closes the month
 * just ended (issue 12 §3), purges the records past the 3 viewable months (§4), then schedules
 * the next run (as billing's monthly run does).
 */
export const monthCloseKind = actionKind({
  kind: MONTH_CLOSE_KIND,
  payload: Type.Object({}),
  run: async (tx, _payload, action, ctx) => {
    if (!ctx.actions) throw new Error('the usage close needs its registry to reschedule itself');
    const c = systemCtx(tx, ctx.now, 'the usage close');
    const zone = await store.tenantZone(tx);
    const closed = await closeUsageMonth(c, monthToClose(action.effectiveAt, zone));
    const purged = await purgeUsage(c);
    const next = await ensureUsageClose(tx, ctx.actions, action.effectiveAt, ctx.now, action.id);
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'usage',
      entityId: action.entityId,
      entityLabel: closed.month,
      action: 'usage.month_closed',
      after: { ...closed, purged, next: next.toISOString() },
    });
    return { ...closed, purged, next: next.toISOString() };
  },
});

/** Makes sure the tenant of `tx` has its next close scheduled (at the 1st after `after`), once. */
export async function ensureUsageClose(
  tx: Tx,
  registry: ActionRegistry,
  after: Date,
  now: Date,
  running: string | null = null,
): Promise<Date> {
  const next = await ensureRecurringAction(tx, registry, {
    kind: MONTH_CLOSE_KIND,
    lockName: 'relais.usage_close.',
    effectiveAt: async () => nextCloseAt(after, await store.tenantZone(tx)),
    now,
    running,
  });
  return next.effectiveAt;
}

/** At start: every tenant gets its next close (as billing's monthly runs). */
export async function ensureUsageCloses(db: Db, registry: ActionRegistry, now: Date): Promise<void> {
  await db.system(async (tx) => {
    for (const id of await allTenantIds(tx))
      await tx.scoped(id, (s) => ensureUsageClose(s, registry, now, now));
  });
}
