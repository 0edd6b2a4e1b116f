import { describe, expect, it } from 'vitest';
import {
  fairUseVerdicts,
  smsHourExceededAt,
  smsSuspensionEnd,
  type FairUseRecord,
} from './fair-use-rules.ts';

const RULE = { distinctCalleesPerMonth: 250, distinctSmsMmsRecipientsPerMonth: 250, maxCallSeconds: 7200 };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute));
const numbers = (n: number, prefix = '3361') => new Set(Array.from({ length: n }, (_, i) => `${prefix}${i}`));
const rec = (over: Partial<FairUseRecord> & Pick<FairUseRecord, 'recordId'>): FairUseRecord => ({
  startedAt: at(0),
  kind: 'voice',
  calledNumber: '33612345678',
  quantity: 60,
  ...over,
});
const known = (callees = 0, recipients = 0) => ({
  callees: numbers(callees),
  recipients: numbers(recipients, '3362'),
});

describe('fair use of the unlimited plans (CAT-05)', () => {
  it.each<[string, { callees: number; recipients: number }, FairUseRecord[], object[]]>([
    [
      'CAT-05 a call to a 250th distinct callee is included',
      { callees: 249, recipients: 0 },
      [rec({ recordId: 'a' })],
      [],
    ],
    [
      'CAT-05 a call to a 251st distinct callee is billed per use, whole',
      { callees: 250, recipients: 0 },
      [rec({ recordId: 'a', quantity: 90 })],
      [{ recordId: 'a', reason: 'callees', billed: 90 }],
    ],
    [
      'CAT-05 a callee already reached this month stays included at 250',
      { callees: 250, recipients: 0 },
      [rec({ recordId: 'a', calledNumber: '336110' })],
      [],
    ],
    [
      'CAT-05 the 250th and 251st callees of one file: in the order the calls were made',
      { callees: 249, recipients: 0 },
      [
        rec({ recordId: 'z', calledNumber: '33700000002', startedAt: at(5) }),
        rec({ recordId: 'y', calledNumber: '33700000001', startedAt: at(1) }),
        rec({ recordId: 'x', calledNumber: '33700000001', startedAt: at(9) }),
      ],
      [{ recordId: 'z', reason: 'callees', billed: 60 }],
    ],
    [
      'CAT-05 later calls to a callee beyond the 250 are billed too',
      { callees: 250, recipients: 0 },
      [
        rec({ recordId: 'a', calledNumber: '33700000001', startedAt: at(1) }),
        rec({ recordId: 'b', calledNumber: '33700000001', startedAt: at(2) }),
      ],
      [
        { recordId: 'a', reason: 'callees', billed: 60 },
        { recordId: 'b', reason: 'callees', billed: 60 },
      ],
    ],
    [
      'CAT-05 a call of exactly 2 h is included',
      { callees: 0, recipients: 0 },
      [rec({ recordId: 'a', quantity: 7200 })],
      [],
    ],
    [
      'CAT-05 a call of 2 h 30 is billed for its 30 minutes beyond 2 h',
      { callees: 0, recipients: 0 },
      [rec({ recordId: 'a', quantity: 9000 })],
      [{ recordId: 'a', reason: 'duration', billed: 1800 }],
    ],
    [
      'CAT-05 SMS and MMS share the 250 distinct recipients: the 251st is billed',
      { callees: 0, recipients: 249 },
      [
        rec({ recordId: 'a', kind: 'mms', calledNumber: '33700000001', quantity: 1, startedAt: at(1) }),
        rec({ recordId: 'b', kind: 'sms', calledNumber: '33700000002', quantity: 3, startedAt: at(2) }),
      ],
      [{ recordId: 'b', reason: 'recipients', billed: 3 }],
    ],
    [
      'CAT-05 callees and recipients are counted apart',
      { callees: 250, recipients: 0 },
      [rec({ recordId: 'a', kind: 'sms', calledNumber: '33700000001', quantity: 1 })],
      [],
    ],
    [
      'CAT-05 a call without the callee’s number counts no callee (its length still does)',
      { callees: 250, recipients: 0 },
      [rec({ recordId: 'a', calledNumber: null, quantity: 7260 })],
      [{ recordId: 'a', reason: 'duration', billed: 60 }],
    ],
  ])('%s', (_name, k, records, expected) => {
    expect(fairUseVerdicts(RULE, known(k.callees, k.recipients), records)).toEqual(expected);
  });

  it('CAT-05 the month’s known numbers are not changed by a judgement', () => {
    const k = known(249);
    fairUseVerdicts(RULE, k, [rec({ recordId: 'a', calledNumber: '33700000001' })]);
    expect(k.callees.size).toBe(249);
  });
});

describe('Orange’s 500 SMS an hour (CAT-05)', () => {
  const sms = (minute: number, quantity = 1) => ({ startedAt: at(minute), quantity });
  it.each<[string, { startedAt: Date; quantity: number }[], Date | null]>([
    ['CAT-05 500 SMS in an hour are allowed', [sms(0, 250), sms(59, 250)], null],
    [
      'CAT-05 the 501st SMS within an hour goes past the cap, at its instant',
      [sms(0, 250), sms(30, 250), sms(59)],
      at(59),
    ],
    ['CAT-05 the hour rolls: SMS an hour apart are not summed', [sms(0, 300), sms(60, 300)], null],
    ['CAT-05 one record of 501 messages goes past the cap', [sms(10, 501)], at(10)],
    ['CAT-05 records out of order are judged in time order', [sms(59), sms(0, 500)], at(59)],
  ])('%s', (_name, records, expected) => {
    expect(smsHourExceededAt(500, records)).toEqual(expected);
  });

  it('CAT-05 the suspension lasts 3 days, to the same local time across a DST change (Paris)', () => {
    // 24 October 2026 10:00 Paris (UTC+2) → 27 October 10:00 Paris (UTC+1).
    expect(smsSuspensionEnd(new Date('2026-10-24T08:00:00Z'), 3, 'Europe/Paris').toISOString()).toBe(
      '2026-10-27T09:00:00.000Z',
    );
  });
});
