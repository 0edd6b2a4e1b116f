/**
 * Referral rules (seed 001, REF-01..REF-05, REF-07, Reading 15): pure functions over plain data,
 * the instant and the tenant's zone passed in.
 */
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import { DateTime } from 'luxon';
import { localDateTime } from '../../platform/calendar/zone.ts';

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in kilometres (geokdbush's haversine on the mean Earth radius). */
export function distanceKm(a: Point, b: Point): number {
  return distance(a.longitude, a.latitude, b.longitude, b.latitude);
}

export interface InstallerCandidate extends Point {
  id: string;
  company: string;
  charterSignedAt: Date | null;
  active: boolean;
}

export type SkipReason = 'unsigned' | 'inactive' | 'already_tried';

export interface Skipped {
  id: string;
  company: string;
  distanceKm: number;
  reason: SkipReason;
}

export interface InstallerChoice {
  chosen: { id: string; company: string; distanceKm: number } | null;
  /** Installers nearer than the chosen one that were passed over, nearest first. */
  skipped: Skipped[];
}

/** REF-01: why an installer may not receive a referral, or null when it may. */
export function ineligibility(i: InstallerCandidate): 'unsigned' | 'inactive' | null {
  if (!i.charterSignedAt) return 'unsigned';
  if (!i.active) return 'inactive';
  return null;
}

/**
 * The directory's search tree (kdbush over the declared addresses, all installers, signed or not,
 * so that nearer unsigned or inactive ones can be named). Built once per directory version and
 * kept in memory between referrals (installer-index.ts): a build costs ~200 ms at 100,000
 * installers, a query microseconds.
 */
export interface InstallerIndex {
  readonly tree: KDBush;
  readonly installers: readonly InstallerCandidate[];
}

export function indexInstallers(installers: readonly InstallerCandidate[]): InstallerIndex {
  // kdbush refuses an empty tree; one point is still searched through the same code path.
  const tree = new KDBush(Math.max(1, installers.length));
  for (const i of installers) tree.add(i.longitude, i.latitude);
  if (installers.length === 0) tree.add(0, 0);
  tree.finish();
  return { tree, installers };
}

const byDistanceThenId = (a: { i: InstallerCandidate; d: number }, b: { i: InstallerCandidate; d: number }) =>
  a.d - b.d || (a.i.id < b.i.id ? -1 : a.i.id > b.i.id ? 1 : 0);

/** geokdbush's pruning and `distanceKm` may differ in the last bits: search a hair further. */
const EPSILON_KM = 1e-6;

/**
 * REF-03 (with REF-01): the signed, active installer nearest to the customer's home by great-circle
 * distance to its declared address, on a prebuilt index. Nearer installers that are unsigned,
 * inactive or already tried for this customer (a reassignment) are skipped and named. Ties go to
 * the smaller id. Only the neighbourhood up to the chosen one is visited, never the whole directory.
 */
export function nearestInstaller(
  index: InstallerIndex,
  home: Point,
  alreadyTried: ReadonlySet<string> = new Set(),
): InstallerChoice {
  const list = index.installers;
  const reasonOf = (k: number): SkipReason | null => {
    const i = list[k];
    if (!i) return null;
    return alreadyTried.has(i.id) ? 'already_tried' : ineligibility(i);
  };
  const at = (ks: number[]) =>
    ks.filter((k) => k < list.length).map((k) => ({ i: list[k]!, d: distanceKm(home, list[k]!) }));
  const eligible = (k: number) => k < list.length && reasonOf(k) === null;
  const first = around(index.tree, home.longitude, home.latitude, 1, Infinity, eligible);
  let best: { i: InstallerCandidate; d: number } | undefined;
  let passed: { i: InstallerCandidate; d: number }[];
  if (first.length === 0) {
    passed = at(around(index.tree, home.longitude, home.latitude)).sort(byDistanceThenId);
  } else {
    const d = distanceKm(home, list[first[0]!]!);
    // Equidistant eligible installers (same commune): the smaller id wins.
    best = at(around(index.tree, home.longitude, home.latitude, Infinity, d + EPSILON_KM, eligible))
      .filter((c) => c.d <= d)
      .sort(byDistanceThenId)[0]!;
    const nearer = around(
      index.tree,
      home.longitude,
      home.latitude,
      Infinity,
      d + EPSILON_KM,
      (k) => !eligible(k),
    );
    passed = at(nearer)
      .filter((c) => byDistanceThenId(c, best!) < 0)
      .sort(byDistanceThenId);
  }
  const km = (d: number) => Math.round(d * 10) / 10;
  const skipped: Skipped[] = passed.map(({ i, d }) => ({
    id: i.id,
    company: i.company,
    distanceKm: km(d),
    reason: (alreadyTried.has(i.id) ? 'already_tried' : ineligibility(i))!,
  }));
  return {
    chosen: best ? { id: best.i.id, company: best.i.company, distanceKm: km(best.d) } : null,
    skipped,
  };
}

/** REF-03 on a directory given as a list (the tree built for this one call). */
export function chooseInstaller(
  home: Point,
  installers: readonly InstallerCandidate[],
  alreadyTried: ReadonlySet<string> = new Set(),
): InstallerChoice {
  return nearestInstaller(indexInstallers(installers), home, alreadyTried);
}

/** REF-07: the service is for customers who need a satellite dish and internet (no TV over ADSL). */
export function eligibleCustomer(v: {
  needsSatelliteAndInternet: boolean;
  tvOverAdslEligible: boolean;
}): boolean {
  return v.needsSatelliteAndInternet && !v.tvOverAdslEligible;
}

export interface ConsentFact {
  id: string;
  givenAt: Date;
  withdrawnAt: Date | null;
}

/**
 * REF-02: the consent in force at `now` (the latest given, not withdrawn), or null. Without it,
 * nothing is shared.
 */
export function consentInForce(consents: readonly ConsentFact[], now: Date): ConsentFact | null {
  const live = consents
    .filter((c) => c.givenAt.getTime() <= now.getTime())
    .filter((c) => c.withdrawnAt === null || c.withdrawnAt.getTime() > now.getTime())
    .sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime());
  return live[0] ?? null;
}

