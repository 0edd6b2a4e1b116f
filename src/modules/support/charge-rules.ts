import { endOfNthDay } from '../../platform/calendar/index.ts';
import { OK, refuse, type Calendar, type Refusal, type Service, type Verdict } from './incident-rules.ts';
import type { InterventionKind } from './intervention-rules.ts';

/** Charges (SUP-04..SUP-07): the tariff, qualifying an outcome, waivers, the cost summary, contests. */

// ── SUP-04 tariff (data per tenant) ───────────────────────────────────────────────────────────

export interface TariffLine {
  code: string;
  labelFr: string;
  labelEn: string;
  services: readonly Service[];
  /** € HT in cents; null for a line on quote. */
  amountCents: number | null;
  /** A quote-based line is charged only once the customer accepts the quote. */
  onQuote: boolean;
  /** 'qualification': a wrongful outcome of an intervention; 'fee': a booking or cancellation fee. */
  kind: 'qualification' | 'fee';
}

/** SUP-04, SUP-08, SUP-09: the seed's values, copied into each tenant's tariff on first use. */
export const DEFAULT_TARIFF: readonly TariffLine[] = [
  {
    code: 'sdsl_customer_installation_fault',
    labelFr: "SDSL : panne sur l'installation du client",
    labelEn: 'SDSL: fault on the customer installation',
    services: ['sdsl'],
    amountCents: 25_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'sdsl_internal_wiring_repair',
    labelFr: 'SDSL : réparation du câblage interne (sur devis)',
    labelEn: 'SDSL: internal wiring repair (on quote)',
    services: ['sdsl'],
    amountCents: null,
    onQuote: true,
    kind: 'qualification',
  },
  {
    code: 'sdsl_wrongful_modem_replacement',
    labelFr: 'SDSL : intervention à tort avec remplacement du modem',
    labelEn: 'SDSL: wrongful intervention with modem replacement',
    services: ['sdsl'],
    amountCents: 99_100,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'customer_absent_or_refused',
    labelFr: 'Client absent ou refus d’intervention',
    labelEn: 'Customer absent or intervention refused',
    services: ['adsl', 'sdsl'],
    amountCents: 25_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'no_fault_at_supplier',
    labelFr: 'Pas de défaut constaté chez le fournisseur',
    labelEn: 'No fault found at supplier',
    services: ['adsl', 'sdsl'],
    amountCents: 25_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'adsl_no_fault_at_expertise',
    labelFr: 'ADSL : pas de défaut constaté à l’expertise',
    labelEn: 'ADSL: no fault found at expertise',
    services: ['adsl'],
    amountCents: 40_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'vga_wrongful_supplier_ticket',
    labelFr: 'VGA : ticket fournisseur à tort',
    labelEn: 'VGA: wrongful supplier ticket',
    services: ['vga'],
    amountCents: 45_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'vga_wrongful_intervention',
    labelFr: 'VGA : intervention à tort',
    labelEn: 'VGA: wrongful intervention',
    services: ['vga'],
    amountCents: 18_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'adsl_sav_plus',
    labelFr: 'ADSL : SAV+',
    labelEn: 'ADSL: SAV+',
    services: ['adsl'],
    amountCents: 18_500,
    onQuote: false,
    kind: 'fee',
  },
  {
    code: 'adsl_sav_plus_late_cancellation',
    labelFr: 'ADSL : annulation tardive du SAV+ (moins de 48 heures ouvrables)',
    labelEn: 'ADSL: late SAV+ cancellation (under 48 business hours)',
    services: ['adsl'],
    amountCents: 9_500,
    onQuote: false,
    kind: 'fee',
  },
];

/** The outcome meaning the fault was found and fixed at the supplier's: nothing is charged. */
export const FAULT_FIXED = 'fault_fixed';

export type Qualification =
  | { ok: true; charge: null }
  | { ok: true; charge: { code: string; amountCents: number; awaitingAcceptance: boolean } }
  | ({ ok: false } & Refusal);

/**
 * SUP-04/SUP-05: qualifies an intervention's outcome against the tenant's tariff. A wrongful
 * qualification charges at once; a quote-based line needs the quoted amount and the customer's
 * acceptance before it is due.
 */
export function qualify(
  tariff: readonly TariffLine[],
  service: Service,
  kind: InterventionKind,
  qualification: string,
  quoteCents?: number,
): Qualification {
  if (qualification === FAULT_FIXED) return { ok: true, charge: null };
  const line = tariff.find((l) => l.code === qualification && l.kind === 'qualification');
  if (!line || !line.services.includes(service))
    return { ok: false, code: 'support.qualification_unknown', params: { qualification, service } };
  // SUP-04: "no fault at expertise" qualifies an expertise only, and an expertise nothing else.
  const expertiseLine = line.code === 'adsl_no_fault_at_expertise';
  if (expertiseLine !== (kind === 'expertise'))
    return { ok: false, code: 'support.qualification_unknown', params: { qualification, service } };
  if (line.onQuote) {
    if (quoteCents === undefined || quoteCents <= 0)
      return { ok: false, code: 'support.quote_amount_required', params: { qualification } };
    return { ok: true, charge: { code: line.code, amountCents: quoteCents, awaitingAcceptance: true } };
  }
  return {
    ok: true,
    charge: { code: line.code, amountCents: line.amountCents ?? 0, awaitingAcceptance: false },
  };
}

export interface ChargeFact {
  id: string;
  interventionId: string | null;
  /** When the intervention the charge comes from was planned. */
  interventionPlannedAt: Date | null;
  status: ChargeStatus;
}

export type ChargeStatus = 'due' | 'awaiting_acceptance' | 'contested' | 'waived';

/**
 * SUP-06: an ADSL expertise that finds and fixes the fault waives every charge of an intervention
 * of the incident planned before it (wrongful qualifications, SAV+ fees). Returns their ids.
 */
export function chargesWaivedByExpertise(charges: readonly ChargeFact[], expertisePlannedAt: Date): string[] {
  return charges
    .filter(
      (c) =>
        c.status !== 'waived' &&
        c.interventionId !== null &&
        c.interventionPlannedAt !== null &&
        c.interventionPlannedAt.getTime() < expertisePlannedAt.getTime(),
    )
    .map((c) => c.id);
}

/** SUP-05: the cost summary sent at resolution: every charge, and the total still due. */
export function costSummary(charges: readonly { amountCents: number; status: ChargeStatus }[]): {
  dueCents: number;
  waivedCents: number;
} {
  let dueCents = 0;
  let waivedCents = 0;
  for (const c of charges) {
    if (c.status === 'waived') waivedCents += c.amountCents;
    else if (c.status === 'due' || c.status === 'contested') dueCents += c.amountCents;
  }
  return { dueCents, waivedCents };
}

// ── SUP-07 contest window ─────────────────────────────────────────────────────────────────────

/** SUP-07, Reading 2: 23:59:59.999 of the 2nd working day (CAL-01) after the notification. */
export function contestDeadline(notifiedAt: Date, cal: Calendar): Date {
  return endOfNthDay(notifiedAt, 2, { ...cal, kind: 'working' });
}

export function checkContest(now: Date, deadline: Date, status: ChargeStatus, email: string): Verdict {
  if (status === 'waived' || status === 'contested')
    return refuse('support.charge_not_contestable', { status });
  // SUP-07: after the window only an e-mail to customer service can contest the charge.
  if (now.getTime() > deadline.getTime())
    return refuse('support.contest_window_closed', { deadline: deadline.toISOString(), email });
  return OK;
}
