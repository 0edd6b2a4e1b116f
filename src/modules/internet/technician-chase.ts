import { Type } from '@sinclair/typebox';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { systemCtx, type Ctx } from '../../platform/context.ts';
import { actionKind } from '../../platform/module.ts';
import { defineTemplate, enqueueModuleEmail, enqueueSms, paragraph } from '../../platform/notify/index.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { parsePhone } from '../../platform/phone.ts';
import { getAccount } from '../accounts/service.ts';
import { mailContact } from './lifecycle-view.ts';
import { OPERATOR_NAMES } from './model.ts';
import { operatorContacts } from './operator-contacts.ts';
import { technicianChase } from './troubleshoot-rules.ts';
import * as store from './store.ts';
import { tenantZone } from './subscription-view.ts';

export const TECHNICIAN_CHASE_KIND = 'internet.technician_chase';

/** NET-20: the first instant `technicianChase` calls a booked visit overdue (just after its slot). */
export function chaseAt(slot: Date): Date {
  return new Date(slot.getTime() + 1);
}

/** NET-20: when an installation is booked or rescheduled, its chase is scheduled at the overdue instant. */
export async function scheduleTechnicianChase(
  ctx: Ctx,
  registry: ActionRegistry,
  subscriptionId: string,
  slot: Date | null,
): Promise<void> {
  if (!slot) return;
  await scheduleAction(ctx.tx, registry, {
    kind: TECHNICIAN_CHASE_KIND,
    entityType: 'internet_subscription',
    entityId: subscriptionId,
    effectiveAt: chaseAt(slot),
    payload: { subscriptionId, slot: slot.toISOString() },
    createdBy: ctx.actor.label,
    now: ctx.now,
  });
}

interface CustomerChaseMail {
  customerName: string;
  operatorName: string;
  reference: string;
  slot: string;
}

/** NET-20: the customer is told the operator has been chased. */
export const technicianOverdueCustomer = defineTemplate<CustomerChaseMail>({
  name: 'internet.technician_overdue_customer',
  fr: (d) => ({
    subject: `Installation internet ${d.operatorName} (${d.reference}) : technicien en retard`,
    blocks: [
      paragraph(`Bonjour ${d.customerName},`),
      paragraph(
        `Le technicien ${d.operatorName} attendu le ${d.slot} n’est pas encore passé. Nous avons relancé ${d.operatorName} et revenons vers vous dès que possible.`,
      ),
    ],
  }),
  en: (d) => ({
    subject: `${d.operatorName} internet installation (${d.reference}): technician overdue`,
    blocks: [
      paragraph(`Hello ${d.customerName},`),
      paragraph(
        `The ${d.operatorName} technician expected on ${d.slot} has not come yet. We have chased ${d.operatorName} and will get back to you as soon as possible.`,
      ),
    ],
  }),
});

/** NET-20: the SMS to the customer (pure). */
export function technicianOverdueSms(d: { operatorName: string; reference: string; slot: string }): string {
  return `Le technicien ${d.operatorName} attendu le ${d.slot} (${d.reference}) n’est pas encore passé : nous avons relancé ${d.operatorName} et revenons vers vous.`;
}

/**
 * NET-20: at the overdue instant, an installation still booked on the same slot (not confirmed,
 * rescheduled nor cancelled) and not yet chased is chased: HOT by a call to its contact (the page
 * shows the agent whom to call), Partner by an e-mail to its technical group's address when the
 * tenant has one; the customer gets an e-mail and an SMS, all through the outbox; the chase is
 * recorded on the subscription, audited.
 */
export const TECHNICIAN_CHASE = actionKind({
  kind: TECHNICIAN_CHASE_KIND,
  payload: Type.Object({
    subscriptionId: Type.String({ format: 'uuid' }),
    slot: Type.String({ format: 'date-time' }),
  }),
  run: async (tx, payload, _action, ac) => {
    const ctx = systemCtx(tx, ac.now, 'the technician chase');
    const row = await store.subscription(tx, payload.subscriptionId, true);
    const slot = new Date(payload.slot);
    if (
      !row ||
      row.state !== 'installation_booked' ||
      row.installation_at?.getTime() !== slot.getTime() ||
      row.technician_chased_at
    )
      return { chased: false };
    const contacts = await operatorContacts(ctx);
    const chase = technicianChase(row.operator, { slot, doneAt: row.installed_at }, contacts, ctx.now);
    if (!chase.overdue) return { chased: false };
    // NET-20: HOT is chased by a call to its contact (the page gives the agent the name and number:
    // HOT's terminations address is no place for it); Partner in its technical group, reached by
    // e-mail when the tenant recorded the group's address.
    const email = chase.via === 'group' ? contacts.partnerTechnicalEmail : null;
    if (email) await mailContact(ctx, row, 'technician_overdue', { name: chase.who, email });
    const who =
      chase.via === 'contact' && contacts.hotContactPhone
        ? `${chase.who}, ${contacts.hotContactPhone}`
        : chase.who;
    const account = await getAccount(ctx, row.account_id);
    const local = localDateTime(slot, await tenantZone(ctx)).toFormat('dd/MM/yyyy HH:mm');
    const d = { operatorName: OPERATOR_NAMES[row.operator], reference: row.reference, slot: local };
    await enqueueModuleEmail(tx, technicianOverdueCustomer, {
      to: account.email,
      locale: 'fr',
      entityType: 'account',
      entityId: account.id,
      now: ctx.now,
      data: { ...d, customerName: account.displayName },
    });
    const phone = account.phone ? parsePhone(account.phone, 'IL') : null;
    if (phone?.ok)
      await enqueueSms(tx, {
        to: phone.e164,
        title: `${d.operatorName} ${d.reference}`,
        text: technicianOverdueSms(d),
        template: 'internet.technician_overdue_sms',
        locale: 'fr',
        entityType: 'account',
        entityId: account.id,
        now: ctx.now,
      });
    await store.updateSubscription(
      tx,
      row.id,
      { technician_chased_at: ctx.now, technician_chase_to: who },
      ctx.now,
    );
    const after = { chased: true, to: who, operatorEmail: email ?? null, sms: phone?.ok === true };
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'internet_subscription',
      entityId: row.id,
      entityLabel: row.reference,
      action: 'internet.technician_chased',
      before: { technicianChasedAt: null },
      after,
    });
    return after;
  },
});
