import { describe, expect, it } from 'vitest';
import { isPublicHoliday, publicHolidays } from './holidays.ts';

describe('French public holidays (metropolitan France)', () => {
  it.each([
    { date: '2026-01-01', name: "New Year's Day" },
    { date: '2026-04-06', name: 'Easter Monday' },
    { date: '2026-05-01', name: 'Labour Day' },
    { date: '2026-05-08', name: 'Victory Day' },
    { date: '2026-05-14', name: 'Ascension Day' },
    { date: '2026-05-25', name: 'Whit Monday' },
    { date: '2026-07-14', name: 'Bastille Day' },
    { date: '2026-08-15', name: 'Assumption' },
    { date: '2026-11-01', name: "All Saints' Day" },
    { date: '2026-11-11', name: 'Armistice Day' },
    { date: '2026-12-25', name: 'Christmas Day' },
  ])('CAL-01 CAL-02 $date ($name) is a French public holiday', ({ date, name }) => {
    expect(isPublicHoliday('FR', date)).toBe(true);
    expect(publicHolidays('FR', 2026)).toContainEqual({ date, name });
  });

  it.each([
    { date: '2026-04-03', why: 'Good Friday is off only in Alsace-Moselle' },
    { date: '2026-12-26', why: 'St Stephen is off only in Alsace-Moselle' },
    { date: '2026-04-05', why: 'Easter Sunday is not a jour férié of its own' },
    { date: '2026-05-24', why: 'Pentecost Sunday is an observance' },
    { date: '2026-05-31', why: "Mother's Day is an observance" },
    { date: '2026-07-15', why: 'an ordinary day' },
  ])('CAL-01 CAL-02 $date is not a French public holiday: $why', ({ date }) => {
    expect(isPublicHoliday('FR', date)).toBe(false);
  });

  it('CAL-01 France has exactly the 11 jours fériés of the Code du travail each year', () => {
    for (const year of [2025, 2026, 2027, 2028]) expect(publicHolidays('FR', year)).toHaveLength(11);
  });

  it('names holidays in the requested language', () => {
    expect(publicHolidays('FR', 2026, 'fr')).toContainEqual({
      date: '2026-05-25',
      name: 'Lundi de Pentecôte',
    });
  });
});

describe('Israeli public holidays (statutory rest days)', () => {
  it.each([
    { date: '2026-04-02', name: 'Pesach, first day' },
    { date: '2026-04-08', name: 'Pesach, seventh day' },
    { date: '2026-04-22', name: 'Independence Day' },
    { date: '2026-05-22', name: 'Shavuot' },
    { date: '2026-09-12', name: 'Rosh Hashana, day 1' },
    { date: '2026-09-13', name: 'Rosh Hashana, day 2' },
    { date: '2026-09-21', name: 'Yom Kippur' },
    { date: '2026-09-26', name: 'Sukkot' },
    { date: '2026-10-03', name: 'Shemini Atzeret / Simchat Torah' },
    { date: '2025-04-13', name: 'Pesach 2025, first day' },
    { date: '2025-06-02', name: 'Shavuot 2025' },
    { date: '2025-10-02', name: 'Yom Kippur 2025' },
    { date: '2025-10-07', name: 'Sukkot 2025' },
    { date: '2025-10-14', name: 'Shemini Atzeret 2025' },
  ])('CAL-03 $date ($name) is an Israeli public holiday', ({ date }) => {
    expect(isPublicHoliday('IL', date)).toBe(true);
  });

  it.each([
    { date: '2026-04-05', name: 'Chol HaMoed Pesach' },
    { date: '2026-09-29', name: 'Chol HaMoed Sukkot' },
    { date: '2026-03-03', name: 'Purim' },
    { date: '2026-04-21', name: 'Yom HaZikaron' },
    { date: '2026-04-14', name: 'Yom HaShoah' },
    { date: '2026-07-23', name: "Tisha B'Av" },
    { date: '2026-12-07', name: 'Hanukkah' },
    { date: '2026-09-20', name: 'Erev Yom Kippur' },
  ])('CAL-03 $date ($name) is a working day in Israel', ({ date }) => {
    expect(isPublicHoliday('IL', date)).toBe(false);
  });

  it('CAL-03 Israel has the 9 statutory rest days each year', () => {
    for (const year of [2025, 2026, 2027]) expect(publicHolidays('IL', year)).toHaveLength(9);
  });
});

describe('holiday lookups', () => {
  it('returns the same cached list for the same country and year', () => {
    expect(publicHolidays('IL', 2026)).toBe(publicHolidays('IL', 2026));
  });

  it.each(['2026-5-1', '01/05/2026', ''])('rejects the malformed date %j', (date) => {
    expect(() => isPublicHoliday('FR', date)).toThrow(RangeError);
  });
});
