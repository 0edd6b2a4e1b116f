import type { ErrorCode } from '../../platform/errors.ts';
import { isEmailAddress } from '../../platform/notify/email-address.ts';
import { nextBillingDay as calendarNextBillingDay, toLocalDate } from '../../platform/calendar/index.ts';
import { parsePhone } from '../../platform/phone.ts';
import { checkIsraeliId, type IsraeliIdKind } from './israeli-id.ts';
import { luhnValid } from '../../platform/luhn.ts';

export { luhnValid };

/**
 * Pure rules of customer accounts: ACC-01 (person or business, SIRET), ACC-02 (E.164 phones),
 * ACC-05 (mandatory e-mail), CAL-06 (Billing Day). No clock, no database: the caller passes
 * everything, and gets issues it turns into a 400 with field pointers.
 */

export type AccountKind = 'person' | 'business';

/** One thing wrong with a submitted field; `params` fill the message of `code`. */
export interface AccountIssue {
  field: string;
  code: ErrorCode;
  params: Record<string, string | number>;
}

const issue = (field: string, code: ErrorCode, params: Record<string, string | number> = {}) => ({
  field,
  code,
  params,
});

/** La Poste's SIREN: its establishments' SIRETs use the sum-of-digits rule instead of Luhn (ACC-01). */
export const LA_POSTE_SIREN = '356000000';
/** La Poste's head office: its SIRET passes Luhn (and not the sum rule), so Luhn applies to it. */
const LA_POSTE_HEAD_OFFICE = '35600000000048';

export type SiretCheck =
  { ok: true; siret: string } | { ok: false; code: ErrorCode; params: Record<string, string | number> };

/**
 * ACC-01 (Relais): a SIRET is 14 digits (spaces, dots and dashes typed between groups are
 * stripped) with a valid Luhn key; La Poste's establishments (SIREN 356000000) use "sum of the
 * digits is a multiple of 5" instead. Each refusal says precisely what is wrong.
 */
export function checkSiret(input: string): SiretCheck {
  const compact = input.replace(/[\s.-]/g, '');
  if (compact.length === 0) return { ok: false, code: 'account.siret_required', params: {} };
  const bad = /[^0-9]/.exec(compact);
  if (bad) return { ok: false, code: 'account.siret_not_digits', params: { character: bad[0] } };
  if (compact.length !== 14)
    return { ok: false, code: 'account.siret_length', params: { count: compact.length } };
  const valid =
    compact.startsWith(LA_POSTE_SIREN) && compact !== LA_POSTE_HEAD_OFFICE
      ? [...compact].reduce((s, d) => s + Number(d), 0) % 5 === 0
      : luhnValid(compact);
  if (!valid) return { ok: false, code: 'account.siret_checksum', params: {} };
  return { ok: true, siret: compact };
}

export type PhoneCheck =
  { ok: true; e164: string } | { ok: false; code: ErrorCode; params: Record<string, string | number> };

/** ACC-02: a contact phone number, checked by the one phone rule of the platform (`parsePhone`). */
export function normalizePhone(input: string, country: string): PhoneCheck {
  const p = parsePhone(input, country);
  return p.ok ? p : { ok: false, code: 'account.phone_invalid', params: p.params };
}

/** ACC-05: every account has an e-mail address. */
export function checkEmail(input: string | null | undefined, field = 'email'): AccountIssue | null {
  const email = (input ?? '').trim();
  if (email.length === 0) return issue(field, 'account.email_required');
  if (!isEmailAddress(email)) return issue(field, 'account.email_invalid', { email });
  return null;
}

/** CAL-06: a Billing Day is a day of the month, 1 to 31 (29–31 fall on a shorter month's last day). */
export function checkBillingDay(day: number): AccountIssue | null {
  return Number.isInteger(day) && day >= 1 && day <= 31
    ? null
    : issue('billingDay', 'account.billing_day_invalid', { value: day });
}

/**
 * CAL-06: the date (in the tenant's zone) of the next Billing Day strictly after `at`; on the
 * Billing Day itself, next month's (Reading 4). The calendar module computes it.
 */
export function nextBillingDate(at: Date, billingDay: number, zone: string): string {
  return toLocalDate(calendarNextBillingDay(at, billingDay, zone), zone);
}

/** What the customer form sends (create), or the account once a patch is applied. */
export interface AccountFields {
  kind: AccountKind;
  companyType?: string | null | undefined;
  companyName?: string | null | undefined;
  siret?: string | null | undefined;
  /** Israeli accounts: the ח.פ. or ת.ז. (issue 11 §6), and which one (by default from the kind). */
  nationalId?: string | null | undefined;
  nationalIdKind?: IsraeliIdKind | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  country: string;
  billingDay: number;
}

