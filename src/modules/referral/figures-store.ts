/** The map and figures' reads (issue 13 §7), tenant-scoped by the tables' row-level policies. */
import type { Tx } from '../../platform/db/db.ts';
import { OPEN_STATUSES, type ReferralStatus } from './rules.ts';

export interface ReferralFactRow {
  installer_id: string;
  referred_at: Date;
  sent_at: Date;
  contacted_at: Date | null;
  visit_date: string | null;
  coupon_issued_at: Date | null;
  coupon_returned_at: Date | null;
}

/** Every referral of the tenant with its coupon's dates: what the per-installer figures count. */
export function referralFacts(tx: Tx): Promise<ReferralFactRow[]> {
  return tx.query<ReferralFactRow>(
    `SELECT r.installer_id, r.referred_at, r.sent_at, r.contacted_at, r.visit_date,
       c.issued_at AS coupon_issued_at, c.returned_at AS coupon_returned_at
     FROM referrals r LEFT JOIN referral_coupons c ON c.referral_id = r.id`,
  );
}

export interface OpenReferralPointRow {
  id: string;
  reference: string;
  account_name: string;
  installer_company: string;
  postal_code: string;
  commune_name: string;
  latitude: number;
  longitude: number;
  status: ReferralStatus;
  sent_at: Date;
}

/** The open referrals (sent, contacted, visit booked) where their customers live. */
export function openReferralPoints(tx: Tx): Promise<OpenReferralPointRow[]> {
  return tx.query<OpenReferralPointRow>(
    `SELECT r.id, r.reference, a.display_name AS account_name, i.company AS installer_company, r.postal_code,
       r.commune_name, r.latitude, r.longitude, r.status, r.sent_at
     FROM referrals r
     JOIN customer_accounts a ON a.id = r.account_id
     JOIN referral_installers i ON i.id = r.installer_id
     WHERE r.status = ANY($1::text[])
     ORDER BY r.sent_at DESC, r.id`,
    [OPEN_STATUSES],
  );
}