/** REF-04, Reading 15: 48 clock hours from the referral e-mail. */
export const CONTACT_HOURS = 48;

export function contactDeadline(sentAt: Date): Date {
  return new Date(sentAt.getTime() + CONTACT_HOURS * 3_600_000);
}

/** REF-04: contact at the 48th hour exactly is still on time. */
export function contactOnTime(sentAt: Date, contactedAt: Date): boolean {
  return contactedAt.getTime() <= contactDeadline(sentAt).getTime();
}

/** REF-04, Reading 15: the visit falls from day 15 to day 20 (calendar days) after the referral. */
export const VISIT_FIRST_DAY = 15;
export const VISIT_LAST_DAY = 20;

/**
 * The visit window as local dates in the tenant's zone (CAL-04): the referral's day is day 0, so
 * a referral on 1 December allows 16 to 21 December. Calendar days (Reading 15), not working days.
 */
export function visitWindow(referredAt: Date, zone: string): { first: string; last: string } {
  const day0 = localDateTime(referredAt, zone).startOf('day');
  return {
    first: day0.plus({ days: VISIT_FIRST_DAY }).toISODate()!,
    last: day0.plus({ days: VISIT_LAST_DAY }).toISODate()!,
  };
}

/** The day number of a local date counted from the referral's day (day 0). */
export function dayNumber(referredAt: Date, visitDate: string, zone: string): number {
  const day0 = localDateTime(referredAt, zone).startOf('day');
  const d = DateTime.fromISO(visitDate, { zone }).startOf('day');
  return Math.round(d.diff(day0, 'days').days);
}

export type VisitRefusal = 'too_early' | 'too_late' | null;

/**
 * REF-04: a visit date outside days 15–20 is refused unless the safety conditions are not met, in
 * which case the reason is required and the date is free (never before the referral's day).
 */
export function checkVisitDate(
  referredAt: Date,
  visitDate: string,
  zone: string,
  safetyReason: string | null,
): VisitRefusal {
  const n = dayNumber(referredAt, visitDate, zone);
  if (safetyReason && safetyReason.trim() !== '') return n < 0 ? 'too_early' : null;
  if (n < VISIT_FIRST_DAY) return 'too_early';
  if (n > VISIT_LAST_DAY) return 'too_late';
  return null;
}

