import { describe, expect, it } from 'vitest';
import {
  crossedLimitThresholds,
  cutoffLimit,
  cutoffUse,
  cutoffZoneOf,
  limitPercent,
  limitReached,
  monthToClose,
  nextCloseAt,
  oldestKeptMonth,
  paygDataAmount,
  validThreshold,
  type CutoffChoice,
} from './cutoff-rules.ts';
import { MB, type UsageZone } from './rules.ts';
import type { Network, RoamingZone } from '../catalog/model.ts';

const GB = 1024 * MB;

describe('roaming cut-offs (USE-05, USE-08)', () => {
  it.each<[Network, UsageZone, RoamingZone | null]>([
    ['orange', 'france', null],
    ['orange', 'zone1', null], // Europe: the plan's envelope is the cut-off (USE-03/USE-04)
    ['orange', 'usa_canada', 'usa_canada'],
    ['orange', 'maghreb_turkey', 'maghreb_turkey'],
    ['orange', 'rest_of_world', 'rest_of_world'],
    ['bouygues', 'france', null],
    ['bouygues', 'zone1', 'europe'],
    ['bouygues', 'usa_canada', 'world'],
    ['bouygues', 'maghreb_turkey', 'world'],
    ['bouygues', 'rest_of_world', 'world'],
  ])('USE-05 %s data used in %s counts against the %s cut-off', (network, zone, cutoff) => {
    expect(cutoffZoneOf(network, zone)).toBe(cutoff);
  });

  const choice = (c: Partial<CutoffChoice>): CutoffChoice => ({
    zone: 'usa_canada',
    code: 'x',
    kind: 'cutoff',
    volumeMb: null,
    cutoffEuros: null,
    ...c,
  });

  it.each<[string, Network, Partial<CutoffChoice>, ReturnType<typeof cutoffLimit>]>([
    ['USE-08 Orange 0 MB', 'orange', { volumeMb: 0 }, { unit: 'bytes', value: 0 }],
    ['USE-08 Orange 500 MB', 'orange', { volumeMb: 500 }, { unit: 'bytes', value: 500 * MB }],
    ['USE-08 Orange 50 GB', 'orange', { volumeMb: 50 * 1024 }, { unit: 'bytes', value: 50 * GB }],
    [
      'USE-05 Orange roaming option 3 GB',
      'orange',
      { kind: 'roaming', volumeMb: 3 * 1024 },
      { unit: 'bytes', value: 3 * GB },
    ],
    [
      'USE-05 Bouygues Europe 0 €',
      'bouygues',
      { zone: 'europe', cutoffEuros: 0 },
      { unit: 'minor', value: 0 },
    ],
    [
      'USE-05 Bouygues world 200 €',
      'bouygues',
      { zone: 'world', cutoffEuros: 200 },
      { unit: 'minor', value: 20_000 },
    ],
    ['USE-05 Bouygues without euros', 'bouygues', { zone: 'world' }, null],
  ])('%s sets its limit', (_name, network, c, expected) => {
    expect(cutoffLimit(network, choice(c))).toEqual(expected);
  });

  it.each<[string, number, number, number, number[]]>([
    ['below 80 %', 1000, 0, 799, []],
    ['reaching 80 % alerts 80', 1000, 799, 800, [80]],
    ['from 80 % to 99 %', 1000, 800, 990, []],
    ['reaching 100 % alerts 100', 1000, 990, 1000, [100]],
    ['jumping over both alerts both', 1000, 0, 1200, [80, 100]],
    ['already over: nothing more', 1000, 1000, 1500, []],
    ['a 0 cut-off: the first use alerts 100 only', 0, 0, 1, [100]],
    ['a 0 cut-off already reached', 0, 1, 5, []],
    ['no move', 1000, 500, 500, []],
  ])('USE-05 alerts at 80 %% and 100 %% of the cut-off: %s', (_name, limit, before, after, expected) => {
    expect(crossedLimitThresholds(limit, before, after)).toEqual(expected);
  });

  it.each<[number, number, boolean]>([
    [1000, 999, false],
    [1000, 1000, true],
    [0, 0, false],
    [0, 1, true], // USE-05: 0 € in Europe = no data in Europe
  ])('USE-05 a limit of %d is reached by %d: %s', (limit, used, reached) => {
    expect(limitReached(limit, used)).toBe(reached);
  });

  it.each<[string, { unit: 'bytes' | 'minor'; value: number }, { bytes: number; minor: number }, number]>([
    ['a volume counts the bytes', { unit: 'bytes', value: GB }, { bytes: 5 * MB, minor: 120 }, 5 * MB],
    ['euros count the off-plan amount', { unit: 'minor', value: 5000 }, { bytes: 5 * MB, minor: 120 }, 120],
    ['0 € is reached by any data, priced or not', { unit: 'minor', value: 0 }, { bytes: 1, minor: 0 }, 1],
    ['0 € without data', { unit: 'minor', value: 0 }, { bytes: 0, minor: 0 }, 0],
  ])('USE-05 what a cut-off counts: %s', (_name, limit, used, expected) => {
    expect(cutoffUse(limit, used)).toBe(expected);
  });

  it('USE-05 the share of a cut-off used, none for a 0 cut-off', () => {
    expect(limitPercent(1000, 805)).toBe(80);
    expect(limitPercent(0, 10)).toBeNull();
  });
});

