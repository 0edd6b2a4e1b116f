import { describe, expect, it } from 'vitest';
import {
  ISRAEL_ZONE as ZONE,
  at,
  internetBox as box,
  internetPlan as plan,
  partnerFacts,
} from '../../../test/support/internet.ts';
import { CURRENT_INTERNET_CATALOG as C } from './data/index.ts';
import { checkInternetCatalog } from './load-catalog.ts';
import {
  checkMasap,
  eligibilityRefusal,
  extenderDelivery,
  extenderRefusal,
  installationFee,
  needsEligibility,
  retentionOffered,
  subscriptionActions,
  terminationDates,
  type SubscriptionFacts,
} from './rules.ts';

describe('catalog data (issue 11 §1)', () => {
  it('NET-01 every box model has its LED table: power, infrastructure and internet at least', () => {
    expect(C.boxes.map((b) => b.code)).toEqual([
      'hot-box-2',
      'hot-box-4',
      'hot-box-5',
      'hot-box-5f',
      'partner-black',
      'partner-white',
    ]);
    for (const b of C.boxes)
      expect(b.leds.map((l) => l.function)).toEqual(
        expect.arrayContaining(['power', 'infrastructure', 'internet']),
      );
    expect(box('hot-box-4').leds.find((l) => l.function === 'infrastructure')?.markFr).toBe('S');
    expect(box('hot-box-5').leds.find((l) => l.function === 'infrastructure')?.markFr).toBe('DS/US');
    expect(box('partner-black').leds.map((l) => l.function)).toContain('phone');
    expect(C.ledMeanings.infrastructure.fr).toMatch(/panne de secteur/);
  });

  it('NET-02 Partner sells only 600 MB and 1000 MB fibre; NET-14 HOT 500 MB and 600 MB fibre priced alike', () => {
    expect(C.plans.filter((p) => p.operator === 'partner').map((p) => [p.speedMb, p.fibre])).toEqual([
      [600, true],
      [1000, true],
    ]);
    // The seed gives no amounts: "à définir", with the relation it states.
    expect(plan('hot-500').monthly).toBe(plan('hot-fibre-600').monthly);
    expect(plan('hot-500').priceNoteFr).toMatch(/Même prix que HOT 600 Mb fibre/);
    expect(plan('partner-fibre-1000').priceNoteFr).toMatch(/10 ₪\/mois/);
  });

  it.each([
    ['hot-dns', '20.00', 'immediate'],
    ['partner-fixed-ip', '20.00', 'operator_confirmation'],
    ['hot-extender', '20.00', 'immediate'],
    ['partner-extender', '30.00', 'immediate'],
  ])('NET-03 NET-04 NET-19 service %s costs %s ₪/month, activation %s', (code, monthly, activation) => {
    const s = C.services.find((x) => x.code === code);
    expect([s?.monthly, s?.activation]).toEqual([monthly, activation]);
  });

  it('NET-06 NET-09 Reading 17 fees: box not returned 250 ₪, Partner under 4 flats 300 ₪, box rental "à définir"', () => {
    expect(C.fees.map((f) => [f.code, f.component, f.amount])).toEqual([
      ['box-not-returned', 'one_off', '250.00'],
      ['partner-installation-small-building', 'one_off', '300.00'],
      ['box-rental', 'monthly', null],
    ]);
    expect(checkInternetCatalog(C)).toEqual([]);
  });
});

describe('ACC-03 the operator customer number (MASAP)', () => {
  it.each([
    { operator: 'hot', input: '12345678', ok: true, value: '12345678' },
    { operator: 'hot', input: '123 456-78', ok: true, value: '12345678' },
    { operator: 'hot', input: '1234', ok: false },
    { operator: 'hot', input: 'a1234567', ok: false },
    { operator: 'partner', input: 'a1234567', ok: true, value: 'a1234567' },
    { operator: 'partner', input: 'A 123-4567', ok: true, value: 'a1234567' },
    { operator: 'partner', input: '1234567', ok: false },
    { operator: 'partner', input: 'b1234567', ok: false },
    { operator: 'partner', input: 'a12', ok: false },
  ] as const)('ACC-03 $operator "$input" → $ok', ({ operator, input, ok, ...rest }) => {
    const r = checkMasap(operator, input);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.value).toBe((rest as { value: string }).value);
    else expect(r.refusal.code).toBe('internet.masap_invalid');
  });
});