/** The account's fields, cleaned: trimmed, SIRET compact, phone in E.164. */
export interface CleanAccount {
  kind: AccountKind;
  companyType: string | null;
  companyName: string | null;
  siret: string | null;
  /** Israeli accounts (issue 11 §6): a company number (ח.פ.) or an identity number (ת.ז.). */
  nationalIdKind: IsraeliIdKind | null;
  nationalId: string | null;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  email: string;
  phone: string | null;
  country: string;
  billingDay: number;
}

const blank = (s: string | null | undefined): string | null => {
  const t = (s ?? '').trim();
  return t.length === 0 ? null : t;
};

/**
 * ACC-01, ACC-02, ACC-05, CAL-06 together: every issue of the form at once (so the form can show
 * them all), or the cleaned account. A business needs a legal form, a company name and — in
 * France, where it exists — a SIRET; a person needs a last name; company fields are for businesses.
 */
export function validateAccount(f: AccountFields): { issues: AccountIssue[]; account: CleanAccount | null } {
  const issues: AccountIssue[] = [];
  const companyType = blank(f.companyType);
  const companyName = blank(f.companyName);
  const siretInput = blank(f.siret);
  const firstName = blank(f.firstName);
  const lastName = blank(f.lastName);
  let siret: string | null = null;

  if (f.kind === 'business') {
    if (!companyType) issues.push(issue('companyType', 'account.company_type_required'));
    if (!companyName) issues.push(issue('companyName', 'account.company_name_required'));
    if (siretInput) {
      const s = checkSiret(siretInput);
      if (s.ok) siret = s.siret;
      else issues.push(issue('siret', s.code, s.params));
    } else if (f.country === 'FR') {
      issues.push(issue('siret', 'account.siret_required'));
    }
  } else {
    if (!lastName) issues.push(issue('lastName', 'account.last_name_required'));
    const misplaced = (
      [
        ['companyType', companyType],
        ['companyName', companyName],
        ['siret', siretInput],
      ] as const
    ).find(([, v]) => v !== null);
    if (misplaced) issues.push(issue(misplaced[0], 'account.business_field_for_person'));
  }

  const national = checkNationalId(f, issues);

  const emailIssue = checkEmail(f.email);
  if (emailIssue) issues.push(emailIssue);

  let phone: string | null = null;
  const phoneInput = blank(f.phone);
  if (phoneInput) {
    const p = normalizePhone(phoneInput, f.country);
    if (p.ok) phone = p.e164;
    else issues.push(issue('phone', p.code, p.params));
  }

  const dayIssue = checkBillingDay(f.billingDay);
  if (dayIssue) issues.push(dayIssue);

  if (issues.length > 0) return { issues, account: null };
  const displayName =
    f.kind === 'business' ? (companyName ?? '') : [firstName, lastName].filter(Boolean).join(' ');
  return {
    issues,
    account: {
      kind: f.kind,
      companyType: f.kind === 'business' ? companyType : null,
      companyName: f.kind === 'business' ? companyName : null,
      siret,
      nationalIdKind: national?.kind ?? null,
      nationalId: national?.value ?? null,
      firstName: f.kind === 'person' ? firstName : null,
      lastName: f.kind === 'person' ? lastName : null,
      displayName,
      email: (f.email ?? '').trim(),
      phone,
      country: f.country,
      billingDay: f.billingDay,
    },
  };
}

/**
 * ACC-01 for Israel (issue 11 §6): an Israeli business needs its ח.פ. (or, for a sole trader, the
 * owner's ת.ז.), a person may give a ת.ז.; a person has no company number; outside Israel there is
 * no Israeli number (the SIRET identifies French businesses).
 */
function checkNationalId(
  f: AccountFields,
  issues: AccountIssue[],
): { kind: IsraeliIdKind; value: string } | null {
  const input = blank(f.nationalId);
  const kind = f.nationalIdKind ?? (f.kind === 'business' ? 'il_company' : 'il_identity');
  if (f.country !== 'IL') {
    if (input) issues.push(issue('nationalId', 'account.il_id_outside_israel', { country: f.country }));
    return null;
  }
  if (f.kind === 'person' && kind === 'il_company') {
    issues.push(issue('nationalIdKind', 'account.il_company_for_person'));
    return null;
  }
  if (!input) {
    if (f.kind === 'business') issues.push(issue('nationalId', 'account.il_id_required', { label: 'ח.פ.' }));
    return null;
  }
  const c = checkIsraeliId(input, kind);
  if (c.ok) return { kind: c.kind, value: c.value };
  issues.push(issue('nationalId', c.code, c.params));
  return null;
}

