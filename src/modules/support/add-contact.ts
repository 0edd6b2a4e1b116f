import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Channel } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, load, recordEvent } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { saveIncident } from './save-incident.ts';
import type * as incidentStore from './incident-store.ts';

export interface ContactInput {
  channel: Channel;
  direction: 'inbound' | 'outbound';
  summary: string;
}

/** CS-01: a contact on any channel lands in the incident's timeline and the customer's history. */
export async function addContact(ctx: Ctx, id: string, input: ContactInput): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.state === 'closed') throw new AppError('support.incident_closed');
  await recordEvent(ctx, id, 'contact', input.channel, {
    summary: input.summary.trim(),
    direction: input.direction,
  });
  const patch: incidentStore.IncidentPatch = {};
  // SLA: the first answer to the customer stops the first-response timer.
  if (input.direction === 'outbound' && !r.first_response_at) patch.first_response_at = ctx.now;
  await saveIncident(ctx, id, patch);
  await audit(ctx, r, 'incident.contact_added', { channel: input.channel, direction: input.direction });
  return detailOf(ctx, await load(ctx, id));
}
