import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { REQUIRED_INFO, type Priority, type RequiredInfo, type RequiredInfoField } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, checkedPhones, load, recordEvent } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { saveIncident } from './save-incident.ts';
import type * as incidentStore from './incident-store.ts';

export type UpdateIncidentInput = Partial<Record<RequiredInfoField, string | null>> & {
  priority?: Priority | undefined;
};

const INFO_COLUMN: Record<RequiredInfoField, keyof incidentStore.IncidentPatch> = {
  siteContactName: 'site_contact_name',
  siteContactPhone: 'site_contact_phone',
  siteOpeningHours: 'site_opening_hours',
  modemMakeModel: 'modem_make_model',
  routerMakeModel: 'router_make_model',
  modemLedStates: 'modem_led_states',
};

/** SUP-02: the required information, and the priority (If-Match). */
export async function updateIncident(
  ctx: Ctx,
  id: string,
  version: number,
  input: UpdateIncidentInput,
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.version !== version) throw new AppError('conflict.stale_version');
  if (r.state === 'closed') throw new AppError('support.incident_closed');
  const phone = input.siteContactPhone?.trim();
  if (phone) {
    const [e164] = await checkedPhones(ctx, [{ pointer: '/body/siteContactPhone', input: phone }]);
    input = { ...input, siteContactPhone: e164 ?? null };
  }
  const patch: incidentStore.IncidentPatch = {};
  const changed: RequiredInfo = {};
  for (const f of REQUIRED_INFO) {
    const v = input[f];
    if (v !== undefined) {
      const clean = v === null ? null : v.trim() || null;
      (patch as Record<string, string | null>)[INFO_COLUMN[f]] = clean;
      changed[f] = clean;
    }
  }
  if (input.priority) patch.priority = input.priority;
  await saveIncident(ctx, id, patch);
  await recordEvent(ctx, id, 'information_updated', null, {
    ...changed,
    ...(input.priority ? { priority: input.priority } : {}),
  });
  const after = await load(ctx, id);
  await audit(ctx, after, 'incident.updated', { ...changed, priority: after.priority });
  return detailOf(ctx, after);
}
