import { describe, expect, it } from 'vitest';
// The modules' error messages, as the server installs them at start (issue 9).
import '../../../test/support/install-modules.ts';
import { CATALOG_2026_01 as C } from '../catalog/data/catalog-2026-01.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import {
  formatEffective,
  lineActions,
  optionAddCharges,
  optionAddEligibility,
  optionChangeCharges,
  optionChangeEligibility,
  roamingEnvelopes,
  type CatalogOption,
  type LineOptionCatalog,
  terminationCharges,
  terminationInstant,
  terminationMonth,
  type LineActionEligibility,
  type LineFacts,
  type PendingLineAction,
} from './actions-rules.ts';
import { catalogOffer, catalogOption } from '../../../test/support/catalog.ts';

const ZONE = 'Europe/Paris';
// Monday 23 November 2026, 10:00 in Paris.
const AT = new Date('2026-11-23T09:00:00Z');
const FIRST_DEC = new Date('2026-11-30T23:00:00Z');

const offer = catalogOffer;
const option = catalogOption;
const line = (over: Partial<LineFacts> = {}): LineFacts => ({
  state: 'active',
  network: 'orange',
  offer: offer('orange-unlimited-5gb-blocked'),
  options: [
    { id: 'opt-cutoff', status: 'active', facts: option('orange-cutoff-usa-canada-0mb') },
    { id: 'opt-conf', status: 'active', facts: option('orange-conference') },
  ],
  ...over,
});
const orangeOffers = C.offers.filter((o) => o.network === 'orange');
const run = (l: LineFacts, pending: PendingLineAction[] = []) =>
  lineActions(
    l,
    l.network === 'orange' ? orangeOffers : C.offers.filter((o) => o.network === 'bouygues'),
    pending,
    AT,
    ZONE,
  );
/** The charges of an option change on AT in Paris, in euros excluding VAT. */
const changeCharges = (
  network: 'orange' | 'bouygues',
  from: Parameters<typeof optionChangeCharges>[1],
  to: Parameters<typeof optionChangeCharges>[2],
) => optionChangeCharges(network, from, to, AT, ZONE, 'EUR', false);
/** The option changed to: its monthly price, and what of it this month already charged. */
const monthlyOption = (code: string, amount: number, alreadyChargedMinor: number) => ({
  code,
  prices: [{ component: 'monthly' as const, amount }],
  alreadyChargedMinor,
});
const find = (list: LineActionEligibility[], type: string, target: string | null = null) => {
  const e = list.find((x) => x.type === type && x.target === target);
  if (!e) throw new Error(`no ${type} ${String(target)}`);
  return e;
};
const reason = (e: LineActionEligibility) =>
  e.refusal ? errorMessage(e.refusal.code, 'fr', e.refusal.params ?? {}).title : null;

