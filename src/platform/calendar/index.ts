export type {
  CalendarContext,
  CountryCode,
  DayKind,
  DayOptions,
  HoursOptions,
  IsoWeekday,
  OpeningWindow,
} from './types.ts';
export { isPublicHoliday, publicHolidays, type PublicHoliday } from './holidays.ts';
export { addDays, endOfNthDay, isDayOff, WEEKS, windowOfKind } from './business-days.ts';
export { addHours, businessHoursBetween, isOpen, nextOpening } from './open-time.ts';
export { firstOfNextMonth, nextBillingDay } from './effective-dates.ts';
export { assertZone, toLocalDate } from './zone.ts';
