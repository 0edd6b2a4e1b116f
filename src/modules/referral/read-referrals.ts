import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { consentInForce } from './rules.ts';
import * as store from './store.ts';
import { toConsent, toReferral, type Consent, type Referral } from './views.ts';

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
    referrals: rows.map((r) => toReferral(r, timeZone)),
  };
}
