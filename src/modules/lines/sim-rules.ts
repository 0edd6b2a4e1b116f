import {
  addDays,
  toLocalDate,
  type CalendarContext,
  type OpeningWindow,
} from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import type { Network, RequestType } from '../catalog/model.ts';
import type { Refusal } from '../catalog/rules.ts';
import { submissionInstant } from '../catalog/opening-hours.ts';
import { esimMobileIsLine, nationalMobile } from './esim-rules.ts';
import { checkIccid, SIM_TYPES, type SimType } from '../stock/rules.ts';
import type { LineState } from './store.ts';
import type { OperatorPartnerships, Partner } from '../tenants/partnerships.ts';

/**
 * Pure rules of a line's SIM (ACT-07, ACT-09, CAT-11, CAT-21, ORD-03, ORD-04, ORD-07, Reading 13)
 * and of its custom network name (ACT-08). The instant is always a parameter; the opening windows
 * and the reseller's partnerships are plain data. The service refuses a request with the same
 * refusal the page shows, so they never disagree.
 */

// ── SIM swap (ACT-07) ──────────────────────────────────────────────────────────────────────────

/** The pending_actions kind of a SIM swap (registered in src/actions.ts). */
export const SIM_SWAP_KIND = 'line.sim_swap';

export interface SwapLineFacts {
  state: LineState;
  network: Network;
  simType: SimType;
  /** CAT-11: the catalog's word on the line's offer (Orange offers allow eSIM, Bouygues none). */
  esimAllowed: boolean;
}

/** What is already scheduled on the line. */
export interface SwapPending {
  swap: boolean;
  termination: boolean;
}

/** The network's ORD-03 windows: SIM swap (physical) and eSIM swap; null when it has none. */
export type SwapWindows = Readonly<Record<'sim_swap' | 'esim_swap', OpeningWindow | null>>;

export type SwapDirection = 'physical_to_physical' | 'physical_to_esim' | 'esim_to_physical' | 'esim_to_esim';

export interface SimSwapEligibility {
  /** The SIM type the line would get. */
  simType: SimType;
  direction: SwapDirection;
  allowed: boolean;
  refusal: Refusal | null;
  /** Now inside the window, else its next opening (ORD-03); null when refused. */
  effectiveAt: Date | null;
  immediate: boolean;
  /** ACT-09: a swap to eSIM needs a contact e-mail and mobile. */
  needsContacts: boolean;
  /** A physical SIM is chosen by its ICCID; an eSIM profile is drawn from stock (CAT-21). */
  needsIccid: boolean;
  /** CAT-11: a swap to eSIM carries the eSIM option's one-off fee. */
  esimFee: boolean;
}

const isEsim = (t: SimType) => t === 'esim';

export function swapDirection(from: SimType, to: SimType): SwapDirection {
  if (isEsim(from)) return isEsim(to) ? 'esim_to_esim' : 'esim_to_physical';
  return isEsim(to) ? 'physical_to_esim' : 'physical_to_physical';
}

/** ORD-03: a swap to eSIM follows the eSIM window (Orange Mon–Fri 09:00–17:30), else the SIM one. */
export function swapRequestType(to: SimType): Extract<RequestType, 'sim_swap' | 'esim_swap'> {
  return isEsim(to) ? 'esim_swap' : 'sim_swap';
}

/** What refuses any SIM action on the line, whatever the target. */
function lineRefusal(state: LineState): Refusal | null {
  if (state === 'terminated') return { code: 'line.terminated' };
  if (state === 'in_progress' || state === 'cancelled') return { code: 'line.not_active' };
  return null;
}

/**
 * Every SIM swap of a line at instant `at` (ACT-07): towards a SIM with or without PIN or an eSIM,
 * from either (Reading 13: eSIM → physical is allowed; CAT-21: eSIM → eSIM is a new profile, the
 * handset-change case, since a deleted eSIM cannot be reinstalled). eSIM is Orange only (CAT-11).
 * A suspended line may change its SIM (a lost SIM is the usual reason it was suspended). Outside
 * the window the swap waits for the next opening (ORD-03), which `effectiveAt` says.
 */
