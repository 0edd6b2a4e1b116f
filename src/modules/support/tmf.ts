import type { Static } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { inMemorySource, type TmfPageSource } from '../../platform/http/tmf-query.ts';
import { CHANNELS, INTERVENTION_KINDS, type Channel } from './rules.ts';
import type { TmfAppointmentCreate, TmfTicketCreate, TmfTicketPatch } from './tmf-schemas.ts';
import {
  STATE_OF_TMF_STATUS,
  appointmentPlan,
  priorityOf,
  serviceOf,
  serviceOfTicket,
  toTmfAppointment,
  toTmfHeldAppointment,
  toTmfTicket,
} from './tmf-views.ts';
import { listIncidents } from './list-incidents.ts';
import { getIncident } from './get-incident.ts';
import { openIncident } from './open-incident.ts';
import { updateIncident } from './update-incident.ts';
import { transitionIncident } from './transition-incident.ts';
import { listAppointments } from './list-appointments.ts';
import { planIntervention } from './plan-intervention.ts';
import { holdAppointment } from './hold-appointment.ts';
import { heldTmfAppointments } from './list-held-appointments.ts';
import * as heldStore from './held-appointment-store.ts';

/**
 * The support desk's TM Forum adapter: TMF621 Trouble Ticket v4 and TMF646 Appointment v4
 * requests, translated into the desk's own use cases (the same guards, audit and e-mails), their
 * answers translated back (tmf-views.ts). The routes (tmf-routes.ts) only parse and reply.
 */
export { TMF621_BASE, TMF621_FILTERS, TMF646_BASE, TMF646_FILTERS } from './tmf-views.ts';

type Resource = Record<string, unknown>;

/** TMF621: a page of trouble tickets (the routes apply TMF630 filters across pages). */
export async function listTroubleTickets(
  ctx: Ctx,
  page: { offset: number; limit: number },
): Promise<{ items: Resource[]; total: number }> {
  const p = await listIncidents(ctx, { offset: page.offset, limit: page.limit });
  return { items: p.items.map(toTmfTicket), total: p.total };
}

/** TMF621: one trouble ticket. */
export async function getTroubleTicket(ctx: Ctx, id: string): Promise<Resource> {
  return toTmfTicket(await getIncident(ctx, id));
}

/**
 * TMF621: a created ticket is an incident declared for the customer of its related party (role
 * customer) and the service of its related entity (role "service"). With the standard's mandatory
 * attributes only (description, severity, ticketType) it is kept « à rattacher » in the desk's
 * queue, the service too being chosen when an agent attaches it to a customer.
 */
export async function openTroubleTicket(
  ctx: Ctx,
  b: Static<typeof TmfTicketCreate>,
  registry: ActionRegistry,
): Promise<Resource> {
  const parties = b.relatedParty ?? [];
  const customer = parties.find((p) => (p.role ?? 'customer').toLowerCase() === 'customer') ?? parties[0];
  const svc = serviceOfTicket(b);
  const namesService = (b.relatedEntity ?? []).some((e) => (e.role ?? '').toLowerCase() === 'service');
  // A customer's ticket needs its service; a service entity must name one of Relais's.
  if ((customer && !svc) || (namesService && !svc))
    throw new AppError('validation.failed', {}, [
      {
        pointer: '/body/relatedEntity',
        code: 'enum',
        detail: 'relatedEntity role "service": adsl, sdsl, vga, fibre, cable, mobile',
      },
    ]);
  const channel = b.channel?.name ?? b.channel?.id ?? 'web_form';
  const i = await openIncident(
    ctx,
    {
      accountId: customer?.id,
      service: svc ?? undefined,
      // A legacy client's ticketType named the service; the standard's default kind then.
      ticketType: serviceOf(b.ticketType) ? 'incident' : b.ticketType,
      channel: (CHANNELS as readonly string[]).includes(channel) ? (channel as Channel) : 'web_form',
      priority: priorityOf(b.priority, b.severity),
      title: b.name?.trim() || b.description.trim().slice(0, 200) || '—',
      description: b.description,
    },
    registry,
  );
  return toTmfTicket(i);
}

/** TMF621: a PATCH changes the priority (or severity), then the status, guarded like the desk. */
export async function patchTroubleTicket(
  ctx: Ctx,
  id: string,
  b: Static<typeof TmfTicketPatch>,
): Promise<Resource> {
  let current = await getIncident(ctx, id);
  if (b.priority || b.severity) {
    current = await updateIncident(ctx, current.id, current.version, {
      priority: priorityOf(b.priority, b.severity ?? 'minor'),
    });
  }
  if (b.status) {
    const to = STATE_OF_TMF_STATUS[b.status];
    if (!to) throw new AppError('support.transition_not_allowed', { from: current.state, to: b.status });
    current = await transitionIncident(ctx, current.id, to);
  }
  return toTmfTicket(current);
}

// A filtered list asks for several pages in one request: the tenant's appointments, read whole,
// are read once per request (a request has its own Ctx).
const appointmentsOfRequest = new WeakMap<Ctx, TmfPageSource<Resource>>();

/**
 * TMF646: a page of appointments (every intervention of the tenant, then the appointments
 * received « à compléter » or rejected); the routes apply TMF630 filters across pages.
 */
export function listTmfAppointments(
  ctx: Ctx,
  page: { offset: number; limit: number },
): Promise<{ items: Resource[]; total: number }> {
  let source = appointmentsOfRequest.get(ctx);
  if (!source) {
    source = inMemorySource(async () => [
      ...(await listAppointments(ctx)).map((a) => toTmfAppointment(a.incidentId, a)),
      ...(await heldTmfAppointments(ctx)),
    ]);
    appointmentsOfRequest.set(ctx, source);
  }
  return source(page.offset, page.limit);
}

/** TMF646: one appointment (an intervention, or one received and not completed yet). */
export async function getTmfAppointment(ctx: Ctx, id: string): Promise<Resource> {
  const a = (await listAppointments(ctx)).find((x) => x.id === id);
  if (a) return toTmfAppointment(a.incidentId, a);
  const held = UUID_RE.test(id) ? await heldStore.getHeldAppointment(ctx.tx, id) : undefined;
  if (!held || held.state === 'completed') throw new AppError('resource.not_found');
  return toTmfHeldAppointment(held);
}

/**
 * TMF646: an appointment naming its trouble ticket, place, phone and kind plans an intervention
 * on that ticket (SUP-03 consent first); with less (validFor alone is the standard's minimum) it
 * waits « à compléter » for an agent (held-appointments.ts).
 */
export async function bookAppointment(ctx: Ctx, b: Static<typeof TmfAppointmentCreate>): Promise<Resource> {
  if (b.category !== undefined && !INTERVENTION_KINDS.some((k) => k === b.category))
    throw new AppError('validation.failed', {}, [
      { pointer: '/body/category', code: 'enum', detail: INTERVENTION_KINDS.join(', ') },
    ]);
  const plan = appointmentPlan(b);
  if (!plan) return holdAppointment(ctx, b);
  const before = await getIncident(ctx, plan.ticketId);
  const after = await planIntervention(ctx, before.id, {
    kind: plan.kind,
    slotStart: b.validFor.startDateTime,
    slotEnd: b.validFor.endDateTime,
    address: plan.address,
    reachablePhones: plan.phones,
    referent: plan.referent,
  });
  const known = new Set(before.interventions.map((v) => v.id));
  const fresh = after.interventions.find((v) => !known.has(v.id));
  if (!fresh) throw new Error('planned intervention not found');
  return toTmfAppointment(after.id, fresh);
}