describe('NET-02 NET-13 fibre eligibility', () => {
  it.each([
    ['partner', 'partner-fibre-600', true],
    ['hot', 'hot-fibre-600', true],
    ['hot', 'hot-500', false],
    ['hot', 'hot-200', false],
  ] as const)('NET-13 %s %s needs an eligibility check: %s', (operator, code, needed) => {
    expect(needsEligibility(operator, plan(code))).toBe(needed);
  });

  it('NET-13 every Partner installation needs it, even a plan that were not fibre', () => {
    expect(needsEligibility('partner', { fibre: false })).toBe(true);
  });

  const want = { accountId: 'acc', operator: 'partner' as const, address: 'Herzl 12, Haïfa' };
  const check = {
    accountId: 'acc',
    operator: 'partner' as const,
    address: 'herzl 12  haifa',
    fibreEligible: true,
    checkedAt: at('2026-11-12T08:00Z'),
  };
  it.each([
    { why: 'no check', c: null, code: 'internet.eligibility_required' },
    { why: 'eligible, same address written otherwise', c: check, code: null },
    {
      why: 'another address',
      c: { ...check, address: 'Herzl 14, Haifa' },
      code: 'internet.eligibility_mismatch',
    },
    {
      why: 'another operator',
      c: { ...check, operator: 'hot' as const },
      code: 'internet.eligibility_mismatch',
    },
    { why: 'another customer', c: { ...check, accountId: 'other' }, code: 'internet.eligibility_mismatch' },
    { why: 'not eligible', c: { ...check, fibreEligible: false }, code: 'internet.not_eligible' },
  ])('NET-02 $why → $code', ({ c, code }) => {
    expect(eligibilityRefusal(c, want, ZONE)?.code ?? null).toBe(code);
  });
});

describe('NET-09 installation fee', () => {
  it.each([
    { operator: 'hot', flats: null, fee: 0 },
    { operator: 'hot', flats: 2, fee: 0 },
    { operator: 'partner', flats: 1, fee: 30000 },
    { operator: 'partner', flats: 3, fee: 30000 },
    { operator: 'partner', flats: 4, fee: 0 },
    { operator: 'partner', flats: 40, fee: 0 },
  ] as const)('NET-09 $operator in a building of $flats flats: $fee agorot', ({ operator, flats, fee }) => {
    const r = installationFee(operator, flats, C);
    expect(r.ok && r.feeMinor).toBe(fee);
  });

  it('NET-09 a Partner order must say how many flats the building has', () => {
    const r = installationFee('partner', null, C);
    expect(r.ok ? null : r.refusal.code).toBe('internet.flats_required');
  });
});

