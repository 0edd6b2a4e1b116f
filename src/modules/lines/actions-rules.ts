import { DateTime } from 'luxon';
import { firstOfNextMonth, toLocalDate } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import type { Currency } from '../../platform/money/index.ts';
import { ROAMING_ZONES, type Network, type OptionDef, type RoamingZone } from '../catalog/model.ts';
import {
  optionAddable,
  planChange,
  type OfferFacts,
  type OptionFacts,
  type PartnerProgram,
  type Refusal,
} from '../catalog/rules.ts';
import { activationCharges, type PeriodCharge, type PricedLineItem } from '../ledger/rules.ts';
import type { LineState } from './store.ts';

/**
 * Pure eligibility of the actions on a mobile line (ACT-01..ACT-05, CAL-05, Reading 7): from the
 * line's facts, the catalog's facts and an instant (never the clock), every action with whether it
 * is allowed, why not (an error code whose French/English title is the reason the page shows), and
 * when it would take effect. The service refuses a request with the same refusal, so the page and
 * the API never disagree.
 */

export const LINE_ACTION_TYPES = [
  'suspend',
  'reactivate',
  'plan_change',
  'option_suspension',
  'option_termination',
  'termination',
  // ACT-06, ACT-10: options added or changed in service.
  'option_add',
  'option_change',
] as const;
export type LineActionType = (typeof LINE_ACTION_TYPES)[number];

/** The pending_actions kinds (registered in src/actions.ts); option_suspension has none (ACT-02). */
export const LINE_ACTION_KIND = {
  suspend: 'line.suspend',
  reactivate: 'line.reactivate',
  plan_change: 'line.plan_change',
  option_termination: 'line.option_terminate',
  termination: 'line.terminate',
  option_add: 'line.option_add',
  option_change: 'line.option_change',
} as const satisfies Partial<Record<LineActionType, string>>;

export interface LineOptionFacts {
  /** The line option's id (line_options.id). */
  id: string;
  status: 'pending' | 'active' | 'terminated';
  facts: OptionFacts;
}

export interface LineFacts {
  state: LineState;
  network: Network;
  offer: OfferFacts;
  options: readonly LineOptionFacts[];
}

/**
 * A catalog option the line could take (ACT-06, ACT-10): its facts, and whether every price of it is
 * set (a price "à définir" refuses it, as it refuses ordering).
 */
export interface CatalogOption {
  facts: OptionFacts & Pick<OptionDef, 'partnerOnly'>;
  priceSet: boolean;
}

/** What option_add and option_change are computed from; none: the list has no such entries. */
export interface LineOptionCatalog {
  /** The catalog's options on the line's network (recharges are skipped: USE-06, their own request). */
  options: readonly CatalogOption[];
  /** CAT-12: the reseller's partner programmes (partner-platform delivery is Init Sys only). */
  partnerPrograms: readonly PartnerProgram[];
}

const NO_OPTION_CATALOG: LineOptionCatalog = { options: [], partnerPrograms: [] };

/** A scheduled action on the line: `target` is the offer code or the line option's id. */
export interface PendingLineAction {
  type: LineActionType;
  target: string | null;
}

export interface LineActionEligibility {
  type: LineActionType;
  /**
   * The offer code (plan_change), the line option's id (option_suspension/termination), the
   * catalog option's code (option_add, option_change), null for the line itself.
   */
  target: string | null;
  /** option_change: the line option's id it replaces (ACT-06); null otherwise. */
  replaces: string | null;
  /** ACT-03/04: what a plan change is. */
  change: 'upgrade' | 'downgrade' | 'migration' | null;
  allowed: boolean;
  refusal: Refusal | null;
  /** When it takes effect if requested at the given instant (null when refused). */
  effectiveAt: Date | null;
  immediate: boolean;
  /** ACT-01: suspension does not stop the plan's billing; the confirmation says so. */
  billingContinues: boolean;
}

/** What refuses every action on the line, whatever the action. */
function lineRefusal(state: LineState): Refusal | null {
  if (state === 'terminated') return { code: 'line.terminated' };
  if (state === 'in_progress' || state === 'cancelled') return { code: 'line.not_active' };
  return null;
}

