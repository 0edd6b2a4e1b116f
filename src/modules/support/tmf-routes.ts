import { Type } from '@sinclair/typebox';
import type { Deps } from '../../platform/context.ts';
import type { App } from '../../platform/http/server.ts';
import { mutation } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { tmfResourceRoutes } from '../../platform/http/tmf-routes.ts';
import {
  TmfAppointmentCreate,
  TmfAppointmentSchema,
  TmfTicketCreate,
  TmfTicketPatch,
  TmfTroubleTicketSchema,
} from './tmf-schemas.ts';
import {
  TMF621_BASE,
  TMF621_FILTERS,
  TMF646_BASE,
  TMF646_FILTERS,
  bookAppointment,
  getTmfAppointment,
  getTroubleTicket,
  listTmfAppointments,
  listTroubleTickets,
  openTroubleTicket,
  patchTroubleTicket,
} from './tmf.ts';

/**
 * TMF621 Trouble Ticket v4 and TMF646 Appointment v4 routes: schema, policy, one call into the TMF
 * adapter (tmf.ts). Their schemas are added by the desk's routes (routes.ts), registered first.
 */
export function supportTmfRoutes(app: App, deps: Deps): void {
  const write = { policy: 'support.write' } as const;
  const tmfId = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

  // ── TMF621 Trouble Ticket v4 ──────────────────────────────────────────────────────────────
  const tmf621 = ['TMF621 trouble ticket'];
  tmfResourceRoutes(app, deps, {
    path: `${TMF621_BASE}/troubleTicket`,
    tags: tmf621,
    summaries: {
      list: 'TMF621 v4: list trouble tickets (TMF630 fields, offset/limit, attribute filters)',
      get: 'TMF621 v4: one trouble ticket',
    },
    schema: TmfTroubleTicketSchema,
    policy: 'support.read',
    filters: TMF621_FILTERS,
    idParams: tmfId,
    list: listTroubleTickets,
    get: getTroubleTicket,
  });
  app.post(
    `${TMF621_BASE}/troubleTicket`,
    {
      schema: {
        tags: tmf621,
        operationId: 'createTroubleTicket',
        summary:
          'TMF621 v4: create a trouble ticket; description, severity and ticketType suffice (without a customer in relatedParty it waits « à rattacher » for an agent); service as relatedEntity role "service"',
        body: TmfTicketCreate,
        response: { 201: Type.Ref('TmfTroubleTicket'), ...errorResponses },
      },
      config: write,
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => openTroubleTicket(ctx, req.body, deps.actions),
        headers: (t) => ({ Location: String(t.href) }),
      }),
  );
  app.patch(
    `${TMF621_BASE}/troubleTicket/:id`,
    {
      schema: {
        tags: tmf621,
        operationId: 'patchTroubleTicket',
        summary:
          'TMF621 v4: change status (guarded like the desk), priority or severity; JSON or application/merge-patch+json',
        params: tmfId,
        body: TmfTicketPatch,
        response: { 200: Type.Ref('TmfTroubleTicket'), ...errorResponses },
      },
      config: write,
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => patchTroubleTicket(ctx, req.params.id, req.body),
      }),
  );

  // ── TMF646 Appointment v4 ─────────────────────────────────────────────────────────────────
  const tmf646 = ['TMF646 appointment'];
  tmfResourceRoutes(app, deps, {
    path: `${TMF646_BASE}/appointment`,
    tags: tmf646,
    summaries: {
      list: 'TMF646 v4: list appointments (interventions; TMF630 fields, offset/limit, attribute filters)',
      get: 'TMF646 v4: one appointment',
    },
    schema: TmfAppointmentSchema,
    policy: 'support.read',
    filters: TMF646_FILTERS,
    idParams: tmfId,
    list: listTmfAppointments,
    get: getTmfAppointment,
  });
  app.post(
    `${TMF646_BASE}/appointment`,
    {
      schema: {
        tags: tmf646,
        operationId: 'createAppointment',
        summary:
          'TMF646 v4: create an appointment; validFor suffices (without its trouble ticket in relatedEntity, relatedPlace, contactMedium and category it waits « à compléter » for an agent); with them, an intervention on that ticket (SUP-03 consent required)',
        body: TmfAppointmentCreate,
        response: { 201: Type.Ref('TmfAppointment'), ...errorResponses },
      },
      config: write,
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => bookAppointment(ctx, req.body),
        headers: (a) => ({ Location: String(a.href) }),
      }),
  );
}
