import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  alertThresholds,
  crossedThresholds,
  dataStateAt,
  includedInUnlimited,
  maskNumber,
  monthOf,
  monthFinder,
  instantOf,
  nationalMsisdn,
  parseCdr,
  rate,
  smsRecipient,
  dataAlertSms,
  viewableMonths,
  MB,
  type Direction,
  type EnvelopeFacts,
  type PerUsePrices,
  type UsageKind,
  type UsageZone,
} from './rules.ts';
import type { Network } from '../catalog/model.ts';

const GB = 1024 * MB;
const NO_PRICES: PerUsePrices = { perMinute: null, perSms: null, perMms: null, perMb: null };
const u = (kind: UsageKind, direction: Direction, zone: UsageZone, dest: UsageZone | null = null) => ({
  kind,
  direction,
  zone,
  destinationZone: dest,
  quantity: 1,
  svaPriceMinor: null,
});

describe('USE-02 roaming and international inclusion on the unlimited plans (seed 003 table)', () => {
  // [case, usage, Orange included?, Bouygues included?] — one row per line of the seed's table.
  const cases: [string, ReturnType<typeof u>, boolean, boolean][] = [
    ['data from zone 1/1B', u('data', 'out', 'zone1'), true, true],
    ['data from France', u('data', 'out', 'france'), true, true],
    ['data from USA/Canada', u('data', 'out', 'usa_canada'), false, false],
    ['data from Maghreb+Turkey', u('data', 'out', 'maghreb_turkey'), false, false],
    ['data from the rest of the world', u('data', 'out', 'rest_of_world'), false, false],
    ['call from zone 1/1B to zone 1/1B', u('voice', 'out', 'zone1', 'zone1'), true, true],
    ['call from zone 1/1B to France', u('voice', 'out', 'zone1', 'france'), true, true],
    [
      'call from another zone to another zone',
      u('voice', 'out', 'rest_of_world', 'rest_of_world'),
      false,
      false,
    ],
    ['call from another zone to France', u('voice', 'out', 'usa_canada', 'france'), false, false],
    ['received call in zone 1/1B', u('voice', 'in', 'zone1'), true, true],
    ['received call in another zone', u('voice', 'in', 'maghreb_turkey'), false, false],
    ['SMS from zone 1/1B to zone 1/1B', u('sms', 'out', 'zone1', 'zone1'), true, true],
    ['SMS from another zone', u('sms', 'out', 'rest_of_world', 'france'), false, false],
    ['received SMS in zone 1/1B', u('sms', 'in', 'zone1'), true, true],
    ['received SMS in another zone (always included)', u('sms', 'in', 'rest_of_world'), true, true],
    ['MMS sent from zone 1/1B', u('mms', 'out', 'zone1', 'france'), true, true],
    ['MMS received in zone 1/1B', u('mms', 'in', 'zone1'), true, true],
    ['MMS sent from another zone', u('mms', 'out', 'usa_canada', 'france'), false, false],
    ['MMS received in another zone', u('mms', 'in', 'maghreb_turkey'), false, false],
    ['call from France to zone 1/1B', u('voice', 'out', 'france', 'zone1'), true, true],
    ['call from France to another zone', u('voice', 'out', 'france', 'maghreb_turkey'), false, false],
    [
      'SMS from France to zone 1 (Orange included, Bouygues billed)',
      u('sms', 'out', 'france', 'zone1'),
      true,
      false,
    ],
    ['SMS from France to another zone', u('sms', 'out', 'france', 'usa_canada'), false, false],
    ['MMS from France to zone 1', u('mms', 'out', 'france', 'zone1'), false, false],
    ['MMS from France to another zone', u('mms', 'out', 'france', 'rest_of_world'), false, false],
    // France itself (not in the roaming table): unlimited in France.
    ['call inside France', u('voice', 'out', 'france', 'france'), true, true],
    ['SMS inside France', u('sms', 'out', 'france', 'france'), true, true],
    ['MMS inside France', u('mms', 'out', 'france', 'france'), true, true],
  ];
  for (const [name, usage, orange, bouygues] of cases) {
    it(`USE-02 ${name}: Orange ${orange ? 'included' : 'billed'}, Bouygues ${bouygues ? 'included' : 'billed'}`, () => {
      expect(includedInUnlimited('orange', usage)).toBe(orange);
      expect(includedInUnlimited('bouygues', usage)).toBe(bouygues);
    });
  }

  it('Reading 11 calls and SMS from zone 1/1B to other zones are billed per use', () => {
    for (const n of ['orange', 'bouygues'] as Network[]) {
      expect(includedInUnlimited(n, u('voice', 'out', 'zone1', 'rest_of_world'))).toBe(false);
      expect(includedInUnlimited(n, u('voice', 'out', 'zone1', 'usa_canada'))).toBe(false);
      expect(includedInUnlimited(n, u('sms', 'out', 'zone1', 'maghreb_turkey'))).toBe(false);
    }
  });
});

