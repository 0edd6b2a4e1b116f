import type { ErrorCode } from '../../platform/errors.ts';
import {
  addDays,
  addHours,
  isDayOff,
  toLocalDate,
  type CalendarContext,
  type OpeningWindow,
} from '../../platform/calendar/index.ts';
import type { NumberAssignment, RequestType } from '../catalog/model.ts';
import type { SimType } from '../stock/rules.ts';
import type { OrderState } from './store.ts';

/** Pure ordering rules (ORD-02..ORD-07, CAT-07/10/11). The instant is always a parameter. */

// The eSIM rules (ORD-04/05) belong to the lines module, the ORD-03 submission instant to the
// catalog's opening hours; orders use them from there (never the other way round).
export {
  confirmEsim,
  esimMobileIsLine,
  ESIM_MAX_TRIES,
  lpaActivationCode,
  nationalMobile,
  type ConfirmationOutcome,
} from '../lines/esim-rules.ts';
export { submissionInstant } from '../catalog/opening-hours.ts';
import { nationalMobile } from '../lines/esim-rules.ts';

export interface OrderIssue {
  /** Index of the order line (0-based), or -1 for the order itself. */
  index: number;
  field: string;
  code: ErrorCode;
  params?: Record<string, string | number>;
}

// ── ORD-06: RIO ────────────────────────────────────────────────────────────────────────────────

/**
 * ORD-06 (Relais, from ARCEP's public format): 12 characters = operator code (2) + contract type
 * (P or E for mobile) + customer reference (6) + control key (3). The key is computed over the 9
 * first characters followed by the 10-digit number being ported, with three running sums modulo
 * 37 over the alphabet below (weights 1, 2, 4). This is the algorithm published by several open
 * implementations of the French portability key; ARCEP's operator documents were not available to
 * check it against, so it is kept in this one function.
 */
const RIO_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+';
export const RIO_RE = /^[0-9A-Z]{2}[PE][0-9A-Z+]{6}[0-9A-Z+]{3}$/;

export function rioKey(head9: string, msisdn: string): string {
  const s = head9 + msisdn;
  let a = 0;
  let b = 0;
  let c = 0;
  for (const ch of s) {
    const pos = RIO_ALPHABET.indexOf(ch);
    a = (a + pos) % 37;
    b = (2 * b + pos) % 37;
    c = (4 * c + pos) % 37;
  }
  return `${RIO_ALPHABET[a] ?? ''}${RIO_ALPHABET[b] ?? ''}${RIO_ALPHABET[c] ?? ''}`;
}

export function checkRio(rawRio: string, msisdn: string): ErrorCode | null {
  const rio = rawRio.replace(/\s/g, '').toUpperCase();
  if (!RIO_RE.test(rio)) return 'order.rio_format';
  return rio.slice(9) === rioKey(rio.slice(0, 9), msisdn) ? null : 'order.rio_key';
}

/** A number that can be ported to a mobile line: 06 or 07 then 8 digits. */
export function checkPortNumber(raw: string): string | null {
  const n = raw.replace(/[\s.-]/g, '');
  return /^0[67][0-9]{8}$/.test(n) ? n : null;
}

// ── ORD-03: opening hours ──────────────────────────────────────────────────────────────────────

/** ORD-03: the request type whose window applies (Orange eSIM creation has its own hours). */
export function requestTypeOf(simType: SimType): RequestType {
  return simType === 'esim' ? 'esim_creation' : 'creation';
}

// ── ORD-02: activation ─────────────────────────────────────────────────────────────────────────

/** ORD-02 + Reading 5: without portability, active within 1 working hour inside the network's window. */
export function activationDeadline(submittedAt: Date, window: OpeningWindow, cal: CalendarContext): Date {
  return addHours(submittedAt, 1, { ...cal, window });
}

/** ORD-02 + Reading 6: the earliest porting date, 3 working days (Mon–Fri minus holidays) after the order. */
export function earliestPortingDate(now: Date, cal: CalendarContext): string {
  return toLocalDate(addDays(now, 3, { ...cal, kind: 'working' }), cal.zone);
}

/** An activation date (local 'YYYY-MM-DD') before today in the tenant's zone. */
export function activationDatePast(date: string, now: Date, cal: CalendarContext): boolean {
  return date < toLocalDate(now, cal.zone);
}

