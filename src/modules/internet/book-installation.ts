import type { Ctx, Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { installationAppointment } from './rules.ts';
import { smsSwitchSlot } from './switch-sms.ts';
import { scheduleTechnicianChase } from './technician-chase.ts';
import { applyChange, startAction, type SubscriptionView } from './subscription-view.ts';

/**
 * Books the installer (NET-15: the customer reachable and present, 30–45 minutes). NET-16: a
 * building with no existing installation has no due date, so the slot may be left out then only.
 */
export async function bookInstallation(
  ctx: Ctx,
  id: string,
  input: { slot: Date | null; noExistingInstallation: boolean },
  deps: Pick<Deps, 'actions'>,
): Promise<SubscriptionView> {
  const { row, zone } = await startAction(ctx, id, 'book_installation');
  const appointment = installationAppointment(input);
  if (!appointment.ok) throw new AppError(appointment.code);
  // NET-07: a subscription ordered by a provider switch: the customer gets the slot by SMS.
  await smsSwitchSlot(
    ctx,
    { id: row.id, reference: row.reference, operator: row.operator, accountId: row.account_id },
    appointment.at,
    zone,
  );
  // NET-20: chased with the operator if the technician has not come by the slot.
  await scheduleTechnicianChase(ctx, deps.actions, row.id, appointment.at);
  return applyChange(
    ctx,
    row,
    {
      state: 'installation_booked',
      installation_at: appointment.at,
      installation_no_due_date: input.noExistingInstallation,
    },
    'internet.installation_booked',
    { slot: input.slot?.toISOString() ?? null, noExistingInstallation: input.noExistingInstallation },
  );
}
