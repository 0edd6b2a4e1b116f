import { describe, expect, it } from 'vitest';
import type { OpeningWindow } from '../../platform/calendar/index.ts';
import {
  activationDeadline,
  checkLine,
  checkPortingDate,
  checkRio,
  confirmEsim,
  earliestPortingDate,
  esimMobileIsLine,
  lpaActivationCode,
  nationalMobile,
  orderStateChangeRefusal,
  requestTypeOf,
  rioKey,
  submissionInstant,
} from './rules.ts';

const FR = { country: 'FR' as const, zone: 'Europe/Paris' };
const ORANGE: OpeningWindow = { days: [1, 2, 3, 4, 5, 6], from: '07:00', to: '22:00', holidaysOpen: true };
const ORANGE_ESIM: OpeningWindow = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:30', holidaysOpen: false };
const at = (iso: string) => new Date(iso);

describe('ORD-06 RIO', () => {
  const key = rioKey('OFP123456', '0612345678');
  it('is 12 characters: operator (2), P or E, reference (6), key (3)', () => {
    expect(key).toMatch(/^[0-9A-Z+]{3}$/);
    expect(checkRio(`OFP123456${key}`, '0612345678')).toBeNull();
    expect(checkRio(`ofp123456${key.toLowerCase()}`, '0612345678')).toBeNull();
    expect(checkRio(`OFX123456${key}`, '0612345678')).toBe('order.rio_format');
    expect(checkRio('OFP12345', '0612345678')).toBe('order.rio_format');
  });
  it('a bad key, or the right key of another number, is refused', () => {
    expect(checkRio(`OFP123456${key === 'AAA' ? 'AAB' : 'AAA'}`, '0612345678')).toBe('order.rio_key');
    expect(checkRio(`OFP123456${key}`, '0612345679')).toBe('order.rio_key');
  });
  it('the key changes with any character of the RIO', () => {
    expect(rioKey('OFP123457', '0612345678')).not.toBe(key);
    expect(rioKey('BTE123456', '0612345678')).not.toBe(key);
  });
});

describe('ORD-03 cancelling an order before it reaches the operator (TMF622 PATCH, issue 15)', () => {
  it.each([
    ['queued (waits for the opening): cancellable', 'queued', 'cancelled', null],
    ['already cancelled: nothing more to do', 'cancelled', 'cancelled', null],
    ['in progress: the operator has it', 'in_progress', 'cancelled', 'order.not_cancellable'],
    ['completed: too late', 'completed', 'cancelled', 'order.not_cancellable'],
    ['failed: nothing to cancel', 'failed', 'cancelled', 'order.not_cancellable'],
    ['completed is set by Relais, not the client', 'queued', 'completed', 'order.state_not_settable'],
    ['an unknown state', 'queued', 'held', 'order.state_not_settable'],
  ] as const)('ORD-03 %s', (_, current, requested, refusal) => {
    expect(orderStateChangeRefusal(current, requested)).toBe(refusal);
  });
});

describe('ORD-03 opening hours', () => {
  it.each([
    ['Monday 10:00 Paris: open, now', '2026-11-23T09:00:00Z', ORANGE, '2026-11-23T09:00:00.000Z'],
    ['Sunday 10:00: next opening Monday 07:00', '2026-11-29T09:00:00Z', ORANGE, '2026-11-30T06:00:00.000Z'],
    ['Saturday 23:00: Monday 07:00', '2026-11-28T22:00:00Z', ORANGE, '2026-11-30T06:00:00.000Z'],
    [
      'holiday (Christmas, Friday) is open for Orange lines',
      '2026-12-25T09:00:00Z',
      ORANGE,
      '2026-12-25T09:00:00.000Z',
    ],
    [
      'eSIM on a Saturday waits for Monday 09:00',
      '2026-11-28T09:00:00Z',
      ORANGE_ESIM,
      '2026-11-30T08:00:00.000Z',
    ],
    [
      'eSIM at 17:45 waits for the next day 09:00',
      '2026-11-24T16:45:00Z',
      ORANGE_ESIM,
      '2026-11-25T08:00:00.000Z',
    ],
  ])('%s', (_label, now, window, expected) => {
    expect(submissionInstant(at(now), window, FR).toISOString()).toBe(expected);
  });
  it('eSIM has its own request type', () => {
    expect(requestTypeOf('esim')).toBe('esim_creation');
    expect(requestTypeOf('pin')).toBe('creation');
  });
});

describe('ORD-02 activation', () => {
  it('without portability: 1 working hour inside the window (Reading 5)', () => {
    expect(activationDeadline(at('2026-11-23T09:00:00Z'), ORANGE, FR).toISOString()).toBe(
      '2026-11-23T10:00:00.000Z',
    );
    // Saturday 21:30 Paris: 30 minutes left on Saturday, the other 30 on Monday from 07:00.
    expect(activationDeadline(at('2026-11-28T20:30:00Z'), ORANGE, FR).toISOString()).toBe(
      '2026-11-30T06:30:00.000Z',
    );
  });
  it.each([
    ['Monday', '2026-11-23T09:00:00Z', '2026-11-26'],
    ['Thursday: over the weekend', '2026-11-26T09:00:00Z', '2026-12-01'],
    ['Saturday', '2026-11-28T09:00:00Z', '2026-12-02'],
  ])('with portability, 3 working days after an order on %s (Reading 6)', (_d, now, expected) => {
    expect(earliestPortingDate(at(now), FR)).toBe(expected);
  });
  it('refuses a date too early, a weekend or a public holiday', () => {
    const now = at('2026-11-23T09:00:00Z');
    expect(checkPortingDate('2026-11-26', now, FR)).toBeNull();
    expect(checkPortingDate('2026-11-25', now, FR)).toMatchObject({
      code: 'order.porting_date_too_early',
      params: { earliest: '2026-11-26' },
    });
    expect(checkPortingDate('2026-11-28', now, FR)?.code).toBe('order.porting_date_weekend');
    expect(checkPortingDate('2026-12-25', now, FR)?.code).toBe('order.porting_date_weekend');
  });
});

