/** REF-06, REF-08: the customer's return of the filled coupon with both invoices, then the discount. */
import { createHash } from 'node:crypto';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { recordCharge } from '../ledger/service.ts';
import { checkCouponFiles, referralCharges, sniffMediaType, type CouponFileKind } from './rules.ts';
import { withCoupons } from './read-referrals.ts';
import * as store from './store.ts';
import type { Referral } from './views.ts';

export interface ReturnedFile {
  kind: CouponFileKind;
  fileName: string;
  /** The file's bytes in base64 (JSON bodies: the platform has no multipart parser). */
  contentBase64: string;
}

/**
 * REF-06: records the returned coupon with copies of the internet and installation invoices (each
 * file's type sniffed from its bytes, at most 2 MiB), and only then puts the 100 € discount on the
 * customer's charges through the ledger. REF-08: nothing else is charged; the installer invoices
 * the installation to the customer.
 */
export async function recordCouponReturn(
  ctx: Ctx,
  couponId: string,
  files: readonly ReturnedFile[],
): Promise<Referral> {
  const coupon = await store.getCoupon(ctx.tx, couponId, true);
  if (!coupon) throw new AppError('resource.not_found');
  if (coupon.returned_at) throw new AppError('referral.coupon_already_returned', { code: coupon.code });
  const decoded = files.map((f) => ({ ...f, bytes: Buffer.from(f.contentBase64, 'base64') }));
  const { problems, missing } = checkCouponFiles(decoded);
  if (problems.length > 0 || missing.length > 0)
    throw new AppError('referral.coupon_files_refused', {}, [
      ...problems.map((p) => ({
        pointer: `/body/files/${p.index}/contentBase64`,
        code: p.problem,
        detail: '',
      })),
      ...missing.map((k) => ({ pointer: '/body/files', code: `missing_${k}`, detail: '' })),
    ]);
  for (const f of decoded)
    await store.insertCouponFile(ctx.tx, {
      id: newId(),
      coupon_id: coupon.id,
      kind: f.kind,
      file_name: f.fileName,
      media_type: sniffMediaType(f.bytes)!,
      size_bytes: f.bytes.length,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
      content: f.bytes,
      uploaded_at: ctx.now,
      uploaded_by: ctx.actor.label,
    });
  await store.markCouponReturned(ctx.tx, coupon.id, ctx.now, ctx.actor.label);
  for (const charge of referralCharges({ amountMinor: Number(coupon.amount_minor), returned: true }))
    await recordCharge(
      ctx.tx,
      {
        accountId: coupon.account_id,
        lineId: null,
        orderId: null,
        kind: 'one_off',
        itemType: 'option',
        itemCode: charge.itemCode,
        amountMinor: charge.amountMinor,
        currency: coupon.currency,
        vatIncluded: true,
        periodStart: null,
        periodEnd: null,
        monthlyMinor: null,
      },
      ctx.now,
    );
  const r = (await store.getReferral(ctx.tx, coupon.referral_id))!;
  const { timeZone } = await store.tenantInfo(ctx.tx);
  const [after] = await withCoupons(ctx.tx, [r], timeZone);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'customer_account',
    entityId: coupon.account_id,
    entityLabel: r.account_name,
    action: 'referral.coupon_returned',
    // The files' names and digests, never their content.
    after: { code: coupon.code, files: after!.coupon!.files },
  });
  return after!;
}
