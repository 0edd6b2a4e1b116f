import type { Incident, InterventionView } from './views.ts';
import { PRIORITIES, SERVICES, type IncidentState, type Priority, type Service } from './rules.ts';

/**
 * TMF621 Trouble Ticket v4 and TMF646 Appointment v4 views of the support desk: an incident is a
 * TroubleTicket (ticketType = the standard's kind of ticket, "incident" by default; the service,
 * adsl…mobile, a related entity of role "service"; channel = CS-01 channel; the customer a related
 * party); an intervention is an Appointment related to its ticket (NET-05 numbers as contact
 * media).
 */

export const TMF621_BASE = '/tmf-api/troubleTicket/v4';
export const TMF646_BASE = '/tmf-api/appointment/v4';
/** TMF630 attribute filters on troubleTicket lists. */
export const TMF621_FILTERS = [
  'id',
  'name',
  'status',
  'severity',
  'priority',
  'ticketType',
  'channel.name',
  'relatedParty.id',
  'relatedEntity.id',
];
/** TMF630 attribute filters on appointment lists. */
export const TMF646_FILTERS = ['id', 'status', 'category', 'relatedEntity.id'];
/** The related entity that carries the service a ticket is about. */
export const SERVICE_ROLE = 'service';

const TMF_STATUS: Record<IncidentState, string> = {
  new: 'acknowledged',
  diagnosis: 'inProgress',
  waiting_customer: 'pending',
  with_operator: 'held',
  intervention_planned: 'inProgress',
  resolved: 'resolved',
  closed: 'closed',
};

/** The state a TMF status asks for in a PATCH (each status names one target state). */
export const STATE_OF_TMF_STATUS: Record<string, IncidentState> = {
  inProgress: 'diagnosis',
  pending: 'waiting_customer',
  held: 'with_operator',
  resolved: 'resolved',
  closed: 'closed',
};

const SEVERITY: Record<Priority, string> = {
  critical: 'critical',
  high: 'major',
  normal: 'minor',
  low: 'minor',
};

export function priorityOf(priority: string | undefined, severity: string): Priority {
  if (priority && (PRIORITIES as readonly string[]).includes(priority)) return priority as Priority;
  return severity === 'critical' ? 'critical' : severity === 'major' ? 'high' : 'normal';
}

export function serviceOf(name: string): Service | null {
  const t = name.toLowerCase();
  return (SERVICES as readonly string[]).includes(t) ? (t as Service) : null;
}

export function toTmfTicket(i: Incident): Record<string, unknown> {
  return {
    id: i.id,
    href: `${TMF621_BASE}/troubleTicket/${i.id}`,
    name: i.reference,
    description: i.description ? `${i.title}\n${i.description}` : i.title,
    severity: SEVERITY[i.priority],
    priority: i.priority,
    ticketType: i.ticketType,
    status: TMF_STATUS[i.state],
    creationDate: i.openedAt,
    lastUpdate: i.updatedAt,
    ...(i.resolvedAt ? { resolutionDate: i.resolvedAt } : {}),
    channel: { id: i.channel, name: i.channel },
    // « À rattacher »: no customer yet (and no service when the ticket named none).
    relatedParty: i.accountId
      ? [{ id: i.accountId, name: i.accountName ?? '', role: 'customer', '@referredType': 'Customer' }]
      : [],
    relatedEntity: i.service
      ? [{ id: i.service, name: i.service, role: SERVICE_ROLE, '@referredType': 'ServiceSpecification' }]
      : [],
    '@type': 'TroubleTicket',
  };
}

/** The service a created ticket is about: its "service" related entity, else a legacy ticketType. */
export function serviceOfTicket(b: {
  ticketType: string;
  relatedEntity?: { id: string; name?: string | undefined; role?: string | undefined }[] | undefined;
}): Service | null {
  const entity = b.relatedEntity?.find((e) => (e.role ?? '').toLowerCase() === SERVICE_ROLE);
  if (entity) return serviceOf(entity.id) ?? serviceOf(entity.name ?? '');
  return serviceOf(b.ticketType);
}

const APPOINTMENT_STATUS: Record<InterventionView['status'], string> = {
  planned: 'confirmed',
  qualified: 'completed',
  cancelled: 'cancelled',
};

export function toTmfAppointment(incidentId: string, v: InterventionView): Record<string, unknown> {
  return {
    id: v.id,
    href: `${TMF646_BASE}/appointment/${v.id}`,
    category: v.kind,
    status: APPOINTMENT_STATUS[v.status],
    creationDate: v.plannedAt,
    validFor: { startDateTime: v.slotStart, endDateTime: v.slotEnd },
    // NET-05: the technician calls first.
    description: 'Le technicien appelle avant de venir.',
    contactMedium: v.reachablePhones.map((n, idx) => ({
      mediumType: 'phone',
      preferred: idx === 0,
      characteristic: { phoneNumber: n },
    })),
    relatedEntity: [{ id: incidentId, role: 'troubleTicket', '@referredType': 'TroubleTicket' }],
    relatedPlace: {
      id: v.id,
      name: v.address,
      role: 'interventionSite',
      '@referredType': 'GeographicAddress',
    },
    '@type': 'Appointment',
  };
}
