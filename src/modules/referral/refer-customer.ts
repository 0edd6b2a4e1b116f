import { Type } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR, type Actor } from '../../platform/auth/principal.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionHandler, actionKind } from '../../platform/module.ts';
import {
  consentInForce,
  contactDeadline,
  contactMissed,
  DEFAULT_MISSED_CONTACT_POLICY,
  DEFAULT_MISSED_VISIT_POLICY,
  eligibleCustomer,
  OPEN_STATUSES,
  reassignableLate,
  visitDeadline,
  visitMissed,
  visitWindow,
} from './rules.ts';
import { findNearestInstaller } from './installer-index.ts';
import { locate } from './locate.ts';
import { staffRecipients } from '../users/service.ts';
import * as store from './store.ts';
import { contactMissedAlert, referralSent, visitMissedAlert } from './templates.ts';
import { mailDate, mailInstant, toReferral, type Referral } from './views.ts';

/** REF-04: the 48 h check runs this long after the deadline, so "exactly 48 h" is still on time. */
const CHECK_MARGIN_MS = 1000;

async function liveConsent(tx: Tx, accountId: string, now: Date) {
  const rows = await store.consentsOf(tx, accountId);
  return consentInForce(
    rows.map((c) => ({ id: c.id, givenAt: c.given_at, withdrawnAt: c.withdrawn_at })),
    now,
  );
}

interface SendInput {
  accountId: string;
  consentId: string;
  home: { postalCode: string; code: string; name: string; latitude: number; longitude: number };
  installer: store.InstallerRow;
  distanceKm: number;
  skipped: unknown[];
  previousId: string | null;
  referredAt: Date;
  now: Date;
  actor: Actor;
  requestId: string | null;
}

/** REF-03: writes the referral, e-mails the installer through the outbox, schedules the 48 h check. */
async function sendReferral(tx: Tx, registry: ActionRegistry, v: SendInput): Promise<store.ReferralRow> {
  const id = newId();
  const reference = `MER-${id.slice(0, 8).toUpperCase()}`;
  await store.insertReferral(tx, {
    id,
    reference,
    accountId: v.accountId,
    consentId: v.consentId,
    installerId: v.installer.id,
    previousId: v.previousId,
    postalCode: v.home.postalCode,
    communeCode: v.home.code,
    communeName: v.home.name,
    latitude: v.home.latitude,
    longitude: v.home.longitude,
    distanceKm: v.distanceKm,
    skipped: v.skipped,
    referredAt: v.referredAt,
    sentAt: v.now,
    createdBy: v.actor.label,
  });
  const row = (await store.getReferral(tx, id))!;
  const account = (await store.accountExists(tx, v.accountId))!;
  const tenant = await store.tenantInfo(tx);
  const window = visitWindow(v.referredAt, tenant.timeZone);
  await enqueueModuleEmail(tx, referralSent, {
    to: v.installer.email,
    locale: 'fr',
    data: {
      resellerName: tenant.legalName,
      installerCompany: v.installer.company,
      reference,
      customerName: account.display_name,
      customerEmail: account.email,
      customerPhone: account.phone ?? '—',
      commune: `${v.home.postalCode} ${v.home.name}`,
      contactBy: mailInstant(contactDeadline(v.now), tenant.timeZone, 'fr'),
      visitFrom: mailDate(window.first, 'fr'),
      visitTo: mailDate(window.last, 'fr'),
    },
    entityType: 'customer_account',
    entityId: v.accountId,
    now: v.now,
  });
  await scheduleAction(tx, registry, {
    kind: contactCheck.kind,
    entityType: 'referral',
    entityId: id,
    effectiveAt: new Date(contactDeadline(v.now).getTime() + CHECK_MARGIN_MS),
    payload: { referralId: id },
    createdBy: v.actor.label,
    now: v.now,
  });
  await scheduleVisitCheck(tx, registry, {
    referralId: id,
    at: visitDeadline(v.referredAt, null, tenant.timeZone),
    by: v.actor.label,
    now: v.now,
  });
  await recordAudit(tx, v.actor, v.now, v.requestId, {
    entityType: 'customer_account',
    entityId: v.accountId,
    entityLabel: account.display_name,
    action: v.previousId ? 'referral.reassigned' : 'referral.sent',
    after: toReferral(row, tenant.timeZone),
  });
  return row;
}

export interface ReferInput {
  postalCode: string;
  communeCode?: string | undefined;
  /** REF-07: the customer needs a satellite dish and internet installed… */
  needsSatelliteAndInternet: boolean;
  /** …and is not eligible for TV over ADSL. */
  tvOverAdslEligible: boolean;
}

/**
 * REF-02, REF-03, REF-07: refers an eligible customer who consented to the nearest signed, active
 * installer. Nearer unsigned or inactive installers are skipped and named on the referral.
 */