function entry(
  type: LineActionType,
  target: string | null,
  refusal: Refusal | null,
  effectiveAt: Date,
  at: Date,
  extra: Partial<Pick<LineActionEligibility, 'change' | 'billingContinues' | 'replaces'>> = {},
): LineActionEligibility {
  return {
    type,
    target,
    replaces: extra.replaces ?? null,
    change: extra.change ?? null,
    allowed: refusal === null,
    refusal,
    effectiveAt: refusal === null ? effectiveAt : null,
    immediate: refusal === null && effectiveAt.getTime() <= at.getTime(),
    billingContinues: extra.billingContinues ?? false,
  };
}

/**
 * Every action on a line at instant `at`, in the tenant's zone. `offers` are the catalog's offers
 * a plan change may go to (the line's own offer is skipped); `pending` the line's scheduled actions;
 * `catalog` the options the line could add or change to (ACT-06, ACT-10).
 */
export function lineActions(
  line: LineFacts,
  offers: readonly OfferFacts[],
  pending: readonly PendingLineAction[],
  at: Date,
  zone: string,
  catalog: LineOptionCatalog = NO_OPTION_CATALOG,
): LineActionEligibility[] {
  const base = lineRefusal(line.state);
  const terminationPending = pending.some((p) => p.type === 'termination');
  const blockedByTermination: Refusal | null = terminationPending
    ? { code: 'line.termination_pending' }
    : null;
  const firstOfNext = firstOfNextMonth(at, zone);
  const out: LineActionEligibility[] = [];

  // ACT-01: suspension and reactivation take effect at once; the plan is still billed.
  out.push(
    entry(
      'suspend',
      null,
      base ?? (line.state === 'suspended' ? { code: 'line.already_suspended' } : null),
      at,
      at,
      { billingContinues: true },
    ),
  );
  out.push(
    entry(
      'reactivate',
      null,
      base ?? (line.state !== 'suspended' ? { code: 'line.not_suspended' } : null),
      at,
      at,
    ),
  );

  // ACT-03/ACT-04 + CAL-05: upgrade/downgrade and blocked↔unblocked migration on the 1st of next
  // month, 00:00 tenant time; the catalog's planChange says what the change is or why not.
  const changePending = pending.some((p) => p.type === 'plan_change');
  for (const to of offers) {
    if (to.code === line.offer.code) continue;
    const change = planChange(line.offer, to);
    const refusal =
      base ??
      (change.ok ? null : change.refusal) ??
      blockedByTermination ??
      (changePending ? { code: 'line.change_pending' } : null);
    out.push(
      entry('plan_change', to.code, refusal, firstOfNext, at, { change: change.ok ? change.kind : null }),
    );
  }

  for (const option of line.options) {
    if (option.status === 'terminated') continue;
    // ACT-02: an option is never suspended, only terminated; listed so the page says why.
    out.push(entry('option_suspension', option.id, { code: 'line.option_not_suspendable' }, at, at));
    // ACT-05 + ACT-10: an Orange option ends on the 1st of next month (its last day is the end of
    // this month); a Bouygues option ends at once.
    const effectiveAt = line.network === 'orange' ? firstOfNext : at;
    const optionRefusal =
      base ??
      blockedByTermination ??
      (option.status !== 'active' ? { code: 'line.not_active' } : null) ??
      optionTerminable(line.offer, option.facts) ??
      (pending.some((p) => p.type === 'option_termination' && p.target === option.id)
        ? { code: 'line.change_pending' }
        : null);
    out.push(entry('option_termination', option.id, optionRefusal, effectiveAt, at));
  }

  // ACT-10: every catalog option the line could take, at once (a recharge is its own request).
  for (const candidate of catalog.options) {
    if (candidate.facts.kind === 'recharge') continue;
    out.push(optionAddEligibility(line, candidate, pending, catalog.partnerPrograms, at));
  }
  // ACT-06, USE-05: each active roaming choice may be replaced by another choice of its zone.
  for (const current of line.options) {
    if (current.status !== 'active' || !isRoamingChoice(current.facts)) continue;
    for (const candidate of catalog.options) {
      if (candidate.facts.group !== current.facts.group || candidate.facts.code === current.facts.code)
        continue;
      out.push(optionChangeEligibility(line, current, candidate, pending, at));
    }
  }

  // Termination: at once by default, or at a chosen date (terminationInstant); Reading 7 bills the
  // month it falls in.
  out.push(entry('termination', null, base ?? blockedByTermination, at, at));
  return out;
}

