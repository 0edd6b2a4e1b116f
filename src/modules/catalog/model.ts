import type { OpeningWindow } from '../../platform/calendar/index.ts';

/**
 * The shape of the mobile catalog (seed 003, AlphaLink on Orange and Bouygues Telecom): plain data
 * that the rules read. A catalog version is a data file under ./data, loaded into the database at
 * start; offers and options keep their code from one version to the next, so a line that refers to
 * an offer code keeps meaning the same thing.
 */

export const NETWORKS = ['orange', 'bouygues'] as const;
export type Network = (typeof NETWORKS)[number];

/** The "gammes" of ACT-04: a line never moves from one to another. */
export const RANGES = ['unlimited', 'travel', 'data_only', 'payg', 'data_payg', 'm2m'] as const;
export type Range = (typeof RANGES)[number];

/** Roaming zones a line chooses an option or a cut-off for at order (ORD-09, USE-05, USE-08). */
export const ROAMING_ZONES = ['usa_canada', 'maghreb_turkey', 'rest_of_world', 'europe', 'world'] as const;
export type RoamingZone = (typeof ROAMING_ZONES)[number];

/** How a price is charged. A catalog item has one or several components. */
export const PRICE_COMPONENTS = [
  'monthly',
  'monthly_minimum',
  'one_off',
  'per_minute',
  'per_sms',
  'per_mms',
  'per_mb',
  'per_mb_tiers',
] as const;
export type PriceComponent = (typeof PRICE_COMPONENTS)[number];

/** One tier of data pay-as-you-go (CAT-09): from this volume on, every MB beyond 500 MB costs perMb. */
export interface PriceTier {
  readonly fromMb: number;
  /** Decimal string in the catalog currency, excl. VAT. */
  readonly perMb: string;
}

/**
 * A price as the catalog states it: a decimal string excl. VAT ("7.50"), or null when the seed
 * gives none ("à définir"), which blocks ordering until a tenant admin sets it. `per_mb_tiers`
 * carries `tiers` instead of `amount`.
 */
export interface CatalogPrice {
  readonly component: PriceComponent;
  readonly amount: string | null;
  readonly tiers?: readonly PriceTier[] | null;
  /** Where the figure comes from, or why it is missing (for readers of the data file). */
  readonly source: string;
}

/** Which recharges a plan takes (CAT-02/03/07/09/10/16). */
export type RechargePolicy = 'any' | 'same_volume' | 'none';

/** How the line's number is obtained (CAT-07, CAT-10, ORD-07). */
export type NumberAssignment = 'random_from_stock' | 'chosen_at_order' | 'given_by_operator';

export interface OfferDef {
  /** Stable across versions, e.g. "orange-unlimited-50gb-blocked". */
  readonly code: string;
  readonly network: Network;
  readonly range: Range;
  readonly name: { readonly fr: string; readonly en: string };
  /** Data envelope in MB in France + Europe: 0 = no data; null = pay-as-you-go (no envelope). */
  readonly envelopeMb: number | null;
  /** Blocked at the envelope (true) or throttled beyond (false); null where it does not apply. */
  readonly blocked: boolean | null;
  /** CAT-03/06/16/17: 5G included; CAT-10: M2M is 3G/4G only. */
  readonly fiveG: boolean;
  readonly voice: boolean;
  readonly sms: boolean;
  /** Usage abroad possible at all (CAT-07/09/10: data-only, data payg and M2M have none). */
  readonly roaming: boolean;
  readonly numberLength: 10 | 14;
  readonly numberAssignment: NumberAssignment;
  /** CAT-07: Bouygues data-only caps simultaneous sessions unless the line has a fixed IP. */
  readonly sessionLimit: number | null;
  /** CAT-11: eSIM is Orange only. */
  readonly esimAllowed: boolean;
  readonly recharge: RechargePolicy;
  /** ORD-09: zones for which a roaming option or a cut-off is chosen at order. */
  readonly roamingZonesAtOrder: readonly RoamingZone[];
  /** Things the offer includes that the rules or the UI show (Travel USA/Canada, fair use…). */
  readonly includes: readonly string[];
  readonly prices: readonly CatalogPrice[];
  /** CAT-05/CAT-22: the fair use of an unlimited plan; null where the plan is not unlimited. */
  readonly fairUse: FairUse | null;
  /** CAT-19: what the line's network can block. */
  readonly blocking: NetworkBlocking;
}

/**
 * CAT-05 fair use of the unlimited plans, as the figures the usage module checks. Beyond a monthly
 * limit or a call's duration, usage is billed per use and abuse may cut the line.
 */
export interface FairUse {
  readonly distinctCalleesPerMonth: number;
  readonly distinctSmsMmsRecipientsPerMonth: number;
  readonly maxCallSeconds: number;
  readonly beyond: 'billed_per_use';
  readonly abuseMayCutLine: boolean;
  /** Orange only: SMS an hour beyond which sending is suspended for some days; CAT-22 best effort. */
  readonly smsPerHour: {
    readonly max: number;
    readonly suspensionDays: number;
    readonly bestEffort: boolean;
  } | null;
  /** CAT-05: permanent call forwarding is not included. */
  readonly permanentCallForwarding: boolean;
}

