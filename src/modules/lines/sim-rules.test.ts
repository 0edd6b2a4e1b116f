import { describe, expect, it } from 'vitest';
// The modules' error messages, as the server installs them at start (issue 9).
import '../../../test/support/install-modules.ts';
import { CATALOG_2026_01 as C } from '../catalog/data/catalog-2026-01.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import type { ErrorCode } from '../../platform/errors.ts';
import { luhnCheckDigit } from '../stock/rules.ts';
import {
  checkNetworkName,
  checkSwapRequest,
  checkSwapSim,
  formatOpening,
  networkNameEligibility,
  simSwapOptions,
  type OperatorPartnerships,
  type StockSimFacts,
  type SwapLineFacts,
  type SwapPending,
} from './sim-rules.ts';

const CAL = { country: 'FR', zone: 'Europe/Paris' } as const;
// Monday 23 November 2026, 10:00 in Paris.
const MONDAY_10 = new Date('2026-11-23T09:00:00Z');
const ORANGE = C.openingHours.orange;
const BOUYGUES = C.openingHours.bouygues;
const NONE: SwapPending = { swap: false, termination: false };

const orangeLine = (over: Partial<SwapLineFacts> = {}): SwapLineFacts => ({
  state: 'active',
  network: 'orange',
  simType: 'pin',
  esimAllowed: true,
  ...over,
});
const swaps = (line: SwapLineFacts, at: Date, pending = NONE) =>
  simSwapOptions(line, pending, line.network === 'orange' ? ORANGE : BOUYGUES, at, CAL);
const to = (line: SwapLineFacts, at: Date, type: 'pin' | 'no_pin' | 'esim', pending = NONE) => {
  const e = swaps(line, at, pending).find((s) => s.simType === type);
  if (!e) throw new Error(`no ${type}`);
  return e;
};

function iccid(serial: number, prefix = '893301'): string {
  const payload = `${prefix}${String(serial).padStart(18 - prefix.length, '0')}`;
  return payload + luhnCheckDigit(payload);
}

