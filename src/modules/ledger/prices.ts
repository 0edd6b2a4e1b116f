import type { Tx } from '../../platform/db/db.ts';
import type { PriceComponent } from '../catalog/model.ts';
import { pricesAt } from '../catalog/rules.ts';
import { candidateOf, priceVersions } from '../catalog/lookup.ts';

/** One component's price in effect: minor units excl. VAT or null ("à définir"), or tiers. */
export interface PriceInEffect {
  component: PriceComponent;
  amount: number | null;
  tiers: readonly { fromMb: number; perMb: number }[] | null;
}

/**
 * The price in effect at `at` of each of these items, per component (the reference catalog's and
 * the tenant's own price versions, catalog rule `pricesAt`): the one look-up every charge is
 * priced with (orders, line actions, SIM swaps, the monthly run). Unknown codes have no price.
 */
export async function pricesInEffect(
  tx: Tx,
  itemType: 'offer' | 'option',
  codes: Iterable<string>,
  at: Date,
): Promise<(code: string) => PriceInEffect[]> {
  const wanted = [...new Set(codes)];
  const rows = await priceVersions(tx, itemType, wanted);
  const byCode = new Map<string, PriceInEffect[]>();
  for (const code of wanted)
    byCode.set(
      code,
      pricesAt(rows.filter((r) => r.item_code === code).map(candidateOf), at).map((c) => ({
        component: c.component,
        amount: c.amount,
        tiers: c.tiers,
      })),
    );
  return (code) => byCode.get(code) ?? [];
}
