import { Type, type TSchema } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  TmfGetQuery,
  TmfListQuery,
  inMemorySource,
  parseFields,
  parseTmfQuery,
  selectTmfFields,
  sendTmfList,
  tmfGetResponses,
  tmfListResponses,
  tmfPage,
} from '../../platform/http/tmf-query.ts';
import type { InterventionKind } from './rules.ts';
import {
  ChargeParams,
  CheckBody,
  ConsentBody,
  ConsentEditBody,
  ConsentParams,
  ContactBody,
  ContestBody,
  CreateIncidentBody,
  IncidentDetailSchema,
  IncidentList,
  IncidentListQuery,
  IncidentParams,
  IncidentSchema,
  InterventionParams,
  MoveBody,
  NoticeQuery,
  NoticeSchema,
  OperatorsSchema,
  PlanBody,
  QualifyBody,
  SavPlusStepBody,
  TariffSchema,
  TransitionBody,
  UpdateIncidentBody,
} from './schemas.ts';
import {
  STATE_OF_TMF_STATUS,
  TMF621_BASE,
  TMF621_FILTERS,
  TMF646_BASE,
  TMF646_FILTERS,
  TmfAppointmentCreate,
  TmfAppointmentSchema,
  TmfTicketCreate,
  TmfTicketPatch,
  TmfTroubleTicketSchema,
  priorityOf,
  serviceOf,
  serviceOfTicket,
  toTmfAppointment,
  toTmfTicket,
} from './tmf.ts';
import * as service from './service.ts';