export function simSwapOptions(
  line: SwapLineFacts,
  pending: SwapPending,
  windows: SwapWindows,
  at: Date,
  cal: CalendarContext,
): SimSwapEligibility[] {
  return SIM_TYPES.map((to) => {
    const window = windows[swapRequestType(to)];
    const refusal: Refusal | null =
      lineRefusal(line.state) ??
      (isEsim(to) && (line.network !== 'orange' || !line.esimAllowed || window === null)
        ? { code: 'line.sim_swap_esim_orange_only' }
        : null) ??
      (pending.termination ? { code: 'line.termination_pending' } : null) ??
      (pending.swap ? { code: 'line.sim_swap_pending' } : null);
    const effectiveAt = refusal === null ? (window ? submissionInstant(at, window, cal) : at) : null;
    return {
      simType: to,
      direction: swapDirection(line.simType, to),
      allowed: refusal === null,
      refusal,
      effectiveAt,
      immediate: effectiveAt !== null && effectiveAt.getTime() <= at.getTime(),
      needsContacts: isEsim(to),
      needsIccid: !isEsim(to),
      esimFee: isEsim(to),
    };
  });
}

export interface SwapRequest {
  simType: SimType;
  iccid?: string | undefined;
  contactEmail?: string | undefined;
  contactMobile?: string | undefined;
}

export type CheckedSwapRequest =
  | { ok: true; iccid: string | null; contactEmail: string | null; contactMobile: string | null }
  | { ok: false; refusal: Refusal; field: string };

/**
 * The request's own checks (no database): a physical SIM needs its ICCID, well formed (Luhn); a
 * swap to eSIM needs a contact e-mail and mobile (ACT-09), the mobile a valid French mobile that is
 * not the line's own number (ORD-04: the code could not reach a number whose eSIM is not installed).
 */
export function checkSwapRequest(req: SwapRequest, lineMsisdn: string | null): CheckedSwapRequest {
  let iccid: string | null = null;
  if (req.iccid !== undefined && req.iccid.trim() !== '') {
    const checked = checkIccid(req.iccid);
    if ('code' in checked)
      return { ok: false, field: 'iccid', refusal: { code: checked.code, params: { iccid: req.iccid } } };
    iccid = checked.iccid;
  } else if (!isEsim(req.simType)) {
    return { ok: false, field: 'iccid', refusal: { code: 'line.sim_swap_iccid_required' } };
  }
  if (!isEsim(req.simType)) return { ok: true, iccid, contactEmail: null, contactMobile: null };
  const email = req.contactEmail?.trim() ?? '';
  const mobileRaw = req.contactMobile?.trim() ?? '';
  if (!email || !mobileRaw)
    return { ok: false, field: 'contactMobile', refusal: { code: 'line.sim_swap_contacts_required' } };
  const mobile = nationalMobile(mobileRaw);
  if (!mobile)
    return {
      ok: false,
      field: 'contactMobile',
      refusal: { code: 'order.esim_mobile_invalid', params: { value: mobileRaw } },
    };
  if (esimMobileIsLine(mobile, lineMsisdn))
    return { ok: false, field: 'contactMobile', refusal: { code: 'line.sim_swap_mobile_is_line' } };
  return { ok: true, iccid, contactEmail: email, contactMobile: mobile };
}

export interface StockSimFacts {
  iccid: string;
  network: Network;
  simType: SimType;
  state: 'free' | 'assigned' | 'in_use' | 'retired';
  accountId: string | null;
}

/**
 * Whether a SIM of the stock may become the line's (ACT-07): the line's network and the requested
 * type, and free or assigned to this customer (SC-06); never a retired one (ORD-07), never the
 * line's own.
 */
export function checkSwapSim(
  sim: StockSimFacts,
  line: { network: Network; accountId: string; iccid: string | null },
  simType: SimType,
): Refusal | null {
  const params = { iccid: sim.iccid };
  if (sim.iccid === line.iccid) return { code: 'line.sim_swap_same_sim', params };
  if (sim.state === 'retired') return { code: 'line.sim_swap_sim_retired', params };
  if (sim.network !== line.network)
    return {
      code: 'line.sim_swap_sim_wrong_network',
      params: { ...params, simNetwork: sim.network, network: line.network },
    };
  if (sim.simType !== simType) return { code: 'line.sim_swap_sim_wrong_type', params };
  if (sim.state === 'in_use' || (sim.state === 'assigned' && sim.accountId !== line.accountId))
    return { code: 'line.sim_swap_sim_unavailable', params: { ...params, state: sim.state } };
  return null;
}

/** "lundi 23 novembre 2026 à 07:00" / "Monday 23 November 2026 at 07:00", in the tenant's zone. */
export function formatOpening(at: Date, zone: string, locale: 'fr' | 'en'): string {
  const local = localDateTime(at, zone).setLocale(locale);
  if (locale === 'fr') {
    const day = local.day === 1 ? '1er' : String(local.day);
    return `${local.toFormat('cccc')} ${day} ${local.toFormat('MMMM yyyy')} à ${local.toFormat('HH:mm')}`;
  }
  return `${local.toFormat('cccc')} ${local.day} ${local.toFormat('MMMM yyyy')} at ${local.toFormat('HH:mm')}`;
}

