import { describe, expect, it } from 'vitest';
import { tmfErrors } from './tmf.ts';

describe('TM Forum definitions validator', () => {
  it('accepts a minimal valid TMF629 Customer and names what is wrong in an invalid one', () => {
    expect(
      tmfErrors('TMF629-Customer-v4.0.0.swagger.json', 'Customer', {
        id: '1',
        engagedParty: { id: 'p1', '@referredType': 'Organization' },
      }),
    ).toEqual([]);
    const errors = tmfErrors('TMF629-Customer-v4.0.0.swagger.json', 'Customer', { id: 1 });
    expect(errors.join('\n')).toMatch(/engagedParty/);
    expect(errors.join('\n')).toMatch(/\/id/);
  });
});
