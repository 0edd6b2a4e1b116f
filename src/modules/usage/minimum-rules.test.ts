import { describe, expect, it } from 'vitest';
import { minimumTopUp, type MinimumLine } from './minimum-rules.ts';

const PARIS = 'Europe/Paris';
const line = (over: Partial<MinimumLine> = {}): MinimumLine => ({
  minimumMinor: 250,
  activatedAt: new Date('2026-09-10T08:00:00Z'),
  terminatedAt: null,
  ...over,
});

describe('pay-as-you-go monthly minimum (CAT-09)', () => {
  it.each<[string, Partial<MinimumLine>, number, number]>([
    ['CAT-09 a month without usage pays the whole minimum', {}, 0, 250],
    ['CAT-09 a month whose usage cost less is topped up to 2.50 €', {}, 180, 70],
    ['CAT-09 a month whose usage reached the minimum pays no top-up', {}, 250, 0],
    ['CAT-09 a month whose usage exceeds the minimum pays no top-up', {}, 1234, 0],
    [
      'CAT-09 CAT-01 the activation month’s minimum is pro rata (15 to 30 November: 16/30 of 2.50 €)',
      { activatedAt: new Date('2026-11-14T23:30:00Z') },
      0,
      133,
    ],
    [
      'CAT-09 CAT-01 the activation month’s usage counts against its pro rata minimum',
      { activatedAt: new Date('2026-11-14T23:30:00Z') },
      100,
      33,
    ],
    [
      'CAT-09 Reading 7 the termination month is due in full',
      { terminatedAt: new Date('2026-11-03T10:00:00Z') },
      0,
      250,
    ],
    [
      'CAT-09 Reading 7 a termination at 00:00 on the 1st (Paris) starts no month',
      { terminatedAt: new Date('2026-10-31T23:00:00Z') },
      0,
      0,
    ],
    [
      'CAT-09 a line activated after the month pays nothing for it',
      { activatedAt: new Date('2026-12-01T08:00:00Z') },
      0,
      0,
    ],
    ['CAT-09 a line never activated pays nothing', { activatedAt: null }, 0, 0],
    ['CAT-09 a minimum "à définir" tops up nothing', { minimumMinor: null }, 0, 0],
  ])('%s', (_name, over, usage, expected) => {
    expect(minimumTopUp(line(over), '2026-11', PARIS, usage)).toBe(expected);
  });
});
