/** The installer portal (REF-04, REF-05, REF-09): an installer sees and updates only its own referrals. */
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  checkVisitDate,
  contactDeadline,
  contactOnTime,
  missingChecklistItems,
  pretravelMissing,
  visitAllowed,
  visitWindow,
  type ChecklistKey,
  type ChecklistValue,
  type ReferralStatus,
} from './rules.ts';
import { scheduleBookedVisitCheck } from './refer-customer.ts';
import * as store from './store.ts';
import { withCoupons } from './read-referrals.ts';
import { mailInstant, toInstaller, toReferral, type Installer, type Referral } from './views.ts';

async function myInstaller(ctx: Ctx): Promise<store.InstallerRow> {
  const row =
    ctx.actor.type === 'user' && ctx.actor.id ? await store.installerOfUser(ctx.tx, ctx.actor.id) : undefined;
  if (!row) throw new AppError('referral.not_installer');
  return row;
}

export async function myReferrals(
  ctx: Ctx,
): Promise<{ installer: Installer; resellerName: string; items: Referral[] }> {
  const installer = await myInstaller(ctx);
  const { timeZone, legalName } = await store.tenantInfo(ctx.tx);
  const rows = await store.referralsOfInstaller(ctx.tx, installer.id);
  return {
    installer: toInstaller(installer),
    // REF-06: the coupon is a discount on the bill of the reseller running the scheme.
    resellerName: legalName,
    items: await withCoupons(ctx.tx, rows, timeZone),
  };
}

/** One of the caller's referrals, locked; another installer's is "not found" (404, never 403). */
export async function myReferral(ctx: Ctx, id: string, allowed: readonly ReferralStatus[]) {
  const installer = await myInstaller(ctx);
  const r = await store.getReferral(ctx.tx, id, true);
  if (!r || r.installer_id !== installer.id) throw new AppError('resource.not_found');
  if (!allowed.includes(r.status)) throw new AppError('referral.wrong_state', { status: r.status });
  return r;
}

export async function done(ctx: Ctx, before: store.ReferralRow, action: string): Promise<Referral> {
  const { timeZone } = await store.tenantInfo(ctx.tx);
  const [after] = await withCoupons(ctx.tx, [(await store.getReferral(ctx.tx, before.id))!], timeZone);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'customer_account',
    entityId: before.account_id,
    entityLabel: before.account_name,
    action,
    before: toReferral(before, timeZone),
    after,
  });
  return after!;
}

/** REF-04: the installer called the customer, within 48 clock hours of the referral e-mail. */
export async function recordContact(ctx: Ctx, id: string): Promise<Referral> {
  const r = await myReferral(ctx, id, ['sent']);
  if (!contactOnTime(r.sent_at, ctx.now)) {
    const { timeZone } = await store.tenantInfo(ctx.tx);
    throw new AppError('referral.contact_window_closed', {
      deadline: mailInstant(contactDeadline(r.sent_at), timeZone, ctx.locale),
    });
  }
  await store.updateReferral(ctx.tx, id, { status: 'contacted', contactedAt: ctx.now });
  return done(ctx, r, 'referral.contacted');
}

/**
 * REF-04: the customer accepted or refused the installer's quote (after the call). A refusal closes
 * the referral: no visit, no coupon.
 */
export async function decideQuote(ctx: Ctx, id: string, decision: 'accepted' | 'refused'): Promise<Referral> {
  const r = await myReferral(ctx, id, ['contacted']);
  if (r.quote_decision !== null) throw new AppError('referral.quote_already_decided');
  await store.updateReferral(ctx.tx, id, {
    quoteDecision: decision,
    quoteDecidedAt: ctx.now,
    ...(decision === 'refused' ? { status: 'quote_refused' as const, closedAt: ctx.now } : {}),
  });
  return done(ctx, r, decision === 'accepted' ? 'referral.quote_accepted' : 'referral.quote_refused');
}

/** REF-09: before travelling, the customer has the equipment and the login credentials. */
export async function recordPretravelCheck(
  ctx: Ctx,
  id: string,
  input: { equipmentReceived: boolean; credentialsReceived: boolean },
): Promise<Referral> {
  const r = await myReferral(ctx, id, ['visit_booked']);
  const missing = pretravelMissing(input);
  if (missing.length > 0)
    throw new AppError(
      'referral.pretravel_incomplete',
      {},
      missing.map((k) => ({ pointer: `/body/${k}`, code: 'not_received', detail: '' })),
    );
  await store.updateReferral(ctx.tx, id, { pretravelCheckedAt: ctx.now });
  return done(ctx, r, 'referral.pretravel_checked');
}

/**
 * REF-04, Reading 15: the visit date falls from day 15 to day 20 after the referral, unless the
 * safety conditions are not met (then the reason is required and recorded).
 */
export async function bookVisit(
  ctx: Ctx,
  id: string,
  input: { visitDate: string; safetyReason?: string | undefined },
): Promise<Referral> {
  const r = await myReferral(ctx, id, ['contacted', 'visit_booked']);
  if (!visitAllowed(r.quote_decision)) throw new AppError('referral.quote_not_accepted');
  const { timeZone } = await store.tenantInfo(ctx.tx);
  const reason = input.safetyReason?.trim() || null;
  const refusal = checkVisitDate(r.referred_at, input.visitDate, timeZone, reason);
  if (refusal) {
    const w = visitWindow(r.referred_at, timeZone);
    throw new AppError(
      refusal === 'too_early' ? 'referral.visit_too_early' : 'referral.visit_too_late',
      { first: w.first, last: w.last },
      [{ pointer: '/body/visitDate', code: refusal, detail: '' }],
    );
  }
  await store.updateReferral(ctx.tx, id, {
    status: 'visit_booked',
    visitDate: input.visitDate,
    safetyReason: reason,
  });
  await scheduleBookedVisitCheck(ctx, r, input.visitDate);
  return done(ctx, r, 'referral.visit_booked');
}

/** REF-05: the packaged installation's checklist, recorded at the visit; complete, it closes the referral. */
export async function completeChecklist(
  ctx: Ctx,
  id: string,
  items: Partial<Record<ChecklistKey, ChecklistValue>>,
): Promise<Referral> {
  const r = await myReferral(ctx, id, ['visit_booked']);
  if (!r.pretravel_checked_at) throw new AppError('referral.pretravel_missing');
  const missing = missingChecklistItems(items);
  if (missing.length > 0)
    throw new AppError(
      'referral.checklist_incomplete',
      { items: missing.join(', ') },
      missing.map((k) => ({ pointer: `/body/items/${k}`, code: 'not_done', detail: '' })),
    );
  await store.updateReferral(ctx.tx, id, {
    status: 'completed',
    checklist: items as Record<string, string>,
    checklistDoneAt: ctx.now,
    closedAt: ctx.now,
  });
  return done(ctx, r, 'referral.completed');
}
