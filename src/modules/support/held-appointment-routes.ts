import { Type, type TSchema } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { PlanBody } from './schemas.ts';
import { listHeldAppointments } from './list-held-appointments.ts';
import { completeHeldAppointment } from './complete-held-appointment.ts';
import { rejectHeldAppointment } from './reject-held-appointment.ts';

const HeldStateSchema = Type.Union([
  Type.Literal('held'),
  Type.Literal('completed'),
  Type.Literal('rejected'),
]);
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const HeldAppointmentSchema = Type.Object(
  {
    id: Type.String(),
    state: HeldStateSchema,
    receivedAt: Type.String({ format: 'date-time' }),
    receivedBy: Type.String(),
    slotStart: Type.String({ format: 'date-time' }),
    slotEnd: Type.String({ format: 'date-time' }),
    kind: Nullable(
      Type.Union([Type.Literal('on_site'), Type.Literal('expertise'), Type.Literal('sav_plus')]),
    ),
    address: Nullable(Type.String()),
    phones: Type.Array(Type.String()),
    description: Nullable(Type.String()),
    externalId: Nullable(Type.String()),
    ticket: Nullable(Type.Object({ id: Type.String(), reference: Type.String() })),
    incidentId: Nullable(Type.String()),
  },
  { $id: 'HeldAppointment' },
);

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** The intervention's details (as on the incident page) and the incident it is planned on. */
const CompleteBody = Type.Object(
  { incidentId: Type.String({ format: 'uuid' }), ...PlanBody.properties },
  { additionalProperties: false },
);

/** Issue 15: the TMF646 appointments received « à compléter » (held-appointments.ts), for the agents. */
export function heldAppointmentRoutes(app: App, deps: Deps): void {
  app.addSchema(HeldAppointmentSchema);
  const tags = ['support'];
  const answer = { 200: Type.Ref('HeldAppointment'), ...errorResponses };
  listRoute(
    app,
    '/api/appointments/held',
    {
      tags,
      operationId: 'listHeldAppointments',
      summary:
        'TMF646 appointments received without their ticket, place, phone or kind, to complete (newest first)',
      querystring: listQuery([], { state: Type.Optional(HeldStateSchema) }),
      page: pageOf(Type.Ref('HeldAppointment')),
      policy: 'support.read',
    },
    (req) => inTenant(deps, req, (ctx) => listHeldAppointments(ctx, req.query)),
  );
  app.post(
    '/api/appointments/held/:id/reject',
    {
      schema: {
        tags,
        operationId: 'rejectHeldAppointment',
        summary: 'Reject a received appointment to complete (TMF646 status cancelled)',
        params: IdParams,
        response: answer,
      },
      config: { policy: 'support.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => rejectHeldAppointment(ctx, req.params.id) }),
  );
  app.post(
    '/api/appointments/held/:id/complete',
    {
      schema: {
        tags,
        operationId: 'completeHeldAppointment',
        summary:
          'Plan a received appointment on an incident (SUP-03 consent required), under its own id (TMF646 status confirmed)',
        params: IdParams,
        body: CompleteBody,
        response: answer,
      },
      config: { policy: 'support.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => completeHeldAppointment(ctx, req.params.id, req.body),
      }),
  );
}
