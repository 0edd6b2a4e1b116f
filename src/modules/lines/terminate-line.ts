import type { Tx } from '../../platform/db/db.ts';
import { cancelAction } from '../../platform/jobs/index.ts';
import * as catalog from '../catalog/lookup.ts';
import { pricesInEffect } from '../ledger/prices.ts';
import { chargedInPeriod } from '../ledger/service.ts';
import { recordLineCharge } from './line-action-charges.ts';
import { terminationCharges, terminationMonth } from './actions-rules.ts';
import { retireNumber, retireSim } from '../stock/allocation.ts';
import * as store from './store.ts';
import { scheduledOf } from './line-action-context.ts';

/**
 * Termination: ORD-07 retires the SIM and the number for good; the line's other scheduled actions
 * are cancelled (nothing may happen to a terminated line); Reading 7 bills the started month in
 * full at the prices in effect.
 */
export async function terminateLine(
  tx: Tx,
  line: store.LineRow,
  at: Date,
  now: Date,
  zone: string,
): Promise<Record<string, unknown>> {
  const options = (await store.optionsOf(tx, [line.id])).filter((o) => o.status !== 'terminated');
  await store.terminateLine(tx, line, at);
  // ORD-07: the SIM and the number are retired for good (the schema's trigger refuses any reuse).
  if (line.iccid) await retireSim(tx, line.iccid, at);
  if (line.msisdn) await retireNumber(tx, line.msisdn, at);
  for (const p of await scheduledOf(tx, line.id)) await cancelAction(tx, p.id, 'system', now);
  const version = await catalog.catalogVersionAt(tx, at);
  let charged = 0;
  if (version) {
    const month = terminationMonth(at, zone);
    const already = await chargedInPeriod(tx, line.id, month.periodStart, month.periodEnd);
    const monthlyOf = async (itemType: 'offer' | 'option', code: string) => {
      const p = (await pricesInEffect(tx, itemType, [code], at))(code).find((c) => c.component === 'monthly');
      return {
        itemType,
        code,
        monthlyMinor: p?.amount ?? 0,
        alreadyChargedMinor: already.get(`${itemType}:${code}`) ?? 0,
      };
    };
    const items = [await monthlyOf('offer', line.offer_code)];
    for (const o of options) items.push(await monthlyOf('option', o.option_code));
    for (const ch of terminationCharges(items, month)) {
      await recordLineCharge(tx, line, version, 'monthly', ch, now);
      charged += ch.amountMinor;
    }
  }
  return { state: 'terminated', retired: { msisdn: line.msisdn, iccid: line.iccid }, chargedMinor: charged };
}
