import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** "+33612345678" → "+33 6 12 34 56 78": stored in E.164 (ACC-02), shown grouped. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