/**
 * REF-05: the packaged installation. Items marked `ifNeeded` may be "not needed"; the others must
 * be done for the checklist to be complete.
 */
export const CHECKLIST = [
  { key: 'box', ifNeeded: false },
  { key: 'wifiAdapter', ifNeeded: true },
  { key: 'key3g', ifNeeded: true },
  { key: 'internetComputers', ifNeeded: false },
  { key: 'mailbox', ifNeeded: false },
  { key: 'tvDecoder', ifNeeded: false },
  { key: 'powerline', ifNeeded: true },
  { key: 'firstLesson', ifNeeded: false },
] as const;

export type ChecklistKey = (typeof CHECKLIST)[number]['key'];
export type ChecklistValue = 'done' | 'not_needed' | 'not_done';

/** REF-05: the items still missing (not done, or "not needed" where the item is not optional). */
export function missingChecklistItems(items: Partial<Record<ChecklistKey, ChecklistValue>>): ChecklistKey[] {
  return CHECKLIST.filter((c) => {
    const v = items[c.key];
    if (v === 'done') return false;
    return !(c.ifNeeded && v === 'not_needed');
  }).map((c) => c.key);
}

export type ReferralStatus =
  | 'sent'
  | 'contacted'
  | 'visit_booked'
  | 'completed'
  | 'reassigned'
  | 'withdrawn'
  | 'lapsed'
  | 'quote_refused';

export const OPEN_STATUSES: readonly ReferralStatus[] = ['sent', 'contacted', 'visit_booked'];

/**
 * REF-04: at the 48 h check, a referral still waiting for the installer's call is passed on (a
 * missed window); any other state leaves it alone.
 */
export function contactMissed(status: ReferralStatus, sentAt: Date, now: Date): boolean {
  return status === 'sent' && now.getTime() > contactDeadline(sentAt).getTime();
}

/**
 * REF-04, REF-05, Reading 15: the instant the visit is missed: the end of the booked visit's day
 * (its checklist not recorded), or without a booked visit the end of day 20, both in the tenant's
 * zone. A visit moved past day 20 for safety reasons keeps its own date.
 */
export function visitDeadline(referredAt: Date, visitDate: string | null, zone: string): Date {
  const day = visitDate
    ? DateTime.fromISO(visitDate, { zone })
    : localDateTime(referredAt, zone).startOf('day').plus({ days: VISIT_LAST_DAY });
  return day.startOf('day').plus({ days: 1 }).toJSDate();
}

/**
 * REF-04, REF-05: at the visit check, an open referral (not completed, not closed) whose visit
 * deadline has passed is missed: the reseller is alerted and the referral offered (or, by the
 * tenant's setting, performed) for reassignment. Day 20 at 23:59 local is still on time.
 */
export function visitMissed(
  status: ReferralStatus,
  referredAt: Date,
  visitDate: string | null,
  zone: string,
  now: Date,
): boolean {
  return (
    OPEN_STATUSES.includes(status) && now.getTime() >= visitDeadline(referredAt, visitDate, zone).getTime()
  );
}

/** What the tenant chose for a missed visit: offer the reassignment to an agent, or perform it. */
export type MissedVisitPolicy = 'offer' | 'perform';
export const DEFAULT_MISSED_VISIT_POLICY: MissedVisitPolicy = 'offer';

/** Issue 13 §5: what the tenant chose for a missed 48 h contact (same choice, 'offer' by default). */
export type MissedContactPolicy = 'offer' | 'perform';
export const DEFAULT_MISSED_CONTACT_POLICY: MissedContactPolicy = 'offer';

/**
 * REF-04: the agent's « Réattribuer » applies to an open referral whose 48 h contact or visit
 * window was missed (marked late by the checks); a closed or on-time referral is not reassigned.
 */
export function reassignableLate(
  status: ReferralStatus,
  contactMissedAt: Date | null,
  visitMissedAt: Date | null,
): boolean {
  return OPEN_STATUSES.includes(status) && (contactMissedAt !== null || visitMissedAt !== null);
}

