import type { Ctx, Deps } from '../../platform/context.ts';
import { toLocalDate } from '../../platform/calendar/index.ts';
import { mailContact } from './lifecycle-view.ts';
import { operatorContacts } from './operator-contacts.ts';
import { bezeqEstimate } from './rules.ts';
import { scheduleTechnicianChase } from './technician-chase.ts';
import { applyChange, startAction, type SubscriptionView } from './subscription-view.ts';

/**
 * NET-09 (seed 000 « Problème d'infrastructure bezeq »): on the day of a booked Partner installation
 * the installer finds the fibre runs on a Bezeq infrastructure that is not ready. The problem goes up
 * to Bezeq: by e-mail to the tenant's Partner technical contact when it has one, else as a manual
 * step the agent takes (the Partner group) and records here. The booked slot is void; the page shows
 * about 3–4 Israeli business days as an estimate, never as a deadline.
 */
export async function reportBezeq(ctx: Ctx, id: string): Promise<SubscriptionView> {
  const { row, zone } = await startAction(ctx, id, 'report_bezeq');
  const contacts = await operatorContacts(ctx);
  const channel = contacts.partnerTechnicalEmail ? 'email' : 'manual';
  if (contacts.partnerTechnicalEmail)
    await mailContact(ctx, row, 'bezeq_infrastructure', {
      name: contacts.partnerGroupName,
      email: contacts.partnerTechnicalEmail,
    });
  const estimate = bezeqEstimate(ctx.now, zone);
  return applyChange(
    ctx,
    row,
    { bezeq_reported_at: ctx.now, bezeq_report_channel: channel, installation_at: null },
    'internet.bezeq_reported',
    {
      channel,
      voidSlot: row.installation_at?.toISOString() ?? null,
      estimateFrom: toLocalDate(estimate.from, zone),
      estimateTo: toLocalDate(estimate.to, zone),
    },
  );
}

/** NET-09: Bezeq has resolved it: the installation is booked again on the slot agreed with the customer. */
export async function rescheduleInstallation(
  ctx: Ctx,
  id: string,
  input: { slot: Date },
  deps: Pick<Deps, 'actions'>,
): Promise<SubscriptionView> {
  const { row } = await startAction(ctx, id, 'reschedule_installation');
  // NET-20: the new slot is chased in turn; the earlier slot's chase finds another slot and does nothing.
  await scheduleTechnicianChase(ctx, deps.actions, row.id, input.slot);
  return applyChange(
    ctx,
    row,
    {
      technician_chased_at: null,
      technician_chase_to: null,
      bezeq_reported_at: null,
      bezeq_report_channel: null,
      installation_at: input.slot,
      installation_no_due_date: false,
    },
    'internet.installation_rescheduled',
    { slot: input.slot.toISOString(), bezeqReportedAt: row.bezeq_reported_at?.toISOString() ?? null },
  );
}
