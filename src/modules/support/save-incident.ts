import type { Ctx } from '../../platform/context.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import type { IncidentDetail } from './views.ts';
import { loadAny } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { toTmfAppointment, toTmfTicket } from './tmf-views.ts';
import * as incidentStore from './incident-store.ts';

/**
 * Every change of an incident goes through here: the row, then the TMF621 event a registered
 * listener receives (StatusChange when the state moves, AttributeValueChange otherwise), in the
 * same transaction.
 */
export async function saveIncident(ctx: Ctx, id: string, patch: incidentStore.IncidentPatch): Promise<void> {
  await incidentStore.updateIncident(ctx.tx, id, patch, ctx.now);
  await saveIncidentEvent(ctx, id, patch.state ? 'TroubleTicketStatusChangeEvent' : undefined);
}

/** The TMF621 event of a change already written (AttributeValueChange unless told otherwise). */
export async function saveIncidentEvent(
  ctx: Ctx,
  id: string,
  eventType = 'TroubleTicketAttributeValueChangeEvent',
): Promise<void> {
  await publishTmfEvent(ctx, 'TMF621', eventType, async () => ({
    troubleTicket: toTmfTicket(await detailOf(ctx, await loadAny(ctx, id))),
  }));
}

/** TMF646: the appointment's event for a registered listener, in the change's transaction. */
export async function publishAppointmentEvent(
  ctx: Ctx,
  eventType: string,
  incident: () => Promise<IncidentDetail>,
  interventionId: string,
): Promise<void> {
  await publishTmfEvent(ctx, 'TMF646', eventType, async () => {
    const d = await incident();
    const v = d.interventions.find((x) => x.id === interventionId);
    if (!v) throw new Error(`intervention ${interventionId} not found after its change`);
    return { appointment: toTmfAppointment(d.id, v) };
  });
}