export async function referCustomer(
  ctx: Ctx,
  registry: ActionRegistry,
  accountId: string,
  input: ReferInput,
): Promise<Referral> {
  if (!(await store.accountExists(ctx.tx, accountId))) throw new AppError('resource.not_found');
  const consent = await liveConsent(ctx.tx, accountId, ctx.now);
  if (!consent) throw new AppError('referral.consent_required');
  if (!eligibleCustomer(input)) throw new AppError('referral.customer_not_eligible');
  const open = (await store.referralsOfAccount(ctx.tx, accountId)).find((r) =>
    OPEN_STATUSES.includes(r.status),
  );
  if (open) throw new AppError('referral.already_open', { reference: open.reference });
  const home = locate(input.postalCode, input.communeCode);
  const choice = await findNearestInstaller(ctx.tx, home);
  if (!choice.chosen) throw new AppError('referral.no_installer');
  const row = await sendReferral(ctx.tx, registry, {
    accountId,
    consentId: consent.id,
    home,
    installer: (await store.getInstaller(ctx.tx, choice.chosen.id))!,
    distanceKm: choice.chosen.distanceKm,
    skipped: choice.skipped,
    previousId: null,
    referredAt: ctx.now,
    now: ctx.now,
    actor: ctx.actor,
    requestId: ctx.requestId,
  });
  const tenant = await store.tenantInfo(ctx.tx);
  return toReferral(row, tenant.timeZone);
}

/**
 * REF-04: passes a referral on to the next nearest signed, active installer not yet tried for this
 * customer, provided the consent is still in force; otherwise it lapses. The one mechanism behind
 * both deadlines (the 48 h contact and the visit window) and the agent's « Réattribuer ». The
 * days keep counting from the first referral after a missed contact (Reading 15); after a missed
 * visit the next installer gets a fresh window (`restartWindow`), or it would be late at once.
 */
async function passOn(
  tx: Tx,
  r: store.ReferralRow,
  v: { now: Date; actor: Actor; requestId: string | null; restartWindow: boolean },
): Promise<store.ReferralRow | null> {
  await store.updateReferral(tx, r.id, { status: 'reassigned', closedAt: v.now });
  const consent = await liveConsent(tx, r.account_id, v.now);
  let next: store.ReferralRow | null = null;
  if (consent) {
    const tried = new Set(await store.installersTried(tx, r.id));
    const choice = await findNearestInstaller(tx, r, tried);
    if (choice.chosen)
      next = await sendReferral(tx, OWN_KINDS, {
        accountId: r.account_id,
        consentId: consent.id,
        home: {
          postalCode: r.postal_code,
          code: r.commune_code,
          name: r.commune_name,
          latitude: r.latitude,
          longitude: r.longitude,
        },
        installer: (await store.getInstaller(tx, choice.chosen.id))!,
        distanceKm: choice.chosen.distanceKm,
        skipped: choice.skipped.filter((s) => s.reason !== 'already_tried'),
        previousId: r.id,
        referredAt: v.restartWindow ? v.now : r.referred_at,
        now: v.now,
        actor: v.actor,
        requestId: v.requestId,
      });
  }
  if (!next) await store.updateReferral(tx, r.id, { status: 'lapsed' });
  return next;
}

/**
 * REF-04: what follows a missed deadline (the 48 h contact or the visit). As the tenant chose, the
 * reassignment to the next nearest signed installer is performed at once or left for an agent to
 * offer; either way the reseller's admins and supervisors are told, each in their language.
 */
async function followMissedDeadline(
  tx: Tx,
  r: store.ReferralRow,
  missed: {
    alert: typeof contactMissedAlert | typeof visitMissedAlert;
    policy: 'offer' | 'perform';
    deadline: Date;
    timeZone: string;
    restartWindow: boolean;
  },
  now: Date,
): Promise<{ late: string; reassignedTo: string | null }> {
  const performed = missed.policy === 'perform';
  const next = performed
    ? await passOn(tx, r, { now, actor: SYSTEM_ACTOR, requestId: null, restartWindow: missed.restartWindow })
    : null;
  for (const to of await staffRecipients(tx, ['admin', 'supervisor'])) {
    await enqueueModuleEmail(tx, missed.alert, {
      to: to.email,
      locale: to.locale,
      data: {
        reference: r.reference,
        customerName: r.account_name,
        installerCompany: r.installer_company,
        deadline: mailInstant(missed.deadline, missed.timeZone, to.locale),
        performed,
        nextInstaller: next?.installer_company ?? null,
      },
      entityType: 'customer_account',
      entityId: r.account_id,
      now,
    });
  }
  return { late: r.id, reassignedTo: next?.id ?? null };
}

/**
 * REF-04, issue 13 §5: 48 h after the referral e-mail, a referral without a recorded contact is
 * late: the reseller is alerted and, as the tenant chose, the reassignment to the next nearest
 * signed installer (consent still in force) is offered to an agent or performed at once.
 */
