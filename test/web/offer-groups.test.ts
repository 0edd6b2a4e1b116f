import { describe, expect, it } from 'vitest';
import type { CatalogOffer } from '../../web/src/api/catalog.ts';
import { groupedOffers } from '../../web/src/pages/orders/offer-groups.ts';

const offer = (id: string, network: 'orange' | 'bouygues', range: string, name: string, mb: number | null) =>
  ({ id, network, range, name, envelopeMb: mb, priceToBeSet: false }) as unknown as CatalogOffer;

const OFFERS = [
  offer('o-u-50', 'orange', 'unlimited', 'Forfait illimité bloqué Orange 50 Go', 51_200),
  offer('b-u-5', 'bouygues', 'unlimited', 'Forfait illimité Bouygues 5 Go', 5_120),
  offer('o-u-5', 'orange', 'unlimited', 'Forfait illimité bloqué Orange 5 Go', 5_120),
  offer('o-d-10', 'orange', 'data_only', 'Forfait Data Only Orange 10 Go', 10_240),
];
const names = {
  group: (o: CatalogOffer) => `${o.network === 'orange' ? 'Orange' : 'Bouygues Telecom'} — ${o.range}`,
  label: (o: CatalogOffer) => o.name,
};

describe('the offer picker of the order form (issue 10: ~90 options in one list)', () => {
  it('groups by network then range, in volume order', () => {
    const options = groupedOffers(OFFERS, '', '', names);
    expect(options.map((o) => [o.group, o.value])).toEqual([
      ['Bouygues Telecom — unlimited', 'b-u-5'],
      ['Orange — unlimited', 'o-u-5'],
      ['Orange — unlimited', 'o-u-50'],
      ['Orange — data_only', 'o-d-10'],
    ]);
  });

  it('keeps the offers whose name or group has every word typed, accents aside; the chosen one stays', () => {
    expect(groupedOffers(OFFERS, 'orange illimite 50', '', names).map((o) => o.value)).toEqual(['o-u-50']);
    expect(groupedOffers(OFFERS, 'bouygues', 'o-d-10', names).map((o) => o.value)).toEqual([
      'b-u-5',
      'o-d-10',
    ]);
    expect(groupedOffers(OFFERS, 'sfr', '', names)).toEqual([]);
  });
});
