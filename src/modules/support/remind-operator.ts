import type { Ctx } from '../../platform/context.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { checkOperatorReminder } from './rules.ts';
import { KIND_LABELS, when } from './labels.ts';
import type { IncidentDetail } from './views.ts';
import { appointmentLate, operatorReminder } from './templates.ts';
import {
  audit,
  env,
  fail,
  load,
  loadIntervention,
  operatorContact,
  recordEvent,
} from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import * as settingsStore from './settings-store.ts';

/**
 * NET-05: an appointment past its slot without an outcome: the operator is chased by e-mail and
 * the customer told, both through the outbox in this transaction, and the contact is in the
 * timeline. Refused (409) while the appointment is not overdue.
 */
export async function remindOperator(ctx: Ctx, id: string, interventionId: string): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  fail(ctx, checkOperatorReminder(i.status, i.slot_end, ctx.now));
  const e = await env(ctx);
  const s = await settingsStore.settings(ctx.tx);
  const op = await operatorContact(ctx, r, s);
  const slot = when(i.slot_start, e.cal);
  await enqueueModuleEmail(ctx.tx, operatorReminder, {
    to: op.email,
    locale: 'fr',
    data: {
      operatorName: op.name,
      incidentReference: r.reference,
      customerName: r.account_name,
      kind: KIND_LABELS[i.kind].fr,
      slot,
      address: i.address,
    },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
  await enqueueModuleEmail(ctx.tx, appointmentLate, {
    to: r.account_email,
    locale: 'fr',
    data: { customerName: r.account_name, incidentReference: r.reference, slot },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
  await recordEvent(ctx, id, 'contact', 'email', {
    direction: 'outbound',
    summary: `Rendez-vous du ${slot} en retard : opérateur relancé, client informé.`,
  });
  await audit(ctx, r, 'incident.operator_reminded', {
    intervention: i.id,
    slotStart: i.slot_start.toISOString(),
  });
  return detailOf(ctx, await load(ctx, id));
}
