import { money, prorateFirstMonth, type Currency } from '../../platform/money/index.ts';

/**
 * Pure: the charges a line's activation makes due, from the prices in effect. One-off fees (CAT-11
 * eSIM 1.50 €) in full; monthly prices pro rata for the first month (CAT-01, Reading 7: from the
 * activation day, included, to the end of the month). A pay-as-you-go line's monthly minimum
 * (CAT-09) is not charged at activation: it is a floor under the month's usage, billed in arrears
 * by the usage month's close (pro rata in the first month). A price of 0 writes nothing.
 */
/** One item charged over one period: the amount, the monthly price it comes from, the period's days. */
export interface PeriodCharge {
  itemType: 'offer' | 'option';
  itemCode: string;
  amountMinor: number;
  monthlyMinor: number;
  periodStart: string;
  periodEnd: string;
}

export interface PricedLineItem {
  itemType: 'offer' | 'option';
  code: string;
  prices: readonly { component: string; amount: number | null }[];
}

export interface ChargeDraft {
  kind: 'one_off' | 'first_month';
  itemType: 'offer' | 'option';
  itemCode: string;
  amountMinor: number;
  monthlyMinor: number | null;
  periodStart: string | null;
  periodEnd: string | null;
}

function endOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

export function activationCharges(
  items: readonly PricedLineItem[],
  activationDate: string,
  currency: Currency,
  vatIncluded: boolean,
): ChargeDraft[] {
  const out: ChargeDraft[] = [];
  for (const item of items) {
    for (const p of item.prices) {
      if (p.amount === null || p.amount === 0) continue;
      if (p.component === 'one_off')
        out.push({
          kind: 'one_off',
          itemType: item.itemType,
          itemCode: item.code,
          amountMinor: p.amount,
          monthlyMinor: null,
          periodStart: null,
          periodEnd: null,
        });
      else if (p.component === 'monthly')
        out.push({
          kind: 'first_month',
          itemType: item.itemType,
          itemCode: item.code,
          amountMinor: prorateFirstMonth(money(p.amount, currency, vatIncluded), activationDate).amount,
          monthlyMinor: p.amount,
          periodStart: activationDate,
          periodEnd: endOfMonth(activationDate),
        });
    }
  }
  return out;
}
