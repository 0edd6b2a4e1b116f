import { describe, expect, it } from 'vitest';
import { ISRAEL_ZONE as ZONE, at, internetPlan as plan } from '../../../test/support/internet.ts';
import {
  bezeqEstimate,
  comparePlanPrice,
  fixedIpRefusal,
  moveMode,
  moveRefusal,
  moveTerminationAt,
  planChangeAt,
  planChangeRefusal,
  reactivationRefusal,
  switchTiming,
  type LiveFacts,
} from './lifecycle-rules.ts';

const hot: LiveFacts = {
  operator: 'hot',
  state: 'active',
  planCode: 'hot-500',
  address: 'Rothschild 22, Tel Aviv',
  billingDay: 10,
  pendingChange: false,
};
const partner: LiveFacts = { ...hot, operator: 'partner', planCode: 'partner-fibre-600' };
const yes = { fibreEligible: true, checkedOn: '12/11/2026' };
const no = { fibreEligible: false, checkedOn: '12/11/2026' };

describe('plan change (NET-02, NET-14)', () => {
  it.each([
    { why: 'HOT 500 → HOT 200: no check needed', s: hot, to: 'hot-200', check: null, code: null },
    {
      why: 'HOT 500 → fibre without a check',
      s: hot,
      to: 'hot-fibre-600',
      check: null,
      code: 'internet.eligibility_required',
    },
    {
      why: 'HOT 500 → fibre, address not eligible',
      s: hot,
      to: 'hot-fibre-600',
      check: no,
      code: 'internet.not_eligible',
    },
    { why: 'HOT 500 → fibre after a yes', s: hot, to: 'hot-fibre-600', check: yes, code: null },
    { why: 'the same plan', s: hot, to: 'hot-500', check: null, code: 'internet.same_plan' },
    { why: 'Partner 600 → 1000 after a yes', s: partner, to: 'partner-fibre-1000', check: yes, code: null },
    {
      why: 'Partner 600 → 1000 without a check',
      s: partner,
      to: 'partner-fibre-1000',
      check: null,
      code: 'internet.eligibility_required',
    },
    {
      why: 'Partner sells no 200 MB',
      s: partner,
      to: 'hot-200',
      check: yes,
      code: 'internet.partner_plan_not_sold',
    },
    {
      why: 'not active yet',
      s: { ...hot, state: 'installation_booked' as const },
      to: 'hot-200',
      check: null,
      code: 'internet.not_active',
    },
    {
      why: 'a change already scheduled',
      s: { ...hot, pendingChange: true },
      to: 'hot-200',
      check: null,
      code: 'internet.change_pending',
    },
  ])('NET-02 $why', ({ s, to, check, code }) => {
    expect(planChangeRefusal(s, plan(to), check)?.code ?? null).toBe(code);
  });

  it.each([
    { from: 'hot-500', to: 'hot-fibre-600', cmp: 'same_price' },
    { from: 'hot-fibre-600', to: 'hot-500', cmp: 'same_price' },
    { from: 'partner-fibre-600', to: 'partner-fibre-1000', cmp: 'plus_10' },
    { from: 'partner-fibre-1000', to: 'partner-fibre-600', cmp: 'minus_10' },
    { from: 'hot-fibre-600', to: 'hot-200', cmp: 'cheaper_non_fibre' },
    { from: 'hot-200', to: 'hot-500', cmp: null },
  ])('NET-14 NET-02 $from → $to: $cmp', ({ from, to, cmp }) => {
    expect(comparePlanPrice(plan(from), plan(to))).toBe(cmp);
  });

  it.each([
    {
      why: 'the 12th, Billing Day 10: next month',
      request: '2026-11-12T10:00+02:00',
      day: 10,
      effect: '2026-12-10T00:00+02:00',
    },
    {
      why: 'Reading 4: on the Billing Day itself, next month’s',
      request: '2026-11-10T09:00+02:00',
      day: 10,
      effect: '2026-12-10T00:00+02:00',
    },
    {
      why: 'Rosh Hashana 2026: a holiday does not move the Billing Day',
      request: '2026-09-10T12:00+03:00',
      day: 13,
      effect: '2026-09-13T00:00+03:00',
    },
    {
      why: 'Pesach 2027 on the Billing Day',
      request: '2027-04-01T12:00+03:00',
      day: 22,
      effect: '2027-04-22T00:00+03:00',
    },
    {
      why: 'DST ends (25 October 2026)',
      request: '2026-10-20T12:00+03:00',
      day: 26,
      effect: '2026-10-26T00:00+02:00',
    },
  ])('CAL-06 Reading 4 CAL-04 plan change $why', ({ request, day, effect }) => {
    expect(planChangeAt(at(request), day, ZONE).toISOString()).toBe(at(effect).toISOString());
  });
});