/** REF-04: a visit is agreed only once the customer accepted the installer's quote. */
export function visitAllowed(quoteDecision: 'accepted' | 'refused' | null): boolean {
  return quoteDecision === 'accepted';
}

/**
 * REF-09: before travelling, the installer checks the customer received the equipment and the
 * login credentials. Returns what is still missing (empty when it may travel).
 */
export function pretravelMissing(v: {
  equipmentReceived: boolean;
  credentialsReceived: boolean;
}): ('equipmentReceived' | 'credentialsReceived')[] {
  const missing: ('equipmentReceived' | 'credentialsReceived')[] = [];
  if (!v.equipmentReceived) missing.push('equipmentReceived');
  if (!v.credentialsReceived) missing.push('credentialsReceived');
  return missing;
}

/** REF-06: the discount coupon is worth 100 € on the bill of the reseller running the scheme. */
export const COUPON_AMOUNT_MINOR = 10_000;

/** Crockford's base-32 alphabet: no I, L, O or U, so a code copied by hand is not misread. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** REF-06: a coupon code "BON-XXXX-XXXX" from 8 random bytes (the caller draws them). */
export function couponCode(random: Uint8Array): string {
  if (random.length < 8) throw new Error('couponCode needs 8 random bytes');
  const c = Array.from(random.subarray(0, 8), (b) => CODE_ALPHABET[b % 32]).join('');
  return `BON-${c.slice(0, 4)}-${c.slice(4, 8)}`;
}

/** REF-06: what the customer returns: the filled coupon and copies of both invoices. */
export const COUPON_FILE_KINDS = ['coupon', 'internet_invoice', 'installation_invoice'] as const;
export type CouponFileKind = (typeof COUPON_FILE_KINDS)[number];

/** A scanned page or a PDF: 2 MiB is ample and keeps the database and the request bounded. */
export const COUPON_FILE_MAX_BYTES = 2 * 1024 * 1024;

export type CouponMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

/**
 * The file's type from its first bytes (its signature), never from its name or the sender's
 * claim: only PDF, PNG and JPEG are kept.
 */
export function sniffMediaType(bytes: Uint8Array): CouponMediaType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

export type CouponFileProblem = 'empty' | 'too_large' | 'type_refused' | 'duplicate';

/**
 * REF-06: checks the returned files: each kind once, each non-empty, at most 2 MiB, of a kept type.
 * Returns the problems by file index and the kinds still missing; the return is recorded only
 * when both are empty.
 */
export function checkCouponFiles(files: readonly { kind: CouponFileKind; bytes: Uint8Array }[]): {
  problems: { index: number; problem: CouponFileProblem }[];
  missing: CouponFileKind[];
} {
  const seen = new Set<CouponFileKind>();
  const problems: { index: number; problem: CouponFileProblem }[] = [];
  files.forEach((f, index) => {
    if (seen.has(f.kind)) problems.push({ index, problem: 'duplicate' });
    else if (f.bytes.length === 0) problems.push({ index, problem: 'empty' });
    else if (f.bytes.length > COUPON_FILE_MAX_BYTES) problems.push({ index, problem: 'too_large' });
    else if (!sniffMediaType(f.bytes)) problems.push({ index, problem: 'type_refused' });
    seen.add(f.kind);
  });
  return { problems, missing: COUPON_FILE_KINDS.filter((k) => !seen.has(k)) };
}

/** The ledger's item code of REF-06's discount (named for users by charge-item-names.ts). */
export const REFERRAL_COUPON_ITEM = 'referral-coupon';

export interface ReferralChargeDraft {
  itemCode: typeof REFERRAL_COUPON_ITEM;
  amountMinor: number;
}

/**
 * REF-06, REF-08: what the reseller puts on the customer's charges for a referral: the coupon's
 * discount once the filled coupon came back with both invoices, and nothing else. The installation
 * is invoiced by the installer to the customer, never by the reseller, so it is never a charge.
 */
export function referralCharges(
  coupon: { amountMinor: number; returned: boolean } | null,
): ReferralChargeDraft[] {
  if (!coupon || !coupon.returned) return [];
  return [{ itemCode: REFERRAL_COUPON_ITEM, amountMinor: -coupon.amountMinor }];
}