describe('ORD-04 ORD-05 eSIM', () => {
  it('ORD-05 the activation code', () => {
    expect(lpaActivationCode('smdp.example.com', 'K2-ABC')).toBe('LPA:1$smdp.example.com$K2-ABC$$1');
  });
  it('ORD-05 the confirmation code locks after 3 wrong tries', () => {
    expect(confirmEsim('123456', '123456', 0)).toEqual({ ok: true });
    expect(confirmEsim('123456', '000000', 0)).toEqual({ ok: false, code: 'line.esim_code_wrong', left: 2 });
    expect(confirmEsim('123456', '000000', 1)).toEqual({ ok: false, code: 'line.esim_code_wrong', left: 1 });
    expect(confirmEsim('123456', '000000', 2)).toEqual({ ok: false, code: 'line.esim_locked', left: 0 });
    expect(confirmEsim('123456', '123456', 3)).toEqual({ ok: false, code: 'line.esim_locked', left: 0 });
  });
  it('ORD-04 ACC-02 the eSIM contact mobile goes through the phone rule, then must be a French mobile', () => {
    expect(nationalMobile('0033 6 11 22 33 44')).toBe('0611223344');
    expect(nationalMobile('06.11.22.33.44')).toBe('0611223344');
    expect(nationalMobile('pas un numéro')).toBeNull();
    expect(nationalMobile('01 42 00 00 00')).toBeNull();
    expect(nationalMobile('06 11 22')).toBeNull();
  });
  it('ORD-04 the contact mobile is not the new line’s number', () => {
    expect(nationalMobile('+33 6 11 22 33 44')).toBe('0611223344');
    expect(esimMobileIsLine('+33611223344', '0611223344')).toBe(true);
    expect(esimMobileIsLine('0611223345', '0611223344')).toBe(false);
    expect(esimMobileIsLine('0611223344', null)).toBe(false);
  });
});

describe('one order line', () => {
  const now = at('2026-11-23T09:00:00Z');
  const orange = {
    code: 'orange-unlimited-5gb-blocked',
    esimAllowed: true,
    numberAssignment: 'random_from_stock' as const,
  };
  const bouyguesData = {
    code: 'bouygues-data-only-10gb-blocked',
    esimAllowed: false,
    numberAssignment: 'chosen_at_order' as const,
  };
  const codes = (...args: Parameters<typeof checkLine>) =>
    checkLine(...args).map((i) => `${i.field}:${i.code}`);

  it('CAT-11 eSIM only where the catalog allows it; ORD-04 with both contacts', () => {
    expect(codes(0, { simType: 'esim', portability: false }, bouyguesData, now, FR)).toEqual([
      'simType:order.esim_not_allowed',
      'esimContactMobile:order.esim_contact_required',
      'number:order.number_choice_required',
    ]);
    expect(
      codes(
        0,
        { simType: 'esim', portability: false, esimContactEmail: 'a@b.fr', esimContactMobile: '0611223344' },
        orange,
        now,
        FR,
      ),
    ).toEqual([]);
  });
  it('CAT-07 ORD-07 the number is chosen only on Bouygues data-only', () => {
    expect(
      codes(0, { simType: 'pin', portability: false, number: '0660000000' }, bouyguesData, now, FR),
    ).toEqual([]);
    expect(codes(0, { simType: 'pin', portability: false, number: '0700000000' }, orange, now, FR)).toEqual([
      'number:order.number_choice_not_allowed',
    ]);
  });
  it('ORD-06 ORD-02 portability needs the number, a RIO with its key and a date', () => {
    expect(codes(0, { simType: 'pin', portability: true }, orange, now, FR)).toEqual([
      'portNumber:order.port_number_invalid',
      'rio:order.rio_format',
      'activationDate:order.porting_date_required',
    ]);
    const rio = `OFP123456${rioKey('OFP123456', '0612345678')}`;
    expect(
      codes(
        0,
        { simType: 'pin', portability: true, portNumber: '0612345678', rio, activationDate: '2026-11-26' },
        orange,
        now,
        FR,
      ),
    ).toEqual([]);
  });
  it('ORD-02 an activation date before today (tenant zone) is refused, with or without portability', () => {
    expect(
      codes(0, { simType: 'pin', portability: false, activationDate: '2026-11-22' }, orange, now, FR),
    ).toEqual(['activationDate:order.activation_date_past']);
    const rio = `OFP123456${rioKey('OFP123456', '0612345678')}`;
    const ported = { simType: 'pin' as const, portability: true, portNumber: '0612345678', rio };
    // Said once: the past date, not also "too early".
    expect(checkLine(0, { ...ported, activationDate: '2026-11-20' }, orange, now, FR)).toEqual([
      {
        index: 0,
        field: 'activationDate',
        code: 'order.activation_date_past',
        params: { date: '20/11/2026', today: '23/11/2026' },
      },
    ]);
    // Today is not past: 23:30 UTC on the 22nd is already the 23rd in Paris.
    expect(
      codes(
        0,
        { simType: 'pin', portability: false, activationDate: '2026-11-23' },
        orange,
        at('2026-11-22T23:30:00Z'),
        FR,
      ),
    ).toEqual([]);
  });
});
