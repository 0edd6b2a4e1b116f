import { fullFormats } from 'ajv-formats/dist/formats.js';

const EMAIL_RE = fullFormats.email as RegExp;

/**
 * The one e-mail validation of Relais: the API's `format: 'email'` (users), account and contact
 * e-mails, and every outbox recipient. A bare address (RFC 5322 dot-atom, ajv-formats' full
 * regex), at most 254 characters as RFC 5321 bounds it: no display name, no quotes or angle
 * brackets, no line breaks (header injection), so `"Evil"<attacker@evil.test>` is refused where
 * it is typed instead of breaking a notification later.
 */
export function isEmailAddress(s: string): boolean {
  return s.length <= 254 && EMAIL_RE.test(s);
}