/** What a line may want blocked (CAT-19, CAT-14): calls or SMS/MMS, abroad or to abroad. */
export const BLOCKABLE = [
  'calls_international',
  'sms_mms_international',
  'calls_roaming',
  'sms_mms_roaming',
  'calls_sms_mms_france_to_eea',
] as const;
export type Blockable = (typeof BLOCKABLE)[number];

/** How a network can block one thing: at order, and/or later through these options. */
export interface BlockingWay {
  readonly atOrder: boolean;
  /** Option codes of this catalog (CAT-14) that block it on an active line. */
  readonly options: readonly string[];
}

/** CAT-19: a network's blocking capabilities; null for a thing: that network cannot block it. */
export interface NetworkBlocking {
  readonly ways: Readonly<Record<Blockable, BlockingWay | null>>;
  /** Bouygues bars risky roaming destinations by default (an option lifts it, CAT-14). */
  readonly riskyRoamingDestinationsBarred: boolean;
  readonly liftRiskyDestinationsOption: string | null;
}

/**
 * CAT-20: how a fixed-IP line reaches the Internet. Internet-only on Orange needs an IPsec tunnel
 * whose login and password appear in the contract's technical information within 30 minutes of
 * the line's delivery; partner-platform delivery logs in as <international MSISDN>@<platform>.<suffix>.
 */
export interface FixedIpAccess {
  readonly delivery: 'internet_only' | 'partner_platform';
  readonly ipsecTunnel: boolean;
  /** Minutes after the line's delivery within which the credentials appear; null: not given. */
  readonly credentialsWithinMinutes: number | null;
  /** Partner platform: the login's form (domain suffix, digits of the international MSISDN). */
  readonly partnerLogin: { readonly domainSuffix: 'otd' | 'btd'; readonly msisdnDigits: 11 | 15 } | null;
}

export type OptionKind =
  'esim' | 'fixed_ip' | 'roaming' | 'cutoff' | 'voice_service' | 'handset_service' | 'recharge';

/**
 * One clause of where an option may go: every given condition must hold. An option is allowed on
 * an offer when one of its clauses matches.
 */
export interface AppliesTo {
  readonly network: Network;
  readonly ranges: readonly Range[];
  /** true: blocked plans only (CAT-12 Orange fixed IP, Reading 12). */
  readonly blockedOnly?: boolean;
  /** The offer must carry data (an envelope above 0 or pay-as-you-go data). */
  readonly needsData?: boolean;
}

export interface OptionDef {
  readonly code: string;
  readonly kind: OptionKind;
  readonly network: Network;
  readonly name: { readonly fr: string; readonly en: string };
  readonly appliesTo: readonly AppliesTo[];
  /** Options of one group exclude each other on a line (one choice per roaming zone…). */
  readonly group: string | null;
  readonly zone: RoamingZone | null;
  /** Data volume of a recharge, a roaming option or a cut-off, in MB. */
  readonly volumeMb: number | null;
  /** Cut-offs in euros (Bouygues, USE-05). */
  readonly cutoffEuros: number | null;
  /** CAT-12/20: partner-platform delivery is for Init Sys partners only. */
  readonly partnerOnly: 'init_sys' | null;
  /** CAT-13: enabled by the user on the handset, nothing to order. */
  readonly handsetActivated: boolean;
  /** ORD-09: must be chosen when the line is ordered (Bouygues cut-offs). */
  readonly requiredAtOrder: boolean;
  readonly notes: readonly string[];
  readonly prices: readonly CatalogPrice[];
  /** CAT-20: on fixed-IP options only. */
  readonly fixedIpAccess?: FixedIpAccess;
}

/**
 * Operator terms added to a version after it was released (fair use, blocking, fixed-IP access):
 * they describe the networks, price nothing and change no eligibility, so they are left out of the
 * version's checksum and refreshed in place (see loadCatalog). Every other field is immutable.
 */
export const OFFER_TERMS = ['fairUse', 'blocking'] as const;
export const OPTION_TERMS = ['fixedIpAccess'] as const;

/** Request types whose opening hours differ (ORD-03). */
export const REQUEST_TYPES = ['creation', 'sim_swap', 'esim_creation', 'esim_swap'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export interface CatalogVersionData {
  /** e.g. "2026-01" */
  readonly id: string;
  /** The version applies from 00:00 Europe/Paris on this date. */
  readonly effectiveFrom: string;
  readonly currency: 'EUR';
  /** Prices are excl. VAT (HT) throughout seed 003. */
  readonly vatIncluded: false;
  readonly source: string;
  readonly offers: readonly OfferDef[];
  readonly options: readonly OptionDef[];
  /** ORD-03, as `OpeningWindow` data; null: the request type does not exist on that network. */
  readonly openingHours: Readonly<Record<Network, Readonly<Record<RequestType, OpeningWindow | null>>>>;
}

/** CAT-11: the eSIM option whose one-off fee an eSIM line carries (at order and at each new profile). */
export const ESIM_OPTION = 'orange-esim';
