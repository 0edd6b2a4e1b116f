import { Type } from '@sinclair/typebox';

/** Shapes of the TMF621 TroubleTicket and TMF646 Appointment resources, as Relais serves and accepts them. */

const Str = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) => Type.Optional(t);
const Ref = Type.Object({ id: Str, name: Opt(Str), role: Opt(Str), '@referredType': Str });

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

const RelatedEntityIn = Type.Object({
  id: Type.String({ maxLength: 64 }),
  href: Opt(Type.String({ maxLength: 400 })),
  name: Opt(Type.String({ maxLength: 200 })),
  role: Opt(Type.String({ maxLength: 40 })),
  '@referredType': Opt(Type.String({ maxLength: 60 })),
});

/**
 * TroubleTicket_Create: description, severity and ticketType are the standard's mandatory
 * attributes, and enough: without a customer (relatedParty, role customer) the ticket waits « à
 * rattacher » in the desk's queue until an agent attaches it. The service is a relatedEntity of
 * role "service" (id adsl, sdsl, vga, fibre, cable or mobile), required with a customer, otherwise
 * chosen when attaching; a ticketType naming a service is still read as the service for clients
 * written before issue 15.
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

export const TmfAppointmentSchema = Type.Object(
  {
    id: Str,
    href: Str,
    // Absent while an appointment received with validFor alone waits « à compléter ».
    category: Opt(Str),
    status: Str,
    creationDate: Type.String({ format: 'date-time' }),
    lastUpdate: Opt(Type.String({ format: 'date-time' })),
    externalId: Opt(Str),
    validFor: Type.Object({
      startDateTime: Type.String({ format: 'date-time' }),
      endDateTime: Type.String({ format: 'date-time' }),
    }),
    description: Opt(Str),
    contactMedium: Type.Array(
      Type.Object({
        mediumType: Str,
        preferred: Type.Boolean(),
        characteristic: Type.Object({ phoneNumber: Str }),
      }),
    ),
    relatedEntity: Type.Array(Ref),
    relatedPlace: Opt(Type.Object({ id: Str, name: Str, role: Str, '@referredType': Str })),
    '@type': Str,
  },
  { $id: 'TmfAppointment' },
);

/**
 * Appointment_Create: validFor is the standard's only mandatory attribute, and enough. An
 * appointment that also names its trouble ticket (relatedEntity), its place (relatedPlace, the
 * address as name), the customer's phone (contactMedium) and its kind (category: on_site,
 * expertise or sav_plus) is planned at once as an intervention on that ticket; any other is kept
 * « à compléter » (status initialized) until an agent completes or rejects it.
 */
export const TmfAppointmentCreate = Type.Object(
  {
    validFor: Type.Object({
      startDateTime: Type.String({ format: 'date-time' }),
      endDateTime: Type.String({ format: 'date-time' }),
    }),
    category: Opt(Type.String({ maxLength: 40, description: 'on_site, expertise or sav_plus' })),
    description: Opt(Type.String({ maxLength: 2000 })),
    externalId: Opt(Type.String({ maxLength: 100 })),
    relatedEntity: Opt(
      Type.Array(
        Type.Object({
          id: Type.String({ maxLength: 64 }),
          name: Opt(Type.String({ maxLength: 200 })),
          role: Opt(Type.String({ maxLength: 40 })),
          '@referredType': Opt(Type.String({ maxLength: 40 })),
        }),
        { minItems: 1, maxItems: 3 },
      ),
    ),
    relatedPlace: Opt(
      Type.Object({
        name: Type.String({ minLength: 1, maxLength: 400 }),
        id: Opt(Type.String({ maxLength: 64 })),
        role: Opt(Type.String({ maxLength: 40 })),
        '@referredType': Opt(Type.String({ maxLength: 40 })),
      }),
    ),
    contactMedium: Opt(
      Type.Array(
        Type.Object({
          mediumType: Type.String({ maxLength: 20 }),
          preferred: Opt(Type.Boolean()),
          characteristic: Type.Object({ phoneNumber: Type.String({ minLength: 1, maxLength: 30 }) }),
        }),
        { minItems: 1, maxItems: 5 },
      ),
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
