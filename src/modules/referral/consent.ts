import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import * as store from './store.ts';
import { referralWithdrawn } from './templates.ts';
import { toConsent, type Consent } from './views.ts';

export type ConsentChannel = 'phone' | 'email' | 'shop' | 'post' | 'web_form';

/**
 * REF-02: records the customer's consent to their details being shared with an installer, before
 * anything is sent: purpose, instant, channel and the agent. The row is never changed afterwards.
 */
export async function recordConsent(
  ctx: Ctx,
  accountId: string,
  input: { purpose: string; channel: ConsentChannel },
): Promise<Consent> {
  if (!(await store.accountExists(ctx.tx, accountId))) throw new AppError('resource.not_found');
  const id = newId();
  await store.insertConsent(ctx.tx, {
    id,
    accountId,
    purpose: input.purpose.trim(),
    channel: input.channel,
    givenAt: ctx.now,
    recordedBy: ctx.actor.label,
    now: ctx.now,
  });
  const consent = toConsent((await store.getConsent(ctx.tx, id))!);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'customer_account',
    entityId: accountId,
    action: 'referral.consent_given',
    after: consent,
  });
  return consent;
}

/**
 * REF-02: the customer withdraws consent. Nothing more is shared; open referrals under it are
 * closed and their installers told by e-mail to stop using the details.
 */
export async function withdrawConsent(
  ctx: Ctx,
  consentId: string,
  channel: ConsentChannel,
): Promise<Consent> {
  const before = await store.getConsent(ctx.tx, consentId);
  if (!before) throw new AppError('resource.not_found');
  if (before.withdrawn_at) throw new AppError('referral.consent_already_withdrawn');
  await store.insertWithdrawal(ctx.tx, { consentId, channel, at: ctx.now, recordedBy: ctx.actor.label });
  for (const r of await store.openReferralsOfConsent(ctx.tx, consentId)) {
    await store.updateReferral(ctx.tx, r.id, { status: 'withdrawn', closedAt: ctx.now });
    const installer = (await store.getInstaller(ctx.tx, r.installer_id))!;
    await enqueueModuleEmail(ctx.tx, referralWithdrawn, {
      to: installer.email,
      locale: 'fr',
      data: { installerCompany: installer.company, reference: r.reference, customerName: r.account_name },
      entityType: 'customer_account',
      entityId: r.account_id,
      now: ctx.now,
    });
  }
  const after = toConsent((await store.getConsent(ctx.tx, consentId))!);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'customer_account',
    entityId: before.account_id,
    action: 'referral.consent_withdrawn',
    before: toConsent(before),
    after,
  });
  return after;
}
