import { describe, expect, it } from 'vitest';
import { needsHolding } from './held-orders.ts';

const customer = [{ id: '0194d1c2-0000-7000-8000-000000000001', role: 'customer' }];
const user = { productCharacteristic: [{ name: 'userName', value: 'Léa Petit' }] };
const offer = { id: 'orange-unlimited-5gb-blocked' };

describe('issue 15: which TMF622 orders are held « à compléter »', () => {
  it.each([
    ['mandatory attributes only', undefined, [{ id: '1', action: 'add' as const }], true],
    [
      'no customer',
      undefined,
      [{ id: '1', action: 'add' as const, productOffering: offer, product: user }],
      true,
    ],
    [
      'a party that is not the customer',
      [{ id: 'x', role: 'seller' }],
      [{ id: '1', action: 'add' as const, productOffering: offer, product: user }],
      true,
    ],
    ['an item without offer', customer, [{ id: '1', action: 'add' as const, product: user }], true],
    ['an item without user', customer, [{ id: '1', action: 'add' as const, productOffering: offer }], true],
    [
      'an empty user',
      customer,
      [
        {
          id: '1',
          action: 'add' as const,
          productOffering: offer,
          product: { productCharacteristic: [{ name: 'userName', value: '' }] },
        },
      ],
      true,
    ],
    [
      'customer, offer and user on every item',
      customer,
      [{ id: '1', action: 'add' as const, productOffering: offer, product: user }],
      false,
    ],
    [
      'a party without role is the customer',
      [{ id: 'x' }],
      [{ id: '1', action: 'add' as const, productOffering: offer, product: user }],
      false,
    ],
  ])('%s', (_name, relatedParty, productOrderItem, held) => {
    expect(needsHolding({ ...(relatedParty ? { relatedParty } : {}), productOrderItem })).toBe(held);
  });
});