describe('line actions eligibility (pure)', () => {
  it('ACT-01 suspend is immediate on an active line and says the plan is still billed', () => {
    const e = find(run(line()), 'suspend');
    expect(e).toMatchObject({ allowed: true, immediate: true, billingContinues: true });
    expect(e.effectiveAt).toEqual(AT);
    expect(reason(find(run(line()), 'reactivate'))).toBe('Réactivation impossible : ligne non suspendue');
  });

  it('ACT-01 reactivate is immediate on a suspended line; suspending it again is refused', () => {
    const list = run(line({ state: 'suspended' }));
    expect(find(list, 'reactivate')).toMatchObject({ allowed: true, immediate: true });
    expect(reason(find(list, 'suspend'))).toBe('Ligne déjà suspendue');
  });

  it.each([
    ['orange-unlimited-10gb-blocked', 'upgrade'],
    ['orange-unlimited-1gb-blocked', 'downgrade'],
  ])('ACT-03 CAL-05 %s is an %s on the 1st of next month at 00:00 Paris time', (code, kind) => {
    const e = find(run(line()), 'plan_change', code);
    expect(e).toMatchObject({ allowed: true, change: kind, immediate: false });
    expect(e.effectiveAt).toEqual(FIRST_DEC);
  });

  it('ACT-04 CAL-05 blocked→unblocked in the same range is a migration on the 1st of next month', () => {
    const e = find(run(line()), 'plan_change', 'orange-unlimited-5gb-unblocked');
    expect(e).toMatchObject({ allowed: true, change: 'migration' });
    expect(e.effectiveAt).toEqual(FIRST_DEC);
  });

  it.each([
    ['orange-data-only-10gb-blocked', 'Migration impossible : changement de gamme'],
    ['orange-travel-20gb', 'Migration impossible : changement de gamme'],
  ])('ACT-04 no change of range: %s is refused with « %s »', (code, text) => {
    const e = find(run(line()), 'plan_change', code);
    expect(e.allowed).toBe(false);
    expect(e.effectiveAt).toBeNull();
    expect(reason(e)).toBe(text);
  });

  it('ACT-04 Travel → classic unlimited is refused', () => {
    const e = find(
      run(line({ offer: offer('orange-travel-20gb') })),
      'plan_change',
      'orange-unlimited-5gb-blocked',
    );
    expect(reason(e)).toBe('Migration impossible : Travel vers forfait classique');
  });

  it('ACT-04 plan → pay-as-you-go is refused', () => {
    const payg = orangeOffers.find((o) => o.range === 'payg');
    if (!payg) throw new Error('no payg offer');
    expect(reason(find(run(line()), 'plan_change', payg.code))).toBe(
      'Migration impossible : forfait vers compteur',
    );
  });

  it('ACT-03 a second plan change while one is scheduled is refused', () => {
    const e = find(
      run(line(), [{ type: 'plan_change', target: 'orange-unlimited-10gb-blocked' }]),
      'plan_change',
      'orange-unlimited-30gb-blocked',
    );
    expect(reason(e)).toBe('Changement déjà planifié');
  });

  it('ACT-02 an option is never suspended, only terminated', () => {
    const list = run(line());
    expect(reason(find(list, 'option_suspension', 'opt-conf'))).toBe(
      'Une option ne se suspend pas : résiliez-la',
    );
    expect(find(list, 'option_termination', 'opt-conf').allowed).toBe(true);
  });

  it('ACT-05 ACT-10 an Orange option ends on the 1st of next month (its last day is the 30th)', () => {
    const e = find(run(line()), 'option_termination', 'opt-conf');
    expect(e).toMatchObject({ allowed: true, immediate: false });
    expect(e.effectiveAt).toEqual(FIRST_DEC);
  });

  it('ACT-05 a Bouygues option ends at once', () => {
    const l = line({
      network: 'bouygues',
      offer: offer('bouygues-unlimited-10gb-blocked'),
      options: [{ id: 'b-opt', status: 'active', facts: option('bouygues-multi-party') }],
    });
    const e = find(run(l), 'option_termination', 'b-opt');
    expect(e).toMatchObject({ allowed: true, immediate: true });
    expect(e.effectiveAt).toEqual(AT);
  });

  it('ORD-09 the roaming choice of a zone made at order cannot be terminated; the eSIM option neither', () => {
    const l = line({
      options: [
        { id: 'opt-cutoff', status: 'active', facts: option('orange-cutoff-usa-canada-0mb') },
        { id: 'opt-esim', status: 'active', facts: option('orange-esim') },
      ],
    });
    expect(reason(find(run(l), 'option_termination', 'opt-cutoff'))).toBe('Choix d’itinérance obligatoire');
    expect(reason(find(run(l), 'option_termination', 'opt-esim'))).toBe('Option eSIM non résiliable');
  });

  it('ORD-07 a terminated line refuses every action with « Ligne résiliée : aucune action possible »', () => {
    const list = run(line({ state: 'terminated' }));
    for (const e of list.filter((x) => x.type !== 'option_suspension')) {
      expect(e.allowed).toBe(false);
      expect(reason(e)).toBe('Ligne résiliée : aucune action possible');
    }
  });

  it('a line being created refuses every action', () => {
    for (const e of run(line({ state: 'in_progress' }))) expect(e.allowed).toBe(false);
  });

  it('termination is immediate by default; a scheduled termination blocks plan changes and a second one', () => {
    expect(find(run(line()), 'termination')).toMatchObject({ allowed: true, immediate: true });
    const list = run(line(), [{ type: 'termination', target: null }]);
    expect(reason(find(list, 'termination'))).toBe('Résiliation planifiée');
    expect(reason(find(list, 'plan_change', 'orange-unlimited-10gb-blocked'))).toBe('Résiliation planifiée');
  });

  it('termination at a chosen date takes effect at 00:00 local; a past date is refused', () => {
    expect(terminationInstant(AT, null, ZONE)).toEqual({ ok: true, effectiveAt: AT });
    expect(terminationInstant(AT, '2026-11-23', ZONE)).toEqual({ ok: true, effectiveAt: AT });
    expect(terminationInstant(AT, '2026-12-15', ZONE)).toEqual({
      ok: true,
      effectiveAt: new Date('2026-12-14T23:00:00Z'),
    });
    expect(terminationInstant(AT, '2026-11-22', ZONE)).toMatchObject({
      ok: false,
      refusal: { code: 'line.termination_date_past' },
    });
  });

  it('CAT-01 Reading 7 a month started at termination is billed in full, less what it already carries', () => {
    const items = [
      { itemType: 'offer' as const, code: 'o', monthlyMinor: 700, alreadyChargedMinor: 187 },
      { itemType: 'option' as const, code: 'free', monthlyMinor: 0, alreadyChargedMinor: 0 },
    ];
    expect(terminationCharges(items, terminationMonth(AT, ZONE))).toEqual([
      {
        itemType: 'offer',
        itemCode: 'o',
        amountMinor: 513,
        monthlyMinor: 700,
        periodStart: '2026-11-01',
        periodEnd: '2026-11-30',
      },
    ]);
    // A termination at 00:00 on the 1st starts no month: November is the last one.
    expect(terminationMonth(FIRST_DEC, ZONE)).toEqual({ periodStart: '2026-11-01', periodEnd: '2026-11-30' });
    expect(terminationMonth(new Date('2026-12-01T08:00:00Z'), ZONE)).toEqual({
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
    });
  });

  it('CAL-05 the confirmation names the 1st in French: « 1er décembre 2026 à 00:00 »', () => {
    expect(formatEffective(FIRST_DEC, ZONE, 'fr')).toBe('1er décembre 2026 à 00:00');
    expect(formatEffective(FIRST_DEC, ZONE, 'en')).toBe('1 December 2026 at 00:00');
  });
});