export const contactCheck = actionKind({
  kind: 'referral.contact_check',
  payload: Type.Object({ referralId: Type.String({ minLength: 1 }) }),
  run: async (tx, payload, _action, ctx) => {
    const r = await store.getReferral(tx, payload.referralId, true);
    if (!r || r.contact_missed_at || !contactMissed(r.status, r.sent_at, ctx.now)) return { skipped: true };
    const tenant = await store.tenantInfo(tx);
    await store.updateReferral(tx, r.id, { contactMissedAt: ctx.now });
    const policy = (await store.missedWindowSettings(tx))?.missed_contact ?? DEFAULT_MISSED_CONTACT_POLICY;
    return followMissedDeadline(
      tx,
      r,
      {
        alert: contactMissedAlert,
        policy,
        deadline: contactDeadline(r.sent_at),
        timeZone: tenant.timeZone,
        restartWindow: false,
      },
      ctx.now,
    );
  },
});

/**
 * REF-04, REF-05: at the end of day 20 (or of the booked visit's day), a referral whose visit was
 * not recorded is late: the reseller is alerted and, as the tenant chose, the reassignment is
 * offered to an agent (the referral shows as late) or performed at once. Checks are scheduled at
 * each deadline; a check whose deadline moved (a visit booked later) finds nothing missed.
 */
export const visitCheck = actionKind({
  kind: 'referral.visit_check',
  payload: Type.Object({ referralId: Type.String({ minLength: 1 }) }),
  run: async (tx, payload, _action, ctx) => {
    const r = await store.getReferral(tx, payload.referralId, true);
    const tenant = await store.tenantInfo(tx);
    if (
      !r ||
      r.visit_missed_at ||
      !visitMissed(r.status, r.referred_at, r.visit_date, tenant.timeZone, ctx.now)
    )
      return { skipped: true };
    await store.updateReferral(tx, r.id, { visitMissedAt: ctx.now });
    const policy = (await store.missedWindowSettings(tx))?.missed_visit ?? DEFAULT_MISSED_VISIT_POLICY;
    return followMissedDeadline(
      tx,
      r,
      {
        alert: visitMissedAlert,
        policy,
        deadline: visitDeadline(r.referred_at, r.visit_date, tenant.timeZone),
        timeZone: tenant.timeZone,
        // A missed visit gives the next installer a fresh window, or it would be late at once.
        restartWindow: true,
      },
      ctx.now,
    );
  },
});

async function scheduleVisitCheck(
  tx: Tx,
  registry: ActionRegistry,
  v: { referralId: string; at: Date; by: string; now: Date },
): Promise<void> {
  await scheduleAction(tx, registry, {
    kind: visitCheck.kind,
    entityType: 'referral',
    entityId: v.referralId,
    effectiveAt: v.at,
    payload: { referralId: v.referralId },
    createdBy: v.by,
    now: v.now,
  });
}

/** REF-04: a booked visit's own deadline (the end of its day) gets its check. */
export async function scheduleBookedVisitCheck(
  ctx: Ctx,
  r: { id: string; referred_at: Date },
  visitDate: string,
): Promise<void> {
  const { timeZone } = await store.tenantInfo(ctx.tx);
  await scheduleVisitCheck(ctx.tx, OWN_KINDS, {
    referralId: r.id,
    at: visitDeadline(r.referred_at, visitDate, timeZone),
    by: ctx.actor.label,
    now: ctx.now,
  });
}

/**
 * REF-04: the agent's « Réattribuer » on a late referral (the tenant chose "offer"): the next
 * nearest signed installer with the consent in force. After a missed visit the next installer gets
 * a fresh visit window; after a missed contact the days keep counting (Reading 15).
 */
export async function reassignLateReferral(ctx: Ctx, id: string): Promise<Referral> {
  const r = await store.getReferral(ctx.tx, id, true);
  if (!r) throw new AppError('resource.not_found');
  if (!reassignableLate(r.status, r.contact_missed_at, r.visit_missed_at))
    throw new AppError('referral.not_late', { reference: r.reference });
  const next = await passOn(ctx.tx, r, {
    now: ctx.now,
    actor: ctx.actor,
    requestId: ctx.requestId,
    restartWindow: r.visit_missed_at !== null,
  });
  const tenant = await store.tenantInfo(ctx.tx);
  return toReferral(next ?? (await store.getReferral(ctx.tx, id))!, tenant.timeZone);
}

/**
 * The action context carries no registry: a reassignment schedules the next checks with a registry
 * that knows this module's own kinds (scheduleAction only checks that the kind exists; the worker
 * runs it from the platform's registry).
 */
const OWN_KINDS: ActionRegistry = {
  handlers: new Map([
    [contactCheck.kind, actionHandler(contactCheck)],
    [visitCheck.kind, actionHandler(visitCheck)],
  ]),
};