describe('NET-06 CAL-06 Reading 4 termination at the Billing Day, box due 30 days later (Asia/Jerusalem)', () => {
  it.each([
    {
      why: 'asked on the 12th, Billing Day 10: next month’s 10th (the browser test’s case)',
      request: '2026-11-12T10:00+02:00',
      day: 10,
      effect: '2026-12-10T00:00+02:00',
      box: '2027-01-09T00:00+02:00',
    },
    {
      why: 'Reading 4: asked on the Billing Day itself waits for next month’s',
      request: '2026-11-10T09:00+02:00',
      day: 10,
      effect: '2026-12-10T00:00+02:00',
      box: '2027-01-09T00:00+02:00',
    },
    {
      why: 'CAL-04: 00:30 on the 10th in Jerusalem is still the 9th in UTC, and already the Billing Day',
      request: '2026-11-09T22:30Z',
      day: 10,
      effect: '2026-12-10T00:00+02:00',
      box: '2027-01-09T00:00+02:00',
    },
    {
      why: 'the eve of the Billing Day: this month',
      request: '2026-11-09T23:30+02:00',
      day: 10,
      effect: '2026-11-10T00:00+02:00',
      box: '2026-12-10T00:00+02:00',
    },
    {
      why: 'Rosh Hashana 2026 (12–13 September): the Billing Day is a calendar day, a holiday does not move it',
      request: '2026-09-10T12:00+03:00',
      day: 13,
      effect: '2026-09-13T00:00+03:00',
      box: '2026-10-13T00:00+03:00',
    },
    {
      why: 'Pesach 2027 (22 April) on the Billing Day',
      request: '2027-04-01T12:00+03:00',
      day: 22,
      effect: '2027-04-22T00:00+03:00',
      box: '2027-05-22T00:00+03:00',
    },
    {
      why: 'DST starts (27 March 2026): asked in winter time, effective in summer time',
      request: '2026-03-20T12:00+02:00',
      day: 28,
      effect: '2026-03-28T00:00+03:00',
      box: '2026-04-27T00:00+03:00',
    },
    {
      why: 'DST ends (25 October 2026): the box deadline is 00:00 winter time',
      request: '2026-10-01T12:00+03:00',
      day: 15,
      effect: '2026-10-15T00:00+03:00',
      box: '2026-11-14T00:00+02:00',
    },
    {
      why: 'Billing Day 31 in February: its last day',
      request: '2027-02-10T12:00+02:00',
      day: 31,
      effect: '2027-02-28T00:00+02:00',
      box: '2027-03-30T00:00+03:00',
    },
  ])('NET-06 CAL-06 $why', ({ request, day, effect, box: deadline }) => {
    expect(terminationDates(at(request), day, ZONE)).toEqual({
      effectiveAt: at(effect),
      boxReturnDeadline: at(deadline),
    });
  });
});

describe('NET-04 CAL-03 extender delivery in 2–3 Israeli business days', () => {
  it.each([
    {
      why: 'a plain Sunday',
      order: '2026-11-15T10:00+02:00',
      from: '2026-11-17T10:00+02:00',
      to: '2026-11-18T10:00+02:00',
    },
    {
      why: 'Thursday: Friday and Saturday are the weekend',
      order: '2026-11-19T10:00+02:00',
      from: '2026-11-23T10:00+02:00',
      to: '2026-11-24T10:00+02:00',
    },
    {
      why: 'before Rosh Hashana 2026 (Sun 13 Sep is off)',
      order: '2026-09-10T10:00+03:00',
      from: '2026-09-15T10:00+03:00',
      to: '2026-09-16T10:00+03:00',
    },
    {
      why: 'before Pesach 2027 (Thu 22 Apr is off)',
      order: '2027-04-21T10:00+03:00',
      from: '2027-04-26T10:00+03:00',
      to: '2027-04-27T10:00+03:00',
    },
  ])('CAL-03 NET-04 ordered $why', ({ order, from, to }) => {
    expect(extenderDelivery(at(order), ZONE)).toEqual({ from: at(from), to: at(to) });
  });
});