export function supportRoutes(app: App, deps: Deps): void {
  app.addSchema(IncidentSchema);
  app.addSchema(IncidentDetailSchema);
  app.addSchema(TmfTroubleTicketSchema);
  app.addSchema(TmfAppointmentSchema);
  const tags = ['support'];
  const detail = { 200: Type.Ref('IncidentDetail'), ...errorResponses };
  const created = { 201: Type.Ref('IncidentDetail'), ...errorResponses };
  const read = { policy: 'support.read' } as const;
  const write = { policy: 'support.write' } as const;

  app.get(
    '/api/support/notice',
    {
      schema: {
        tags,
        summary: 'SUP-01: the customer-side checks of a service and the minimum wrongful-intervention charge',
        querystring: NoticeQuery,
        response: { 200: NoticeSchema, ...errorResponses },
      },
      config: read,
    },
    (req) => inTenant(deps, req, (ctx) => service.notice(ctx, req.query.service)),
  );

  app.get(
    '/api/support/tariff',
    {
      schema: {
        tags,
        summary: "SUP-04: the tenant's wrongful-intervention tariff (€ HT), with the quote-based lines",
        response: { 200: TariffSchema, ...errorResponses },
      },
      config: read,
    },
    (req) => inTenant(deps, req, (ctx) => service.tariff(ctx)),
  );

  app.get(
    '/api/support/operators',
    {
      schema: {
        tags,
        summary: "The tenant's operators: address, services and the escalation template each receives",
        response: { 200: OperatorsSchema, ...errorResponses },
      },
      config: read,
    },
    (req) => inTenant(deps, req, (ctx) => service.listOperators(ctx)),
  );

  app.get(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'List incidents (filters: state, priority, service, customer, SLA risk, operator)',
        querystring: IncidentListQuery,
        response: { 200: IncidentList, ...errorResponses },
      },
      config: read,
    },
    async (req, reply) => {
      const page = await inTenant(deps, req, (ctx) => service.listIncidents(ctx, req.query));
      reply.header('X-Total-Count', String(page.total));
      return page;
    },
  );

  app.get(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'An incident with its timeline, charges and the actions allowed now',
        params: IncidentParams,
        response: detail,
      },
      config: read,
    },
    async (req, reply) => {
      const i = await inTenant(deps, req, (ctx) => service.getIncident(ctx, req.params.id));
      reply.header('ETag', etagOf(i.version));
      return i;
    },
  );

  app.post(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Declare an incident for a customer and a service (CS-01 channel)',
        body: CreateIncidentBody,
        response: created,
      },
      config: write,
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => service.createIncident(ctx, req.body, deps.actions),
        headers: (i) => ({ Location: `/api/incidents/${i.id}`, ETag: etagOf(i.version) }),
      }),
  );

  app.patch(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'SUP-02 required information and priority (If-Match required)',
        params: IncidentParams,
        body: UpdateIncidentBody,
        response: detail,
      },
      config: write,
    },
    (req, reply) => {
      const version = expectedVersion(req);
      return mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => service.updateIncident(ctx, req.params.id, version, req.body),
        headers: (i) => ({ ETag: etagOf(i.version) }),
      });
    },
  );

  type Run = (ctx: Ctx, p: Record<string, string>, b: never) => Promise<service.IncidentDetail>;
  const post = (url: string, summary: string, params: TSchema, body: TSchema, run: Run) =>
    app.post(
      url,
      { schema: { tags, summary, params, body, response: created }, config: write },
      (req, reply) =>
        mutation(deps, req, reply, {
          status: 201,
          run: (ctx) => run(ctx, req.params as Record<string, string>, req.body as never),
          headers: (i) => ({ ETag: etagOf(i.version) }),
        }),
    );

  post(
    '/api/incidents/:id/contacts',
    'CS-01: a contact on any channel',
    IncidentParams,
    ContactBody,
    (ctx, p, b) => service.addContact(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/checks',
    "SUP-02: the customer's written confirmation of a check (who, when, channel, text)",
    IncidentParams,
    CheckBody,
    (ctx, p, b) => service.confirmCheck(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/transitions',
    'Move the incident (guarded: SUP-02 before the operator, consent before an intervention…)',
    IncidentParams,
    TransitionBody,
    (ctx, p, b: { to: Parameters<typeof service.transition>[2] }) =>
      service.transition(ctx, p.id ?? '', b.to),
  );
  post(
    '/api/incidents/:id/consents',
    "SUP-03: the customer's written consent to an on-site intervention (immutable)",
    IncidentParams,
    ConsentBody,
    (ctx, p, b) => service.recordConsent(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions',
    'SUP-03, NET-05: plan an intervention as an appointment (consent required); SAV+ is charged 185 € HT',
    IncidentParams,
    PlanBody,
    (ctx, p, b) => service.planIntervention(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/qualification',
    "SUP-04..SUP-06: qualify an intervention's outcome against the tariff",
    InterventionParams,
    QualifyBody,
    (ctx, p, b) => service.qualifyIntervention(ctx, p.id ?? '', p.interventionId ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/cancellation',
    'SUP-09: cancel an appointment (a SAV+ slot within 48 business hours costs 95 € HT)',
    InterventionParams,
    Type.Object({}, { additionalProperties: false }),
    (ctx, p) => service.cancelIntervention(ctx, p.id ?? '', p.interventionId ?? ''),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/sav-plus-steps',
    'SUP-08: a SAV+ point (site tests, then main frame, sub-frame, concentration point, second visit) with its speed',
    InterventionParams,
    SavPlusStepBody,
    (ctx, p, b) => service.recordSavPlusStep(ctx, p.id ?? '', p.interventionId ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/operator-reminder',
    'NET-05: an appointment past its slot without outcome: e-mail the operator and inform the customer',
    InterventionParams,
    Type.Object({}, { additionalProperties: false }),
    (ctx, p) => service.remindOperator(ctx, p.id ?? '', p.interventionId ?? ''),
  );
  post(
    '/api/incidents/:id/charges/:chargeId/contest',
    'SUP-07: contest a charge within 2 working days of its notification',
    ChargeParams,
    ContestBody,
    (ctx, p, b) => service.contestCharge(ctx, p.id ?? '', p.chargeId ?? '', b),
  );

  post(
    '/api/incidents/:id/charges/:chargeId/acceptance',
    'SUP-04: the customer accepted a quote-based charge: it becomes due and is e-mailed (SUP-05)',
    ChargeParams,
    Type.Object({}, { additionalProperties: false }),
    (ctx, p) => service.acceptQuote(ctx, p.id ?? '', p.chargeId ?? ''),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/reschedule',
    'NET-05: move an appointment; a SAV+ one cannot be moved, only cancelled (SUP-09, 409)',
    InterventionParams,
    MoveBody,
    (ctx, p, b: { slotStart: string; slotEnd: string }) =>
      service.moveIntervention(ctx, p.id ?? '', p.interventionId ?? '', b),
  );

  app.patch(
    '/api/incidents/:id/consents/:consentId',
    {
      schema: {
        tags,
        summary: 'SUP-03: a consent is immutable; any change is refused (409 support.consent_immutable)',
        params: ConsentParams,
        body: ConsentEditBody,
        response: detail,
      },
      config: write,
    },
    (req) => inTenant(deps, req, (ctx) => service.editConsent(ctx, req.params.id, req.params.consentId)),
  );

  app.get(
    '/api/incidents/:id/interventions/:interventionId/calendar.ics',
    {
      schema: {
        tags,
        summary: 'NET-05: the appointment as an iCalendar file (text/calendar)',
        params: InterventionParams,
        response: { 200: Type.String(), ...errorResponses },
      },
      config: read,
    },
    async (req, reply) => {
      const ics = await inTenant(deps, req, (ctx) =>
        service.interventionCalendar(ctx, req.params.id, req.params.interventionId),
      );
      reply.header(
        'Content-Disposition',
        `attachment; filename="intervention-${req.params.interventionId}.ics"`,
      );
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );

  // ── TMF621 Trouble Ticket v4 ──────────────────────────────────────────────────────────────
  const tmf621 = ['TMF621 trouble ticket'];
  const tmfId = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

  app.get(
    `${TMF621_BASE}/troubleTicket`,
    {
      schema: {
        tags: tmf621,
        summary: 'TMF621 v4: list trouble tickets (TMF630 fields, offset/limit, attribute filters)',
        querystring: TmfListQuery,
        response: tmfListResponses(TmfTroubleTicketSchema),
      },
      config: read,
    },
    async (req, reply) => {
      const q = parseTmfQuery(req.query, TMF621_FILTERS);
      const page = await inTenant(deps, req, (ctx) =>
        tmfPage(q, async (offset, limit) => {
          const p = await service.listIncidents(ctx, { offset, limit });
          return { items: p.items.map(toTmfTicket), total: p.total };
        }),
      );
      return sendTmfList(reply, q, page);
    },
  );
  app.get(
    `${TMF621_BASE}/troubleTicket/:id`,
    {
      schema: {
        tags: tmf621,
        summary: 'TMF621 v4: one trouble ticket',
        params: tmfId,
        querystring: TmfGetQuery,
        response: tmfGetResponses(TmfTroubleTicketSchema),
      },
      config: read,
    },
    async (req) => {
      const i = await inTenant(deps, req, (ctx) => service.getIncident(ctx, req.params.id));
      return selectTmfFields(toTmfTicket(i), parseFields(req.query.fields));
    },
  );
  app.post(
    `${TMF621_BASE}/troubleTicket`,
    {
      schema: {
        tags: tmf621,
        summary:
          'TMF621 v4: create a trouble ticket (customer in relatedParty, service as relatedEntity role "service")',
        body: TmfTicketCreate,
        response: { 201: Type.Ref('TmfTroubleTicket'), ...errorResponses },
      },
      config: write,
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: async (ctx) => {
          const b = req.body;
          const parties = b.relatedParty ?? [];
          const customer =
            parties.find((p) => (p.role ?? 'customer').toLowerCase() === 'customer') ?? parties[0];
          if (!customer)
            throw new AppError('tmf.related_party_required', {}, [
              { pointer: '/body/relatedParty', code: 'required', detail: 'relatedParty (role customer)' },
            ]);
          const svc = serviceOfTicket(b);
          if (!svc)
            throw new AppError('validation.failed', {}, [
              {
                pointer: '/body/relatedEntity',
                code: 'enum',
                detail: 'relatedEntity role "service": adsl, sdsl, vga, fibre, cable, mobile',
              },
            ]);
          const channel = b.channel?.name ?? b.channel?.id ?? 'web_form';
          const i = await service.createIncident(
            ctx,
            {
              accountId: customer.id,
              service: svc,
              // A legacy client's ticketType named the service; the standard's default kind then.
              ticketType: serviceOf(b.ticketType) ? 'incident' : b.ticketType,
              channel: (['phone', 'email', 'chat', 'web_form', 'social', 'post', 'shop'].includes(channel)
                ? channel
                : 'web_form') as service.Incident['channel'],
              priority: priorityOf(b.priority, b.severity),
              title: b.name?.trim() || b.description.slice(0, 200),
              description: b.description,
            },
            deps.actions,
          );
          return toTmfTicket(i);
        },
        headers: (t) => ({ Location: String(t.href) }),
      }),
  );
  app.patch(
    `${TMF621_BASE}/troubleTicket/:id`,
    {
      schema: {
        tags: tmf621,
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
        run: async (ctx) => {
          const b = req.body;
          let current = await service.getIncident(ctx, req.params.id);
          if (b.priority || b.severity) {
            current = await service.updateIncident(ctx, current.id, current.version, {
              priority: priorityOf(b.priority, b.severity ?? 'minor'),
            });
          }
          if (b.status) {
            const to = STATE_OF_TMF_STATUS[b.status];
            if (!to)
              throw new AppError('support.transition_not_allowed', { from: current.state, to: b.status });
            current = await service.transition(ctx, current.id, to);
          }
          return toTmfTicket(current);
        },
      }),
  );

  // ── TMF646 Appointment v4 ─────────────────────────────────────────────────────────────────
  const tmf646 = ['TMF646 appointment'];
  const appointments = (ctx: Ctx) =>
    inMemorySource(async () =>
      (await service.listAppointments(ctx)).map((a) => toTmfAppointment(a.incidentId, a)),
    );
  app.get(
    `${TMF646_BASE}/appointment`,
    {
      schema: {
        tags: tmf646,
        summary:
          'TMF646 v4: list appointments (interventions; TMF630 fields, offset/limit, attribute filters)',
        querystring: TmfListQuery,
        response: tmfListResponses(TmfAppointmentSchema),
      },
      config: read,
    },
    async (req, reply) => {
      const q = parseTmfQuery(req.query, TMF646_FILTERS);
      const page = await inTenant(deps, req, (ctx) => tmfPage(q, appointments(ctx)));
      return sendTmfList(reply, q, page);
    },
  );
  app.get(
    `${TMF646_BASE}/appointment/:id`,
    {
      schema: {
        tags: tmf646,
        summary: 'TMF646 v4: one appointment',
        params: tmfId,
        querystring: TmfGetQuery,
        response: tmfGetResponses(TmfAppointmentSchema),
      },
      config: read,
    },
    async (req) => {
      const all = await inTenant(deps, req, (ctx) => service.listAppointments(ctx));
      const a = all.find((x) => x.id === req.params.id);
      if (!a) throw new AppError('resource.not_found');
      return selectTmfFields(toTmfAppointment(a.incidentId, a), parseFields(req.query.fields));
    },
  );
  app.post(
    `${TMF646_BASE}/appointment`,
    {
      schema: {
        tags: tmf646,
        summary:
          'TMF646 v4: book an intervention on a trouble ticket (relatedEntity); consent required (SUP-03)',
        body: TmfAppointmentCreate,
        response: { 201: Type.Ref('TmfAppointment'), ...errorResponses },
      },
      config: write,
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: async (ctx) => {
          const b = req.body;
          const ticket = b.relatedEntity[0]?.id ?? '';
          const kind = b.category as InterventionKind;
          if (!['on_site', 'expertise', 'sav_plus'].includes(kind))
            throw new AppError('validation.failed', {}, [
              { pointer: '/body/category', code: 'enum', detail: 'on_site, expertise, sav_plus' },
            ]);
          const before = await service.getIncident(ctx, ticket);
          const after = await service.planIntervention(ctx, before.id, {
            kind,
            slotStart: b.validFor.startDateTime,
            slotEnd: b.validFor.endDateTime,
            address: b.relatedPlace.name,
            reachablePhones: b.contactMedium.map((m) => m.characteristic.phoneNumber),
            referent: b.relatedParty?.[0]?.name,
          });
          const known = new Set(before.interventions.map((v) => v.id));
          const fresh = after.interventions.find((v) => !known.has(v.id));
          if (!fresh) throw new Error('planned intervention not found');
          return toTmfAppointment(after.id, fresh);
        },
        headers: (a) => ({ Location: String(a.href) }),
      }),
  );
}
