/**
 * Per-installer figures of issue 13 §7 (pure, clock passed in): referrals received, the time from
 * the referral e-mail to the customer's contact (REF-04's 48 clock hours), visits booked inside
 * the day 15–20 window (REF-04, Reading 15) and the REF-06 coupons issued and returned.
 */
import { contactDeadline, contactOnTime, dayNumber, VISIT_FIRST_DAY, VISIT_LAST_DAY } from './rules.ts';

/** One referral as the figures need it (a reassignment is a referral of each installer). */
export interface ReferralFact {
  installerId: string;
  /** The chain's first referral (day 0 of the visit window). */
  referredAt: Date;
  /** This installer's e-mail (start of its 48 h). */
  sentAt: Date;
  contactedAt: Date | null;
  visitDate: string | null;
  couponIssuedAt: Date | null;
  couponReturnedAt: Date | null;
}

export interface InstallerFigures {
  installerId: string;
  referrals: number;
  /** Referrals contacted (any delay). */
  contacted: number;
  /** Hours from the e-mail to the contact, over the contacted referrals; null when none. */
  medianContactHours: number | null;
  meanContactHours: number | null;
  /** Referrals whose 48 h are over or that were contacted: the denominator of the share. */
  contactDue: number;
  contactedWithin48h: number;
  /** contactedWithin48h / contactDue, or null when nothing is due yet. */
  shareWithin48h: number | null;
  visitsBooked: number;
  /** Booked visits falling on day 15 to 20 after the referral (tenant's zone). */
  visitsInWindow: number;
  couponsIssued: number;
  couponsReturned: number;
}

const HOUR_MS = 3_600_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** REF-04: a booked visit counts in the window when it falls on day 15 to 20 (calendar days). */
export function visitInWindow(referredAt: Date, visitDate: string, zone: string): boolean {
  const day = dayNumber(referredAt, visitDate, zone);
  return day >= VISIT_FIRST_DAY && day <= VISIT_LAST_DAY;
}

/**
 * The figures of each installer given (all of them, also those with no referral), in their order.
 * A referral not yet contacted whose 48 h are not over counts neither for nor against the share.
 */
export function installerFigures(
  installerIds: readonly string[],
  referrals: readonly ReferralFact[],
  zone: string,
  now: Date,
): InstallerFigures[] {
  const byInstaller = new Map<string, ReferralFact[]>(installerIds.map((id) => [id, []]));
  for (const r of referrals) byInstaller.get(r.installerId)?.push(r);
  return installerIds.map((installerId) => {
    const rs = byInstaller.get(installerId)!;
    const hours = rs
      .filter((r) => r.contactedAt !== null)
      .map((r) => (r.contactedAt!.getTime() - r.sentAt.getTime()) / HOUR_MS);
    const due = rs.filter(
      (r) => r.contactedAt !== null || now.getTime() > contactDeadline(r.sentAt).getTime(),
    );
    const onTime = due.filter((r) => r.contactedAt !== null && contactOnTime(r.sentAt, r.contactedAt));
    const booked = rs.filter((r) => r.visitDate !== null);
    return {
      installerId,
      referrals: rs.length,
      contacted: hours.length,
      medianContactHours: median(hours),
      meanContactHours: mean(hours),
      contactDue: due.length,
      contactedWithin48h: onTime.length,
      shareWithin48h: due.length === 0 ? null : onTime.length / due.length,
      visitsBooked: booked.length,
      visitsInWindow: booked.filter((r) => visitInWindow(r.referredAt, r.visitDate!, zone)).length,
      couponsIssued: rs.filter((r) => r.couponIssuedAt !== null).length,
      couponsReturned: rs.filter((r) => r.couponReturnedAt !== null).length,
    };
  });
}
