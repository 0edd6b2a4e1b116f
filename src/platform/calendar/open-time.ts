import type { DateTime } from 'luxon';
import { MAX_SCAN_DAYS, windowOfKind } from './business-days.ts';
import { isPublicHoliday } from './holidays.ts';
import type { CalendarContext, CountryCode, HoursOptions, IsoWeekday, OpeningWindow } from './types.ts';
import { localDateTime } from './zone.ts';

/**
 * Open time: the instants inside days of a kind or inside an opening window, in the tenant's zone.
 * Hours are elapsed clock hours (3,600 s of real time), so a 23-hour spring-forward day gives 23
 * open hours and a 25-hour fall-back day 25 (Reading 1: "48 clock hours counted only inside jours
 * ouvrables"). Wall-clock window bounds that a DST gap skips move forward by the gap (luxon).
 */

const HOUR_MS = 3_600_000;

/** [start, end) in epoch milliseconds. */
interface Interval {
  readonly start: number;
  readonly end: number;
}

interface ParsedWindow {
  readonly window: OpeningWindow;
  readonly from: { hour: number; minute: number };
  /** null: '24:00', the start of the next day. */
  readonly to: { hour: number; minute: number } | null;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseTime(value: string, field: 'from' | 'to'): { hour: number; minute: number } {
  const m = TIME.exec(value);
  if (!m) throw new RangeError(`Opening window "${field}" must be HH:mm (got "${value}")`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

function parseWindow(window: OpeningWindow): ParsedWindow {
  if (window.days.length === 0) throw new RangeError('Opening window has no days');
  for (const d of window.days) {
    if (!Number.isInteger(d) || d < 1 || d > 7)
      throw new RangeError(`Opening window day must be 1–7 (got ${d})`);
  }
  const from = parseTime(window.from, 'from');
  const to = window.to === '24:00' ? null : parseTime(window.to, 'to');
  // ORD-03 windows are daytime ranges; a window crossing midnight would need two ranges.
  if (to && to.hour * 60 + to.minute <= from.hour * 60 + from.minute) {
    throw new RangeError(`Opening window must end after it starts (${window.from}–${window.to})`);
  }
  return { window, from, to };
}

function resolveWindow(opts: HoursOptions): ParsedWindow {
  return parseWindow('window' in opts ? opts.window : windowOfKind(opts.country, opts.kind));
}

/** The open interval of one local day (at 00:00), or null when the window is closed that day. */
function intervalOn(day: DateTime<true>, pw: ParsedWindow, country: CountryCode): Interval | null {
  if (!pw.window.days.includes(day.weekday as IsoWeekday)) return null;
  // ORD-03: Orange creation windows stay open on holidays; whole-day kinds never do (CAL-01..03).
  if (!pw.window.holidaysOpen && isPublicHoliday(country, day.toISODate())) return null;
  const start = day.set(pw.from).toMillis();
  const end = (pw.to ? day.set(pw.to) : day.plus({ days: 1 })).toMillis();
  return end > start ? { start, end } : null;
}

/** Open intervals from `at` onwards, the first one clipped to start at `at`. */
function* forward(at: number, zone: string, pw: ParsedWindow, country: CountryCode): Generator<Interval> {
  let day = localDateTime(new Date(at), zone).startOf('day');
  for (let i = 0; i <= MAX_SCAN_DAYS; i++, day = day.plus({ days: 1 })) {
    const iv = intervalOn(day, pw, country);
    if (iv && iv.end > at) yield { start: Math.max(iv.start, at), end: iv.end };
  }
  throw new RangeError('No open time within the scanned range');
}

/** Open intervals before `at`, latest first, the first one clipped to end at `at`. */
function* backward(at: number, zone: string, pw: ParsedWindow, country: CountryCode): Generator<Interval> {
  let day = localDateTime(new Date(at), zone).startOf('day');
  for (let i = 0; i <= MAX_SCAN_DAYS; i++, day = day.minus({ days: 1 })) {
    const iv = intervalOn(day, pw, country);
    if (iv && iv.start < at) yield { start: iv.start, end: Math.min(iv.end, at) };
  }
  throw new RangeError('No open time within the scanned range');
}

/**
 * The instant when `n` open hours have elapsed since `from` (n < 0: the instant `|n|` open hours
 * before `from`). Open time is the days of `kind` or the `window` (see HoursOptions).
 *
 * The result is the earliest such instant: when the count ends exactly where open time ends, the
 * result is that end (e.g. Saturday 00:00 + 24 business hours = Sunday 00:00, not Monday 00:00).
 * `from` outside open time starts counting at the next opening (ORD-02 "1 HO" requested at 21:30
 * on a Saturday, Orange window Mon–Sat 07:00–22:00: Monday 07:30). n = 0 returns `from`.
 * Fractions of an hour are allowed and rounded to the millisecond.
 */
export function addHours(from: Date, n: number, opts: HoursOptions): Date {
  if (!Number.isFinite(n)) throw new RangeError(`Hour count must be finite (got ${n})`);
  const pw = resolveWindow(opts);
  const at = localDateTime(from, opts.zone).toMillis();
  let remaining = Math.round(Math.abs(n) * HOUR_MS);
  if (remaining === 0) return new Date(at);
  if (n > 0) {
    for (const iv of forward(at, opts.zone, pw, opts.country)) {
      if (remaining <= iv.end - iv.start) return new Date(iv.start + remaining);
      remaining -= iv.end - iv.start;
    }
  } else {
    for (const iv of backward(at, opts.zone, pw, opts.country)) {
      if (remaining <= iv.end - iv.start) return new Date(iv.end - remaining);
      remaining -= iv.end - iv.start;
    }
  }
  throw new RangeError('No open time within the scanned range');
}

/**
 * Open hours between two instants (negative when `b` is before `a`), possibly fractional.
 * SUP-09 and Reading 1: a SAV+ slot cancelled at `t` is free when
 * `businessHoursBetween(t, slot, { country: 'FR', zone, kind: 'business' }) >= 48`: exactly 48 h
 * before the slot is still free.
 */
export function businessHoursBetween(a: Date, b: Date, opts: HoursOptions): number {
  const pw = resolveWindow(opts);
  const start = localDateTime(a, opts.zone).toMillis();
  const end = localDateTime(b, opts.zone).toMillis();
  if (end < start) return -businessHoursBetween(b, a, opts);
  let total = 0;
  if (end > start) {
    for (const iv of forward(start, opts.zone, pw, opts.country)) {
      if (iv.start >= end) break;
      total += Math.min(iv.end, end) - iv.start;
    }
  }
  return total / HOUR_MS;
}

/** Whether `at` falls inside the opening window (ORD-03). */
export function isOpen(at: Date, window: OpeningWindow, { country, zone }: CalendarContext): boolean {
  const t = localDateTime(at, zone);
  const iv = intervalOn(t.startOf('day'), parseWindow(window), country);
  return iv !== null && iv.start <= t.toMillis() && t.toMillis() < iv.end;
}

/**
 * When a request made at `at` can be carried out: `at` itself inside the window, else the next
 * opening (ORD-03, Relais: "a request outside the window waits for the next opening and says when
 * that is").
 */
export function nextOpening(at: Date, window: OpeningWindow, { country, zone }: CalendarContext): Date {
  const t = localDateTime(at, zone).toMillis();
  for (const iv of forward(t, zone, parseWindow(window), country)) return new Date(iv.start);
  throw new RangeError('No opening within the scanned range');
}
