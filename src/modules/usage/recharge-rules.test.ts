import { describe, expect, it } from 'vitest';
import { cumulativeDays } from './chart-line-data.ts';
import { sortNearEnvelope, type LineNearEnvelope } from './list-lines-near-envelope.ts';
import {
  envelopeAfterRecharges,
  rechargedBytes,
  rechargeRefusal,
  recentRecharge,
  withRecharged,
} from './recharge-rules.ts';
import { MB } from './rules.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const ago = (minutes: number) => ({ orderedAt: new Date(NOW.getTime() - minutes * 60_000) });

describe('the 30-minute window (USE-06)', () => {
  it.each([
    ['USE-06 no previous recharge: no refusal', [], false, null],
    ['USE-06 a recharge 5 minutes ago: refused', [ago(5)], false, 5],
    ['USE-06 a recharge 29 min 59 s ago: refused', [ago(29 + 59 / 60)], false, 29 + 59 / 60],
    ['USE-06 a recharge exactly 30 minutes ago: allowed', [ago(30)], false, null],
    ['USE-06 a recharge 2 hours ago: allowed', [ago(120)], false, null],
    ['USE-06 a recharge 1 minute ago, confirmed: allowed', [ago(1)], true, null],
    ['USE-06 the latest of two recent recharges is the one named', [ago(20), ago(3)], false, 3],
    ['USE-06 a recharge dated a minute ahead (another clock) is recent', [ago(-1)], false, -1],
  ] as const)('%s', (_name, previous, confirm, minutesAgo) => {
    const refusal = rechargeRefusal(previous, NOW, confirm);
    if (minutesAgo === null) expect(refusal).toBeNull();
    else
      expect(refusal).toEqual({
        code: 'usage.recharge_recent',
        since: new Date(NOW.getTime() - minutesAgo * 60_000),
      });
  });

  it('USE-06 recentRecharge ignores the recharges outside the window', () => {
    expect(recentRecharge([ago(45), ago(31)], NOW)).toBeNull();
    expect(recentRecharge([ago(45), ago(10)], NOW)).toEqual(ago(10));
  });
});

describe('the envelope after recharges (USE-06, Reading 14)', () => {
  const r = (month: string, volumeMb: number, applied = true) => ({ month, volumeMb, applied });
  it.each([
    ['USE-06 no recharge: the plan’s envelope', 10240, [], 10240],
    ['USE-06 one applied 5 GB recharge adds 5 GB', 10240, [r('2026-11', 5120)], 15360],
    ['USE-06 two recharges add up', 10240, [r('2026-11', 1024), r('2026-11', 5120)], 16384],
    ['USE-06 a pending recharge adds nothing yet', 10240, [r('2026-11', 5120, false)], 10240],
    ['USE-06 Reading 14: last month’s recharge does not carry over', 10240, [r('2026-10', 5120)], 10240],
    ['USE-06 a plan without an envelope gets the recharge’s', null, [r('2026-11', 1024)], 1024],
    ['USE-06 a plan without an envelope and no recharge: none', null, [], null],
  ] as const)('%s', (_name, plan, recharges, expected) => {
    expect(envelopeAfterRecharges(plan, recharges, '2026-11')).toBe(expected);
  });

  it('USE-06 USE-07 the month’s recharged total counts the applied recharges of that month only', () => {
    const rs = [r('2026-11', 1024), r('2026-11', 5120, false), r('2026-10', 10240)];
    expect(rechargedBytes(rs, '2026-11')).toBe(1024 * MB);
    expect(rechargedBytes(rs, '2026-10')).toBe(10240 * MB);
    expect(withRecharged(10240, 0)).toBe(10240);
    expect(withRecharged(10240, 1024)).toBe(11264);
  });
});

describe('the usage views (USE-07)', () => {
  it('USE-07 the chart cumulates the days, the days without use included', () => {
    expect(
      cumulativeDays(
        '2026-11',
        [
          { day: '2026-11-02', bytes: 5 },
          { day: '2026-11-04', bytes: 7 },
        ],
        4,
      ),
    ).toEqual([
      { day: '2026-11-01', bytes: 0, cumulativeBytes: 0 },
      { day: '2026-11-02', bytes: 5, cumulativeBytes: 5 },
      { day: '2026-11-03', bytes: 0, cumulativeBytes: 5 },
      { day: '2026-11-04', bytes: 7, cumulativeBytes: 12 },
    ]);
  });

  const line = (id: string, percent: number, msisdn: string): LineNearEnvelope => ({
    lineId: id,
    msisdn,
    userName: 'U',
    accountId: id,
    accountName: 'A',
    offer: 'o',
    offerName: 'O',
    usedBytes: percent * 10,
    envelopeBytes: 1000,
    percent,
    dataState: null,
  });
  it.each([
    ['USE-07 the tenant view lists the fullest first by default', undefined, ['b', 'c', 'a']],
    ['USE-07 the tenant view sorts ascending on request', 'percent', ['a', 'c', 'b']],
    ['USE-07 the tenant view sorts by number', 'msisdn', ['a', 'b', 'c']],
  ] as const)('%s', (_name, sort, ids) => {
    const rows = [line('a', 40, '0600000001'), line('b', 120, '0600000002'), line('c', 85, '0600000003')];
    expect(sortNearEnvelope(rows, sort).map((r) => r.lineId)).toEqual(ids);
  });
});
