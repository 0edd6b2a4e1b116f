import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A usage example of a national number, shown in error messages (ACC-02). */
const PHONE_EXAMPLES: Record<string, string> = {
  FR: '06 12 34 56 78',
  IL: '054-123-4567',
};

export type ParsedPhone =
  { ok: true; e164: string } | { ok: false; params: { input: string; country: string; example: string } };

/**
 * ACC-02, for every phone Relais is given (a customer's, a contact's, an incident's site contact,
 * an intervention's reachable numbers): typed in national or international form, validated with
 * libphonenumber's metadata for the tenant's or account's country, kept in E.164 ("+33612345678").
 */
export function parsePhone(input: string, country: string): ParsedPhone {
  const parsed = parsePhoneNumberFromString(input.trim(), country as CountryCode);
  if (!parsed || !parsed.isValid())
    return {
      ok: false,
      params: { input: input.trim(), country, example: PHONE_EXAMPLES[country] ?? '+33 6 12 34 56 78' },
    };
  return { ok: true, e164: parsed.number };
}
