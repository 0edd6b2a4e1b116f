import Holidays from 'date-holidays';
import type { CountryCode } from './types.ts';

/** A public holiday: its local calendar date and its name as date-holidays gives it. */
export interface PublicHoliday {
  /** Local date 'YYYY-MM-DD' in the country. */
  readonly date: string;
  readonly name: string;
}

/**
 * Which days are off, per country, from the maintained `date-holidays` data (DESIGN: "public
 * holidays from a maintained library"). Only holidays of type `public` count:
 *
 * - FR (CAL-01, CAL-02): metropolitan France, no region, so Alsace-Moselle's Good Friday and
 *   26 December are not off. The 11 jours fériés of the Code du travail (art. L3133-1): 1 Jan,
 *   Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec.
 *   Whit Monday is marked `public` by date-holidays and stays off: it is a legal jour férié even
 *   where employers make it the "journée de solidarité", and operators treat it as a holiday.
 *   Pentecost Sunday and Mother's Day are `observance` and fall on Sundays anyway.
 * - IL (CAL-03): the library marks as `public` exactly Israel's statutory rest days: Rosh Hashana
 *   (2 days), Yom Kippur, Sukkot (first day), Shemini Atzeret/Simchat Torah, Pesach first and
 *   seventh days, Shavuot and Independence Day (with the library's postponement rules). We take
 *   those and no more: Chol HaMoed (intermediate days of Sukkot and Pesach), Purim, Hanukkah
 *   (type `school`), Yom HaZikaron, Yom HaShoah and Tisha B'Av (`observance`) are ordinary
 *   working days for operators and couriers. Holiday eves (erev chag) are working days too.
 *   Israeli holidays start at sunset the evening before; a business calendar counts whole civil
 *   days, so only the holiday's own date is off.
 */
const instances = new Map<CountryCode, Holidays>();
const listCache = new Map<string, readonly PublicHoliday[]>();
const setCache = new Map<string, ReadonlySet<string>>();

function holidaysOf(country: CountryCode): Holidays {
  let hd = instances.get(country);
  if (!hd) {
    hd = new Holidays(country);
    instances.set(country, hd);
  }
  return hd;
}

/** Public holidays of a country in a year, sorted by date; cached per country, year and language. */
export function publicHolidays(country: CountryCode, year: number, lang = 'en'): readonly PublicHoliday[] {
  if (!Number.isInteger(year)) throw new RangeError(`Year must be an integer (got ${year})`);
  const key = `${country}:${year}:${lang}`;
  let list = listCache.get(key);
  if (!list) {
    list = holidaysOf(country)
      .getHolidays(year, lang)
      .filter((h) => h.type === 'public')
      // date-holidays writes "2026-04-02 00:00:00 -0600" for Israeli holidays that start at sunset:
      // the first 10 characters are the holiday's own civil date.
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
      .sort((a, b) => a.date.localeCompare(b.date));
    listCache.set(key, list);
  }
  return list;
}

function holidayDates(country: CountryCode, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let set = setCache.get(key);
  if (!set) {
    set = new Set(publicHolidays(country, year).map((h) => h.date));
    setCache.set(key, set);
  }
  return set;
}

/** Whether a local date 'YYYY-MM-DD' is a public holiday in the country. */
export function isPublicHoliday(country: CountryCode, isoDate: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate))
    throw new RangeError(`Expected a date YYYY-MM-DD (got "${isoDate}")`);
  return holidayDates(country, Number(isoDate.slice(0, 4))).has(isoDate);
}
