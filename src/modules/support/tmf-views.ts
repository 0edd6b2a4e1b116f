import type { Incident, InterventionView } from './views.ts';
import {
  INTERVENTION_KINDS,
  PRIORITIES,
  SERVICES,
  type IncidentState,
  type InterventionKind,
  type Priority,
  type Service,
} from './rules.ts';

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

/** What a held appointment keeps of its Appointment_Create body (tmf-schemas.ts). */
export interface AppointmentRequest {
  validFor: { startDateTime: string; endDateTime: string };
  category?: string | undefined;
  description?: string | undefined;
  externalId?: string | undefined;
  relatedEntity?:
    | {
        id: string;
        name?: string | undefined;
        role?: string | undefined;
        '@referredType'?: string | undefined;
      }[]
    | undefined;
  relatedPlace?:
    | {
        name: string;
        id?: string | undefined;
        role?: string | undefined;
        '@referredType'?: string | undefined;
      }
    | undefined;
  contactMedium?:
    | { mediumType: string; preferred?: boolean | undefined; characteristic: { phoneNumber: string } }[]
    | undefined;
  relatedParty?: { id?: string | undefined; name: string; role?: string | undefined }[] | undefined;
}

/**
 * What an intervention needs of an Appointment_Create (its ticket, kind, place and a phone), or
 * null when the appointment must wait « à compléter » for an agent. An unknown kind is the
 * caller's 400, not a reason to hold.
 */
export function appointmentPlan(b: AppointmentRequest): {
  ticketId: string;
  kind: InterventionKind;
  address: string;
  phones: string[];
  referent: string | undefined;
} | null {
  const ticket = b.relatedEntity?.[0];
  const kind = INTERVENTION_KINDS.find((k) => k === b.category);
  const phones = (b.contactMedium ?? []).map((m) => m.characteristic.phoneNumber);
  if (!ticket || !kind || !b.relatedPlace || phones.length === 0) return null;
  return {
    ticketId: ticket.id,
    kind,
    address: b.relatedPlace.name,
    phones,
    referent: b.relatedParty?.[0]?.name,
  };
}

const HELD_APPOINTMENT_STATUS = {
  held: 'initialized',
  rejected: 'cancelled',
  // Completed: the intervention planned under the same id answers for it.
  completed: 'confirmed',
} as const;

/**
 * TMF646 Appointment of an appointment received « à compléter »: what the client sent, with its
 * id and status (initialized while it waits, cancelled once rejected).
 */
export function toTmfHeldAppointment(row: {
  id: string;
  request: unknown;
  slot_start: Date;
  slot_end: Date;
  state: keyof typeof HELD_APPOINTMENT_STATUS;
  created_at: Date;
  updated_at: Date;
}): Record<string, unknown> {
  const req = row.request as AppointmentRequest;
  const phones = req.contactMedium ?? [];
  const preferred = phones.findIndex((m) => m.preferred === true);
  return {
    id: row.id,
    href: `${TMF646_BASE}/appointment/${row.id}`,
    ...(req.category !== undefined ? { category: req.category } : {}),
    status: HELD_APPOINTMENT_STATUS[row.state],
    creationDate: row.created_at.toISOString(),
    lastUpdate: row.updated_at.toISOString(),
    ...(req.externalId !== undefined ? { externalId: req.externalId } : {}),
    validFor: { startDateTime: row.slot_start.toISOString(), endDateTime: row.slot_end.toISOString() },
    ...(req.description !== undefined ? { description: req.description } : {}),
    contactMedium: phones.map((m, idx) => ({
      mediumType: m.mediumType,
      preferred: idx === Math.max(preferred, 0),
      characteristic: { phoneNumber: m.characteristic.phoneNumber },
    })),
    relatedEntity: (req.relatedEntity ?? []).map((e) => ({
      id: e.id,
      ...(e.name !== undefined ? { name: e.name } : {}),
      role: e.role ?? 'troubleTicket',
      '@referredType': e['@referredType'] ?? 'TroubleTicket',
    })),
    ...(req.relatedPlace
      ? {
          relatedPlace: {
            id: req.relatedPlace.id ?? row.id,
            name: req.relatedPlace.name,
            role: req.relatedPlace.role ?? 'interventionSite',
            '@referredType': req.relatedPlace['@referredType'] ?? 'GeographicAddress',
          },
        }
      : {}),
    '@type': 'Appointment',
  };
}