describe('SIM swap eligibility (ACT-07, CAT-11, CAT-21, Reading 13)', () => {
  it('ACT-07 an active Orange line may swap to a SIM with or without PIN or to an eSIM, at once in opening hours', () => {
    const all = swaps(orangeLine(), MONDAY_10);
    expect(all.map((s) => [s.simType, s.direction, s.allowed, s.immediate, s.needsIccid, s.esimFee])).toEqual(
      [
        ['pin', 'physical_to_physical', true, true, true, false],
        ['no_pin', 'physical_to_physical', true, true, true, false],
        ['esim', 'physical_to_esim', true, true, false, true],
      ],
    );
  });

  it('Reading 13 ACT-07 an eSIM line may swap back to a physical SIM', () => {
    const e = to(orangeLine({ simType: 'esim' }), MONDAY_10, 'pin');
    expect(e).toMatchObject({ direction: 'esim_to_physical', allowed: true, needsContacts: false });
  });

  it('CAT-21 ACT-07 a handset change on an eSIM line is a swap to a new eSIM profile (with its fee)', () => {
    const e = to(orangeLine({ simType: 'esim' }), MONDAY_10, 'esim');
    expect(e).toMatchObject({ direction: 'esim_to_esim', allowed: true, needsContacts: true, esimFee: true });
  });

  it('CAT-11 on Bouygues Telecom a swap to eSIM is refused with its French reason; physical SIMs any time', () => {
    const sunday3am = new Date('2026-11-29T02:00:00Z');
    const line = orangeLine({ network: 'bouygues', esimAllowed: false });
    const esim = to(line, sunday3am, 'esim');
    expect(esim).toMatchObject({
      allowed: false,
      effectiveAt: null,
      refusal: { code: 'line.sim_swap_esim_orange_only' },
    });
    expect(errorMessage('line.sim_swap_esim_orange_only', 'fr').title).toBe(
      'eSIM indisponible sur Bouygues Telecom',
    );
    expect(to(line, sunday3am, 'pin')).toMatchObject({ allowed: true, immediate: true });
  });

  it('CAT-11 an Orange offer the catalog gives no eSIM refuses the swap to eSIM (catalog data decides)', () => {
    expect(to(orangeLine({ esimAllowed: false }), MONDAY_10, 'esim').refusal?.code).toBe(
      'line.sim_swap_esim_orange_only',
    );
    expect(to(orangeLine({ esimAllowed: false }), MONDAY_10, 'no_pin').allowed).toBe(true);
  });

  it.each([
    // [case, instant, target, effective instant]
    ['Orange SIM, Saturday 21:59: open (Mon–Sat)', '2026-11-28T20:59:00Z', 'pin', '2026-11-28T20:59:00.000Z'],
    ['Orange SIM, Saturday 22:30: Monday 07:00', '2026-11-28T21:30:00Z', 'pin', '2026-11-30T06:00:00.000Z'],
    ['Orange SIM, Sunday 10:00: Monday 07:00', '2026-11-29T09:00:00Z', 'no_pin', '2026-11-30T06:00:00.000Z'],
    [
      'Orange SIM, Christmas (a Friday) 10:00: open, holidays included',
      '2026-12-25T09:00:00Z',
      'pin',
      '2026-12-25T09:00:00.000Z',
    ],
    [
      'Orange eSIM, Christmas 10:00: Monday 28th 09:00',
      '2026-12-25T09:00:00Z',
      'esim',
      '2026-12-28T08:00:00.000Z',
    ],
    ['Orange eSIM, Monday 17:30: Tuesday 09:00', '2026-11-23T16:30:00Z', 'esim', '2026-11-24T08:00:00.000Z'],
    ['Orange eSIM, Saturday 10:00: Monday 09:00', '2026-11-28T09:00:00Z', 'esim', '2026-11-30T08:00:00.000Z'],
    ['Orange eSIM, Monday 17:29: open', '2026-11-23T16:29:00Z', 'esim', '2026-11-23T16:29:00.000Z'],
  ] as const)('ORD-03 %s', (_case, at, type, effective) => {
    const e = to(orangeLine(), new Date(at), type);
    expect(e.allowed).toBe(true);
    expect(e.effectiveAt?.toISOString()).toBe(effective);
    expect(e.immediate).toBe(effective === new Date(at).toISOString());
  });

  it.each([
    ['terminated', { state: 'terminated' }, NONE, 'line.terminated'],
    ['being created', { state: 'in_progress' }, NONE, 'line.not_active'],
    ['cancelled', { state: 'cancelled' }, NONE, 'line.not_active'],
    ['termination scheduled', {}, { swap: false, termination: true }, 'line.termination_pending'],
    ['swap scheduled', {}, { swap: true, termination: false }, 'line.sim_swap_pending'],
  ] as const)('ACT-07 ORD-07 every swap is refused on a line %s', (_case, over, pending, code) => {
    for (const s of swaps(orangeLine(over), MONDAY_10, pending)) {
      expect(s.refusal?.code).toBe(code);
      expect(s.effectiveAt).toBeNull();
    }
  });

  it('ACT-07 a suspended line may change its SIM (a lost SIM)', () => {
    expect(swaps(orangeLine({ state: 'suspended' }), MONDAY_10).every((s) => s.allowed)).toBe(true);
  });

  it('ORD-03 formats the opening in French and English, tenant time', () => {
    const monday7 = new Date('2026-11-30T06:00:00Z');
    expect(formatOpening(monday7, CAL.zone, 'fr')).toBe('lundi 30 novembre 2026 à 07:00');
    expect(formatOpening(monday7, CAL.zone, 'en')).toBe('Monday 30 November 2026 at 07:00');
    expect(formatOpening(new Date('2026-12-01T08:00:00Z'), CAL.zone, 'fr')).toBe(
      'mardi 1er décembre 2026 à 09:00',
    );
  });
});