describe('NET-04 NET-17 Reading 16 extender eligibility', () => {
  const facts = (over: Partial<SubscriptionFacts>): SubscriptionFacts => ({
    operator: 'hot',
    state: 'active',
    plan: plan('hot-500'),
    box: box('hot-box-5'),
    extenders: 0,
    billingDay: 10,
    needsEligibility: false,
    bezeqPending: false,
    wifiPending: false,
    ...over,
  });
  it.each([
    {
      why: 'HOT on a Hot Box 4: box swap first',
      f: { box: box('hot-box-4') },
      code: 'internet.extender_needs_box_swap',
    },
    {
      why: 'HOT on a Hot Box 2: box swap first',
      f: { box: box('hot-box-2'), plan: plan('hot-200') },
      code: 'internet.extender_needs_box_swap',
    },
    { why: 'HOT 500 MB on a Hot Box 5, none yet', f: {}, code: null },
    { why: 'HOT 500 MB allows one extender only', f: { extenders: 1 }, code: 'internet.extender_limit' },
    {
      why: 'HOT fibre on a Hot Box 5f, a third one',
      f: { box: box('hot-box-5f'), plan: plan('hot-fibre-600'), extenders: 2 },
      code: null,
    },
    {
      why: 'Reading 16: Partner has no box condition',
      f: {
        operator: 'partner' as const,
        box: box('partner-black'),
        plan: plan('partner-fibre-600'),
        extenders: 3,
      },
      code: null,
    },
    { why: 'not active yet', f: { state: 'installation_booked' as const }, code: 'internet.not_active' },
  ])('NET-04 $why → $code', ({ f, code }) => {
    expect(extenderRefusal(facts(f))?.code ?? null).toBe(code);
  });

  it('NET-04 the page offers the box swap with the refusal, the monthly price with the allowed extender', () => {
    const prices = { extenderMonthlyMinor: 2000, installationFeeMinor: 0, boxNotReturnedMinor: 25000 };
    const [refused] = subscriptionActions(
      facts({ box: box('hot-box-4') }),
      at('2026-11-12T08:00Z'),
      ZONE,
      prices,
    ).filter((a) => a.type === 'add_extender');
    expect(refused).toMatchObject({ allowed: false, offer: 'box_swap', effectiveAt: null });
    const [allowed] = subscriptionActions(facts({}), at('2026-11-12T08:00Z'), ZONE, prices).filter(
      (a) => a.type === 'add_extender',
    );
    // Thursday 12 November: delivered by Tuesday 17th at the latest.
    expect(allowed).toMatchObject({
      allowed: true,
      offer: null,
      monthlyMinor: 2000,
      effectiveAt: at('2026-11-17T10:00+02:00'),
    });
  });
});

describe('the actions of the subscription page', () => {
  const base = partnerFacts('ordered');
  const prices = { extenderMonthlyMinor: 3000, installationFeeMinor: 30000, boxNotReturnedMinor: 25000 };
  const find = (s: SubscriptionFacts, type: string) =>
    subscriptionActions(s, at('2026-11-12T08:00Z'), ZONE, prices).find((a) => a.type === type);

  it('NET-13 a Partner order without eligibility cannot book its installation', () => {
    expect(find(base, 'book_installation')?.refusal?.code).toBe('internet.eligibility_required');
    expect(find({ ...base, state: 'eligibility_checked' }, 'book_installation')?.allowed).toBe(true);
  });

  it('NET-09 the installation shows its 300 ₪ fee', () => {
    expect(find({ ...base, state: 'installation_booked' }, 'confirm_installation')).toMatchObject({
      allowed: true,
      feeMinor: 30000,
    });
  });

  it('NET-06 CS-08 the termination shows its date and the 250 ₪ if the box is not returned', () => {
    expect(find({ ...base, state: 'active' }, 'terminate')).toMatchObject({
      allowed: true,
      effectiveAt: at('2026-12-10T00:00+02:00'),
      feeMinor: 0,
      conditionalFeeMinor: 25000,
    });
    expect(find({ ...base, state: 'termination_pending' }, 'terminate')?.refusal?.code).toBe(
      'internet.wrong_state',
    );
  });

  it('NET-06 a box return is recorded only once a termination is asked', () => {
    expect(find({ ...base, state: 'active' }, 'record_box_return')?.refusal?.code).toBe(
      'internet.box_not_returnable',
    );
    expect(find({ ...base, state: 'termination_pending' }, 'record_box_return')?.allowed).toBe(true);
    expect(find({ ...base, state: 'terminated' }, 'record_box_return')?.allowed).toBe(true);
    expect(find({ ...base, state: 'fee_charged' }, 'record_box_return')?.allowed).toBe(false);
  });
});

describe('CS-06 retention at termination', () => {
  it.each([
    ['price', true],
    ['quality', true],
    ['moving', false],
    ['other', false],
  ] as const)('CS-06 a termination for reason %s offers retention: %s', (reason, offered) => {
    expect(retentionOffered(reason)).toBe(offered);
  });
});
