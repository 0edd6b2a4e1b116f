import type { Ctx } from '../../platform/context.ts';
import { toICalendar } from './rules.ts';
import { load, loadIntervention } from './incident-context.ts';

/** NET-05: the appointment as an iCalendar file. */
export async function interventionCalendar(ctx: Ctx, id: string, interventionId: string): Promise<string> {
  const r = await load(ctx, id);
  const i = await loadIntervention(ctx, id, interventionId);
  const kind = { on_site: 'Intervention sur site', expertise: 'Expertise ADSL', sav_plus: 'SAV+' }[i.kind];
  return toICalendar({
    uid: `${i.id}@relais`,
    stamp: i.planned_at,
    start: i.slot_start,
    end: i.slot_end,
    summary: `${kind} — ${r.reference} — ${r.account_name}`,
    location: i.address,
    description:
      `Le technicien appelle avant de venir : ${i.reachable_phones.join(', ')}. ` +
      'Appelez le support pendant l’intervention pour valider ce qui a été fait.',
  });
}
