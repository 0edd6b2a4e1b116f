import type { Ctx } from '../../platform/context.ts';
import { money, toDecimal } from '../../platform/money/index.ts';
import { INTERNET_CATALOG_VERSIONS } from './data/index.ts';
import * as store from './store.ts';

/** The internet catalog in effect, as loaded in its tables (issue 11 §1): "à définir" is a null amount. */
export async function getCatalog(ctx: Ctx) {
  const v = await store.currentVersion(ctx.tx, ctx.now);
  if (!v) throw new Error('the internet catalog is not loaded');
  const rows = await store.catalogItems(ctx.tx, v.id);
  const order = { plan: 0, box: 1, service: 2, fee: 3 } as const;
  // The LED meanings are the version's words for the catalog page's LED tables (NET-01).
  const data = INTERNET_CATALOG_VERSIONS.find((d) => d.id === v.id);
  return {
    version: v.id,
    effectiveFrom: data?.effectiveFrom ?? null,
    ledMeanings: Object.fromEntries(
      Object.entries(data?.ledMeanings ?? {}).map(([fn, m]) => [fn, ctx.locale === 'en' ? m.en : m.fr]),
    ),
    currency: 'ILS' as const,
    vatIncluded: v.vat_included,
    items: rows
      .sort((a, b) => order[a.item_type] - order[b.item_type] || a.position - b.position)
      .map((r) => ({
        type: r.item_type,
        code: r.code,
        operator: r.operator,
        name: ctx.locale === 'en' ? r.name_en : r.name_fr,
        component: r.price_component,
        amount:
          r.amount_minor === null ? null : toDecimal(money(Number(r.amount_minor), 'ILS', v.vat_included)),
        facts: r.facts as Record<string, unknown>,
      })),
  };
}
