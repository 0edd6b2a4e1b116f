import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { chargesWaivedByExpertise, DEFAULT_TARIFF, FAULT_FIXED, qualify } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, env, fail, load, loadIntervention } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { publishAppointmentEvent } from './save-incident.ts';
import { recordCharge } from './record-charge.ts';
import * as interventionStore from './intervention-store.ts';
import * as chargeStore from './charge-store.ts';
import * as settingsStore from './settings-store.ts';

/** SUP-04..SUP-06: qualifies an intervention's outcome against the tenant's tariff. */
export async function qualifyIntervention(
  ctx: Ctx,
  id: string,
  interventionId: string,
  input: { qualification: string; quoteAmountCents?: number | undefined },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  const lines = await settingsStore.tariff(ctx.tx, DEFAULT_TARIFF);
  const q = qualify(lines, r.service, i.kind, input.qualification, input.quoteAmountCents);
  if (!q.ok) fail(ctx, q, '/body/qualification');
  if (!q.ok) return detailOf(ctx, r);
  await interventionStore.closeIntervention(ctx.tx, i.id, {
    status: 'qualified',
    qualification: input.qualification,
    now: ctx.now,
  });
  await publishAppointmentEvent(ctx, 'AppointmentStateChangeEvent', () => detailOf(ctx, r), i.id);
  await audit(ctx, r, 'incident.intervention_qualified', {
    kind: i.kind,
    qualification: input.qualification,
  });
  const e = await env(ctx);
  if (q.charge) {
    const line = lines.find((l) => l.code === q.charge?.code);
    await recordCharge(ctx, r, e, {
      interventionId: i.id,
      code: q.charge.code,
      label: line?.labelFr ?? q.charge.code,
      cents: q.charge.amountCents,
      awaitingAcceptance: q.charge.awaitingAcceptance,
    });
  }
  if (i.kind === 'expertise' && input.qualification === FAULT_FIXED) {
    // SUP-06: the expertise found and fixed the fault: earlier interventions are not billed.
    const charges = await chargeStore.listCharges(ctx.tx, id);
    const ids = chargesWaivedByExpertise(
      charges.map((c) => ({
        id: c.id,
        interventionId: c.intervention_id,
        interventionPlannedAt: c.intervention_planned_at,
        status: c.status,
      })),
      i.planned_at,
    );
    await chargeStore.waiveCharges(ctx.tx, ids, 'SUP-06', ctx.now);
    if (ids.length > 0) await audit(ctx, r, 'incident.charges_waived', { charges: ids, rule: 'SUP-06' });
  }
  return detailOf(ctx, await load(ctx, id));
}
