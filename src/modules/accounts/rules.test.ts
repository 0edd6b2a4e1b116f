import { describe, expect, it } from 'vitest';
import {
  checkBillingDay,
  checkEmail,
  checkSiret,
  formatReference,
  luhnValid,
  nextBillingDate,
  normalizePhone,
  searchTerms,
  searchWords,
  validateAccount,
  validateAddress,
  validateContact,
} from './rules.ts';

describe('ACC-01 SIRET', () => {
  it.each([
    { input: '81234567800013', siret: '81234567800013', why: 'Luhn key valid' },
    { input: '812 345 678 00013', siret: '81234567800013', why: 'spaces between groups are stripped' },
    { input: ' 901.122.334-00021 ', siret: '90112233400021', why: 'dots and dashes too' },
    { input: '35600000012341', siret: '35600000012341', why: 'La Poste: digit sum 25 is a multiple of 5' },
    { input: '35600000000048', siret: '35600000000048', why: "La Poste's head office passes Luhn" },
  ])('ACC-01 accepts $input ($why)', ({ input, siret }) => {
    expect(checkSiret(input)).toEqual({ ok: true, siret });
  });

  it.each([
    { input: '123 456 789 01234', code: 'account.siret_checksum', params: {}, why: "the seed's placeholder" },
    { input: '81234567800014', code: 'account.siret_checksum', params: {}, why: 'one digit changed' },
    { input: '35600000012345', code: 'account.siret_checksum', params: {}, why: 'La Poste, sum 29' },
    { input: '812 345 678 000', code: 'account.siret_length', params: { count: 12 }, why: '12 digits' },
    { input: '812345678000131', code: 'account.siret_length', params: { count: 15 }, why: '15 digits' },
    {
      input: '8123456780001A',
      code: 'account.siret_not_digits',
      params: { character: 'A' },
      why: 'a letter',
    },
    { input: '   ', code: 'account.siret_required', params: {}, why: 'blank' },
  ])('ACC-01 refuses $input: $code ($why)', ({ input, code, params }) => {
    expect(checkSiret(input)).toEqual({ ok: false, code, params });
  });

  it('ACC-01 Luhn over 9 and 14 digits', () => {
    expect(luhnValid('732829320')).toBe(true);
    expect(luhnValid('732829321')).toBe(false);
  });

  it('ACC-01 a business needs a legal form, a company name and (in France) a SIRET', () => {
    const { issues } = validateAccount({ kind: 'business', email: 'a@b.fr', country: 'FR', billingDay: 1 });
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['companyType', 'account.company_type_required'],
      ['companyName', 'account.company_name_required'],
      ['siret', 'account.siret_required'],
    ]);
  });

  it('ACC-01 an Israeli business needs no SIRET but its ח.פ.', () => {
    const r = validateAccount({
      kind: 'business',
      companyType: 'Ltd',
      companyName: 'Cohen Computers',
      nationalId: '51-440170-2',
      email: 'office@cohen.co.il',
      country: 'IL',
      billingDay: 10,
    });
    expect(r.issues).toEqual([]);
    expect(r.account).toMatchObject({ siret: null, nationalIdKind: 'il_company', nationalId: '514401702' });
  });

  it('ACC-01 a person needs a last name and takes no company fields', () => {
    const { issues } = validateAccount({
      kind: 'person',
      siret: '81234567800013',
      email: 'a@b.fr',
      country: 'FR',
      billingDay: 1,
    });
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['lastName', 'account.last_name_required'],
      ['siret', 'account.business_field_for_person'],
    ]);
  });

  it('ACC-01 the display name is the company name or "First Last"', () => {
    const b = validateAccount({
      kind: 'business',
      companyType: 'SAS',
      companyName: ' Transports Lefèvre ',
      siret: '901 122 334 00021',
      email: 'f@t.fr',
      country: 'FR',
      billingDay: 1,
    });
    expect(b.account).toMatchObject({ displayName: 'Transports Lefèvre', siret: '90112233400021' });
    const p = validateAccount({
      kind: 'person',
      firstName: 'Julien',
      lastName: 'Moreau',
      email: 'j@m.fr',
      country: 'FR',
      billingDay: 1,
    });
    expect(p.account?.displayName).toBe('Julien Moreau');
  });
});

