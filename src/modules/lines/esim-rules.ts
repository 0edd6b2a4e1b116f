import type { ErrorCode } from '../../platform/errors.ts';
import { parsePhone } from '../../platform/phone.ts';

/** Pure eSIM rules of a line (ORD-04, ORD-05), used at order, at confirmation and at a SIM swap. */

/** ORD-05: the activation code as the QR code carries it. */
export function lpaActivationCode(smdpAddress: string, matchingId: string): string {
  return `LPA:1$${smdpAddress}$${matchingId}$$1`;
}

/** ORD-05: the 6-digit confirmation code locks after 3 wrong tries. */
export const ESIM_MAX_TRIES = 3;

export type ConfirmationOutcome = { ok: true } | { ok: false; code: ErrorCode; left: number };

export function confirmEsim(expected: string, given: string, wrongTries: number): ConfirmationOutcome {
  if (wrongTries >= ESIM_MAX_TRIES) return { ok: false, code: 'line.esim_locked', left: 0 };
  if (given === expected) return { ok: true };
  const left = ESIM_MAX_TRIES - wrongTries - 1;
  return { ok: false, code: left === 0 ? 'line.esim_locked' : 'line.esim_code_wrong', left };
}

/** A French mobile (06/07…) in national form, or +33 form, normalised to 10 digits. */
export function nationalMobile(raw: string): string | null {
  // Issue 10: the same libphonenumber check as every phone (ACC-02), then French mobiles only.
  const parsed = parsePhone(raw, 'FR');
  const m = parsed.ok ? /^\+33([67][0-9]{8})$/.exec(parsed.e164) : null;
  return m ? `0${m[1] ?? ''}` : null;
}

/** ORD-04: for a creation without portability, the code must not go to the new line's own number. */
export function esimMobileIsLine(contactMobile: string | undefined, lineMsisdn: string | null): boolean {
  if (!contactMobile || !lineMsisdn) return false;
  return nationalMobile(contactMobile) === lineMsisdn;
}
