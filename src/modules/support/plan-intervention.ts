import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { checkPlanIntervention, DEFAULT_TARIFF, type InterventionKind } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import {
  audit,
  checkedSlot,
  checkedPhones,
  env,
  factsOf,
  fail,
  load,
  recordEvent,
} from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { publishAppointmentEvent, saveIncident } from './save-incident.ts';
import { recordCharge } from './record-charge.ts';
import * as interventionStore from './intervention-store.ts';
import * as settingsStore from './settings-store.ts';

export interface PlanInput {
  kind: InterventionKind;
  slotStart: string;
  slotEnd: string;
  address: string;
  reachablePhones: string[];
  referent?: string | undefined;
}

/**
 * How an appointment received « à compléter » becomes this intervention: under its own id (the
 * client's TMF646 appointment carries on), its event a state change rather than a creation.
 */
export interface PlanOrigin {
  interventionId: string;
  eventType: 'AppointmentStateChangeEvent';
}

/** SUP-03, NET-05, SUP-08: plans an intervention as an appointment; SAV+ is charged at booking. */
export async function planIntervention(
  ctx: Ctx,
  id: string,
  input: PlanInput,
  origin?: PlanOrigin,
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const facts = await factsOf(ctx, r);
  fail(ctx, checkPlanIntervention(facts, input.kind));
  const { start, end } = checkedSlot(ctx, input.slotStart, input.slotEnd);
  const typed = input.reachablePhones
    .map((p, index) => ({ pointer: `/body/reachablePhones/${index}`, input: p.trim() }))
    .filter((p) => p.input);
  if (typed.length === 0)
    throw new AppError('support.reachable_phone_required', {}, [
      { pointer: '/body/reachablePhones', code: 'support.reachable_phone_required', detail: '' },
    ]);
  // SUP-06: the expertise is done with the customer's technical referent present.
  if (input.kind === 'expertise' && !input.referent?.trim())
    throw new AppError('support.referent_required', {}, [
      { pointer: '/body/referent', code: 'support.referent_required', detail: '' },
    ]);
  const phones = await checkedPhones(ctx, typed);
  const interventionId = origin?.interventionId ?? newId();
  await interventionStore.insertIntervention(ctx.tx, {
    id: interventionId,
    incidentId: id,
    kind: input.kind,
    slotStart: start,
    slotEnd: end,
    address: input.address.trim(),
    phones,
    // NET-05: the technician always calls before coming and cancels if the customer is unreachable.
    callsFirst: true,
    referent: input.referent?.trim() || null,
    now: ctx.now,
  });
  if (r.state !== 'intervention_planned') {
    await saveIncident(ctx, id, { state: 'intervention_planned' });
    await recordEvent(ctx, id, 'state_changed', null, {
      from: r.state,
      to: 'intervention_planned',
      summary: `${r.state} → intervention_planned`,
    });
  }
  await audit(ctx, r, 'incident.intervention_planned', { kind: input.kind, slotStart: input.slotStart });
  if (input.kind === 'sav_plus') {
    const e = await env(ctx);
    const line = (await settingsStore.tariff(ctx.tx, DEFAULT_TARIFF)).find((l) => l.code === 'adsl_sav_plus');
    // SUP-08: SAV+ costs 185 € HT (the tenant's tariff value).
    await recordCharge(ctx, r, e, {
      interventionId,
      code: 'adsl_sav_plus',
      label: line?.labelFr ?? 'SAV+',
      cents: line?.amountCents ?? 18_500,
      awaitingAcceptance: false,
    });
  }
  const after = await detailOf(ctx, await load(ctx, id));
  await publishAppointmentEvent(
    ctx,
    origin?.eventType ?? 'AppointmentCreateEvent',
    () => Promise.resolve(after),
    interventionId,
  );
  return after;
}
