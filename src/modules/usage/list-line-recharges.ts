import type { Ctx } from '../../platform/context.ts';
import { catalogVersionAt, offerIn, optionsIn } from '../catalog/lookup.ts';
import { rechargeAllowed } from '../catalog/rules.ts';
import { pricesInEffect } from '../ledger/prices.ts';
import { getLine } from '../lines/service.ts';
import { toRechargeView, type RechargeView } from './order-recharge.ts';
import { RECHARGE_WINDOW_MINUTES } from './recharge-rules.ts';
import * as rechargeStore from './recharge-store.ts';
import { monthOf } from './rules.ts';
import * as store from './store.ts';

export interface LineRechargesView {
  /** The catalog's recharges this line's plan takes (CAT-02/03/07/09/10/16), smallest first. */
  options: { code: string; name: string; volumeMb: number; amount: string | null }[];
  /** The line's recharges of the current month, newest first. */
  items: RechargeView[];
  /** USE-06: when a recharge was ordered within the last 30 minutes, that instant (a new one needs a confirmation). */
  recentAt: string | null;
}

/** USE-06: what the line's recharge dialog shows: the recharges it can take and this month's. */
export async function lineRecharges(ctx: Ctx, lineId: string): Promise<LineRechargesView> {
  const line = await getLine(ctx, lineId);
  const zone = await store.tenantZone(ctx.tx);
  const version = await catalogVersionAt(ctx.tx, ctx.now);
  const offer = version ? await offerIn(ctx.tx, version.id, line.offer) : undefined;
  const all = version ? await optionsIn(ctx.tx, version.id, { kind: 'recharge', network: line.network }) : [];
  const allowed = offer ? all.filter((o) => rechargeAllowed(offer.facts, o.facts) === null) : [];
  const priceOf = await pricesInEffect(
    ctx.tx,
    'option',
    allowed.map((o) => o.code),
    ctx.now,
  );
  const nameOf = (code: string) => {
    const o = all.find((x) => x.code === code);
    return o ? (ctx.locale === 'en' ? o.name_en : o.name_fr) : code;
  };
  const month = monthOf(ctx.now, zone);
  const rows = await rechargeStore.rechargesOfMonth(ctx.tx, lineId, month);
  const recent = await rechargeStore.rechargesSince(
    ctx.tx,
    lineId,
    new Date(ctx.now.getTime() - RECHARGE_WINDOW_MINUTES * 60_000),
  );
  return {
    options: allowed
      .map((o) => {
        const amount = priceOf(o.code).find((p) => p.component === 'one_off')?.amount ?? null;
        return {
          code: o.code,
          name: ctx.locale === 'en' ? o.name_en : o.name_fr,
          volumeMb: o.facts.volumeMb ?? 0,
          amount: amount === null ? null : (amount / 100).toFixed(2),
        };
      })
      .sort((a, b) => a.volumeMb - b.volumeMb),
    items: rows.map((r) => toRechargeView(r, nameOf(r.option_code))),
    recentAt: recent[0]?.ordered_at.toISOString() ?? null,
  };
}