/** A zone's roaming choice (ORD-09, USE-05, USE-08): a roaming option or a cut-off of one zone. */
function isRoamingChoice(f: Pick<OptionFacts, 'kind' | 'zone'>): boolean {
  return (f.kind === 'roaming' || f.kind === 'cutoff') && f.zone !== null;
}

function terminationBlock(pending: readonly PendingLineAction[]): Refusal | null {
  return pending.some((p) => p.type === 'termination') ? { code: 'line.termination_pending' } : null;
}

/**
 * Adding a catalog option to a line in service (ACT-10: active at once, with its activation date).
 * Allowed on an active or a suspended line, like every other change of the contract (ACT-01: a
 * suspended line keeps its plan and its billing). The catalog says whether the option fits the
 * line's offer (optionAddable: network, range, CAT-11 eSIM by SIM swap, CAT-12 fixed IP and Init
 * Sys delivery, CAT-13 handset services, CAT-15 roaming on voice + data plans); the line's own
 * options refuse a second one of a group (one roaming choice per zone, one fixed-IP delivery):
 * that is a change (ACT-06) or a termination first, never an add.
 */
export function optionAddEligibility(
  line: LineFacts,
  candidate: CatalogOption,
  pending: readonly PendingLineAction[],
  partnerPrograms: readonly PartnerProgram[],
  at: Date,
): LineActionEligibility {
  const code = candidate.facts.code;
  const current = line.options.filter((o) => o.status !== 'terminated');
  const taken = candidate.facts.group
    ? current.find((o) => o.facts.group === candidate.facts.group && o.facts.code !== code)
    : undefined;
  const refusal =
    lineRefusal(line.state) ??
    terminationBlock(pending) ??
    optionAddable(line.offer, candidate.facts, partnerPrograms) ??
    (current.some((o) => o.facts.code === code)
      ? { code: 'line.option_already_active' as const, params: { option: code } }
      : null) ??
    (taken
      ? { code: 'line.option_group_taken' as const, params: { option: code, current: taken.facts.code } }
      : null) ??
    (candidate.priceSet ? null : { code: 'catalog.price_to_be_set' as const, params: { item: code } });
  return entry('option_add', code, refusal, at, at);
}

/**
 * Replacing a line's roaming choice of a zone by another choice of the same zone, at once on both
 * networks. Orange (ACT-06, USE-08): an option or a volume cut-off, changed mid-month, both billed
 * (see optionChangeCharges); the line is unblocked at once (USE-05). Bouygues (USE-05, USE-09): the
 * Europe and World cut-offs in euros chosen at order (ORD-09) are changed by the reseller "as an
 * option change", lifting the block at once. ACT-10: the old choice ends and the new one is active
 * the same instant.
 */
export function optionChangeEligibility(
  line: LineFacts,
  current: LineOptionFacts,
  candidate: CatalogOption,
  pending: readonly PendingLineAction[],
  at: Date,
): LineActionEligibility {
  const code = candidate.facts.code;
  const refusal =
    lineRefusal(line.state) ??
    terminationBlock(pending) ??
    (current.status === 'terminated'
      ? { code: 'line.option_ended' as const }
      : current.status !== 'active'
        ? { code: 'line.not_active' as const }
        : null) ??
    (isRoamingChoice(current.facts)
      ? null
      : { code: 'line.option_not_roaming' as const, params: { option: current.facts.code } }) ??
    (candidate.facts.group === current.facts.group && candidate.facts.zone === current.facts.zone
      ? null
      : { code: 'line.option_other_zone' as const, params: { option: code } }) ??
    (code === current.facts.code
      ? { code: 'line.option_already_active' as const, params: { option: code } }
      : null) ??
    optionAddable(line.offer, candidate.facts, []) ??
    (pending.some((p) => p.type === 'option_termination' && p.target === current.id)
      ? { code: 'line.change_pending' as const }
      : null) ??
    (candidate.priceSet ? null : { code: 'catalog.price_to_be_set' as const, params: { item: code } });
  return entry('option_change', code, refusal, at, at, { replaces: current.id });
}

// ── Charges of an option added or changed (CAT-01, ACT-06, Reading 7) ──────────────────────────

export interface OptionCharge {
  kind: 'one_off' | 'first_month' | 'monthly';
  itemType: 'option';
  itemCode: string;
  amountMinor: number;
  monthlyMinor: number | null;
  periodStart: string | null;
  periodEnd: string | null;
}