/** A contact of an account: a name, and any e-mail or phone given must be valid (ACC-02). */
export interface ContactFields {
  name?: string | null | undefined;
  role?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  mobile?: string | null | undefined;
}

export interface CleanContact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
}

export function validateContact(
  f: ContactFields,
  country: string,
): { issues: AccountIssue[]; contact: CleanContact | null } {
  const issues: AccountIssue[] = [];
  const name = blank(f.name);
  if (!name) issues.push(issue('name', 'account.contact_name_required'));
  const email = blank(f.email);
  if (email) {
    const e = checkEmail(email);
    if (e) issues.push(e);
  }
  const phones: Record<'phone' | 'mobile', string | null> = { phone: null, mobile: null };
  for (const field of ['phone', 'mobile'] as const) {
    const raw = blank(f[field]);
    if (!raw) continue;
    const p = normalizePhone(raw, country);
    if (p.ok) phones[field] = p.e164;
    else issues.push(issue(field, p.code, p.params));
  }
  if (issues.length > 0 || !name) return { issues, contact: null };
  return { issues, contact: { name, role: blank(f.role), email, ...phones } };
}

/** Postal codes the countries we serve write: 5 digits in France, 7 in Israel. */
const POSTAL_CODE: Record<string, RegExp> = { FR: /^[0-9]{5}$/, IL: /^[0-9]{7}$/ };

export interface AddressFields {
  kind: 'billing' | 'site';
  label?: string | null | undefined;
  line1?: string | null | undefined;
  line2?: string | null | undefined;
  postalCode?: string | null | undefined;
  city?: string | null | undefined;
  country: string;
}

export interface CleanAddress {
  kind: 'billing' | 'site';
  label: string | null;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: string;
}

export function validateAddress(f: AddressFields): { issues: AccountIssue[]; address: CleanAddress | null } {
  const issues: AccountIssue[] = [];
  const line1 = blank(f.line1);
  const city = blank(f.city);
  const postalCode = (f.postalCode ?? '').replace(/\s/g, '');
  if (!line1) issues.push(issue('line1', 'account.address_incomplete'));
  if (!city) issues.push(issue('city', 'account.address_incomplete'));
  const pattern = POSTAL_CODE[f.country];
  if (!postalCode || (pattern && !pattern.test(postalCode)))
    issues.push(
      issue('postalCode', 'account.postal_code_invalid', {
        postalCode: f.postalCode ?? '',
        country: f.country,
      }),
    );
  if (issues.length > 0 || !line1 || !city) return { issues, address: null };
  return {
    issues,
    address: {
      kind: f.kind,
      label: blank(f.label),
      line1,
      line2: blank(f.line2),
      postalCode,
      city,
      country: f.country,
    },
  };
}

/** Lower case without accents: "Électricité Générale" → "electricite generale". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words a search can find an account by, from names, e-mails, reference and SIRET. */
export function searchWords(parts: readonly (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const w of fold(part).split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  }
  return [...words].join(' ');
}

/** What a search box input can mean: words (prefixes), a number (SIRET, reference), a phone. */
export interface SearchTerms {
  /** A tsquery of word prefixes (`dupont:* & jean:*`), or null when the input has no word. */
  tsquery: string | null;
  /** The input's digits when it is a number typed with separators (SIRET, phone, MSISDN, ICCID). */
  digits: string | null;
  /** E.164 forms the input may denote as a phone number, tenant country first (ACC-02). */
  phones: string[];
  /** The input folded (lower case, no accents), for exact matches such as an e-mail. */
  text: string;
}

const NUMBERISH = /^[+\d][\d\s().-]*$/;

export function searchTerms(q: string, countries: readonly string[]): SearchTerms {
  const text = fold(q.trim());
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const numberish = NUMBERISH.test(q.trim());
  const digits = numberish ? q.replace(/\D/g, '') : '';
  const phones = new Set<string>();
  if (numberish && digits.length >= 6) {
    for (const c of countries) {
      const p = normalizePhone(q, c);
      if (p.ok) phones.add(p.e164);
    }
  }
  // A number typed in groups ("732 829 320 00074") is one number, not several words.
  const tsWords = numberish && digits.length > 0 ? [digits] : words;
  return {
    tsquery: tsWords.length > 0 ? tsWords.map((w) => `${w}:*`).join(' & ') : null,
    digits: digits.length > 0 ? digits : null,
    phones: [...phones],
    text,
  };
}

/** "C-000123": the human-friendly account number, from the tenant's counter. */
export function formatReference(n: number): string {
  return `C-${String(n).padStart(6, '0')}`;
}
