import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { catalogVersionAt, offerIn, optionIn } from '../catalog/lookup.ts';
import { rechargeAllowed } from '../catalog/rules.ts';
import { pricesInEffect } from '../ledger/prices.ts';
import { recordCharge } from '../ledger/service.ts';
import { getLine } from '../lines/service.ts';
import { scheduleRecharge } from './apply-recharge.ts';
import { RECHARGE_WINDOW_MINUTES, rechargeRefusal } from './recharge-rules.ts';
import * as rechargeStore from './recharge-store.ts';
import { monthOf } from './rules.ts';
import * as store from './store.ts';

export interface RechargeView {
  id: string;
  lineId: string;
  month: string;
  option: string;
  /** The recharge's catalog name in the request's language. */
  optionName: string;
  volumeMb: number;
  /** "pending" until the operator applied it (up to 30 minutes, USE-06), then "applied". */
  state: 'pending' | 'applied';
  /** The catalog's one-off price excl. VAT, or null: "à définir". */
  amount: string | null;
  priceToBeSet: boolean;
  confirmedDuplicate: boolean;
  orderedBy: string;
  orderedAt: string;
  appliedAt: string | null;
}

export function toRechargeView(r: rechargeStore.RechargeRow, name: string): RechargeView {
  return {
    id: r.id,
    lineId: r.line_id,
    month: r.month,
    option: r.option_code,
    optionName: name,
    volumeMb: r.volume_mb,
    state: r.state,
    amount: r.amount_minor === null ? null : (r.amount_minor / 100).toFixed(2),
    priceToBeSet: r.price_to_be_set,
    confirmedDuplicate: r.confirmed_duplicate,
    orderedBy: r.ordered_by,
    orderedAt: r.ordered_at.toISOString(),
    appliedAt: r.applied_at?.toISOString() ?? null,
  };
}

/**
 * USE-06 (Reading 14): an agent orders a data recharge on an active line, one of the catalog's
 * recharges its plan takes (CAT-02/03/07/09/10/16). A recharge within 30 minutes of another on the
 * same line is refused (`usage.recharge_recent`) until the agent confirms it is not a double order.
 * In one transaction: the recharge (pending), its charge to the customer at the catalog's one-off
 * price (none written while the price is "à définir"), the operator command for the worker, the audit.
 */
export async function orderRecharge(
  ctx: Ctx,
  actions: ActionRegistry,
  lineId: string,
  input: { option: string; confirmDuplicate?: boolean | undefined },
): Promise<RechargeView> {
  const line = await getLine(ctx, lineId);
  if (line.state !== 'active' || !line.msisdn) throw new AppError('usage.recharge_line_inactive');
  const version = await catalogVersionAt(ctx.tx, ctx.now);
  const offer = version ? await offerIn(ctx.tx, version.id, line.offer) : undefined;
  const option = version ? await optionIn(ctx.tx, version.id, input.option) : undefined;
  if (!version || !offer || !option || option.facts.volumeMb === null)
    throw new AppError('catalog.recharge_not_available');
  const refusal = rechargeAllowed(offer.facts, option.facts);
  if (refusal) throw new AppError(refusal.code, refusal.params ?? {});

  // USE-06: one order at a time per line, then the 30-minute check.
  await rechargeStore.lockLineRecharges(ctx.tx, lineId);
  const zone = await store.tenantZone(ctx.tx);
  const recent = await rechargeStore.rechargesSince(
    ctx.tx,
    lineId,
    new Date(ctx.now.getTime() - RECHARGE_WINDOW_MINUTES * 60_000),
  );
  const confirmDuplicate = input.confirmDuplicate === true;
  const refused = rechargeRefusal(
    recent.map((r) => ({ orderedAt: r.ordered_at })),
    ctx.now,
    confirmDuplicate,
  );
  if (refused)
    throw new AppError(refused.code, {
      at: DateTime.fromJSDate(refused.since, { zone }).toFormat('HH:mm'),
    });

  const priceOf = await pricesInEffect(ctx.tx, 'option', [option.code], ctx.now);
  const amount = priceOf(option.code).find((p) => p.component === 'one_off')?.amount ?? null;
  const row: Omit<rechargeStore.RechargeRow, 'applied_at' | 'operator_ref'> = {
    id: newId(),
    line_id: lineId,
    account_id: line.accountId,
    month: monthOf(ctx.now, zone),
    option_code: option.code,
    volume_mb: option.facts.volumeMb,
    state: 'pending',
    amount_minor: amount,
    price_to_be_set: amount === null,
    confirmed_duplicate: confirmDuplicate && recent.length > 0,
    ordered_by: ctx.actor.label,
    ordered_at: ctx.now,
  };
  await rechargeStore.insertRecharge(ctx.tx, row);
  if (amount !== null && amount > 0)
    await recordCharge(
      ctx.tx,
      {
        accountId: line.accountId,
        lineId,
        orderId: null,
        kind: 'one_off',
        itemType: 'option',
        itemCode: option.code,
        amountMinor: amount,
        monthlyMinor: null,
        currency: version.currency,
        vatIncluded: version.vat_included,
        periodStart: null,
        periodEnd: null,
      },
      ctx.now,
    );
  await scheduleRecharge(ctx.tx, actions, {
    rechargeId: row.id,
    lineId,
    network: line.network,
    msisdn: line.msisdn,
    volumeMb: row.volume_mb,
    now: ctx.now,
    by: ctx.actor.id ?? 'system',
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'line',
    entityId: lineId,
    entityLabel: line.msisdn,
    action: 'usage.recharge_ordered',
    after: {
      recharge: row.id,
      option: row.option_code,
      volumeMb: row.volume_mb,
      month: row.month,
      amountMinor: amount,
      confirmedDuplicate: row.confirmed_duplicate,
    },
  });
  const name = ctx.locale === 'en' ? option.name_en : option.name_fr;
  return toRechargeView({ ...row, applied_at: null, operator_ref: null }, name);
}