describe('USE-01 USE-02 rating: off-plan usage is priced from the catalog, or "à définir"', () => {
  const unlimited = { network: 'orange' as const, range: 'unlimited' as const };
  const prices: PerUsePrices = { perMinute: 35, perSms: 12, perMms: 40, perMb: 100 };

  it('USE-02 included usage is not off-plan and has no amount', () => {
    expect(rate(unlimited, u('voice', 'out', 'france', 'zone1'), prices)).toEqual({
      offPlan: false,
      amountMinor: null,
      toBeSet: false,
    });
  });
  it('USE-01 off-plan voice is billed per started minute, SMS and MMS per message, data pro rata of the MB', () => {
    const rows: [ReturnType<typeof u> & { quantity: number }, number][] = [
      [{ ...u('voice', 'out', 'rest_of_world', 'france'), quantity: 61 }, 70],
      [{ ...u('voice', 'out', 'rest_of_world', 'france'), quantity: 60 }, 35],
      [{ ...u('sms', 'out', 'france', 'usa_canada'), quantity: 3 }, 36],
      [{ ...u('mms', 'out', 'france', 'zone1'), quantity: 2 }, 80],
      [{ ...u('data', 'out', 'usa_canada'), quantity: 5 * MB }, 500],
      [{ ...u('data', 'out', 'usa_canada'), quantity: MB / 2 }, 50],
    ];
    for (const [usage, amount] of rows)
      expect(rate(unlimited, usage, prices)).toEqual({ offPlan: true, amountMinor: amount, toBeSet: false });
  });
  it('USE-02 off-plan usage without a price in the seed is rated "à définir" and flagged, never free', () => {
    expect(rate(unlimited, u('voice', 'out', 'rest_of_world', 'france'), NO_PRICES)).toEqual({
      offPlan: true,
      amountMinor: null,
      toBeSet: true,
    });
  });
  it('USE-01 an SVA call with its own price is billed at it; without one it is non billable (included)', () => {
    expect(
      rate(unlimited, { ...u('sva', 'out', 'france', 'france'), svaPriceMinor: 299 }, NO_PRICES),
    ).toEqual({
      offPlan: true,
      amountMinor: 299,
      toBeSet: false,
    });
    expect(rate(unlimited, u('sva', 'out', 'france', 'france'), NO_PRICES)).toEqual({
      offPlan: false,
      amountMinor: null,
      toBeSet: false,
    });
  });
  it('CAT-09 pay-as-you-go bills every call and SMS per use; data pay-as-you-go waits for its tiers ("à définir")', () => {
    const payg = { network: 'bouygues' as const, range: 'payg' as const };
    expect(rate(payg, u('voice', 'out', 'france', 'france'), prices).offPlan).toBe(true);
    expect(rate(payg, u('sms', 'in', 'france'), prices).offPlan).toBe(false);
    expect(rate({ network: 'orange', range: 'data_payg' }, u('data', 'out', 'france'), prices)).toEqual({
      offPlan: true,
      amountMinor: null,
      toBeSet: true,
    });
  });
  it('CAT-06 Travel includes data in USA/Canada and calls from there to France', () => {
    const travel = { network: 'orange' as const, range: 'travel' as const };
    expect(rate(travel, u('data', 'out', 'usa_canada'), NO_PRICES).offPlan).toBe(false);
    expect(rate(travel, u('voice', 'out', 'usa_canada', 'france'), NO_PRICES).offPlan).toBe(false);
    expect(rate(travel, u('voice', 'out', 'usa_canada', 'rest_of_world'), NO_PRICES).offPlan).toBe(true);
  });
  it('CAT-07 a data-only plan includes data in France only', () => {
    const d = { network: 'orange' as const, range: 'data_only' as const };
    expect(rate(d, u('data', 'out', 'france'), NO_PRICES).offPlan).toBe(false);
    expect(rate(d, u('data', 'out', 'zone1'), NO_PRICES).offPlan).toBe(true);
  });
});

