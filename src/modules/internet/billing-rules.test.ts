import { describe, expect, it } from 'vitest';
import { ISRAEL_ZONE as ZONE, at } from '../../../test/support/internet.ts';
import { CURRENT_INTERNET_CATALOG as C } from './data/index.ts';
import { billableAt, periodCharges, type BillableSubscription } from './billing-rules.ts';

const hot: BillableSubscription = {
  operator: 'hot',
  state: 'active',
  planCode: 'hot-500',
  // As add-extender stores it: the extender's service code marks the extenders, counted apart.
  services: ['hot-dns', 'hot-extender'],
  extenders: 2,
  hasBox: true,
  billingDay: 10,
  terminationEffectiveAt: null,
};
/** The seed gives no plan price ("à définir"): a priced copy shows the plan is charged too. */
const priced = {
  ...C,
  plans: C.plans.map((p) => (p.code === 'hot-500' ? { ...p, monthly: '100.00' } : p)),
};

describe('internet monthly charges per Billing Day period (CAL-06, NET-03, NET-04, Reading 7, Reading 17)', () => {
  it('CAL-06 NET-03 NET-04 at the Billing Day: the DNS 20 ₪ and two extenders 2 × 20 ₪, in full; plan and box rental « à définir »', () => {
    expect(periodCharges(hot, C, at('2026-12-10T00:00+02:00'), ZONE)).toEqual({
      periodStart: '2026-12-10',
      periodEnd: '2027-01-09',
      nextAt: at('2027-01-10T00:00+02:00'),
      prorated: false,
      charges: [
        { itemType: 'option', itemCode: 'hot-dns', amountMinor: 2000, monthlyMinor: 2000 },
        { itemType: 'option', itemCode: 'hot-extender', amountMinor: 4000, monthlyMinor: 4000 },
      ],
      toSet: ['hot-500', 'box-rental'],
    });
  });

  it('Reading 7 the first period is pro rata from the installation day: 12 Nov → 9 Dec is 28 of 30 days', () => {
    const p = periodCharges({ ...hot, extenders: 0 }, priced, at('2026-11-12T10:00+02:00'), ZONE);
    expect(p).toMatchObject({ periodStart: '2026-11-12', periodEnd: '2026-12-09', prorated: true });
    expect(p.charges).toEqual([
      { itemType: 'offer', itemCode: 'hot-500', amountMinor: 9333, monthlyMinor: 10000 },
      { itemType: 'option', itemCode: 'hot-dns', amountMinor: 1867, monthlyMinor: 2000 },
    ]);
  });

  it.each([
    {
      why: 'Billing Day 31 in February: the period ends on 27 February',
      day: 31,
      from: '2027-01-31T00:00+02:00',
      end: '2027-02-27',
      next: '2027-02-28T00:00+02:00',
    },
    {
      why: 'across the DST change (27 March 2026)',
      day: 15,
      from: '2026-03-15T00:00+02:00',
      end: '2026-04-14',
      next: '2026-04-15T00:00+03:00',
    },
  ])('CAL-06 $why', ({ day, from, end, next }) => {
    const p = periodCharges({ ...hot, billingDay: day }, C, at(from), ZONE);
    expect(p).toMatchObject({ periodEnd: end, nextAt: at(next), prorated: false });
  });

  it('Reading 17 Partner: the fixed IP 20 ₪ and the extender at Partner’s 30 ₪; no box, no box rental', () => {
    const p = periodCharges(
      {
        ...hot,
        operator: 'partner',
        planCode: 'partner-fibre-600',
        services: ['partner-fixed-ip', 'partner-extender'],
        extenders: 1,
        hasBox: false,
      },
      C,
      at('2026-12-10T00:00+02:00'),
      ZONE,
    );
    expect(p.charges.map((c) => [c.itemCode, c.amountMinor])).toEqual([
      ['partner-fixed-ip', 2000],
      ['partner-extender', 3000],
    ]);
    expect(p.toSet).toEqual(['partner-fibre-600']);
  });

  it.each([
    { why: 'active', state: 'active' as const, end: null, billable: true },
    {
      why: 'terminating after the period starts',
      state: 'termination_pending' as const,
      end: '2027-01-10T00:00+02:00',
      billable: true,
    },
    {
      why: 'terminating at this Billing Day (NET-06)',
      state: 'termination_pending' as const,
      end: '2026-12-10T00:00+02:00',
      billable: false,
    },
    { why: 'terminated', state: 'terminated' as const, end: '2026-12-10T00:00+02:00', billable: false },
    { why: 'not installed yet', state: 'installation_booked' as const, end: null, billable: false },
  ])('NET-06 CAL-06 a subscription $why is billable: $billable', ({ state, end, billable }) => {
    expect(
      billableAt({ state, terminationEffectiveAt: end ? at(end) : null }, at('2026-12-10T00:00+02:00')),
    ).toBe(billable);
  });
});
