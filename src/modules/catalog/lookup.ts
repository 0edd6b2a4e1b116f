import type { Tx } from '../../platform/db/db.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import type { PriceCandidate } from './rules.ts';
import * as store from './store.ts';

/**
 * What other modules read of the catalog, in their own transaction: the version in effect, its
 * offers and options, and the price versions of items (the ledger turns these into the prices in
 * effect). The catalog module owns its tables; nobody else imports its store.
 */

export type {
  VersionRow as CatalogVersion,
  OfferRow,
  OptionRow,
  PriceRow,
  OfferFilter,
  OptionFilter,
} from './store.ts';

/** The version in effect at `at`, or the first one when none has started yet. */
export function catalogVersionAt(tx: Tx, at: Date): Promise<store.VersionRow | undefined> {
  return store.versionAt(tx, at);
}

export function offerIn(tx: Tx, versionId: string, code: string): Promise<store.OfferRow | undefined> {
  return store.getOffer(tx, versionId, code);
}

export function optionIn(tx: Tx, versionId: string, code: string): Promise<store.OptionRow | undefined> {
  return store.getOption(tx, versionId, code);
}

export async function offersIn(
  tx: Tx,
  versionId: string,
  f: store.OfferFilter,
  locale: Locale,
): Promise<store.OfferRow[]> {
  return (await store.listOffers(tx, versionId, f, locale)).rows;
}

export function optionsIn(tx: Tx, versionId: string, f: store.OptionFilter = {}): Promise<store.OptionRow[]> {
  return store.listOptions(tx, versionId, f);
}

/** Every price version of these items: the reference catalog's and the tenant's own. */
export function priceVersions(
  tx: Tx,
  itemType: 'offer' | 'option',
  codes: readonly string[],
): Promise<store.PriceRow[]> {
  return store.priceVersions(tx, itemType, codes);
}

/** A stored price version as the pure rules read it (rules.ts `pricesAt`), keeping its row. */
export function candidateOf(r: store.PriceRow): PriceCandidate & { row: store.PriceRow } {
  return {
    row: r,
    component: r.component,
    amount: r.amount_minor,
    tiers: r.tiers,
    effectiveFrom: r.effective_from,
    origin: r.origin,
    createdAt: r.created_at,
  };
}
