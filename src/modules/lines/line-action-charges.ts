import type { Tx } from '../../platform/db/db.ts';
import * as catalog from '../catalog/lookup.ts';
import { chargedInPeriod, recordCharge, type NewCharge } from '../ledger/service.ts';
import {
  monthContaining,
  optionAddCharges,
  optionChangeCharges,
  type OptionCharge,
  terminationMonth,
} from './actions-rules.ts';
import * as store from './store.ts';
import { type LineContext, type OptionPrice, optionPricesAt } from './line-action-context.ts';

/** One charge of the line's item over a period, in the currency of the catalog version in effect. */
export function recordLineCharge(
  tx: Tx,
  line: { id: string; account_id: string },
  version: { currency: NewCharge['currency']; vat_included: boolean },
  kind: NewCharge['kind'],
  ch: Pick<NewCharge, 'itemType' | 'itemCode' | 'amountMinor' | 'monthlyMinor' | 'periodStart' | 'periodEnd'>,
  now: Date,
): Promise<void> {
  return recordCharge(
    tx,
    {
      accountId: line.account_id,
      lineId: line.id,
      orderId: null,
      kind,
      itemType: ch.itemType,
      itemCode: ch.itemCode,
      amountMinor: ch.amountMinor,
      currency: version.currency,
      vatIncluded: version.vat_included,
      periodStart: ch.periodStart,
      periodEnd: ch.periodEnd,
      monthlyMinor: ch.monthlyMinor,
    },
    now,
  );
}

/** The charges of an option added (CAT-01) or changed (ACT-06): previewed and written by the same rules. */

type AlreadyCharged = { ended: Map<string, number>; started: Map<string, number> };

/** What the line's month already carries per item: the month an old option ends in, and now's. */
export async function alreadyCharged(
  tx: Tx,
  lineId: string,
  at: Date,
  zone: string,
): Promise<AlreadyCharged> {
  const ended = terminationMonth(at, zone);
  const month = monthContaining(at, zone);
  const endedMap = await chargedInPeriod(tx, lineId, ended.periodStart, ended.periodEnd);
  const started =
    month.periodStart === ended.periodStart
      ? endedMap
      : await chargedInPeriod(tx, lineId, month.periodStart, month.periodEnd);
  return { ended: endedMap, started };
}

const numericPrices = (prices: readonly OptionPrice[]) =>
  prices.map((p) => ({ component: p.component, amount: p.amount }));

/**
 * The charges an option added (CAT-01) or changed (ACT-06) writes, from the pure rules: the same
 * function gives the confirmation's preview and the ledger's rows.
 */
export function plannedCharges(
  c: Pick<LineContext, 'line' | 'zone' | 'currency' | 'vatIncluded' | 'options'> & {
    priceOf: (code: string) => readonly OptionPrice[];
  },
  code: string,
  replaces: string | null,
  at: Date,
  already: AlreadyCharged,
): OptionCharge[] {
  const to = { code, prices: numericPrices(c.priceOf(code)) };
  if (!replaces) return optionAddCharges(to, at, c.zone, c.currency, c.vatIncluded);
  const fromCode = c.options.find((o) => o.id === replaces)?.option_code ?? '';
  const monthly = c.priceOf(fromCode).find((p) => p.component === 'monthly')?.amount ?? 0;
  return optionChangeCharges(
    c.line.network,
    {
      code: fromCode,
      monthlyMinor: monthly,
      alreadyChargedMinor: already.ended.get(`option:${fromCode}`) ?? 0,
    },
    { ...to, alreadyChargedMinor: already.started.get(`option:${code}`) ?? 0 },
    at,
    c.zone,
    c.currency,
    c.vatIncluded,
  );
}

/**
 * CAT-01 (add) and ACT-06 (change): the option's charges at the prices in effect at `at`, from the
 * same pure rules as the confirmation's preview.
 */
export async function writeOptionCharges(
  tx: Tx,
  line: store.LineRow,
  code: string,
  replaces: string | null,
  at: Date,
  now: Date,
  zone: string,
): Promise<number> {
  const version = await catalog.catalogVersionAt(tx, at);
  if (!version) return 0;
  const options = await store.optionsOf(tx, [line.id]);
  const fromCode = replaces ? (options.find((o) => o.id === replaces)?.option_code ?? null) : null;
  const priceOf = await optionPricesAt(tx, fromCode ? [code, fromCode] : [code], at);
  const already = await alreadyCharged(tx, line.id, at, zone);
  const charges = plannedCharges(
    { line, zone, currency: version.currency, vatIncluded: version.vat_included, options, priceOf },
    code,
    replaces,
    at,
    already,
  );
  let total = 0;
  for (const ch of charges) {
    await recordLineCharge(tx, line, version, ch.kind, ch, now);
    total += ch.amountMinor;
  }
  return total;
}
