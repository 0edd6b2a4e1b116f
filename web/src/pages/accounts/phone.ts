import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'virtual:phone-metadata';

/**
 * "+33612345678" → "+33 6 12 34 56 78": stored in E.164 (ACC-02), shown grouped. Only French and
 * Israeli metadata ship to the browser (web/vite.config.ts); a number of another country shows
 * as stored.
 */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164, metadata)?.formatInternational() ?? e164;
}