// ── Options added or changed in service (ACT-06, ACT-10, CAT-11..15, CAT-18, USE-05) ───────────

const candidate = (code: string): CatalogOption => {
  const o = option(code);
  return { facts: o, priceSet: o.prices.every((p) => p.amount !== null) };
};
const catalogOf = (
  network: 'orange' | 'bouygues',
  partnerPrograms: LineOptionCatalog['partnerPrograms'] = [],
) => ({
  options: C.options.filter((o) => o.network === network).map((o) => candidate(o.code)),
  partnerPrograms,
});
const ORANGE_ZONES = ['usa-canada', 'maghreb-turkey', 'rest-of-world'];
/** An Orange line as ordered: a cut-off of 0 MB in each of the three zones (ORD-09). */
const orangeLine = (over: Partial<LineFacts> = {}): LineFacts =>
  line({
    options: ORANGE_ZONES.map((z) => ({
      id: `cut-${z}`,
      status: 'active' as const,
      facts: option(`orange-cutoff-${z}-0mb`),
    })),
    ...over,
  });
const withOptions = (
  l: LineFacts,
  pending: PendingLineAction[] = [],
  partners: LineOptionCatalog['partnerPrograms'] = [],
) => lineActions(l, [], pending, AT, ZONE, catalogOf(l.network, partners));

