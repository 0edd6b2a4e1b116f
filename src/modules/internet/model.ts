/**
 * The internet catalog's data model (issue 11 §1): what the data files of ./data declare and the
 * rules read. Prices are decimal strings in the version's currency; null is "à définir" (the seed
 * does not give it).
 */
export const OPERATORS = ['hot', 'partner'] as const;
export type Operator = (typeof OPERATORS)[number];

export const OPERATOR_NAMES: Readonly<Record<Operator, string>> = { hot: 'HOT', partner: 'Partner' };

export interface Named {
  code: string;
  nameFr: string;
  nameEn: string;
}

export interface PlanDef extends Named {
  operator: Operator;
  /** Download speed in Mbit/s, as the seed names plans ("500 MB"). */
  speedMb: number;
  fibre: boolean;
  /** Monthly price, null: "à définir". */
  monthly: string | null;
  /** NET-14 / NET-02: how the seed relates this plan's price to another's when it gives no amount. */
  priceNoteFr?: string;
  priceNoteEn?: string;
  /** NET-04: how many Wi-Fi extenders the plan allows (null: no limit stated). */
  maxExtenders: number | null;
}

export const LED_FUNCTIONS = ['power', 'infrastructure', 'internet', 'wifi', 'phone'] as const;
export type LedFunction = (typeof LED_FUNCTIONS)[number];

export interface LedDef {
  function: LedFunction;
  /** Where it is or what it shows on the box ("S", "DS/US", "@", first LED from the left…). */
  markFr: string;
  markEn: string;
}

export interface BoxDef extends Named {
  operator: Operator;
  /** NET-04: HOT extenders work with the Hot Box 5 and 5f only. */
  extenderCompatible: boolean;
  /** SET-07: the box can split 2.4 and 5 GHz networks. */
  splitsBands: boolean;
  leds: readonly LedDef[];
  noteFr?: string;
  noteEn?: string;
}

export const SERVICE_KINDS = ['fixed_ip', 'extender'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface ServiceDef extends Named {
  operator: Operator;
  kind: ServiceKind;
  monthly: string | null;
  /** NET-03/NET-19: HOT's DNS name is added at once; Partner's fixed IP once Partner confirms. */
  activation: 'immediate' | 'operator_confirmation';
}

export const FEE_CODES = ['box-not-returned', 'partner-installation-small-building', 'box-rental'] as const;
export type FeeCode = (typeof FEE_CODES)[number];

export interface FeeDef extends Named {
  code: FeeCode;
  operator: Operator | null;
  component: 'one_off' | 'monthly';
  amount: string | null;
}

export interface InternetCatalogData {
  /** e.g. "internet-2026-01". */
  id: string;
  /** Local date (Asia/Jerusalem) from which the version applies. */
  effectiveFrom: string;
  currency: 'ILS';
  vatIncluded: boolean;
  source: string;
  plans: readonly PlanDef[];
  boxes: readonly BoxDef[];
  services: readonly ServiceDef[];
  fees: readonly FeeDef[];
  /** What LED states mean, per function (NET-01). */
  ledMeanings: Readonly<Record<LedFunction, { fr: string; en: string }>>;
}
