import type { Ctx } from '../../platform/context.ts';
import type { Page } from '../../platform/http/pagination.ts';
import type { IncidentState, Priority, Service } from './rules.ts';
import { toIncident, type Incident } from './views.ts';
import { env } from './incident-context.ts';
import * as incidentStore from './incident-store.ts';

export interface IncidentListQuery {
  state?: IncidentState | undefined;
  priority?: Priority | undefined;
  service?: Service | undefined;
  accountId?: string | undefined;
  slaRisk?: 'at_risk' | 'breached' | undefined;
  open?: boolean | undefined;
  operator?: string | undefined;
  /** true: only the incidents « à rattacher » (no customer yet). */
  unattached?: boolean | undefined;
  limit: number;
  offset: number;
}

/** The SLA depends on now, so the risk filter runs after the SQL filters (open desks are small). */
export async function listIncidents(ctx: Ctx, q: IncidentListQuery): Promise<Page<Incident>> {
  const e = await env(ctx);
  const rows = await incidentStore.listIncidents(ctx.tx, q);
  const all = rows
    .map((r) => toIncident(r, e, ctx.now))
    .filter((i) => !q.slaRisk || i.sla.risk === q.slaRisk);
  return {
    items: all.slice(q.offset, q.offset + q.limit),
    total: all.length,
    limit: q.limit,
    offset: q.offset,
  };
}
