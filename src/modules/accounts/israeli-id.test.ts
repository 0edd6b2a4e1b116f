import { describe, expect, it } from 'vitest';
import { checkIsraeliId } from './israeli-id.ts';
import { validateAccount } from './rules.ts';

describe('Israeli identifiers (issue 11 §6)', () => {
  // Real-form examples: Teva's and Bezeq's company numbers as the Registrar of Companies prints
  // them, the ת.ז. every Israeli form validator uses as its example, and a short old ת.ז.
  it.each([
    { input: '520013954', kind: 'il_company', value: '520013954' },
    { input: '52-003193-1', kind: 'il_company', value: '520031931' },
    { input: '514401702', kind: 'il_company', value: '514401702' },
    { input: '123456782', kind: 'il_identity', value: '123456782' },
    { input: '12345678-2', kind: 'il_identity', value: '123456782' },
    { input: '0 3933742 3', kind: 'il_identity', value: '039337423' },
    { input: '39337423', kind: 'il_identity', value: '039337423' },
  ] as const)('ACC-01 $kind « $input » is accepted as $value', ({ input, kind, value }) => {
    expect(checkIsraeliId(input, kind)).toEqual({ ok: true, kind, value });
  });

  it.each([
    { input: '123456789', kind: 'il_identity', code: 'account.il_id_checksum', params: { label: 'ת.ז.' } },
    { input: '520013955', kind: 'il_company', code: 'account.il_id_checksum', params: { label: 'ח.פ.' } },
    {
      input: '12345678',
      kind: 'il_company',
      code: 'account.il_id_length',
      params: { label: 'ח.פ.', count: 8 },
    },
    {
      input: '1234567890',
      kind: 'il_identity',
      code: 'account.il_id_length',
      params: { label: 'ת.ז.', count: 10 },
    },
    {
      input: '12345678O',
      kind: 'il_identity',
      code: 'account.il_id_not_digits',
      params: { label: 'ת.ז.', character: 'O' },
    },
    { input: ' - ', kind: 'il_company', code: 'account.il_id_required', params: { label: 'ח.פ.' } },
  ] as const)('ACC-01 $kind « $input » is refused: $code', ({ input, kind, code, params }) => {
    expect(checkIsraeliId(input, kind)).toEqual({ ok: false, code, params });
  });

  const base = { email: 'a@b.co.il', billingDay: 1 } as const;
  it.each([
    {
      name: 'an Israeli business without a number',
      f: { ...base, kind: 'business', companyType: 'Ltd', companyName: 'X', country: 'IL' },
      issues: [['nationalId', 'account.il_id_required']],
    },
    {
      name: 'a person with a company number',
      f: {
        ...base,
        kind: 'person',
        lastName: 'Levi',
        nationalIdKind: 'il_company',
        nationalId: '520013954',
        country: 'IL',
      },
      issues: [['nationalIdKind', 'account.il_company_for_person']],
    },
    {
      name: 'a French account with a ת.ז.',
      f: { ...base, kind: 'person', lastName: 'Martin', nationalId: '123456782', country: 'FR' },
      issues: [['nationalId', 'account.il_id_outside_israel']],
    },
    {
      name: 'an Israeli person with a bad check digit',
      f: { ...base, kind: 'person', lastName: 'Levi', nationalId: '123456783', country: 'IL' },
      issues: [['nationalId', 'account.il_id_checksum']],
    },
    {
      name: 'an Israeli person without a ת.ז. (optional)',
      f: { ...base, kind: 'person', lastName: 'Levi', country: 'IL' },
      issues: [],
    },
    {
      name: 'a sole trader (עוסק) identified by the owner’s ת.ז.',
      f: {
        ...base,
        kind: 'business',
        companyType: 'עוסק מורשה',
        companyName: 'Levi Services',
        nationalIdKind: 'il_identity',
        nationalId: '123456782',
        country: 'IL',
      },
      issues: [],
    },
  ] as const)('ACC-01 $name', ({ f, issues }) => {
    const r = validateAccount(f);
    expect(r.issues.map((i) => [i.field, i.code])).toEqual(issues);
  });

  it('ACC-01 a person’s ת.ז. is kept as 9 digits with its kind', () => {
    const r = validateAccount({
      ...base,
      kind: 'person',
      lastName: 'Levi',
      nationalId: '3933742-3',
      country: 'IL',
    });
    expect(r.account).toMatchObject({ nationalIdKind: 'il_identity', nationalId: '039337423' });
  });
});
