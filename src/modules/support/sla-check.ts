import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionHandler, actionKind } from '../../platform/module.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { SLA_RISK_RATIO, SLA_TARGETS, slaDueAt, slaStatus, type Calendar, type SlaState } from './rules.ts';
import { slaAlert } from './templates.ts';
import * as incidentStore from './incident-store.ts';
import * as settingsStore from './settings-store.ts';

/** SLA: the worker re-checks an open incident's timers and alerts the supervisors through the outbox. */
export const SLA_CHECK = 'support.sla_check';

const RANK: Record<string, number> = { at_risk: 1, breached: 2 };

/** The next instant a timer may cross a threshold (80 % or 100 % of its target), on desk hours. */
function nextCheck(
  now: Date,
  timers: { state: SlaState; elapsedHours: number; targetHours: number }[],
  cal: Calendar,
) {
  const remaining = timers
    .filter((t) => t.state !== 'met' && t.state !== 'breached')
    .flatMap((t) => [t.targetHours * SLA_RISK_RATIO - t.elapsedHours, t.targetHours - t.elapsedHours])
    .filter((h) => h > 0);
  if (remaining.length === 0) return null;
  // A little past the threshold, so that the check finds it crossed.
  return slaDueAt(now, Math.min(...remaining) + 0.01, cal);
}

/** SLA: the first check, when the first-response timer may reach 80 % of its target. */
export async function scheduleSlaCheck(
  tx: Tx,
  registry: ActionRegistry,
  v: {
    incidentId: string;
    priority: keyof typeof SLA_TARGETS;
    openedAt: Date;
    cal: Calendar;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  const first = SLA_TARGETS[v.priority].firstResponse * SLA_RISK_RATIO;
  await scheduleAction(tx, registry, {
    kind: SLA_CHECK,
    entityType: 'incident',
    entityId: v.incidentId,
    effectiveAt: slaDueAt(v.openedAt, first + 0.01, v.cal),
    createdBy: v.createdBy,
    now: v.now,
  });
}

/**
 * The SLA check of one incident (the action's entity): alerts the supervisors once per level
 * reached (at risk, then breached), then schedules itself for the next threshold. It carries no
 * payload.
 */
export const slaCheck = actionKind({
  kind: SLA_CHECK,
  payload: Type.Object({}),
  run: async (tx, _payload, action, ctx) => {
    const row = await incidentStore.getIncident(tx, action.entityId, true);
    if (!row || row.state === 'resolved' || row.state === 'closed') return { skipped: true };
    const t = await settingsStore.tenantCalendar(tx);
    const cal: Calendar = { country: t.country, zone: t.timeZone };
    const sla = slaStatus({
      priority: row.priority,
      openedAt: row.opened_at,
      firstResponseAt: row.first_response_at,
      resolvedAt: row.resolved_at,
      pauses: incidentStore.pausesOf(row),
      now: ctx.now,
      cal,
    });
    let alerted: string | null = null;
    if ((RANK[sla.risk] ?? 0) > (RANK[row.sla_alert ?? ''] ?? 0)) {
      for (const s of await settingsStore.supervisorEmails(tx)) {
        await enqueueModuleEmail(tx, slaAlert, {
          to: s.email,
          locale: 'fr',
          data: {
            incidentReference: row.reference,
            customerName: row.account_name ?? '—',
            risk: sla.risk === 'breached' ? 'breached' : 'at_risk',
            firstResponse: `${sla.firstResponse.elapsedHours} h / ${sla.firstResponse.targetHours} h`,
            resolution: `${sla.resolution.elapsedHours} h / ${sla.resolution.targetHours} h`,
          },
          entityType: 'incident',
          entityId: row.id,
          now: ctx.now,
        });
      }
      await incidentStore.setSlaAlert(tx, row.id, sla.risk);
      alerted = sla.risk;
    }
    const next = nextCheck(ctx.now, [sla.firstResponse, sla.resolution], cal);
    if (next) {
      // The check schedules its own kind again, which is registered since it is running.
      await scheduleAction(tx, ownKind, {
        kind: SLA_CHECK,
        entityType: 'incident',
        entityId: row.id,
        effectiveAt: next,
        createdBy: 'system',
        now: ctx.now,
      });
    }
    return { risk: sla.risk, alerted };
  },
});

const ownKind: ActionRegistry = { handlers: new Map([[SLA_CHECK, actionHandler(slaCheck)]]) };