describe('SIM swap request (ACT-07, ACT-09, ORD-04)', () => {
  const LINE = '0612345678';
  const good = iccid(10);
  const badLuhn = good.slice(0, -1) + String((Number(good.slice(-1)) + 1) % 10);
  it.each([
    ['physical without ICCID', { simType: 'pin' }, 'line.sim_swap_iccid_required'],
    ['ICCID failing Luhn', { simType: 'pin', iccid: badLuhn }, 'stock.iccid_luhn'],
    ['ICCID badly formed', { simType: 'no_pin', iccid: '1234' }, 'stock.iccid_format'],
    [
      'ACT-09 eSIM without e-mail',
      { simType: 'esim', contactMobile: '0611223344' },
      'line.sim_swap_contacts_required',
    ],
    [
      'ACT-09 eSIM without mobile',
      { simType: 'esim', contactEmail: 'a@b.fr' },
      'line.sim_swap_contacts_required',
    ],
    [
      'eSIM with an invalid mobile',
      { simType: 'esim', contactEmail: 'a@b.fr', contactMobile: '0112' },
      'order.esim_mobile_invalid',
    ],
    [
      'ORD-04 eSIM code to the line itself',
      { simType: 'esim', contactEmail: 'a@b.fr', contactMobile: '06 12 34 56 78' },
      'line.sim_swap_mobile_is_line',
    ],
    [
      'ORD-04 eSIM code to the line itself (+33)',
      { simType: 'esim', contactEmail: 'a@b.fr', contactMobile: '+33612345678' },
      'line.sim_swap_mobile_is_line',
    ],
  ] as const)('ACT-09 refuses %s', (_case, req, code) => {
    const r = checkSwapRequest(req, LINE);
    expect(r.ok ? null : r.refusal.code).toBe(code);
  });

  it('ACT-09 accepts a swap to eSIM with contacts (mobile normalised) and a physical one with its ICCID', () => {
    expect(
      checkSwapRequest(
        { simType: 'esim', contactEmail: ' a@b.fr ', contactMobile: '+33 6 11 22 33 44' },
        LINE,
      ),
    ).toEqual({
      ok: true,
      iccid: null,
      contactEmail: 'a@b.fr',
      contactMobile: '0611223344',
    });
    const id = iccid(42);
    expect(checkSwapRequest({ simType: 'pin', iccid: id.replace(/(\d{4})/g, '$1 ') }, LINE)).toEqual({
      ok: true,
      iccid: id,
      contactEmail: null,
      contactMobile: null,
    });
  });

  const LINE_FACTS = { network: 'orange' as const, accountId: 'acc-1', iccid: iccid(1) };
  const sim = (over: Partial<StockSimFacts> = {}): StockSimFacts => ({
    iccid: iccid(2),
    network: 'orange',
    simType: 'pin',
    state: 'free',
    accountId: null,
    ...over,
  });
  it.each([
    ['free', {}, 'pin', null],
    ['assigned to this customer (SC-06)', { state: 'assigned', accountId: 'acc-1' }, 'pin', null],
    ['ORD-07 retired (never reused)', { state: 'retired' }, 'pin', 'line.sim_swap_sim_retired'],
    ['of another network', { network: 'bouygues' }, 'pin', 'line.sim_swap_sim_wrong_network'],
    ['of another type', { simType: 'no_pin' }, 'pin', 'line.sim_swap_sim_wrong_type'],
    ['an eSIM profile for a physical swap', { simType: 'esim' }, 'no_pin', 'line.sim_swap_sim_wrong_type'],
    ['in use on another line', { state: 'in_use' }, 'pin', 'line.sim_swap_sim_unavailable'],
    [
      'assigned to another customer',
      { state: 'assigned', accountId: 'acc-2' },
      'pin',
      'line.sim_swap_sim_unavailable',
    ],
    ['the line’s own', { iccid: iccid(1), state: 'in_use' }, 'pin', 'line.sim_swap_same_sim'],
  ] as const)('ACT-07 a stock SIM %s', (_case, over, type, code) => {
    expect(checkSwapSim(sim(over), LINE_FACTS, type)?.code ?? null).toBe(code);
  });
});