/** '2026-11-20' → '20/11/2026', as the UI shows dates in both languages. */
function dayMonthYear(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

/** ORD-02: a porting date (local 'YYYY-MM-DD') is a working day, at least 3 working days ahead. */
export function checkPortingDate(date: string, now: Date, cal: CalendarContext): OrderIssue | null {
  const earliest = earliestPortingDate(now, cal);
  if (date < earliest)
    return { index: -1, field: 'activationDate', code: 'order.porting_date_too_early', params: { earliest } };
  // Noon local: a day's kind does not depend on the hour, and noon is never skipped by DST.
  const noon = new Date(`${date}T12:00:00Z`);
  if (isDayOff(noon, { ...cal, kind: 'working' }))
    return { index: -1, field: 'activationDate', code: 'order.porting_date_weekend' };
  return null;
}

// ── One order line ─────────────────────────────────────────────────────────────────────────────

export interface LineRequest {
  simType: SimType;
  portability: boolean;
  portNumber?: string | undefined;
  rio?: string | undefined;
  activationDate?: string | undefined;
  number?: string | undefined;
  esimContactEmail?: string | undefined;
  esimContactMobile?: string | undefined;
}

export interface OfferOrderFacts {
  code: string;
  esimAllowed: boolean;
  numberAssignment: NumberAssignment;
}

/**
 * The checks of one order line that need no database: eSIM (CAT-11, ORD-04), portability (ORD-06,
 * ORD-02), who gives the number (ORD-07, CAT-07/10). Returns every issue, with its field.
 */
export function checkLine(
  index: number,
  line: LineRequest,
  offer: OfferOrderFacts,
  now: Date,
  cal: CalendarContext,
): OrderIssue[] {
  const issues: OrderIssue[] = [];
  const add = (field: string, code: ErrorCode, params?: Record<string, string | number>) =>
    issues.push({ index, field, code, ...(params ? { params } : {}) });
  // Issue 10: a date already gone is refused with a message, never silently replaced by the next
  // possible activation (with or without portability).
  if (line.activationDate && activationDatePast(line.activationDate, now, cal))
    add('activationDate', 'order.activation_date_past', {
      date: dayMonthYear(line.activationDate),
      today: dayMonthYear(toLocalDate(now, cal.zone)),
    });
  // CAT-11: eSIM only where the catalog allows it (Orange).
  if (line.simType === 'esim') {
    if (!offer.esimAllowed) add('simType', 'order.esim_not_allowed', { offer: offer.code });
    if (!line.esimContactEmail || !line.esimContactMobile)
      add('esimContactMobile', 'order.esim_contact_required');
    else if (nationalMobile(line.esimContactMobile) === null)
      add('esimContactMobile', 'order.esim_mobile_invalid', { value: line.esimContactMobile });
  }
  if (line.portability) {
    const n = checkPortNumber(line.portNumber ?? '');
    if (!n) add('portNumber', 'order.port_number_invalid');
    const rioCode = checkRio(line.rio ?? '', n ?? '0000000000');
    if (rioCode === 'order.rio_format' || (n && rioCode))
      add('rio', rioCode, { rio: line.rio ?? '', msisdn: n ?? '' });
    if (!line.activationDate) add('activationDate', 'order.porting_date_required');
    else if (!activationDatePast(line.activationDate, now, cal)) {
      const issue = checkPortingDate(line.activationDate, now, cal);
      if (issue) add(issue.field, issue.code, issue.params);
    }
    // ORD-04: the confirmation number must not be the new line's; with portability the line keeps
    // the ported number, which the customer already holds, so it may receive the code.
  } else {
    // ORD-07: Bouygues data-only: the reseller picks the number; otherwise it is not chosen.
    if (offer.numberAssignment === 'chosen_at_order' && !line.number)
      add('number', 'order.number_choice_required');
    if (offer.numberAssignment !== 'chosen_at_order' && line.number)
      add('number', 'order.number_choice_not_allowed');
  }
  return issues;
}

/**
 * ORD-03 (issue 15, TMF622 PATCH): a state a client may set on its order. Only "cancelled", and
 * only while the order waits for the operator's opening (queued): once it is in progress the
 * operator may already be creating the lines. Cancelling a cancelled order again changes nothing.
 */
export function orderStateChangeRefusal(current: OrderState, requested: string): ErrorCode | null {
  if (requested !== 'cancelled') return 'order.state_not_settable';
  return current === 'queued' || current === 'cancelled' ? null : 'order.not_cancellable';
}