describe('move (NET-08, NET-18)', () => {
  const now = at('2026-11-12T10:00+02:00');
  const base = { address: 'Herzl 5, Haifa', date: '2026-11-20' };
  it.each([
    {
      why: 'HOT 500 moves, same box, no check',
      s: hot,
      m: { ...base, target: plan('hot-500') },
      check: null,
      code: null,
    },
    {
      why: 'a move is the moment for fibre: eligible',
      s: hot,
      m: { ...base, target: plan('hot-fibre-600') },
      check: yes,
      code: null,
    },
    {
      why: 'fibre kept needs the new address’s check',
      s: { ...hot, planCode: 'hot-fibre-600' },
      m: { ...base, target: plan('hot-fibre-600') },
      check: null,
      code: 'internet.eligibility_required',
    },
    {
      why: 'Partner to an ineligible address',
      s: partner,
      m: { ...base, target: plan('partner-fibre-600') },
      check: no,
      code: 'internet.not_eligible',
    },
    {
      why: 'the same address',
      s: hot,
      m: { ...base, address: ' rothschild 22 tel-aviv ', target: plan('hot-500') },
      check: null,
      code: 'internet.same_address',
    },
    {
      why: 'a date already past',
      s: hot,
      m: { ...base, date: '2026-11-11', target: plan('hot-500') },
      check: null,
      code: 'internet.move_date_past',
    },
    {
      why: 'today is agreeable',
      s: hot,
      m: { ...base, date: '2026-11-12', target: plan('hot-500') },
      check: null,
      code: null,
    },
  ])('NET-08 NET-18 $why', ({ s, m, check, code }) => {
    expect(moveRefusal(s, m, check, now, ZONE)?.code ?? null).toBe(code);
  });

  it('CAL-04 NET-18 the agreed date is a local date: 00:30 in Jerusalem is already the 12th', () => {
    const late = at('2026-11-11T22:30:00Z');
    expect(
      moveRefusal(hot, { ...base, date: '2026-11-11', target: plan('hot-500') }, null, late, ZONE)?.code,
    ).toBe('internet.move_date_past');
  });

  it('NET-08 the same plan moves the box; another plan is a new installation', () => {
    expect(moveMode(hot, 'hot-500')).toBe('same_box');
    expect(moveMode(hot, 'hot-fibre-600')).toBe('new_installation');
  });

  it.each([
    {
      why: 'a few days of overlap until the Billing Day',
      date: '2026-11-20',
      day: 1,
      end: '2026-12-01T00:00+02:00',
    },
    {
      why: 'a move on the Billing Day: the next one (Reading 4)',
      date: '2026-12-01',
      day: 1,
      end: '2027-01-01T00:00+02:00',
    },
    { why: 'across the end of DST', date: '2026-10-20', day: 26, end: '2026-10-26T00:00+02:00' },
    { why: 'during Pesach 2027', date: '2027-04-22', day: 25, end: '2027-04-25T00:00+03:00' },
  ])('NET-08 CAL-06 the old subscription ends: $why', ({ date, day, end }) => {
    expect(moveTerminationAt(date, day, ZONE).effectiveAt.toISOString()).toBe(at(end).toISOString());
  });
});

