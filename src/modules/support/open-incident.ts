import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { assertSells, tenantSettings } from '../tenants/service.ts';
import {
  DEFAULT_OPERATORS,
  incidentServices,
  operatorFor,
  type Channel,
  type Priority,
  type Service,
} from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, env, loadAny, recordEvent } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { scheduleSlaCheck } from './sla-check.ts';
import { toTmfTicket } from './tmf-views.ts';
import * as incidentStore from './incident-store.ts';
import * as settingsStore from './settings-store.ts';

export interface CreateIncidentInput {
  /** Absent only for a TMF621 ticket sent without a customer: the incident is « à rattacher ». */
  accountId?: string | undefined;
  /** Absent only with accountId absent (a ticket naming no service); chosen when attaching. */
  service?: Service | undefined;
  channel: Channel;
  priority: Priority;
  title: string;
  description?: string | undefined;
  operatorCode?: string | undefined;
  /** TMF621 ticketType; "incident" when absent. */
  ticketType?: string | undefined;
}

/**
 * Declares an incident for a customer and a service (CS-01: the first contact opens its timeline),
 * on the operator chosen or the one serving the service; the SLA check is scheduled when the
 * action registry is given. Without a customer (TMF621 create with the mandatory attributes only)
 * it is kept « à rattacher » in the desk's queue until an agent attaches it (attach-incident.ts).
 */
export async function openIncident(
  ctx: Ctx,
  input: CreateIncidentInput,
  registry?: ActionRegistry,
): Promise<IncidentDetail> {
  if (input.service) await assertServiceOffered(ctx, input.service);
  if (input.accountId !== undefined) {
    if (!UUID_RE.test(input.accountId)) throw new AppError('support.account_unknown');
    const account = await incidentStore.findAccount(ctx.tx, input.accountId);
    if (!account) throw new AppError('support.account_unknown');
    if (!input.service) throw new AppError('support.service_required');
  }
  // Issue 4 item 7: the operator chosen on the incident, else the one serving its service.
  const operator = input.service
    ? operatorFor(
        await settingsStore.operators(ctx.tx, DEFAULT_OPERATORS),
        input.service,
        input.operatorCode ?? null,
      )
    : null;
  if (input.operatorCode && !operator)
    throw new AppError('support.operator_unknown', { operator: input.operatorCode }, [
      { pointer: '/body/operatorCode', code: 'support.operator_unknown', detail: '' },
    ]);
  const id = newId();
  const reference = `INC-${String(await incidentStore.nextIncidentNumber(ctx.tx)).padStart(6, '0')}`;
  await incidentStore.insertIncident(ctx.tx, {
    id,
    reference,
    accountId: input.accountId ?? null,
    service: input.service ?? null,
    channel: input.channel,
    priority: input.priority,
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    operatorCode: operator?.code ?? null,
    ticketType: input.ticketType,
    now: ctx.now,
  });
  // CS-01: the first contact, from its channel, opens the incident's timeline.
  await recordEvent(ctx, id, 'contact', input.channel, { summary: input.title.trim(), direction: 'inbound' });
  const r = await loadAny(ctx, id);
  await audit(ctx, r, 'incident.created', { service: r.service, channel: r.channel, priority: r.priority });
  if (registry) {
    const e = await env(ctx);
    // SLA: the worker checks the timers when they may cross a threshold and alerts the supervisors.
    await scheduleSlaCheck(ctx.tx, registry, {
      incidentId: id,
      priority: r.priority,
      openedAt: r.opened_at,
      cal: e.cal,
      createdBy: ctx.actor.id ?? 'system',
      now: ctx.now,
    });
  }
  const created = await detailOf(ctx, r);
  await publishTmfEvent(ctx, 'TMF621', 'TroubleTicketCreateEvent', () => ({
    troubleTicket: toTmfTicket(created),
  }));
  return created;
}

/**
 * Issue 11 §6: the incident's service is one the reseller's families offer (whatever a client
 * sends; the form only offers those): a mobile incident needs the mobile family (422
 * tenant.family_not_sold), an internet-only reseller has no French copper access either.
 */
export async function assertServiceOffered(ctx: Ctx, service: Service): Promise<void> {
  if (service === 'mobile') return assertSells(ctx.tx, 'mobile');
  const { productFamilies } = await tenantSettings(ctx.tx);
  if (!incidentServices(productFamilies).includes(service))
    throw new AppError('support.service_not_offered', { service: service.toUpperCase() }, [
      { pointer: '/body/service', code: 'support.service_not_offered', detail: '' },
    ]);
}
