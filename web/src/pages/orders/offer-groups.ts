import type { CatalogOffer } from '../../api/catalog.ts';
import type { SelectOption } from '../../kit/fields.tsx';

/** Lower case without accents: "Illimité" is found by "illimite". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The offers as grouped options: by network then range (the catalog's order of ranges), by
 * envelope within a group, kept only when every word searched is in the offer's name or group.
 * The chosen offer always stays, so the field never shows an empty choice.
 */
export function groupedOffers(
  offers: readonly CatalogOffer[],
  search: string,
  chosen: string,
  names: { group: (o: CatalogOffer) => string; label: (o: CatalogOffer) => string },
): SelectOption[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const rangeOrder = new Map<string, number>();
  for (const o of offers) if (!rangeOrder.has(o.range)) rangeOrder.set(o.range, rangeOrder.size);
  return [...offers]
    .filter((o) => {
      if (o.id === chosen) return true;
      const text = fold(`${names.label(o)} ${names.group(o)}`);
      return words.every((w) => text.includes(w));
    })
    .sort(
      (a, b) =>
        a.network.localeCompare(b.network) ||
        (rangeOrder.get(a.range) ?? 0) - (rangeOrder.get(b.range) ?? 0) ||
        (a.envelopeMb ?? -1) - (b.envelopeMb ?? -1) ||
        a.name.localeCompare(b.name),
    )
    .map((o) => ({ value: o.id, label: names.label(o), disabled: o.priceToBeSet, group: names.group(o) }));
}