describe('fixed IP / DNS, reactivation (NET-03, NET-19, NET-06)', () => {
  const dns = { code: 'hot-dns' };
  it.each([
    { why: 'active, none yet', state: 'active' as const, present: [], pending: false, code: null },
    {
      why: 'already there',
      state: 'active' as const,
      present: ['hot-dns'],
      pending: false,
      code: 'internet.service_present',
    },
    {
      why: 'waiting for Partner',
      state: 'active' as const,
      present: [],
      pending: true,
      code: 'internet.service_present',
    },
    {
      why: 'not active',
      state: 'ordered' as const,
      present: [],
      pending: false,
      code: 'internet.not_active',
    },
  ])('NET-03 NET-19 $why', ({ state, present, pending, code }) => {
    expect(fixedIpRefusal({ state }, dns, present, pending)?.code ?? null).toBe(code);
  });

  const now = at('2026-12-20T10:00+02:00');
  it.each([
    {
      why: 'a pending termination',
      state: 'termination_pending' as const,
      eff: null,
      pending: false,
      code: null,
    },
    {
      why: 'terminated 10 days ago',
      state: 'terminated' as const,
      eff: '2026-12-10T00:00+02:00',
      pending: false,
      code: null,
    },
    {
      why: 'terminated 40 days ago',
      state: 'terminated' as const,
      eff: '2026-11-10T00:00+02:00',
      pending: false,
      code: 'internet.not_reactivable',
    },
    {
      why: 'the box is back',
      state: 'box_returned' as const,
      eff: '2026-12-10T00:00+02:00',
      pending: false,
      code: 'internet.not_reactivable',
    },
    { why: 'active', state: 'active' as const, eff: null, pending: false, code: 'internet.not_reactivable' },
    {
      why: 'already asked',
      state: 'termination_pending' as const,
      eff: null,
      pending: true,
      code: 'internet.change_pending',
    },
  ])('NET-06 reactivation: $why', ({ state, eff, pending, code }) => {
    expect(
      reactivationRefusal({ state, terminationEffectiveAt: eff ? at(eff) : null, pending }, now)?.code ??
        null,
    ).toBe(code);
  });
});

describe('provider switch and Bezeq estimate on the Israeli calendar (NET-07, NET-09, CAL-03)', () => {
  it.each([
    {
      why: 'Sunday 1 Nov for the 10th: in time',
      request: '2026-11-01T10:00+02:00',
      day: 10,
      effect: '2026-11-10T00:00+02:00',
      late: false,
    },
    {
      why: 'Sunday 8 Nov for the 10th: late',
      request: '2026-11-08T10:00+02:00',
      day: 10,
      effect: '2026-11-10T00:00+02:00',
      late: true,
    },
    {
      why: 'Rosh Hashana 2026 (Sun 13 Sep off) makes Wed 9 Sep late for the 16th',
      request: '2026-09-09T10:00+03:00',
      day: 16,
      effect: '2026-09-16T00:00+03:00',
      late: true,
    },
    {
      why: 'Pesach 2027 (Thu 22 Apr off) makes Sun 18 Apr late for the 25th',
      request: '2027-04-18T10:00+03:00',
      day: 25,
      effect: '2027-04-25T00:00+03:00',
      late: true,
    },
    {
      why: 'DST starts (27 March 2026): in time, effective in summer time',
      request: '2026-03-22T10:00+02:00',
      day: 29,
      effect: '2026-03-29T00:00+03:00',
      late: false,
    },
  ])('NET-07 CAL-03 Reading 3 $why', ({ request, day, effect, late }) => {
    const r = switchTiming(at(request), day, ZONE);
    expect(r.effectiveAt.toISOString()).toBe(at(effect).toISOString());
    expect(r.late).toBe(late);
  });

  it.each([
    {
      why: 'Thursday: Sun–Wed count',
      reported: '2026-11-12T10:00+02:00',
      from: '2026-11-17T10:00+02:00',
      to: '2026-11-18T10:00+02:00',
    },
    {
      why: 'before Rosh Hashana (Sun 13 Sep off)',
      reported: '2026-09-10T10:00+03:00',
      from: '2026-09-16T10:00+03:00',
      to: '2026-09-17T10:00+03:00',
    },
  ])('NET-09 CAL-03 Bezeq estimate $why', ({ reported, from, to }) => {
    const e = bezeqEstimate(at(reported), ZONE);
    expect([e.from.toISOString(), e.to.toISOString()]).toEqual([
      at(from).toISOString(),
      at(to).toISOString(),
    ]);
  });
});
