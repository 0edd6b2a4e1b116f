import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { consentInForce } from './rules.ts';
import * as store from './store.ts';
import { toConsent, toCoupon, toReferral, type Consent, type Referral } from './views.ts';

export interface AccountReferrals {
  /** REF-02: the consent in force, or null (then nothing may be shared). */
  consentInForce: Consent | null;
  consents: Consent[];
  referrals: Referral[];
}

/** The customer page's referral card: consents and referrals, newest first. */
export async function accountReferrals(ctx: Ctx, accountId: string): Promise<AccountReferrals> {
  if (!(await store.accountExists(ctx.tx, accountId))) throw new AppError('resource.not_found');
  const { timeZone } = await store.tenantInfo(ctx.tx);
  const consents = await store.consentsOf(ctx.tx, accountId);
  const live = consentInForce(
    consents.map((c) => ({ id: c.id, givenAt: c.given_at, withdrawnAt: c.withdrawn_at })),
    ctx.now,
  );
  const rows = await store.referralsOfAccount(ctx.tx, accountId);
  return {
    consentInForce: live ? toConsent(consents.find((c) => c.id === live.id)!) : null,
    consents: consents.map(toConsent),
    referrals: await withCoupons(ctx.tx, rows, timeZone),
  };
}

/** Referrals as the API shows them, each with its REF-06 coupon and the coupon's files. */
export async function withCoupons(tx: Tx, rows: store.ReferralRow[], zone: string): Promise<Referral[]> {
  const coupons = await store.couponsOfReferrals(
    tx,
    rows.map((r) => r.id),
  );
  const files = await store.filesOfCoupons(
    tx,
    coupons.map((c) => c.id),
  );
  return rows.map((r) => {
    const c = coupons.find((x) => x.referral_id === r.id);
    return toReferral(r, zone, c ? toCoupon(c, files) : null);
  });
}

/** One returned file, to show to the staff (tenant-scoped by the row-level policy). */
export async function readCouponFile(ctx: Ctx, couponId: string, fileId: string) {
  const f = await store.couponFile(ctx.tx, couponId, fileId);
  if (!f) throw new AppError('resource.not_found');
  return f;
}