describe('options added and changed in service (pure)', () => {
  it('ACT-10 CAT-12 an Orange fixed IP (internet only) is added at once on a blocked data plan', () => {
    const e = find(withOptions(orangeLine()), 'option_add', 'orange-fixed-ip-internet-only');
    expect(e).toMatchObject({ allowed: true, immediate: true, replaces: null });
    expect(e.effectiveAt).toEqual(AT);
  });

  it('CAT-12 Reading 12 Orange fixed IP is refused on an unblocked plan', () => {
    const l = orangeLine({ offer: offer('orange-unlimited-5gb-unblocked') });
    expect(reason(find(withOptions(l), 'option_add', 'orange-fixed-ip-internet-only'))).toBe(
      'Option réservée aux forfaits bloqués',
    );
  });

  it('CAT-12 partner-platform delivery (L2TP) is for Init Sys partners only', () => {
    expect(reason(find(withOptions(orangeLine()), 'option_add', 'orange-fixed-ip-partner-l2tp'))).toBe(
      'Réservée aux partenaires Init Sys',
    );
    const e = find(withOptions(orangeLine(), [], ['init_sys']), 'option_add', 'orange-fixed-ip-partner-l2tp');
    expect(e.allowed).toBe(true);
    // Rezocean partners are not Init Sys partners.
    expect(
      find(withOptions(orangeLine(), [], ['rezocean']), 'option_add', 'orange-fixed-ip-partner-l2tp').allowed,
    ).toBe(false);
  });

  it('CAT-12 one fixed-IP delivery per line: the second one is refused, naming the active one', () => {
    const l = orangeLine();
    const withIp = orangeLine({
      options: [...l.options, { id: 'ip', status: 'active', facts: option('orange-fixed-ip-internet-only') }],
    });
    const e = find(withOptions(withIp, [], ['init_sys']), 'option_add', 'orange-fixed-ip-partner-l2tp');
    expect(e.refusal).toEqual({
      code: 'line.option_group_taken',
      params: { option: 'orange-fixed-ip-partner-l2tp', current: 'orange-fixed-ip-internet-only' },
    });
    expect(reason(find(withOptions(withIp), 'option_add', 'orange-fixed-ip-internet-only'))).toBe(
      'Option déjà active',
    );
  });

  it('CAT-11 ACT-07 the eSIM is not added as an option: a SIM swap brings it', () => {
    expect(reason(find(withOptions(orangeLine()), 'option_add', 'orange-esim'))).toBe(
      'eSIM : passez par un changement de SIM',
    );
  });

  it('CAT-13 VoWiFi and VoLTE are enabled on the handset: nothing to add', () => {
    for (const code of ['orange-vowifi', 'orange-volte'])
      expect(reason(find(withOptions(orangeLine()), 'option_add', code))).toBe('Rien à commander');
  });

  it('CAT-14 an option whose price is « à définir » is refused as at order; the 0 € SVA block is added', () => {
    expect(reason(find(withOptions(orangeLine()), 'option_add', 'orange-conference'))).toBe('Prix à définir');
    expect(find(withOptions(orangeLine()), 'option_add', 'orange-sva-block').allowed).toBe(true);
  });

  it('CAT-12 an option of the other network is refused with « Option indisponible sur ce réseau »', () => {
    const e = optionAddEligibility(orangeLine(), candidate('bouygues-fixed-ip-internet-only'), [], [], AT);
    expect(e.allowed).toBe(false);
    expect(reason(e)).toBe('Option indisponible sur ce réseau');
    // The list only offers the line's network.
    expect(withOptions(orangeLine()).some((x) => x.target?.startsWith('bouygues-'))).toBe(false);
  });

  it('USE-06 recharges are not offered as options', () => {
    expect(withOptions(orangeLine()).some((x) => x.target?.includes('-recharge-'))).toBe(false);
    expect(
      optionAddEligibility(orangeLine(), candidate('orange-recharge-unlimited-1gb'), [], [], AT).refusal
        ?.code,
    ).toBe('line.option_recharge');
  });

  it('CAT-15 a roaming option of a zone that holds a choice is a change, not an add', () => {
    const e = find(withOptions(orangeLine()), 'option_add', 'orange-roaming-maghreb-turkey-data-5gb');
    expect(e.refusal).toMatchObject({ code: 'line.option_group_taken' });
    expect(reason(e)).toBe('Exclut une option active');
  });

  it('CAT-15 roaming options need a voice + data plan: refused on the plan without data', () => {
    const l = orangeLine({ offer: offer('orange-unlimited-nodata-blocked') });
    const e = find(withOptions(l), 'option_change', 'orange-roaming-maghreb-turkey-data-5gb');
    expect(e.replaces).toBe('cut-maghreb-turkey');
    expect(reason(e)).toBe('Option réservée aux forfaits avec data');
  });

  it('CAT-18 Travel has no USA/Canada choice (included); its Maghreb + Turkey option can be changed', () => {
    const l = line({
      offer: offer('orange-travel-20gb'),
      options: [
        { id: 'mt', status: 'active', facts: option('orange-roaming-maghreb-turkey-data-3gb') },
        { id: 'rw', status: 'active', facts: option('orange-cutoff-rest-of-world-0mb') },
      ],
    });
    const list = withOptions(l);
    expect(find(list, 'option_change', 'orange-roaming-maghreb-turkey-data-10gb')).toMatchObject({
      allowed: true,
      replaces: 'mt',
    });
    expect(reason(find(list, 'option_add', 'orange-roaming-usa-canada-data-3gb'))).toBe(
      'Option indisponible sur cette gamme',
    );
  });

  it('ACT-06 ACT-10 a zone’s roaming choice is replaced at once by any other choice of that zone', () => {
    const list = withOptions(orangeLine());
    const e = find(list, 'option_change', 'orange-roaming-usa-canada-data-3gb');
    expect(e).toMatchObject({ allowed: true, immediate: true, replaces: 'cut-usa-canada' });
    expect(e.effectiveAt).toEqual(AT);
    // Only choices of the same zone are offered, never the active one itself.
    const changes = list.filter((x) => x.type === 'option_change' && x.replaces === 'cut-usa-canada');
    expect(changes.every((x) => x.target?.includes('usa-canada'))).toBe(true);
    expect(changes.some((x) => x.target === 'orange-cutoff-usa-canada-0mb')).toBe(false);
    // A volume the seed gives no price for is refused until an admin sets it.
    expect(reason(find(list, 'option_change', 'orange-roaming-usa-canada-data-1gb'))).toBe('Prix à définir');
  });

  it('ACT-06 only a roaming choice is changed, and only within its zone', () => {
    const l = orangeLine();
    const conf = { id: 'conf', status: 'active' as const, facts: option('orange-sva-block') };
    expect(optionChangeEligibility(l, conf, candidate('orange-sva-allow'), [], AT).refusal?.code).toBe(
      'line.option_not_roaming',
    );
    const cut = l.options[0];
    if (!cut) throw new Error('no option');
    expect(
      optionChangeEligibility(l, cut, candidate('orange-roaming-maghreb-turkey-data-5gb'), [], AT).refusal
        ?.code,
    ).toBe('line.option_other_zone');
    const ended = { ...cut, status: 'terminated' as const };
    expect(
      reason(optionChangeEligibility(l, ended, candidate('orange-roaming-usa-canada-data-3gb'), [], AT)),
    ).toBe('Option résiliée');
  });

  it('USE-05 USE-09 a Bouygues cut-off in euros is changed at once (the block is lifted at once)', () => {
    const l = line({
      network: 'bouygues',
      offer: offer('bouygues-unlimited-10gb-blocked'),
      options: [
        { id: 'eu', status: 'active', facts: option('bouygues-cutoff-europe-0eur') },
        { id: 'wd', status: 'active', facts: option('bouygues-cutoff-world-50eur') },
      ],
    });
    const e = find(withOptions(l), 'option_change', 'bouygues-cutoff-europe-100eur');
    expect(e).toMatchObject({ allowed: true, immediate: true, replaces: 'eu' });
    expect(find(withOptions(l), 'option_change', 'bouygues-cutoff-world-200eur').replaces).toBe('wd');
    // A cut-off is free: changing it writes no charge.
    expect(
      changeCharges(
        'bouygues',
        { code: 'bouygues-cutoff-europe-0eur', monthlyMinor: 0, alreadyChargedMinor: 0 },
        monthlyOption('bouygues-cutoff-europe-100eur', 0, 0),
      ),
    ).toEqual([]);
  });

  it('ACT-10 ORD-07 a terminated line refuses adding or changing options; a suspended line may (ACT-01)', () => {
    const terminated = withOptions(orangeLine({ state: 'terminated' }));
    for (const e of terminated.filter((x) => x.type === 'option_add' || x.type === 'option_change'))
      expect(reason(e)).toBe('Ligne résiliée : aucune action possible');
    const suspended = withOptions(orangeLine({ state: 'suspended' }));
    expect(find(suspended, 'option_add', 'orange-fixed-ip-internet-only').allowed).toBe(true);
    expect(find(suspended, 'option_change', 'orange-roaming-usa-canada-data-3gb').allowed).toBe(true);
  });

  it('ACT-10 a scheduled termination of the line blocks adding and changing options', () => {
    const list = withOptions(orangeLine(), [{ type: 'termination', target: null }]);
    expect(reason(find(list, 'option_add', 'orange-fixed-ip-internet-only'))).toBe('Résiliation planifiée');
    expect(reason(find(list, 'option_change', 'orange-roaming-usa-canada-data-3gb'))).toBe(
      'Résiliation planifiée',
    );
  });

  it('CAT-01 an option added mid-month: one-off fee in full, monthly price pro rata to the end of the month', () => {
    // 23 November: 8 of 30 days. 5 € a month → 1.33 €; a 1.50 € one-off fee in full.
    expect(
      optionAddCharges(
        {
          code: 'x',
          prices: [
            { component: 'monthly', amount: 500 },
            { component: 'one_off', amount: 150 },
          ],
        },
        AT,
        ZONE,
        'EUR',
        false,
      ),
    ).toEqual([
      {
        kind: 'first_month',
        itemType: 'option',
        itemCode: 'x',
        amountMinor: 133,
        monthlyMinor: 500,
        periodStart: '2026-11-23',
        periodEnd: '2026-11-30',
      },
      {
        kind: 'one_off',
        itemType: 'option',
        itemCode: 'x',
        amountMinor: 150,
        monthlyMinor: null,
        periodStart: null,
        periodEnd: null,
      },
    ]);
  });

  it('ACT-06 Reading 7 an Orange roaming change mid-month bills both: the old month in full, the new one in full', () => {
    // Maghreb + Turkey 5 GB (45 €) taken on 23 November (8/30 already billed: 12 €), replaced the
    // same day by 10 GB (85 €).
    const charges = changeCharges(
      'orange',
      { code: 'orange-roaming-maghreb-turkey-data-5gb', monthlyMinor: 4500, alreadyChargedMinor: 1200 },
      monthlyOption('orange-roaming-maghreb-turkey-data-10gb', 8500, 0),
    );
    expect(charges).toEqual([
      {
        kind: 'monthly',
        itemType: 'option',
        itemCode: 'orange-roaming-maghreb-turkey-data-5gb',
        amountMinor: 3300,
        monthlyMinor: 4500,
        periodStart: '2026-11-01',
        periodEnd: '2026-11-30',
      },
      {
        kind: 'monthly',
        itemType: 'option',
        itemCode: 'orange-roaming-maghreb-turkey-data-10gb',
        amountMinor: 8500,
        monthlyMinor: 8500,
        periodStart: '2026-11-01',
        periodEnd: '2026-11-30',
      },
    ]);
    // Changing back within the month bills nothing more: both months are already due in full.
    expect(
      changeCharges(
        'orange',
        { code: 'orange-roaming-maghreb-turkey-data-10gb', monthlyMinor: 8500, alreadyChargedMinor: 8500 },
        monthlyOption('orange-roaming-maghreb-turkey-data-5gb', 4500, 4500),
      ),
    ).toEqual([]);
  });

  it('ACT-06 envelopes do not add up: 5 GB → 10 GB gives 10 GB, not 15', () => {
    const five = option('orange-roaming-maghreb-turkey-data-5gb');
    const ten = option('orange-roaming-maghreb-turkey-data-10gb');
    const envelopes = roamingEnvelopes([
      { id: 'a', status: 'terminated', facts: five },
      { id: 'b', status: 'active', facts: ten },
      { id: 'c', status: 'active', facts: option('orange-cutoff-usa-canada-500mb') },
    ]);
    expect(envelopes).toEqual([
      {
        zone: 'usa_canada',
        optionId: 'c',
        code: 'orange-cutoff-usa-canada-500mb',
        kind: 'cutoff',
        volumeMb: 500,
        cutoffEuros: null,
      },
      {
        zone: 'maghreb_turkey',
        optionId: 'b',
        code: 'orange-roaming-maghreb-turkey-data-10gb',
        kind: 'roaming',
        volumeMb: 10 * 1024,
        cutoffEuros: null,
      },
    ]);
    // Even were both still listed active, the zone holds one envelope, never their sum.
    const both = roamingEnvelopes([
      { id: 'a', status: 'active', facts: five },
      { id: 'b', status: 'active', facts: ten },
    ]);
    expect(both.map((e) => e.volumeMb)).toEqual([10 * 1024]);
  });
});
