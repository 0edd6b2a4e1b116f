import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { checkSavPlusStep, toKbps, type SavPlusStep, type SpeedUnit } from './rules.ts';
import { SAV_PLUS_STEP_LABELS } from './labels.ts';
import type { IncidentDetail } from './views.ts';
import { audit, fail, load, loadIntervention, recordEvent } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import * as interventionStore from './intervention-store.ts';

export interface SavPlusStepInput {
  step: SavPlusStep;
  faultShown: boolean;
  speed: { down: number; up: number; unit: SpeedUnit };
  measuredAt?: string | undefined;
  note?: string | undefined;
}

/**
 * SUP-08: records one point of a SAV+ follow-up with the speed measured there. The order (site
 * tests, then, only if they showed a fault, main frame, sub-frame, concentration point, second
 * visit) is checked by checkSavPlusStep under the incident's row lock, so two agents cannot record
 * the same point or skip one.
 */
export async function recordSavPlusStep(
  ctx: Ctx,
  id: string,
  interventionId: string,
  input: SavPlusStepInput,
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.kind !== 'sav_plus') throw new AppError('support.not_sav_plus');
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  const done = (await interventionStore.listSavPlusSteps(ctx.tx, id))
    .filter((s) => s.intervention_id === i.id)
    .map((s) => ({ step: s.step, faultShown: s.fault_shown }));
  fail(ctx, checkSavPlusStep(done, input.step), '/body/step');
  const down = toKbps(input.speed.down, input.speed.unit);
  const up = toKbps(input.speed.up, input.speed.unit);
  if (down === null || up === null)
    throw new AppError('validation.failed', {}, [
      { pointer: '/body/speed', code: 'validation.failed', detail: '' },
    ]);
  const measuredAt = input.measuredAt ? new Date(input.measuredAt) : ctx.now;
  const inserted = await interventionStore.insertSavPlusStep(ctx.tx, {
    id: newId(),
    incidentId: id,
    interventionId: i.id,
    step: input.step,
    faultShown: input.faultShown,
    downKbps: down,
    upKbps: up,
    note: input.note?.trim() ?? '',
    measuredAt,
    recordedBy: ctx.actor.label,
    now: ctx.now,
  });
  // SUP-08: a concurrent request recorded the same point first (unique key): same refusal.
  if (!inserted) fail(ctx, checkSavPlusStep([...done, { step: input.step, faultShown: true }], input.step));
  const label = SAV_PLUS_STEP_LABELS[input.step].fr;
  const speed = `${down} / ${up} kbit/s`;
  await recordEvent(ctx, id, 'sav_plus_step', null, {
    step: input.step,
    faultShown: input.faultShown,
    downKbps: down,
    upKbps: up,
    summary: `${label} — ${input.faultShown ? 'défaut constaté' : 'pas de défaut'} — ${speed}`,
  });
  await audit(ctx, r, 'incident.sav_plus_step_recorded', {
    intervention: i.id,
    step: input.step,
    faultShown: input.faultShown,
    downKbps: down,
    upKbps: up,
  });
  return detailOf(ctx, await load(ctx, id));
}