describe('ACC-02 phone numbers in E.164', () => {
  it.each([
    { input: '06 12 34 56 78', country: 'FR', e164: '+33612345678' },
    { input: '+33 6 12 34 56 78', country: 'FR', e164: '+33612345678' },
    { input: '0033612345678', country: 'FR', e164: '+33612345678' },
    { input: '01 42 00 11 22', country: 'FR', e164: '+33142001122' },
    { input: '054-123-4567', country: 'IL', e164: '+972541234567' },
    { input: '+972 54 123 4567', country: 'FR', e164: '+972541234567' },
    { input: '03-123-4567', country: 'IL', e164: '+97231234567' },
  ])('ACC-02 $input ($country) is stored as $e164', ({ input, country, e164 }) => {
    expect(normalizePhone(input, country)).toEqual({ ok: true, e164 });
  });

  it.each([
    { input: '06 12 34 56', country: 'FR' },
    { input: '12', country: 'FR' },
    { input: 'abc', country: 'FR' },
    { input: '054-123', country: 'IL' },
  ])('ACC-02 $input ($country) is refused with an example of the national form', ({ input, country }) => {
    const r = normalizePhone(input, country);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('account.phone_invalid');
      expect(r.params.example).toBe(country === 'FR' ? '06 12 34 56 78' : '054-123-4567');
    }
  });

  it('ACC-02 contact phones are validated for the account country, each field on its own', () => {
    const r = validateContact({ name: 'Marc', phone: '06 12', mobile: '06 98 76 54 32' }, 'FR');
    expect(r.issues.map((i) => [i.field, i.code])).toEqual([['phone', 'account.phone_invalid']]);
    const ok = validateContact({ name: 'Marc', mobile: '06 98 76 54 32' }, 'FR');
    expect(ok.contact).toEqual({
      name: 'Marc',
      role: null,
      email: null,
      phone: null,
      mobile: '+33698765432',
    });
  });

  it('ACC-02 a search for a phone in any form finds its E.164 forms, tenant country first', () => {
    expect(searchTerms('06 12 34 56 78', ['FR', 'IL']).phones).toEqual(['+33612345678']);
    expect(searchTerms('+33612345678', ['FR', 'IL']).phones).toEqual(['+33612345678']);
    expect(searchTerms('054-123-4567', ['IL', 'FR'])).toMatchObject({
      phones: ['+972541234567', '+33541234567'],
      digits: '0541234567',
    });
    expect(searchTerms('Lefèvre', ['FR']).phones).toEqual([]);
  });
});

describe('ACC-05 e-mail', () => {
  it.each([undefined, null, '', '   '])('ACC-05 %s is refused as missing', (email) => {
    expect(checkEmail(email)?.code).toBe('account.email_required');
  });
  it.each(['pas-une-adresse', 'a@b', 'a b@c.fr'])('ACC-05 %s is refused as invalid', (email) => {
    expect(checkEmail(email)?.code).toBe('account.email_invalid');
  });
  it('ACC-05 an account without e-mail is refused', () => {
    const r = validateAccount({ kind: 'person', lastName: 'Moreau', country: 'FR', billingDay: 3 });
    expect(r.issues.map((i) => i.code)).toEqual(['account.email_required']);
  });
});

describe('CAL-06 Billing Day', () => {
  it.each([1, 15, 28, 31])('CAL-06 %s is a Billing Day', (d) => expect(checkBillingDay(d)).toBeNull());
  it.each([0, 32, -1, 2.5])('CAL-06 %s is refused', (d) =>
    expect(checkBillingDay(d)?.code).toBe('account.billing_day_invalid'),
  );
  it.each([
    { at: '2026-11-23T09:00:00Z', day: 1, zone: 'Europe/Paris', next: '2026-12-01' },
    { at: '2026-11-23T09:00:00Z', day: 23, zone: 'Europe/Paris', next: '2026-12-23', why: 'Reading 4' },
    { at: '2026-11-23T09:00:00Z', day: 31, zone: 'Europe/Paris', next: '2026-11-30' },
    { at: '2027-01-31T09:00:00Z', day: 31, zone: 'Europe/Paris', next: '2027-02-28' },
    {
      at: '2026-11-22T22:30:00Z',
      day: 23,
      zone: 'Asia/Jerusalem',
      next: '2026-12-23',
      why: 'already the 23rd there',
    },
    { at: '2026-11-22T22:30:00Z', day: 23, zone: 'Europe/Paris', next: '2026-11-23' },
  ])('CAL-06 Billing Day $day at $at in $zone: next on $next', ({ at, day, zone, next }) => {
    expect(nextBillingDate(new Date(at), day, zone)).toBe(next);
  });
});

describe('addresses, search words, references', () => {
  it('postal codes follow the country (5 digits in France, 7 in Israel)', () => {
    const base = { kind: 'billing' as const, line1: '1 rue A', city: 'Lyon' };
    expect(validateAddress({ ...base, postalCode: '69 002', country: 'FR' }).address?.postalCode).toBe(
      '69002',
    );
    expect(validateAddress({ ...base, postalCode: '6900', country: 'FR' }).issues[0]?.code).toBe(
      'account.postal_code_invalid',
    );
    expect(validateAddress({ ...base, postalCode: '6688218', country: 'IL' }).issues).toEqual([]);
  });

  it('search words are folded, split and unique', () => {
    expect(searchWords(['Électricité Générale', 'contact@elec-generale.fr', 'C-000012'])).toBe(
      'electricite generale contact elec fr c 000012',
    );
  });

  it('a number typed in groups searches as one number', () => {
    expect(searchTerms('901 122 334', ['FR'])).toMatchObject({ tsquery: '901122334:*', digits: '901122334' });
    expect(searchTerms('Jean Dup', ['FR']).tsquery).toBe('jean:* & dup:*');
    expect(searchTerms('C-000012', ['FR']).tsquery).toBe('c:* & 000012:*');
  });

  it('references are C- and six digits', () => {
    expect(formatReference(123)).toBe('C-000123');
    expect(formatReference(1234567)).toBe('C-1234567');
  });
});