/** The calendar month (tenant zone) an instant falls in. */
export function monthContaining(at: Date, zone: string): { periodStart: string; periodEnd: string } {
  const local = localDateTime(at, zone);
  return {
    periodStart: local.startOf('month').toFormat('yyyy-MM-dd'),
    periodEnd: local.endOf('month').toFormat('yyyy-MM-dd'),
  };
}

/**
 * CAT-01: an option added in service is billed like an option ordered with the line: its one-off
 * fee in full, its monthly price pro rata from today (tenant's zone) to the end of the month.
 */
export function optionAddCharges(
  option: Omit<PricedLineItem, 'itemType'>,
  at: Date,
  zone: string,
  currency: Currency,
  vatIncluded: boolean,
): OptionCharge[] {
  return activationCharges(
    [{ itemType: 'option', code: option.code, prices: option.prices }],
    toLocalDate(at, zone),
    currency,
    vatIncluded,
  ).map((c) => ({ ...c, itemType: 'option' as const }));
}

/**
 * The charges of replacing a zone's roaming choice at `at`.
 *
 * Orange, ACT-06: "les deux options seront facturées, mais les enveloppes data ne sont pas
 * cumulables". The old option's month is due in full (Reading 7: any started month is due), less
 * what the month already carries for it (its first month pro rata). The new option is billed its
 * full monthly price for the month too, not pro rata: its envelope replaces the old one for the
 * whole month (data already used counts against it; 5 GB → 10 GB gives 10 GB, not 15), and ACT-06
 * bills both options. Less what the month already carries for it (a change back within the
 * month), so a month is never billed twice. One-off fees in full.
 *
 * Bouygues has no priced roaming option, only free cut-offs (USE-05): the general rules apply, the
 * old choice's started month (Reading 7) and the new one pro rata (CAT-01).
 */
export function optionChangeCharges(
  network: Network,
  from: { code: string; monthlyMinor: number; alreadyChargedMinor: number },
  to: Omit<PricedLineItem, 'itemType'> & { alreadyChargedMinor: number },
  at: Date,
  zone: string,
  currency: Currency,
  vatIncluded: boolean,
): OptionCharge[] {
  const ended: OptionCharge[] = terminationCharges(
    [{ itemType: 'option', ...from }],
    terminationMonth(at, zone),
  ).map((c) => ({ ...c, itemType: 'option', kind: 'monthly' }));
  if (network !== 'orange') return [...ended, ...optionAddCharges(to, at, zone, currency, vatIncluded)];
  const month = monthContaining(at, zone);
  const started: OptionCharge[] = [];
  for (const p of to.prices) {
    if (p.amount === null || p.amount === 0) continue;
    if (p.component === 'one_off')
      started.push({
        kind: 'one_off',
        itemType: 'option',
        itemCode: to.code,
        amountMinor: p.amount,
        monthlyMinor: null,
        periodStart: null,
        periodEnd: null,
      });
    else if (p.component === 'monthly' && p.amount > to.alreadyChargedMinor)
      started.push({
        kind: 'monthly',
        itemType: 'option',
        itemCode: to.code,
        amountMinor: p.amount - to.alreadyChargedMinor,
        monthlyMinor: p.amount,
        ...month,
      });
  }
  return [...ended, ...started];
}

// ── Roaming envelopes (ACT-06, USE-05, USE-08) ────────────────────────────────────────────────

export interface RoamingEnvelope {
  zone: RoamingZone;
  /** The line option that holds the zone's choice. */
  optionId: string;
  code: string;
  kind: 'roaming' | 'cutoff';
  /** A roaming option's data envelope or an Orange cut-off's volume, in MB. */
  volumeMb: number | null;
  /** A Bouygues cut-off, in euros. */
  cutoffEuros: number | null;
}

/**
 * The line's roaming envelope per zone: the one active choice of each zone. ACT-06: envelopes never
 * add up; after a change the zone holds the new option's envelope only (5 GB → 10 GB gives 10 GB,
 * not 15). Should two choices of a zone ever be active, the latest one is the zone's.
 */
