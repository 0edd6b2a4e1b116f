import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Currency } from '../../platform/money/index.ts';
import {
  catalogVersionAt,
  offerIn,
  optionIn,
  type CatalogVersion,
  type OfferRow,
  type OptionRow,
} from '../catalog/lookup.ts';
import { pricesInEffect, type PriceInEffect } from '../ledger/prices.ts';

/** What an order line needs from the catalog in effect: the item's facts, name and prices now. */
export interface OrderingItem<F> {
  code: string;
  facts: F;
  name: string;
  /** Current prices in minor units (null: "à définir"). */
  prices: PriceInEffect[];
}

export interface OrderingCatalog {
  versionId: string;
  currency: Currency;
  openingHours: CatalogVersion['opening_hours'];
  offers: Map<string, OrderingItem<OfferRow['facts']>>;
  options: Map<string, OrderingItem<OptionRow['facts']>>;
}

/** The catalog items of one type named by an order, with their prices now; unknown codes are absent. */
async function itemsOf<F>(
  ctx: Ctx,
  itemType: 'offer' | 'option',
  codes: readonly string[],
  find: (code: string) => Promise<{ facts: F; name_en: string; name_fr: string } | undefined>,
): Promise<Map<string, OrderingItem<F>>> {
  const items = new Map<string, OrderingItem<F>>();
  const prices = await pricesInEffect(ctx.tx, itemType, codes, ctx.now);
  for (const code of new Set(codes)) {
    const row = await find(code);
    if (row)
      items.set(code, {
        code,
        facts: row.facts,
        name: ctx.locale === 'en' ? row.name_en : row.name_fr,
        prices: prices(code),
      });
  }
  return items;
}

/** The offers and options named by an order, with their prices now; unknown codes are absent. */
export async function orderingCatalog(
  ctx: Ctx,
  offerCodes: readonly string[],
  optionCodes: readonly string[],
): Promise<OrderingCatalog> {
  const version = await catalogVersionAt(ctx.tx, ctx.now);
  // The catalog is loaded at start (loadCatalog); without it nothing here makes sense.
  if (!version) throw new AppError('service.unavailable');
  const offers = await itemsOf(ctx, 'offer', offerCodes, (code) => offerIn(ctx.tx, version.id, code));
  const options = await itemsOf(ctx, 'option', optionCodes, (code) => optionIn(ctx.tx, version.id, code));
  return {
    versionId: version.id,
    currency: version.currency,
    openingHours: version.opening_hours,
    offers,
    options,
  };
}
