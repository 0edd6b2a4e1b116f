import { describe, expect, it } from 'vitest';
import { CATALOG_2026_01 as C } from '../catalog/data/catalog-2026-01.ts';
import type { OfferDef, OptionDef } from '../catalog/model.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import {
  formatEffective,
  lineActions,
  terminationCharges,
  terminationInstant,
  terminationMonth,
  type LineActionEligibility,
  type LineFacts,
  type PendingLineAction,
} from './actions-rules.ts';

const ZONE = 'Europe/Paris';
// Monday 23 November 2026, 10:00 in Paris.
const AT = new Date('2026-11-23T09:00:00Z');
const FIRST_DEC = new Date('2026-11-30T23:00:00Z');

const offer = (code: string): OfferDef => {
  const o = C.offers.find((x) => x.code === code);
  if (!o) throw new Error(`no offer ${code}`);
  return o;
};
const option = (code: string): OptionDef => {
  const o = C.options.find((x) => x.code === code);
  if (!o) throw new Error(`no option ${code}`);
  return o;
};
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