describe('USE-03 USE-04 data alerts and the data state at the envelope', () => {
  const plan = (network: Network, blocked: boolean, gb = 10): EnvelopeFacts => ({
    network,
    range: 'unlimited',
    envelopeMb: gb * 1024,
    blocked,
  });
  const cases: [string, EnvelopeFacts, number[]][] = [
    ['Orange blocked', plan('orange', true), [80, 100]],
    ['Orange unblocked', plan('orange', false), [80, 100]],
    ['Bouygues blocked', plan('bouygues', true), [100]],
    ['Bouygues unblocked', plan('bouygues', false), [80]],
    ['a plan without data', plan('orange', true, 0), []],
  ];
  for (const [name, p, thresholds] of cases)
    it(`USE-03 ${name} alerts at ${thresholds.join(' and ') || 'no threshold'}`, () => {
      expect(alertThresholds(p)).toEqual(thresholds);
    });

  it('USE-03 a threshold is crossed once: by the move that reaches it, not by the moves after', () => {
    const p = plan('orange', true);
    expect(crossedThresholds(p, 0, 7 * GB)).toEqual([]);
    expect(crossedThresholds(p, 7 * GB, 8 * GB)).toEqual([80]);
    expect(crossedThresholds(p, 8 * GB, 9 * GB)).toEqual([]);
    expect(crossedThresholds(p, 7 * GB, 11 * GB)).toEqual([80, 100]);
    expect(crossedThresholds(p, 10 * GB, 12 * GB)).toEqual([]);
    expect(crossedThresholds(plan('bouygues', true), 7 * GB, 9 * GB)).toEqual([]);
    expect(crossedThresholds(plan('bouygues', false), 9 * GB, 11 * GB)).toEqual([]);
  });

  it('USE-04 at the envelope a blocked plan is "Data bloquée", an unblocked one "Débit réduit"', () => {
    expect(dataStateAt(plan('orange', true), 10 * GB - 1)).toBeNull();
    expect(dataStateAt(plan('orange', true), 10 * GB)).toBe('data_blocked');
    expect(dataStateAt(plan('bouygues', false), 12 * GB)).toBe('throttled');
    expect(dataStateAt(plan('orange', true, 0), 12 * GB)).toBeNull();
  });
});

describe('CDR rows (docs/usage.md)', () => {
  const good = {
    record_id: 'OR-1',
    msisdn: '0639980001',
    start: '2026-11-20T14:03:00+01:00',
    kind: 'voice',
    direction: 'out',
    zone: 'france',
    destination_zone: 'zone1',
    quantity: '125',
    sva_price: '',
    called_number: '33757931234',
  };
  it('USE-01 reads a well-formed row', () => {
    const p = parseCdr(good);
    expect(p.ok && p.cdr).toMatchObject({
      recordId: 'OR-1',
      msisdn: '0639980001',
      kind: 'voice',
      quantity: 125,
      calledNumber: '33757931234',
    });
    expect(p.ok && p.cdr.startedAt.toISOString()).toBe('2026-11-20T13:03:00.000Z');
  });
  const bad: [string, Record<string, string>, string, string | null][] = [
    ['a negative quantity', { quantity: '-5' }, 'negative_quantity', 'quantity'],
    ['a decimal quantity', { quantity: '1.5' }, 'invalid_quantity', 'quantity'],
    ['an unknown kind', { kind: 'fax' }, 'invalid_kind', 'kind'],
    ['an instant without offset', { start: '2026-11-20T14:03:00' }, 'invalid_start', 'start'],
    ['an impossible date', { start: '2026-02-30T14:03:00Z' }, 'invalid_start', 'start'],
    ['a bad number', { msisdn: '12345' }, 'invalid_msisdn', 'msisdn'],
    ['an unknown zone', { zone: 'mars' }, 'invalid_zone', 'zone'],
    ['an outgoing call without destination', { destination_zone: '' }, 'missing', 'destination_zone'],
    ['an SVA price on a call', { sva_price: '1.20' }, 'invalid_price', 'sva_price'],
    ['no record id', { record_id: '' }, 'missing', 'record_id'],
  ];
  for (const [name, change, reason, field] of bad)
    it(`USE-01 refuses ${name}`, () => {
      expect(parseCdr({ ...good, ...change })).toEqual({ ok: false, reason, field });
    });
  it('USE-01 reads a record’s instant as luxon does, its usual shape computed directly', () => {
    // What parseCdr did before: docs/usage.md's shape, then luxon.
    const luxon = (text: string) => {
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return null;
      const d = DateTime.fromISO(text, { setZone: true });
      return d.isValid ? d.toJSDate().toISOString() : null;
    };
    const cases = [
      '2026-11-20T14:03:00+01:00',
      '2026-11-20T14:03Z',
      '2026-11-20T14:03:59.9999Z',
      '2026-11-20T14:03:00.123456-0330',
      '2026-02-28T23:59:59+14:00',
      '2024-02-29T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-02-30T14:03:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-11-31T00:00:00Z',
      '2026-11-20T24:00:00Z',
      '2026-11-20T23:60:00Z',
      '2026-11-20T23:59:60Z',
      '2026-11-20T10:00:00+25:00',
      '2026-11-20T10:00:00+02:75',
      '0099-01-01T00:00:00Z',
      '2026-11-20T14:03:00',
      '2026-11-20 14:03:00Z',
    ];
    for (let i = 0; i < 500; i++) {
      const pad = (n: number, w = 2) => String(n).padStart(w, '0');
      const r = (n: number) => Math.floor(Math.random() * n);
      cases.push(
        `${pad(1990 + r(60), 4)}-${pad(1 + r(12))}-${pad(1 + r(31))}T${pad(r(24))}:${pad(r(60))}:${pad(r(60))}.${pad(r(1000), 3)}${['Z', '+02:00', '-0930', '+05:45'][r(4)]}`,
      );
    }
    for (const text of cases)
      expect([text, instantOf(text)?.toISOString() ?? null]).toEqual([text, luxon(text)]);
  });
  it('takes the international forms of a number', () => {
    expect(nationalMsisdn('33639980001')).toBe('0639980001');
    expect(nationalMsisdn('+33 6 39 98 00 01')).toBe('0639980001');
    expect(nationalMsisdn('33700000928971')).toBe('33700000928971');
  });
});

