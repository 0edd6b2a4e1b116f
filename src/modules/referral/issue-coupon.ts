/** REF-06: the installer issues the customer's 100 € discount coupon after the installation. */
import { randomBytes } from 'node:crypto';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { COUPON_AMOUNT_MINOR, couponCode } from './rules.ts';
import { done, myReferral } from './portal.ts';
import * as store from './store.ts';
import type { Referral } from './views.ts';

/**
 * REF-06: once the installation is done (the checklist closed the referral), the installer hands
 * over a coupon worth 100 € on the bill of the reseller running the scheme, printed or on paper.
 * One coupon per referral; its code is drawn at random and never reused in the tenant.
 */
export async function issueCoupon(ctx: Ctx, id: string, medium: 'printed' | 'paper'): Promise<Referral> {
  const r = await myReferral(ctx, id, ['completed']);
  const existing = await store.couponOfReferral(ctx.tx, r.id);
  if (existing) throw new AppError('referral.coupon_already_issued', { code: existing.code });
  let code = couponCode(randomBytes(8));
  // 32^8 codes: a clash is unlikely, but the unique index would fail the request, so draw again.
  while (await store.codeTaken(ctx.tx, code)) code = couponCode(randomBytes(8));
  await store.insertCoupon(ctx.tx, {
    id: newId(),
    referral_id: r.id,
    account_id: r.account_id,
    code,
    amount_minor: COUPON_AMOUNT_MINOR,
    currency: 'EUR',
    medium,
    issued_at: ctx.now,
    issued_by: ctx.actor.label,
  });
  return done(ctx, r, 'referral.coupon_issued');
}
