import { CATALOG_2026_01 } from '../../src/modules/catalog/data/catalog-2026-01.ts';
import type { OfferDef, OptionDef } from '../../src/modules/catalog/model.ts';

/** An offer of the January 2026 catalog by its code; a test naming an unknown one fails at once. */
export function catalogOffer(code: string): OfferDef {
  const o = CATALOG_2026_01.offers.find((x) => x.code === code);
  if (!o) throw new Error(`no offer ${code}`);
  return o;
}

/** An option of the January 2026 catalog by its code; a test naming an unknown one fails at once. */
export function catalogOption(code: string): OptionDef {
  const o = CATALOG_2026_01.options.find((x) => x.code === code);
  if (!o) throw new Error(`no option ${code}`);
  return o;
}