export function roamingEnvelopes(
  options: readonly {
    id: string;
    status: LineOptionFacts['status'];
    facts: Pick<OptionDef, 'code' | 'kind' | 'zone' | 'volumeMb' | 'cutoffEuros'>;
  }[],
): RoamingEnvelope[] {
  const byZone = new Map<RoamingZone, RoamingEnvelope>();
  for (const o of options) {
    const { kind, zone } = o.facts;
    if (o.status !== 'active' || zone === null || (kind !== 'roaming' && kind !== 'cutoff')) continue;
    byZone.set(zone, {
      zone,
      optionId: o.id,
      code: o.facts.code,
      kind,
      volumeMb: o.facts.volumeMb,
      cutoffEuros: o.facts.cutoffEuros,
    });
  }
  // In the catalog's zone order, whatever order the options were taken in.
  return ROAMING_ZONES.flatMap((z) => {
    const e = byZone.get(z);
    return e ? [e] : [];
  });
}

/**
 * Options that cannot be terminated on their own: the eSIM option is the SIM itself (ACT-07: a SIM
 * swap changes it), and a zone's roaming choice made at order must stay (ORD-09: replaced, never
 * removed).
 */
function optionTerminable(offer: OfferFacts, option: OptionFacts): Refusal | null {
  if (option.kind === 'esim') return { code: 'line.option_esim', params: { option: option.code } };
  if (
    (option.kind === 'roaming' || option.kind === 'cutoff') &&
    option.zone !== null &&
    offer.roamingZonesAtOrder.includes(option.zone)
  )
    return { code: 'line.option_roaming_required', params: { option: option.code } };
  return null;
}

/**
 * When a termination requested at `at` for local date `date` ('YYYY-MM-DD', tenant zone) takes
 * effect: at once for today (or no date), 00:00 local on a later date; a past date is refused.
 */
export function terminationInstant(
  at: Date,
  date: string | null,
  zone: string,
): { ok: true; effectiveAt: Date } | { ok: false; refusal: Refusal } {
  const today = toLocalDate(at, zone);
  if (date === null || date === today) return { ok: true, effectiveAt: at };
  if (date < today) return { ok: false, refusal: { code: 'line.termination_date_past', params: { today } } };
  return { ok: true, effectiveAt: DateTime.fromISO(date, { zone }).startOf('day').toJSDate() };
}

export interface MonthlyItem {
  itemType: 'offer' | 'option';
  code: string;
  /** The monthly price in minor units. */
  monthlyMinor: number;
  /** What the month of the termination already carries for this item (e.g. the pro rata first month). */
  alreadyChargedMinor: number;
}

export type TerminationCharge = PeriodCharge;

/**
 * Reading 7 (CAT-01): a month started at termination is billed in full. The month the termination
 * takes effect in is due at the monthly price, less what that month already carries (the first
 * month pro rata when the line ends in its activation month).
 */
export function terminationCharges(
  items: readonly MonthlyItem[],
  month: { periodStart: string; periodEnd: string },
): TerminationCharge[] {
  return items
    .filter((i) => i.monthlyMinor > 0 && i.monthlyMinor > i.alreadyChargedMinor)
    .map((i) => ({
      itemType: i.itemType,
      itemCode: i.code,
      amountMinor: i.monthlyMinor - i.alreadyChargedMinor,
      monthlyMinor: i.monthlyMinor,
      ...month,
    }));
}

/**
 * The last month a termination effective at `effectiveAt` starts (Reading 7): the month of that
 * instant, except at 00:00 on the 1st, which starts no month (the previous one is the last).
 */
export function terminationMonth(
  effectiveAt: Date,
  zone: string,
): { periodStart: string; periodEnd: string } {
  const local = localDateTime(effectiveAt, zone);
  const lastDay = local.equals(local.startOf('month')) ? local.minus({ days: 1 }) : local;
  return {
    periodStart: lastDay.startOf('month').toFormat('yyyy-MM-dd'),
    periodEnd: lastDay.endOf('month').toFormat('yyyy-MM-dd'),
  };
}

/** "1er décembre 2026 à 00:00" / "1 December 2026 at 00:00", in the tenant's zone (confirmations, e-mails). */
export function formatEffective(at: Date, zone: string, locale: 'fr' | 'en'): string {
  const local = localDateTime(at, zone).setLocale(locale);
  if (locale === 'fr') {
    const day = local.day === 1 ? '1er' : String(local.day);
    return `${day} ${local.toFormat('MMMM yyyy')} à ${local.toFormat('HH:mm')}`;
  }
  return `${local.day} ${local.toFormat('MMMM yyyy')} at ${local.toFormat('HH:mm')}`;
}
