/** What the API shows of the module's rows (with REF-04's deadlines computed in the tenant's zone). */
import { localDateTime } from '../../platform/calendar/zone.ts';
import { contactDeadline, visitDeadline, visitWindow } from './rules.ts';
import type * as store from './store.ts';

export interface Installer {
  id: string;
  company: string;
  contactName: string;
  email: string;
  phone: string | null;
  line1: string;
  postalCode: string;
  communeCode: string;
  communeName: string;
  latitude: number;
  longitude: number;
  locatedBy: 'commune' | 'postal_code';
  charterVersion: string | null;
  charterSignedAt: string | null;
  charterRecordedBy: string | null;
  /** REF-01: signed and active, hence receives referrals. */
  receivesReferrals: boolean;
  active: boolean;
  userId: string;
  version: number;
  createdAt: string;
}

export function toInstaller(r: store.InstallerRow): Installer {
  return {
    id: r.id,
    company: r.company,
    contactName: r.contact_name,
    email: r.email,
    phone: r.phone,
    line1: r.line1,
    postalCode: r.postal_code,
    communeCode: r.commune_code,
    communeName: r.commune_name,
    latitude: r.latitude,
    longitude: r.longitude,
    locatedBy: r.located_by,
    charterVersion: r.charter_version,
    charterSignedAt: r.charter_signed_at?.toISOString() ?? null,
    charterRecordedBy: r.charter_recorded_by,
    receivesReferrals: r.charter_signed_at !== null && r.active,
    active: r.active,
    userId: r.user_id,
    version: r.version,
    createdAt: r.created_at.toISOString(),
  };
}

export interface Consent {
  id: string;
  accountId: string;
  purpose: string;
  channel: string;
  givenAt: string;
  recordedBy: string;
  withdrawnAt: string | null;
  withdrawalChannel: string | null;
  withdrawnBy: string | null;
}

export function toConsent(r: store.ConsentRow): Consent {
  return {
    id: r.id,
    accountId: r.account_id,
    purpose: r.purpose,
    channel: r.channel,
    givenAt: r.given_at.toISOString(),
    recordedBy: r.recorded_by,
    withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    withdrawalChannel: r.withdrawal_channel,
    withdrawnBy: r.withdrawn_by,
  };
}

export interface Referral {
  id: string;
  reference: string;
  accountId: string;
  accountName: string;
  installerId: string;
  installerCompany: string;
  previousId: string | null;
  postalCode: string;
  communeName: string;
  distanceKm: number;
  skipped: { id: string; company: string; distanceKm: number; reason: string }[];
  status: string;
  referredAt: string;
  sentAt: string;
  /** REF-04: 48 clock hours after the referral e-mail. */
  contactBy: string;
  contactedAt: string | null;
  /** REF-04, Reading 15: day 15 and day 20 after the referral, local dates. */
  visitFrom: string;
  visitTo: string;
  visitDate: string | null;
  safetyReason: string | null;
  checklist: Record<string, string> | null;
  checklistDoneAt: string | null;
  /** REF-04: the customer's answer to the installer's quote. */
  quoteDecision: 'accepted' | 'refused' | null;
  quoteDecidedAt: string | null;
  /** REF-09: equipment and credentials confirmed received before travelling. */
  pretravelCheckedAt: string | null;
  /** REF-04, REF-05: when the visit check found the visit not recorded in time (late), or null. */
  visitMissedAt: string | null;
  /** REF-04: when the 48 h check found no contact recorded in time (late), or null. */
  contactMissedAt: string | null;
  /** REF-04: the visit is due by then (end of day 20, or of the booked visit's day, tenant zone). */
  visitDueBy: string;
  /** REF-06: the discount coupon handed over after the installation, or null. */
  coupon: Coupon | null;
}

export interface CouponFile {
  id: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: string;
}

export interface Coupon {
  id: string;
  code: string;
  amountMinor: number;
  currency: string;
  medium: string;
  issuedAt: string;
  issuedBy: string;
  /** The filled coupon and both invoices came back; the discount is on the customer's charges. */
  returnedAt: string | null;
  returnedRecordedBy: string | null;
  files: CouponFile[];
}

export function toCoupon(c: store.CouponRow, files: readonly store.CouponFileRow[]): Coupon {
  return {
    id: c.id,
    code: c.code,
    amountMinor: Number(c.amount_minor),
    currency: c.currency,
    medium: c.medium,
    issuedAt: c.issued_at.toISOString(),
    issuedBy: c.issued_by,
    returnedAt: c.returned_at?.toISOString() ?? null,
    returnedRecordedBy: c.returned_recorded_by,
    files: files
      .filter((f) => f.coupon_id === c.id)
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        fileName: f.file_name,
        mediaType: f.media_type,
        sizeBytes: f.size_bytes,
        uploadedAt: f.uploaded_at.toISOString(),
        uploadedBy: f.uploaded_by,
      })),
  };
}

export function toReferral(r: store.ReferralRow, zone: string, coupon: Coupon | null = null): Referral {
  const w = visitWindow(r.referred_at, zone);
  return {
    id: r.id,
    reference: r.reference,
    accountId: r.account_id,
    accountName: r.account_name,
    installerId: r.installer_id,
    installerCompany: r.installer_company,
    previousId: r.previous_id,
    postalCode: r.postal_code,
    communeName: r.commune_name,
    distanceKm: r.distance_km,
    skipped: r.skipped,
    status: r.status,
    referredAt: r.referred_at.toISOString(),
    sentAt: r.sent_at.toISOString(),
    contactBy: contactDeadline(r.sent_at).toISOString(),
    contactedAt: r.contacted_at?.toISOString() ?? null,
    visitFrom: w.first,
    visitTo: w.last,
    visitDate: r.visit_date,
    safetyReason: r.safety_reason,
    checklist: r.checklist,
    checklistDoneAt: r.checklist_done_at?.toISOString() ?? null,
    quoteDecision: r.quote_decision,
    quoteDecidedAt: r.quote_decided_at?.toISOString() ?? null,
    pretravelCheckedAt: r.pretravel_checked_at?.toISOString() ?? null,
    visitMissedAt: r.visit_missed_at?.toISOString() ?? null,
    contactMissedAt: r.contact_missed_at?.toISOString() ?? null,
    visitDueBy: visitDeadline(r.referred_at, r.visit_date, zone).toISOString(),
    coupon,
  };
}

/** An instant as the tenant's users read it in an e-mail: "08/12/2026 10:00" (French) or ISO-like. */
export function mailInstant(at: Date, zone: string, locale: 'fr' | 'en'): string {
  const dt = localDateTime(at, zone);
  return locale === 'fr' ? dt.toFormat("dd/MM/yyyy 'à' HH:mm") : dt.toFormat('yyyy-MM-dd HH:mm');
}

export function mailDate(isoDate: string, locale: 'fr' | 'en'): string {
  const [y, m, d] = isoDate.split('-');
  return locale === 'fr' ? `${d}/${m}/${y}` : isoDate;
}
