import type { ErrorCode } from '../../platform/errors.ts';
import { luhnValid } from '../../platform/luhn.ts';

/**
 * ACC-01 for Israeli customers (issue 11 §6): a business is identified by its company number
 * (ח.פ., "mispar hevra", from the Registrar of Companies) and a person, or a sole trader (עוסק), by
 * the identity number (ת.ז., "teudat zehut"). Both are 9 digits whose last is a check digit: the
 * digits weighted 1, 2, 1, 2… from the left, a two-digit product counting as the sum of its digits,
 * must add up to a multiple of 10 — the Luhn scheme over 9 digits. A ת.ז. written with fewer digits
 * is padded with zeros on the left (older numbers are printed that way); a ח.פ. always has 9.
 */
export type IsraeliIdKind = 'il_company' | 'il_identity';

export type IsraeliIdCheck =
  | { ok: true; kind: IsraeliIdKind; value: string }
  | { ok: false; code: ErrorCode; params: Record<string, string | number> };

export function checkIsraeliId(input: string, kind: IsraeliIdKind): IsraeliIdCheck {
  // Agents copy numbers as printed: "51-525252-5", "0 1234567 8", with spaces or dashes.
  const compact = input.replace(/[\s.-]/g, '');
  const label = kind === 'il_company' ? 'ח.פ.' : 'ת.ז.';
  if (compact.length === 0) return { ok: false, code: 'account.il_id_required', params: { label } };
  const bad = /[^0-9]/.exec(compact);
  if (bad) return { ok: false, code: 'account.il_id_not_digits', params: { label, character: bad[0] } };
  const min = kind === 'il_company' ? 9 : 5;
  if (compact.length < min || compact.length > 9)
    return { ok: false, code: 'account.il_id_length', params: { label, count: compact.length } };
  const value = compact.padStart(9, '0');
  if (!luhnValid(value)) return { ok: false, code: 'account.il_id_checksum', params: { label } };
  return { ok: true, kind, value };
}
