import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { money, toDecimal } from '../../platform/money/index.ts';
import { moduleChargeItemNames } from '../../platform/module.ts';
import * as store from './store.ts';

/**
 * The customer's ledger (`account_charges`, issue 3 §6): the ledger module is its only writer.
 * Orders write the activation's charges, line actions and SIM swaps their option, termination and
 * eSIM charges, billing the monthly run: all through `recordCharge` / `recordMonthlyCharges`.
 */

export type { ChargeFilter, ExportRow, MonthlyChargeInsert } from './store.ts';

export interface NewCharge {
  accountId: string;
  lineId: string | null;
  orderId: string | null;
  kind: 'one_off' | 'first_month' | 'monthly' | 'usage' | 'usage_minimum';
  itemType: 'offer' | 'option';
  itemCode: string;
  amountMinor: number;
  monthlyMinor: number | null;
  currency: 'EUR' | 'ILS';
  vatIncluded: boolean;
  periodStart: string | null;
  periodEnd: string | null;
}

/**
 * One charge. A month is charged once per line and item (unique index of 0010_billing.sql): a
 * termination's top-up of a month the monthly run already charged keeps the month's first charge
 * (Reading 7), and writes nothing.
 */
export function recordCharge(tx: Tx, c: NewCharge, now: Date): Promise<void> {
  return store.insertCharge(tx, {
    id: newId(),
    account_id: c.accountId,
    line_id: c.lineId,
    order_id: c.orderId,
    kind: c.kind,
    item_type: c.itemType,
    item_code: c.itemCode,
    amount_minor: c.amountMinor,
    currency: c.currency,
    vat_included: c.vatIncluded,
    period_start: c.periodStart,
    period_end: c.periodEnd,
    monthly_minor: c.monthlyMinor,
    now,
  });
}

/**
 * A month's charges in one statement; a second run of the same month, or a month a termination
 * already wrote (Reading 7), adds nothing. Returns how many rows were new and their sum.
 */
export function recordMonthlyCharges(
  tx: Tx,
  rows: readonly store.MonthlyChargeInsert[],
  currency: 'EUR' | 'ILS',
  vatIncluded: boolean,
  now: Date,
): Promise<{ inserted: number; amountMinor: number }> {
  return store.insertMonthlyCharges(tx, rows, currency, vatIncluded, now);
}

/** What a line's month already carries per item (`itemType:code` → minor units), for Reading 7. */
export function chargedInPeriod(
  tx: Tx,
  lineId: string,
  periodStart: string,
  periodEnd: string,
): Promise<Map<string, number>> {
  return store.chargedInPeriod(tx, lineId, periodStart, periodEnd);
}

export interface ChargeView {
  id: string;
  accountId: string;
  lineId: string | null;
  msisdn: string | null;
  orderId: string | null;
  kind: 'one_off' | 'first_month' | 'monthly' | 'usage' | 'usage_minimum';
  itemType: 'offer' | 'option';
  itemCode: string;
  /** The offer's or option's name in the request's language (the code when the catalog lacks it). */
  itemName: string;
  /** Decimal string in the currency, e.g. "1.50". */
  amount: string;
  monthly: string | null;
  currency: 'EUR' | 'ILS';
  vatIncluded: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  createdAt: string;
}

/** Issue 3 §6: the account's charges ledger, newest first. */
export async function listCharges(
  ctx: Ctx,
  accountId: string,
  limit: number,
  offset: number,
): Promise<Page<ChargeView>> {
  if (!(await store.accountExists(ctx.tx, accountId))) throw new AppError('resource.not_found');
  const { rows, total } = await store.listCharges(ctx.tx, accountId, limit, offset);
  const nameOf = await itemNamer(ctx.tx, rows, ctx.locale);
  const dec = (minor: number, r: store.ChargeRow) => toDecimal(money(minor, r.currency, r.vat_included));
  return {
    items: rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      lineId: r.line_id,
      msisdn: r.msisdn,
      orderId: r.order_id,
      kind: r.kind,
      itemType: r.item_type,
      itemCode: r.item_code,
      itemName: nameOf(r),
      amount: dec(r.amount_minor, r),
      monthly: r.monthly_minor === null ? null : dec(r.monthly_minor, r),
      currency: r.currency,
      vatIncluded: r.vat_included,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      createdAt: r.created_at.toISOString(),
    })),
    total,
    limit,
    offset,
  };
}

/**
 * The one way to name a charged item, for every reader of the ledger (the account's list, billing's
 * CSV): the mobile catalog's name read with the rows, else the name the module that charged it
 * gives (its manifest's `chargeItemNames`: an internet plan, service or fee), else the code, so a
 * user reads a name wherever a module declares one. One look-up for all the rows' unnamed codes.
 */
async function itemNamer(
  tx: Tx,
  rows: readonly store.ItemNameColumns[],
  lang: 'fr' | 'en',
): Promise<(r: store.ItemNameColumns) => string> {
  const unnamed = [...new Set(rows.filter((r) => !r.item_name_fr).map((r) => r.item_code))];
  const others = unnamed.length > 0 ? await moduleChargeItemNames(tx, unnamed) : new Map();
  return (r) => {
    const own = lang === 'en' ? r.item_name_en : r.item_name_fr;
    const other = others.get(r.item_code);
    return own ?? (other ? other[lang === 'en' ? 1 : 0] : r.item_code);
  };
}

/** A charge of billing's CSV export, its item named in the export's language. */
export type ExportCharge = Omit<store.ExportRow, 'item_name_fr' | 'item_name_en'> & { item_name: string };

/**
 * The charges of an account (or of every account) in a date range, oldest first, each with its
 * item's name in `lang` (named as the account's list names them), at most `max` of them: billing's
 * CSV export.
 */
export async function chargesForExport(
  tx: Tx,
  filter: store.ChargeFilter,
  max: number,
  lang: 'fr' | 'en',
): Promise<ExportCharge[]> {
  const rows = await store.exportRows(tx, filter, max);
  const nameOf = await itemNamer(tx, rows, lang);
  // The catalog's two names give way to the one name, so no reader picks a column of its own.
  return rows.map(({ item_name_fr, item_name_en, ...r }) => ({
    ...r,
    item_name: nameOf({ item_code: r.item_code, item_name_fr, item_name_en }),
  }));
}

/** How many charges of the range and their sum, per currency: the total beside the export. */
export function chargeTotals(tx: Tx, filter: store.ChargeFilter) {
  return store.chargeTotals(tx, filter);
}