describe('custom network name (ACT-08)', () => {
  it.each([
    ['Transports LF', { ok: true, name: 'Transports LF' }],
    ['  Relais  ', { ok: true, name: 'Relais' }],
    ['Café Brûlé Œuf', { ok: false, code: 'line.network_name_too_long' }],
    ['Café Brûlé', { ok: true, name: 'Café Brûlé' }],
    ['TransportsLefe', { ok: false, code: 'line.network_name_too_long' }],
    ['Relais 📶', { ok: false, code: 'line.network_name_chars' }],
    ['Relais\tMobile', { ok: false, code: 'line.network_name_chars' }],
    ['Релаис', { ok: false, code: 'line.network_name_chars' }],
    ['   ', { ok: false, code: 'line.network_name_empty' }],
  ] as const)('ACT-08 name %j: 13 characters at most, spaces included, Latin characters', (raw, expected) => {
    const r = checkNetworkName(raw);
    expect(r.ok ? { ok: true, name: r.name } : { ok: false, code: r.refusal.code }).toEqual(expected);
  });

  it('ACT-08 the 13-character limit counts spaces', () => {
    expect(checkNetworkName('A B C D E F G').ok).toBe(true);
    expect(checkNetworkName('A B C D E F GH')).toMatchObject({
      ok: false,
      refusal: { params: { max: 13, length: 14 } },
    });
  });

  const P = (orange: OperatorPartnerships['orange'], bouygues: OperatorPartnerships['bouygues'] = null) => ({
    orange,
    bouygues,
  });
  it.each([
    [
      'Orange line being created, Rezocean partner, 1000 SIMs',
      'orange',
      'in_progress',
      P('rezocean'),
      1000,
      false,
      null,
    ],
    [
      'Orange line being created, Init Sys partner, 1000 SIMs',
      'orange',
      'in_progress',
      P('init_sys'),
      1000,
      false,
      null,
    ],
    [
      'Orange line already active',
      'orange',
      'active',
      P('rezocean'),
      5000,
      false,
      'line.network_name_line_active',
    ],
    [
      'Orange line suspended (was active)',
      'orange',
      'suspended',
      P('rezocean'),
      5000,
      false,
      'line.network_name_line_active',
    ],
    [
      'Orange without partnership',
      'orange',
      'in_progress',
      P(null, 'init_sys'),
      5000,
      false,
      'line.network_name_orange_partners',
    ],
    [
      'Orange with 999 SIMs',
      'orange',
      'in_progress',
      P('init_sys'),
      999,
      false,
      'line.network_name_min_sims',
    ],
    [
      'Bouygues active line, Init Sys partner, no minimum',
      'bouygues',
      'active',
      P(null, 'init_sys'),
      0,
      false,
      null,
    ],
    [
      'Bouygues, Rezocean only',
      'bouygues',
      'active',
      { orange: null, bouygues: 'rezocean' as const },
      10,
      false,
      'line.network_name_bouygues_partners',
    ],
    [
      'Bouygues without partnership',
      'bouygues',
      'active',
      P('rezocean'),
      10,
      false,
      'line.network_name_bouygues_partners',
    ],
    ['terminated line', 'bouygues', 'terminated', P(null, 'init_sys'), 10, false, 'line.terminated'],
    [
      'request already open',
      'bouygues',
      'active',
      P(null, 'init_sys'),
      10,
      true,
      'line.network_name_pending',
    ],
  ] as const)('ACT-08 %s', (_case, network, state, partnerships, sims, open, code) => {
    const e = networkNameEligibility({ network, state }, partnerships, sims, open, MONDAY_10, CAL);
    expect(e.refusal?.code ?? null).toBe(code);
    expect(e.allowed).toBe(code === null);
  });

  it('ACT-08 Orange takes about 2 weeks (10 working days), Bouygues about 4 with a handset restart', () => {
    const orange = networkNameEligibility(
      { network: 'orange', state: 'in_progress' },
      P('rezocean'),
      1000,
      false,
      MONDAY_10,
      CAL,
    );
    expect(orange).toMatchObject({
      weeks: 2,
      expectedOn: '2026-12-07',
      restartNeeded: false,
      partner: 'rezocean',
    });
    const bouygues = networkNameEligibility(
      { network: 'bouygues', state: 'active' },
      P(null, 'init_sys'),
      0,
      false,
      MONDAY_10,
      CAL,
    );
    expect(bouygues).toMatchObject({
      weeks: 4,
      expectedOn: '2026-12-21',
      restartNeeded: true,
      partner: 'init_sys',
    });
  });

  it('ACT-07 ACT-08 ACT-09 every refusal code has a French and an English message', () => {
    const codes: ErrorCode[] = [
      'line.sim_swap_pending',
      'line.sim_swap_esim_orange_only',
      'line.sim_swap_iccid_required',
      'line.sim_swap_contacts_required',
      'line.sim_swap_mobile_is_line',
      'line.sim_swap_sim_wrong_network',
      'line.sim_swap_sim_wrong_type',
      'line.sim_swap_sim_retired',
      'line.sim_swap_sim_unavailable',
      'line.sim_swap_same_sim',
      'line.network_name_empty',
      'line.network_name_too_long',
      'line.network_name_chars',
      'line.network_name_line_active',
      'line.network_name_orange_partners',
      'line.network_name_bouygues_partners',
      'line.network_name_min_sims',
      'line.network_name_pending',
      'line.network_name_not_open',
    ];
    for (const code of codes) {
      const fr = errorMessage(code, 'fr', { min: 1000, count: 3, max: 13, length: 14 });
      const en = errorMessage(code, 'en', { min: 1000, count: 3, max: 13, length: 14 });
      expect(fr.title, code).not.toBe(en.title);
      expect(fr.detail.length, code).toBeGreaterThan(10);
    }
    expect(errorMessage('line.network_name_min_sims', 'fr', { min: 1000, count: 3 }).title).toBe(
      'Au moins 1000 SIM Orange',
    );
  });
});
