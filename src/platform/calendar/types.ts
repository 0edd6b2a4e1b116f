/** Countries whose business calendar Relais knows (CAL-01..CAL-03). */
export type CountryCode = 'FR' | 'IL';

/**
 * Kinds of day a delay is counted in.
 * - `working`: FR "jours ouvrés" Mon–Fri (CAL-01); IL Sun–Thu (CAL-03). Public holidays are off.
 * - `business`: FR "jours ouvrables" Mon–Sat (CAL-02); IL Sun–Thu, the same as `working` (Reading 3).
 */
export type DayKind = 'working' | 'business';

/** ISO weekday as luxon numbers it: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Opening hours as plain data, e.g. Orange line creation (ORD-03):
 * `{ days: [1, 2, 3, 4, 5, 6], from: '07:00', to: '22:00', holidaysOpen: true }`.
 * Times are wall-clock times in the tenant's zone; `to` may be '24:00' (end of the day) and must be
 * later than `from` (windows do not cross midnight).
 */
export interface OpeningWindow {
  readonly days: readonly IsoWeekday[];
  /** 'HH:mm', 00:00–23:59. */
  readonly from: string;
  /** 'HH:mm', 00:01–24:00. */
  readonly to: string;
  /** Whether the window also opens on the country's public holidays that fall on one of `days`. */
  readonly holidaysOpen: boolean;
}

/** Where a deadline is computed: the country's calendar, in the tenant's IANA time zone (CAL-04). */
export interface CalendarContext {
  readonly country: CountryCode;
  /** IANA time zone, e.g. 'Europe/Paris', 'Asia/Jerusalem'. */
  readonly zone: string;
}

export interface DayOptions extends CalendarContext {
  readonly kind: DayKind;
}

/**
 * The open time that hour counts run through: either whole days of a kind (CAL-02 "48 heures
 * ouvrables", Reading 1) or an opening window (ORD-02/ORD-03, Reading 5 "1 HO"). A window carries
 * its own days and holiday policy, so it replaces the kind rather than narrowing it (Orange opens on
 * Saturdays and holidays, ORD-03); given both, the window is used.
 */
export type HoursOptions = CalendarContext &
  ({ readonly kind: DayKind } | { readonly window: OpeningWindow });
