import { Type } from '@sinclair/typebox';
import type { Incident, InterventionView } from './service.ts';
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

const Str = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) => Type.Optional(t);
const Ref = Type.Object({ id: Str, name: Opt(Str), role: Opt(Str), '@referredType': Str });

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

export const TmfTroubleTicketSchema = Type.Object(
  {
    id: Str,
    href: Str,
    name: Str,
    description: Str,
    severity: Str,
    priority: Str,
    ticketType: Str,
    status: Str,
    creationDate: Type.String({ format: 'date-time' }),
    lastUpdate: Type.String({ format: 'date-time' }),
    resolutionDate: Opt(Type.String({ format: 'date-time' })),
    channel: Type.Object({ id: Str, name: Str }),
    relatedParty: Type.Array(Ref),
    relatedEntity: Type.Array(Type.Object({ id: Str, name: Str, role: Str, '@referredType': Str })),
    '@type': Str,
  },
  { $id: 'TmfTroubleTicket' },
);

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
    relatedParty: [{ id: i.accountId, name: i.accountName, role: 'customer', '@referredType': 'Customer' }],
    relatedEntity: [
      { id: i.service, name: i.service, role: SERVICE_ROLE, '@referredType': 'ServiceSpecification' },
    ],
    '@type': 'TroubleTicket',
  };
}

const RelatedEntityIn = Type.Object({
  id: Type.String({ maxLength: 64 }),
  href: Opt(Type.String({ maxLength: 400 })),
  name: Opt(Type.String({ maxLength: 200 })),
  role: Opt(Type.String({ maxLength: 40 })),
  '@referredType': Opt(Type.String({ maxLength: 60 })),
});

/**
 * TroubleTicket_Create: description, severity and ticketType are the standard's mandatory
 * attributes. Relais also needs the customer (relatedParty, role customer: 422
 * tmf.related_party_required without it) and the service (relatedEntity of role "service", id
 * adsl, sdsl, vga, fibre, cable or mobile; a ticketType naming a service is still read as the
 * service for clients written before issue 15).
 */
export const TmfTicketCreate = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 4000 }),
    severity: Type.String({ maxLength: 40 }),
    ticketType: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'The kind of ticket: incident, request, complaint… (TMF621)',
    }),
    name: Opt(Type.String({ maxLength: 200 })),
    priority: Opt(Type.String({ maxLength: 40 })),
    externalId: Opt(Type.String({ maxLength: 100 })),
    channel: Opt(
      Type.Object({ id: Opt(Type.String({ maxLength: 40 })), name: Opt(Type.String({ maxLength: 40 })) }),
    ),
    relatedParty: Opt(
      Type.Array(
        Type.Object({
          id: Type.String({ maxLength: 64 }),
          href: Opt(Type.String({ maxLength: 400 })),
          role: Opt(Type.String({ maxLength: 40 })),
          name: Opt(Type.String({ maxLength: 200 })),
          '@referredType': Opt(Type.String({ maxLength: 40 })),
        }),
        { maxItems: 5 },
      ),
    ),
    relatedEntity: Opt(Type.Array(RelatedEntityIn, { maxItems: 5 })),
    '@type': Opt(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);

/** The service a created ticket is about: its "service" related entity, else a legacy ticketType. */
export function serviceOfTicket(b: {
  ticketType: string;
  relatedEntity?: { id: string; name?: string | undefined; role?: string | undefined }[] | undefined;
}): Service | null {
  const entity = b.relatedEntity?.find((e) => (e.role ?? '').toLowerCase() === SERVICE_ROLE);
  if (entity) return serviceOf(entity.id) ?? serviceOf(entity.name ?? '');
  return serviceOf(b.ticketType);
}

/** TroubleTicket_Update as Relais applies it, sent as JSON or JSON Merge Patch. */
export const TmfTicketPatch = Type.Object(
  {
    status: Opt(Type.String({ maxLength: 40 })),
    priority: Opt(Type.String({ maxLength: 40 })),
    severity: Opt(Type.String({ maxLength: 40 })),
    statusChangeReason: Opt(Type.String({ maxLength: 400 })),
    '@type': Opt(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

const APPOINTMENT_STATUS: Record<InterventionView['status'], string> = {
  planned: 'confirmed',
  qualified: 'completed',
  cancelled: 'cancelled',
};

export const TmfAppointmentSchema = Type.Object(
  {
    id: Str,
    href: Str,
    category: Str,
    status: Str,
    creationDate: Type.String({ format: 'date-time' }),
    validFor: Type.Object({
      startDateTime: Type.String({ format: 'date-time' }),
      endDateTime: Type.String({ format: 'date-time' }),
    }),
    description: Str,
    contactMedium: Type.Array(
      Type.Object({
        mediumType: Str,
        preferred: Type.Boolean(),
        characteristic: Type.Object({ phoneNumber: Str }),
      }),
    ),
    relatedEntity: Type.Array(Ref),
    relatedPlace: Type.Object({ id: Str, name: Str, role: Str, '@referredType': Str }),
    '@type': Str,
  },
  { $id: 'TmfAppointment' },
);

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

export const TmfAppointmentCreate = Type.Object(
  {
    category: Type.String({ maxLength: 40, description: 'on_site, expertise or sav_plus' }),
    validFor: Type.Object({
      startDateTime: Type.String({ format: 'date-time' }),
      endDateTime: Type.String({ format: 'date-time' }),
    }),
    relatedEntity: Type.Array(
      Type.Object({
        id: Type.String({ maxLength: 64 }),
        role: Opt(Type.String({ maxLength: 40 })),
        '@referredType': Opt(Type.String({ maxLength: 40 })),
      }),
      { minItems: 1, maxItems: 3 },
    ),
    relatedPlace: Type.Object({
      name: Type.String({ minLength: 1, maxLength: 400 }),
      id: Opt(Type.String({ maxLength: 64 })),
      role: Opt(Type.String({ maxLength: 40 })),
      '@referredType': Opt(Type.String({ maxLength: 40 })),
    }),
    contactMedium: Type.Array(
      Type.Object({
        mediumType: Type.String({ maxLength: 20 }),
        preferred: Opt(Type.Boolean()),
        characteristic: Type.Object({ phoneNumber: Type.String({ minLength: 1, maxLength: 30 }) }),
      }),
      { minItems: 1, maxItems: 5 },
    ),
    relatedParty: Opt(
      Type.Array(
        Type.Object({
          id: Opt(Type.String({ maxLength: 64 })),
          name: Type.String({ maxLength: 200 }),
          role: Opt(Type.String({ maxLength: 40 })),
          '@referredType': Opt(Type.String({ maxLength: 40 })),
        }),
        { maxItems: 3 },
      ),
    ),
    '@type': Opt(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