// ── Custom network name (ACT-08) ───────────────────────────────────────────────────────────────

export const NETWORK_NAME_MAX = 13;

// The partnerships are a tenant setting, owned by the tenants module.
export {
  NO_PARTNERSHIPS,
  PARTNERS,
  type OperatorPartnerships,
  type Partner,
} from '../tenants/partnerships.ts';

/** ACT-08 per network, as data. */
export const NETWORK_NAME_TERMS: Readonly<
  Record<
    Network,
    {
      partners: readonly Partner[];
      /** The reseller's SIMs on the network needed at least. */
      minSims: number;
      /** About how long the operator takes. */
      weeks: number;
      activeLines: boolean;
      restartNeeded: boolean;
    }
  >
> = {
  orange: {
    partners: ['init_sys', 'rezocean'],
    minSims: 1000,
    weeks: 2,
    activeLines: false,
    restartNeeded: false,
  },
  bouygues: { partners: ['init_sys'], minSims: 0, weeks: 4, activeLines: true, restartNeeded: true },
};

/**
 * Characters a network name may hold (Relais: the seed says nothing; handsets show the name from
 * the SIM in the GSM 7-bit alphabet at best, so Relais keeps to printable ASCII and the Latin-1
 * letters with accents French needs, plus Œ/œ).
 */
const NAME_CHAR = /^[\x20-\x7E\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0152\u0153]$/u;

export type CheckedName = { ok: true; name: string } | { ok: false; refusal: Refusal };

/** ACT-08: 13 characters at most, spaces included (outer spaces are dropped, inner ones count). */
export function checkNetworkName(raw: string): CheckedName {
  const name = raw.trim();
  if (name === '') return { ok: false, refusal: { code: 'line.network_name_empty' } };
  const chars = [...name];
  const bad = [...new Set(chars.filter((c) => !NAME_CHAR.test(c)))];
  if (bad.length > 0)
    return { ok: false, refusal: { code: 'line.network_name_chars', params: { chars: bad.join(' ') } } };
  if (chars.length > NETWORK_NAME_MAX)
    return {
      ok: false,
      refusal: {
        code: 'line.network_name_too_long',
        params: { max: NETWORK_NAME_MAX, length: chars.length },
      },
    };
  return { ok: true, name };
}

export interface NetworkNameEligibility {
  allowed: boolean;
  refusal: Refusal | null;
  network: Network;
  partner: Partner | null;
  weeks: number;
  /** The local date ('YYYY-MM-DD') the operator's delay gives, counted in working days. */
  expectedOn: string;
  restartNeeded: boolean;
}

/**
 * ACT-08: whether the line may get a custom network name at `at`. Orange: Init Sys or Rezocean
 * partners, at least 1000 SIMs (Relais counts the reseller's Orange physical SIMs not retired), about
 * 2 weeks, not on a line already active (the SIMs go to Orange's contractor before activation).
 * Bouygues Telecom: Init Sys partners, no minimum, about 4 weeks, on active lines too (the handset
 * must restart). "About N weeks" is N × 5 working days (CAL-01) from the request.
 */
export function networkNameEligibility(
  line: { state: LineState; network: Network },
  partnerships: OperatorPartnerships,
  simCount: number,
  openRequest: boolean,
  at: Date,
  cal: CalendarContext,
): NetworkNameEligibility {
  const terms = NETWORK_NAME_TERMS[line.network];
  const partner = partnerships[line.network];
  const partnerOk = partner !== null && terms.partners.includes(partner);
  const activeRefused = !terms.activeLines && (line.state === 'active' || line.state === 'suspended');
  const refusal: Refusal | null =
    (line.state === 'terminated' ? { code: 'line.terminated' } : null) ??
    (line.state === 'cancelled' ? { code: 'line.not_active' } : null) ??
    (activeRefused ? { code: 'line.network_name_line_active' } : null) ??
    (!partnerOk
      ? {
          code:
            line.network === 'orange'
              ? 'line.network_name_orange_partners'
              : 'line.network_name_bouygues_partners',
        }
      : null) ??
    (simCount < terms.minSims
      ? { code: 'line.network_name_min_sims', params: { min: terms.minSims, count: simCount } }
      : null) ??
    (openRequest ? { code: 'line.network_name_pending' } : null);
  const expected = addDays(at, terms.weeks * 5, { ...cal, kind: 'working' });
  return {
    allowed: refusal === null,
    refusal,
    network: line.network,
    partner: partnerOk ? partner : null,
    weeks: terms.weeks,
    expectedOn: toLocalDate(expected, cal.zone),
    restartNeeded: terms.restartNeeded,
  };
}
