import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { DEFAULT_TARIFF, savPlusCancellationFee } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, env, load, loadIntervention } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { publishAppointmentEvent } from './save-incident.ts';
import { recordCharge } from './record-charge.ts';
import * as interventionStore from './intervention-store.ts';
import * as settingsStore from './settings-store.ts';

/** SUP-09: cancelling (never moving) an appointment; a late SAV+ cancellation costs 95 € HT. */
export async function cancelIntervention(
  ctx: Ctx,
  id: string,
  interventionId: string,
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  await interventionStore.closeIntervention(ctx.tx, i.id, {
    status: 'cancelled',
    qualification: null,
    now: ctx.now,
  });
  await publishAppointmentEvent(ctx, 'AppointmentStateChangeEvent', () => detailOf(ctx, r), i.id);
  await audit(ctx, r, 'incident.intervention_cancelled', { kind: i.kind });
  if (i.kind === 'sav_plus') {
    const e = await env(ctx);
    const fee = savPlusCancellationFee(ctx.now, i.slot_start, e.cal);
    if (fee > 0) {
      const line = (await settingsStore.tariff(ctx.tx, DEFAULT_TARIFF)).find(
        (l) => l.code === 'adsl_sav_plus_late_cancellation',
      );
      await recordCharge(ctx, r, e, {
        interventionId: i.id,
        code: 'adsl_sav_plus_late_cancellation',
        label: line?.labelFr ?? 'Annulation tardive SAV+',
        cents: line?.amountCents ?? fee,
        awaitingAcceptance: false,
      });
    }
  }
  return detailOf(ctx, await load(ctx, id));
}