describe('CAL-04 USE-07 months and the journal', () => {
  it('CAL-04 a record belongs to the calendar month of the tenant’s time zone', () => {
    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris, still October in UTC.
    expect(monthOf(new Date('2026-10-31T23:30:00Z'), 'Europe/Paris')).toBe('2026-11');
    expect(monthOf(new Date('2026-10-31T23:30:00Z'), 'UTC')).toBe('2026-10');
  });
  it('CAL-04 the import’s month finder gives monthOf’s month for every instant, DST and month edges included', () => {
    for (const zone of ['Europe/Paris', 'UTC', 'America/Santiago', 'Pacific/Apia', 'Asia/Kathmandu']) {
      const finder = monthFinder(zone);
      // Every 97 minutes over 2011-2012 (Samoa skipped 30 December 2011) and 2026: edges and DST.
      for (const from of [Date.UTC(2011, 8, 1), Date.UTC(2026, 0, 1)])
        for (let t = from; t < from + 400 * 86_400_000; t += 97 * 60_000)
          if (finder(new Date(t)) !== monthOf(new Date(t), zone))
            throw new Error(
              `${zone} ${new Date(t).toISOString()}: ${finder(new Date(t))} ≠ ${monthOf(new Date(t), zone)}`,
            );
    }
    expect(monthFinder('Europe/Paris')(new Date('2026-10-31T23:30:00Z'))).toBe('2026-11');
  });
  it('USE-07 the 3 viewable months are the current one and the 2 before', () => {
    expect(viewableMonths(new Date('2026-01-15T10:00:00Z'), 'Europe/Paris')).toEqual([
      '2026-01',
      '2025-12',
      '2025-11',
    ]);
  });
  it('USE-07 the called number is masked in the journal (3375793XXXX)', () => {
    expect(maskNumber('33757931234')).toBe('3375793XXXX');
    expect(maskNumber('123')).toBe('XXX');
    expect(maskNumber(null)).toBeNull();
  });
});

describe('USE-03 the alert SMS to the line’s user', () => {
  it.each([
    ['0639980001', '+33639980001'],
    ['0700000003', '+33700000003'],
    ['33700012345678', '+33700012345678'],
    ['639980001', null],
    ['0039980001', null],
    ['', null],
  ])('USE-03 line %s is texted at %s', (msisdn, to) => {
    expect(smsRecipient(msisdn)).toBe(to);
  });

  it.each([
    [80, null, 'Vous avez consommé 80 % de votre enveloppe data (8 Go sur 10 Go) ce mois-ci.'],
    [100, 'data_blocked', 'bloquée'],
    [100, 'throttled', 'débit réduit'],
  ] as const)('USE-03 USE-04 at %i %% (%s) the SMS says so', (threshold, state, text) => {
    const sms = dataAlertSms('fr', { threshold, used: '8 Go', envelope: '10 Go', state });
    expect(sms).toContain(text);
    expect(sms.length).toBeLessThanOrEqual(160 * 2);
  });
});
