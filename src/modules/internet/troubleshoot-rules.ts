import type { BoxDef, LedFunction, Operator, PlanDef } from './model.ts';

/**
 * Internet troubleshooting (issue 11 §4, seed 000 « Pas d’internet », « Internet est lent »,
 * « Voyant Wi-Fi éteint », « Séparer les réseaux 2,4/5 GHz », seed 002 remote line tests): the
 * guided flow's verdicts as pure functions over plain data, the clock passed in. The use case
 * (troubleshoot-internet.ts) records what they decide.
 */

export const TROUBLE_KINDS = ['no_internet', 'slow', 'wifi_led_off', 'split_bands'] as const;
export type TroubleKind = (typeof TROUBLE_KINDS)[number];

export const LED_STATES = ['on', 'off', 'blinking'] as const;
export type LedState = (typeof LED_STATES)[number];
export type LedReading = Partial<Record<LedFunction, LedState>>;

export const DIAGNOSES = ['no_power', 'sector_outage', 'no_connection', 'wifi_disabled', 'online'] as const;
export type Diagnosis = (typeof DIAGNOSES)[number];

/** The next thing the agent does with the customer, or the escalation. */
export const NEXT_STEPS = [
  'check_power_cable',
  'ask_outage_delay',
  'power_cycle',
  'hold_wifi_button',
  'check_conditions',
  'speed_test_over_wifi',
  'split_bands',
  'escalate',
  'solved',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/**
 * NET-01, SET-08, SET-07: what the LEDs the customer reads mean on this box. Only the LEDs the
 * model has count (the Partner black box has no Wi-Fi LED). Power off first (nothing else can be
 * read), then the infrastructure blinking with internet off (a sector outage, most often), then
 * internet off, then Wi-Fi off while the box is online.
 */
export function diagnose(box: BoxDef, leds: LedReading): Diagnosis {
  const has = (f: LedFunction) => box.leds.some((l) => l.function === f);
  const state = (f: LedFunction): LedState | undefined => (has(f) ? leds[f] : undefined);
  if (state('power') === 'off') return 'no_power';
  if (state('infrastructure') === 'blinking' && state('internet') === 'off') return 'sector_outage';
  if (state('internet') === 'off' || state('internet') === 'blinking') return 'no_connection';
  if (state('wifi') === 'off') return 'wifi_disabled';
  return 'online';
}

/** What the agent has done so far in the flow. */
export interface StepsDone {
  powerCycled: boolean;
  /** NET-21: cable or Wi-Fi, distance to the box, repeaters checked. */
  conditionsChecked: boolean;
  /** NET-21: a speed test over Wi-Fi was run (its verdict). */
  speedTest: SpeedVerdict | null;
  /** SET-07: the Wi-Fi button was held until the LED blinked. */
  wifiButtonHeld: boolean;
  /** The customer says it works now. */
  solved: boolean;
}

export const NO_STEPS: StepsDone = {
  powerCycled: false,
  conditionsChecked: false,
  speedTest: null,
  wifiButtonHeld: false,
  solved: false,
};

/**
 * The flow's table (NET-10, NET-21, SET-07, SET-08): from the trouble, the diagnosis of the LEDs and
 * the steps done, the next step. The escalation comes only after the customer-side steps.
 */
export function nextStep(kind: TroubleKind, box: BoxDef, d: Diagnosis, s: StepsDone): NextStep {
  if (s.solved) return 'solved';
  if (d === 'no_power') return 'check_power_cable';
  // SET-08: an outage is not fixed at home; the operator gives its resolution delay.
  if (d === 'sector_outage') return 'ask_outage_delay';
  if (kind === 'split_bands') return box.splitsBands ? 'split_bands' : 'escalate';
  if (kind === 'wifi_led_off' || d === 'wifi_disabled')
    return s.wifiButtonHeld ? 'escalate' : 'hold_wifi_button';
  if (kind === 'slow') {
    if (!s.conditionsChecked) return 'check_conditions';
    if (!s.powerCycled) return 'power_cycle';
    if (!s.speedTest) return 'speed_test_over_wifi';
    // NET-21: a satisfactory speed is not escalated; splitting the bands may help Wi-Fi (SET-07).
    if (s.speedTest === 'ok') return box.splitsBands ? 'split_bands' : 'solved';
    return 'escalate';
  }
  return s.powerCycled ? 'escalate' : 'power_cycle';
}

export type SpeedVerdict = 'ok' | 'too_slow';

/**
 * NET-21: is a measured download speed satisfactory for the plan, over Wi-Fi or a cable? The seed
 * says "taking into account the plan and the Wi-Fi or Ethernet connection" without figures; Relais
 * takes half the plan's speed over Wi-Fi and 80 % over a cable as the threshold (a Wi-Fi link rarely
 * carries more than half of a 500 Mb+ plan).
 */
export function speedVerdict(
  plan: Pick<PlanDef, 'speedMb'>,
  downMbps: number,
  overWifi: boolean,
): SpeedVerdict {
  const share = overWifi ? 0.5 : 0.8;
  return downMbps >= plan.speedMb * share ? 'ok' : 'too_slow';
}

/** SET-09: what a remote line test reads. DSL: attenuation and SNR margin; fibre: optical power at the ONT. */
export interface LineTest {
  attenuationDb?: number | null;
  snrDb?: number | null;
  ontRxDbm?: number | null;
}
export type LineVerdict = 'ok' | 'weak' | 'not_measured';

/**
 * SET-09: the line test's verdict. Thresholds are the usual field limits (the seed gives none):
 * DSL attenuation above 60 dB or an SNR margin below 6 dB is a weak line; GPON receivers work
 * between −8 and −27 dBm (class B+), outside it the fibre signal is faulty.
 */
export function lineVerdict(fibre: boolean, t: LineTest | null): LineVerdict {
  if (!t) return 'not_measured';
  if (fibre) {
    if (t.ontRxDbm == null) return 'not_measured';
    return t.ontRxDbm > -8 || t.ontRxDbm < -27 ? 'weak' : 'ok';
  }
  if (t.attenuationDb == null && t.snrDb == null) return 'not_measured';
  if (t.attenuationDb != null && t.attenuationDb > 60) return 'weak';
  if (t.snrDb != null && t.snrDb < 6) return 'weak';
  return 'ok';
}

/** NET-10: HOT is called (with the MASAP, the LEDs and the steps done); Partner gets a technical e-mail in Hebrew. */
export type Escalation = 'hot_call' | 'partner_email';
export function escalationFor(operator: Operator): Escalation {
  return operator === 'hot' ? 'hot_call' : 'partner_email';
}

export const UPGRADES = [
  'new_generation_router',
  'fibre_or_higher_plan',
  'switch_to_partner',
  'higher_plan',
  'switch_to_hot',
] as const;
export type Upgrade = (typeof UPGRADES)[number];

/** How many escalated failures within how many days make "repeated failures" (Relais' reading of « pannes répétitives »). */
export const REPEATED_FAILURES = { count: 3, days: 90 } as const;

/**
 * NET-10: repeated failures suggest an upgrade. HOT: a new-generation router, fibre or a higher
 * plan, or a switch to Partner; Partner: a higher plan or a switch to HOT. `failures` are the
 * instants of earlier escalated failures of this subscription, this one included.
 */
export function upgradesSuggested(operator: Operator, failures: readonly Date[], now: Date): Upgrade[] {
  const since = now.getTime() - REPEATED_FAILURES.days * 86_400_000;
  const recent = failures.filter((t) => t.getTime() >= since && t.getTime() <= now.getTime()).length;
  if (recent < REPEATED_FAILURES.count) return [];
  return operator === 'hot'
    ? ['new_generation_router', 'fibre_or_higher_plan', 'switch_to_partner']
    : ['higher_plan', 'switch_to_hot'];
}

/** The operator contacts a tenant edits (seed 000): whom to call or write. */
export interface OperatorContacts {
  /** HOT: the person who follows technicians and terminations (seed: Sharona). */
  hotContactName: string;
  hotContactPhone: string | null;
  /** Partner: the technical service's group (seed: the WhatsApp group). */
  partnerGroupName: string;
  /** Partner: where the technical e-mail goes. */
  partnerTechnicalEmail: string | null;
}

/** Seed 000's values, until the tenant edits them. The seed names no Partner technical address. */
export const SEED_CONTACTS: OperatorContacts = {
  hotContactName: 'Sharona',
  hotContactPhone: null,
  partnerGroupName: 'Groupe WhatsApp du service technique Partner',
  partnerTechnicalEmail: null,
};

/**
 * NET-20, NET-05: a technician's visit is overdue once its slot has passed and nobody recorded it
 * done; then it is chased with the operator (HOT by its contact, Partner through its technical
 * group) and the customer informed.
 */
export function technicianChase(
  operator: Operator,
  visit: { slot: Date; doneAt: Date | null },
  contacts: OperatorContacts,
  now: Date,
): { overdue: false } | { overdue: true; via: 'contact' | 'group'; who: string; informCustomer: true } {
  if (visit.doneAt || now.getTime() <= visit.slot.getTime()) return { overdue: false };
  return operator === 'hot'
    ? { overdue: true, via: 'contact', who: contacts.hotContactName, informCustomer: true }
    : { overdue: true, via: 'group', who: contacts.partnerGroupName, informCustomer: true };
}

/**
 * SET-08: an outage recorded with the operator's announced resolution delay: the customers are
 * told the instant it should be resolved by; once passed, the outage is no longer the explanation.
 */
export function outageResolvedBy(recordedAt: Date, delayHours: number): Date {
  return new Date(recordedAt.getTime() + delayHours * 3_600_000);
}
export function outageOngoing(o: { resolvedBy: Date; closedAt: Date | null }, now: Date): boolean {
  return o.closedAt === null && now.getTime() < o.resolvedBy.getTime();
}

/** SET-07: bands can be split on Hot Box 4, 5, 5f and the Partner fibre boxes (the catalog's flag). */
export function canSplitBands(box: BoxDef): boolean {
  return box.splitsBands;
}