describe('data pay-as-you-go (CAT-09)', () => {
  // Tiers per MB in minor units: from 500 MB 2 c, from 1 GB 1 c, from 5 GB 0.5 c.
  const tiers = [
    { fromMb: 1024, perMb: 1 },
    { fromMb: 500, perMb: 2 },
    { fromMb: 5 * 1024, perMb: 0.5 },
  ];
  it.each<[string, number, number | null]>([
    ['CAT-09 nothing beyond the 500 MB included', 500 * MB, 0],
    ['CAT-09 501 MB: 1 MB at the first tier', 501 * MB, 2],
    ['CAT-09 1023 MB: the first tier for the 523 MB beyond', 1023 * MB, 1046],
    ['CAT-09 1024 MB: the second tier applies to every MB beyond 500', 1024 * MB, 524],
    ['CAT-09 5 GB: the third tier applies to every MB beyond 500', 5 * GB, Math.round((5120 - 500) * 0.5)],
    ['CAT-09 a part of a MB is priced pro rata', 500 * MB + MB / 2, 1],
  ])('%s', (_name, bytes, expected) => {
    expect(paygDataAmount(bytes, tiers)).toBe(expected);
  });

  it('CAT-09 tiers "à définir": beyond 500 MB the amount is unknown (flagged), never 0', () => {
    expect(paygDataAmount(600 * MB, null)).toBeNull();
    expect(paygDataAmount(600 * MB, [])).toBeNull();
    expect(paygDataAmount(400 * MB, null)).toBe(0);
  });

  it.each<[number, boolean]>([
    [0, false],
    [1, true],
    [50, true],
    [100, true],
    [101, false],
    [1.5, false],
  ])('CAT-09 a data threshold of %d GB is valid: %s', (gb, ok) => {
    expect(validThreshold(gb)).toBe(ok);
  });
});

describe('purge and close (issue 12 §3, §4)', () => {
  it('USE-07 the 3 viewable months are kept, in the tenant’s zone: older records are purged', () => {
    expect(oldestKeptMonth(new Date('2026-11-23T09:00:00Z'), 'Europe/Paris')).toBe('2026-09');
    // 31 Dec 23:30 UTC is already January in Paris.
    expect(oldestKeptMonth(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).toBe('2026-11');
    expect(oldestKeptMonth(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-10');
  });

  it('CAL-04 the close at 00:00 on the 1st closes the month before, and the next one is a month later', () => {
    const at = new Date('2026-11-30T23:00:00Z'); // 1 December 00:00 in Paris
    expect(monthToClose(at, 'Europe/Paris')).toBe('2026-11');
    expect(nextCloseAt(at, 'Europe/Paris').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(nextCloseAt(new Date('2026-11-23T09:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-11-30T23:00:00.000Z',
    );
  });
});
