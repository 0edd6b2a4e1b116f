/** The referral module's SQL: the only reader and writer of its tables (migration 0050). */
import type { Tx } from '../../platform/db/db.ts';
import type { LocatedCommune } from './geocode.ts';
import type { ReferralStatus } from './rules.ts';

export interface InstallerRow {
  id: string;
  company: string;
  contact_name: string;
  email: string;
  phone: string | null;
  line1: string;
  postal_code: string;
  commune_code: string;
  commune_name: string;
  latitude: number;
  longitude: number;
  located_by: 'commune' | 'postal_code';
  charter_version: string | null;
  charter_signed_at: Date | null;
  charter_recorded_by: string | null;
  active: boolean;
  user_id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** An installer's place columns: the commune its postal code was geocoded to (REF-03 measures from there). */
export function installerPlace(
  place: LocatedCommune,
): Pick<
  InstallerRow,
  'postal_code' | 'commune_code' | 'commune_name' | 'latitude' | 'longitude' | 'located_by'
> {
  return {
    postal_code: place.postalCode,
    commune_code: place.code,
    commune_name: place.name,
    latitude: place.latitude,
    longitude: place.longitude,
    located_by: place.locatedBy,
  };
}

const INSTALLER_COLS = `id, company, contact_name, email, phone, line1, postal_code, commune_code, commune_name,
  latitude, longitude, located_by, charter_version, charter_signed_at, charter_recorded_by, active, user_id,
  version, created_at, updated_at`;

export function listInstallers(tx: Tx): Promise<InstallerRow[]> {
  return tx.query<InstallerRow>(
    `SELECT ${INSTALLER_COLS} FROM referral_installers ORDER BY lower(company), id`,
  );
}

/**
 * The directory's stamp (migration 0052, bumped by a trigger with every directory write), with the
 * tenant it belongs to; none when the directory was never written.
 */
export function directoryStamp(tx: Tx): Promise<{ tenant_id: string; stamp: string } | undefined> {
  return tx.maybeOne(`SELECT tenant_id, stamp FROM referral_directory_versions`);
}

/** What the nearest-installer search needs of every installer (REF-01, REF-03). */
export function directoryPoints(tx: Tx): Promise<
  {
    id: string;
    company: string;
    latitude: number;
    longitude: number;
    charter_signed_at: Date | null;
    active: boolean;
  }[]
> {
  return tx.query(
    `SELECT id, company, latitude, longitude, charter_signed_at, active FROM referral_installers ORDER BY id`,
  );
}

export function getInstaller(tx: Tx, id: string, forUpdate = false): Promise<InstallerRow | undefined> {
  return tx.maybeOne<InstallerRow>(
    `SELECT ${INSTALLER_COLS} FROM referral_installers WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export function installerOfUser(tx: Tx, userId: string): Promise<InstallerRow | undefined> {
  return tx.maybeOne<InstallerRow>(`SELECT ${INSTALLER_COLS} FROM referral_installers WHERE user_id = $1`, [
    userId,
  ]);
}

export function insertInstaller(
  tx: Tx,
  v: Omit<
    InstallerRow,
    'charter_version' | 'charter_signed_at' | 'charter_recorded_by' | 'active' | 'version' | 'updated_at'
  >,
): Promise<InstallerRow> {
  return tx.one<InstallerRow>(
    `INSERT INTO referral_installers (tenant_id, id, company, contact_name, email, phone, line1, postal_code,
       commune_code, commune_name, latitude, longitude, located_by, user_id, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
     RETURNING ${INSTALLER_COLS}`,
    [
      v.id,
      v.company,
      v.contact_name,
      v.email,
      v.phone,
      v.line1,
      v.postal_code,
      v.commune_code,
      v.commune_name,
      v.latitude,
      v.longitude,
      v.located_by,
      v.user_id,
      v.created_at,
    ],
  );
}

export function signCharter(
  tx: Tx,
  id: string,
  v: { version: string; signedAt: Date; recordedBy: string; now: Date },
): Promise<InstallerRow> {
  return tx.one<InstallerRow>(
    `UPDATE referral_installers SET charter_version = $2, charter_signed_at = $3, charter_recorded_by = $4,
       updated_at = $5, version = version + 1 WHERE id = $1 RETURNING ${INSTALLER_COLS}`,
    [id, v.version, v.signedAt, v.recordedBy, v.now],
  );
}

export function setActive(tx: Tx, id: string, active: boolean, now: Date): Promise<InstallerRow> {
  return tx.one<InstallerRow>(
    `UPDATE referral_installers SET active = $2, updated_at = $3, version = version + 1 WHERE id = $1
     RETURNING ${INSTALLER_COLS}`,
    [id, active, now],
  );
}

export interface ConsentRow {
  id: string;
  account_id: string;
  purpose: string;
  channel: string;
  given_at: Date;
  recorded_by: string;
  recorded_at: Date;
  withdrawn_at: Date | null;
  withdrawal_channel: string | null;
  withdrawn_by: string | null;
}

const CONSENT_SELECT = `SELECT c.id, c.account_id, c.purpose, c.channel, c.given_at, c.recorded_by, c.recorded_at,
    w.withdrawn_at, w.channel AS withdrawal_channel, w.recorded_by AS withdrawn_by
  FROM referral_consents c LEFT JOIN referral_consent_withdrawals w ON w.consent_id = c.id`;

export function consentsOf(tx: Tx, accountId: string): Promise<ConsentRow[]> {
  return tx.query<ConsentRow>(`${CONSENT_SELECT} WHERE c.account_id = $1 ORDER BY c.given_at DESC, c.id`, [
    accountId,
  ]);
}

export function getConsent(tx: Tx, id: string): Promise<ConsentRow | undefined> {
  return tx.maybeOne<ConsentRow>(`${CONSENT_SELECT} WHERE c.id = $1`, [id]);
}

export async function insertConsent(
  tx: Tx,
  v: {
    id: string;
    accountId: string;
    purpose: string;
    channel: string;
    givenAt: Date;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_consents (tenant_id, id, account_id, purpose, channel, given_at, recorded_by, recorded_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7)`,
    [v.id, v.accountId, v.purpose, v.channel, v.givenAt, v.recordedBy, v.now],
  );
}

export async function insertWithdrawal(
  tx: Tx,
  v: { consentId: string; channel: string; at: Date; recordedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_consent_withdrawals (tenant_id, consent_id, channel, withdrawn_at, recorded_by)
     VALUES (relais_tenant(), $1, $2, $3, $4)`,
    [v.consentId, v.channel, v.at, v.recordedBy],
  );
}

export async function accountExists(
  tx: Tx,
  id: string,
): Promise<{ display_name: string; email: string; phone: string | null } | undefined> {
  return tx.maybeOne(`SELECT display_name, email, phone FROM customer_accounts WHERE id = $1`, [id]);
}

export interface ReferralRow {
  id: string;
  reference: string;
  account_id: string;
  account_name: string;
  consent_id: string;
  installer_id: string;
  installer_company: string;
  previous_id: string | null;
  postal_code: string;
  commune_code: string;
  commune_name: string;
  latitude: number;
  longitude: number;
  distance_km: number;
  skipped: { id: string; company: string; distanceKm: number; reason: string }[];
  status: ReferralStatus;
  referred_at: Date;
  sent_at: Date;
  contacted_at: Date | null;
  visit_date: string | null;
  safety_reason: string | null;
  checklist: Record<string, string> | null;
  checklist_done_at: Date | null;
  quote_decision: 'accepted' | 'refused' | null;
  quote_decided_at: Date | null;
  pretravel_checked_at: Date | null;
  closed_at: Date | null;
  visit_missed_at: Date | null;
  contact_missed_at: Date | null;
  created_by: string;
  version: number;
}

const REFERRAL_SELECT = `SELECT r.id, r.reference, r.account_id, a.display_name AS account_name, r.consent_id,
    r.installer_id, i.company AS installer_company, r.previous_id, r.postal_code, r.commune_code, r.commune_name,
    r.latitude, r.longitude, r.distance_km, r.skipped, r.status, r.referred_at, r.sent_at, r.contacted_at,
    r.visit_date, r.safety_reason, r.checklist, r.checklist_done_at, r.quote_decision, r.quote_decided_at,
    r.pretravel_checked_at, r.closed_at, r.visit_missed_at, r.contact_missed_at,
    r.created_by, r.version
  FROM referrals r
  JOIN customer_accounts a ON a.id = r.account_id
  JOIN referral_installers i ON i.id = r.installer_id`;

export function referralsOfAccount(tx: Tx, accountId: string): Promise<ReferralRow[]> {
  return tx.query<ReferralRow>(`${REFERRAL_SELECT} WHERE r.account_id = $1 ORDER BY r.sent_at DESC, r.id`, [
    accountId,
  ]);
}

export function referralsOfInstaller(tx: Tx, installerId: string): Promise<ReferralRow[]> {
  return tx.query<ReferralRow>(`${REFERRAL_SELECT} WHERE r.installer_id = $1 ORDER BY r.sent_at DESC, r.id`, [
    installerId,
  ]);
}

export function getReferral(tx: Tx, id: string, forUpdate = false): Promise<ReferralRow | undefined> {
  return tx.maybeOne<ReferralRow>(
    `${REFERRAL_SELECT} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [id],
  );
}

/**
 * The installers already tried for one chain of referrals (a customer's current request): the
 * referral and every one it was reassigned from, by previous_id.
 */
export async function installersTried(tx: Tx, referralId: string): Promise<string[]> {
  const rows = await tx.query<{ installer_id: string }>(
    `WITH RECURSIVE chain (id, installer_id, previous_id) AS (
       SELECT id, installer_id, previous_id FROM referrals WHERE id = $1
       UNION ALL
       SELECT p.id, p.installer_id, p.previous_id FROM referrals p JOIN chain c ON p.id = c.previous_id
     )
     SELECT DISTINCT installer_id FROM chain`,
    [referralId],
  );
  return rows.map((r) => r.installer_id);
}

/**
 * REF-04: what the tenant chose for a missed visit window (migration 0053) and a missed 48 h
 * contact (0054); none: the defaults.
 */
export async function missedWindowSettings(tx: Tx): Promise<
  | {
      missed_visit: 'offer' | 'perform';
      missed_contact: 'offer' | 'perform';
      updated_at: Date;
      updated_by: string;
    }
  | undefined
> {
  return tx.maybeOne(`SELECT missed_visit, missed_contact, updated_at, updated_by FROM referral_settings`);
}

export async function saveMissedWindowSettings(
  tx: Tx,
  v: { missedVisit: 'offer' | 'perform'; missedContact: 'offer' | 'perform'; now: Date; by: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_settings (tenant_id, missed_visit, missed_contact, updated_at, updated_by)
     VALUES (relais_tenant(), $1, $2, $3, $4)
     ON CONFLICT (tenant_id) DO UPDATE SET missed_visit = $1, missed_contact = $2, updated_at = $3, updated_by = $4`,
    [v.missedVisit, v.missedContact, v.now, v.by],
  );
}

export async function insertReferral(
  tx: Tx,
  v: {
    id: string;
    reference: string;
    accountId: string;
    consentId: string;
    installerId: string;
    previousId: string | null;
    postalCode: string;
    communeCode: string;
    communeName: string;
    latitude: number;
    longitude: number;
    distanceKm: number;
    skipped: unknown[];
    referredAt: Date;
    sentAt: Date;
    createdBy: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO referrals (tenant_id, id, reference, account_id, consent_id, installer_id, previous_id, postal_code,
       commune_code, commune_name, latitude, longitude, distance_km, skipped, status, referred_at, sent_at, created_by)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'sent', $14, $15, $16)`,
    [
      v.id,
      v.reference,
      v.accountId,
      v.consentId,
      v.installerId,
      v.previousId,
      v.postalCode,
      v.communeCode,
      v.communeName,
      v.latitude,
      v.longitude,
      v.distanceKm,
      JSON.stringify(v.skipped),
      v.referredAt,
      v.sentAt,
      v.createdBy,
    ],
  );
}

export async function updateReferral(
  tx: Tx,
  id: string,
  patch: {
    status?: ReferralStatus;
    contactedAt?: Date;
    visitDate?: string;
    safetyReason?: string | null;
    checklist?: Record<string, string>;
    checklistDoneAt?: Date;
    quoteDecision?: 'accepted' | 'refused';
    quoteDecidedAt?: Date;
    pretravelCheckedAt?: Date;
    closedAt?: Date;
    visitMissedAt?: Date;
    contactMissedAt?: Date;
  },
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (col: string, v: unknown) => {
    params.push(v);
    sets.push(`${col} = $${params.length}`);
  };
  if (patch.status !== undefined) set('status', patch.status);
  if (patch.contactedAt !== undefined) set('contacted_at', patch.contactedAt);
  if (patch.visitDate !== undefined) set('visit_date', patch.visitDate);
  if (patch.safetyReason !== undefined) set('safety_reason', patch.safetyReason);
  if (patch.checklist !== undefined) set('checklist', JSON.stringify(patch.checklist));
  if (patch.checklistDoneAt !== undefined) set('checklist_done_at', patch.checklistDoneAt);
  if (patch.quoteDecision !== undefined) set('quote_decision', patch.quoteDecision);
  if (patch.quoteDecidedAt !== undefined) set('quote_decided_at', patch.quoteDecidedAt);
  if (patch.pretravelCheckedAt !== undefined) set('pretravel_checked_at', patch.pretravelCheckedAt);
  if (patch.closedAt !== undefined) set('closed_at', patch.closedAt);
  if (patch.visitMissedAt !== undefined) set('visit_missed_at', patch.visitMissedAt);
  if (patch.contactMissedAt !== undefined) set('contact_missed_at', patch.contactMissedAt);
  await tx.query(`UPDATE referrals SET ${sets.join(', ')}, version = version + 1 WHERE id = $1`, params);
}

/** The open referrals given under one consent (a withdrawal closes them). */
export function openReferralsOfConsent(tx: Tx, consentId: string): Promise<ReferralRow[]> {
  return tx.query<ReferralRow>(
    `${REFERRAL_SELECT} WHERE r.consent_id = $1 AND r.status IN ('sent', 'contacted', 'visit_booked')`,
    [consentId],
  );
}

export async function tenantInfo(tx: Tx): Promise<{ legalName: string; timeZone: string }> {
  const row = await tx.one<{ legal_name: string; time_zone: string }>(
    `SELECT legal_name, time_zone FROM tenants`,
  );
  return { legalName: row.legal_name, timeZone: row.time_zone };
}

export interface CouponRow {
  id: string;
  referral_id: string;
  account_id: string;
  code: string;
  amount_minor: number;
  currency: 'EUR' | 'ILS';
  medium: 'printed' | 'paper';
  issued_at: Date;
  issued_by: string;
  returned_at: Date | null;
  returned_recorded_by: string | null;
}

export interface CouponFileRow {
  id: string;
  coupon_id: string;
  kind: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: Date;
  uploaded_by: string;
}

const COUPON_COLS = `id, referral_id, account_id, code, amount_minor::int AS amount_minor, currency, medium, issued_at,
  issued_by, returned_at, returned_recorded_by`;
const FILE_COLS = `id, coupon_id, kind, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by`;

export function insertCoupon(
  tx: Tx,
  v: Omit<CouponRow, 'returned_at' | 'returned_recorded_by'>,
): Promise<CouponRow> {
  return tx.one<CouponRow>(
    `INSERT INTO referral_coupons (tenant_id, id, referral_id, account_id, code, amount_minor, currency, medium,
       issued_at, issued_by)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COUPON_COLS}`,
    [
      v.id,
      v.referral_id,
      v.account_id,
      v.code,
      v.amount_minor,
      v.currency,
      v.medium,
      v.issued_at,
      v.issued_by,
    ],
  );
}

export function codeTaken(tx: Tx, code: string): Promise<{ id: string } | undefined> {
  return tx.maybeOne(`SELECT id FROM referral_coupons WHERE code = $1`, [code]);
}

export function couponOfReferral(tx: Tx, referralId: string): Promise<CouponRow | undefined> {
  return tx.maybeOne<CouponRow>(`SELECT ${COUPON_COLS} FROM referral_coupons WHERE referral_id = $1`, [
    referralId,
  ]);
}

export function getCoupon(tx: Tx, id: string, forUpdate = false): Promise<CouponRow | undefined> {
  return tx.maybeOne<CouponRow>(
    `SELECT ${COUPON_COLS} FROM referral_coupons WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

/** The coupons of some referrals (a customer card, an installer's portal). */
export function couponsOfReferrals(tx: Tx, referralIds: readonly string[]): Promise<CouponRow[]> {
  if (referralIds.length === 0) return Promise.resolve([]);
  return tx.query<CouponRow>(
    `SELECT ${COUPON_COLS} FROM referral_coupons WHERE referral_id = ANY($1::uuid[])`,
    [referralIds],
  );
}

export function filesOfCoupons(tx: Tx, couponIds: readonly string[]): Promise<CouponFileRow[]> {
  if (couponIds.length === 0) return Promise.resolve([]);
  return tx.query<CouponFileRow>(
    `SELECT ${FILE_COLS} FROM referral_coupon_files WHERE coupon_id = ANY($1::uuid[]) ORDER BY kind`,
    [couponIds],
  );
}

export async function insertCouponFile(
  tx: Tx,
  v: Omit<CouponFileRow, never> & { content: Uint8Array },
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_coupon_files (tenant_id, id, coupon_id, kind, file_name, media_type, size_bytes, sha256,
       content, uploaded_at, uploaded_by)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      v.id,
      v.coupon_id,
      v.kind,
      v.file_name,
      v.media_type,
      v.size_bytes,
      v.sha256,
      v.content,
      v.uploaded_at,
      v.uploaded_by,
    ],
  );
}

export function couponFile(
  tx: Tx,
  couponId: string,
  fileId: string,
): Promise<(CouponFileRow & { content: Uint8Array }) | undefined> {
  return tx.maybeOne(
    `SELECT ${FILE_COLS}, content FROM referral_coupon_files WHERE coupon_id = $1 AND id = $2`,
    [couponId, fileId],
  );
}

export async function markCouponReturned(tx: Tx, id: string, at: Date, by: string): Promise<void> {
  await tx.query(`UPDATE referral_coupons SET returned_at = $2, returned_recorded_by = $3 WHERE id = $1`, [
    id,
    at,
    by,
  ]);
}
