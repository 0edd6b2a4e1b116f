import { Type, type TSchema } from '@sinclair/typebox';
import type { Ctx, Deps } from '../../platform/context.ts';
import type { App } from '../../platform/http/server.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { etagOf, versionTag } from '../../platform/http/etag.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import type { IncidentState } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import {
  AttachIncidentBody,
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
import { TmfAppointmentSchema, TmfTroubleTicketSchema } from './tmf-schemas.ts';
import { notice } from './get-declaration-notice.ts';
import { tariff } from './get-tariff.ts';
import { listOperators } from './list-operators.ts';
import { listIncidents } from './list-incidents.ts';
import { getIncident } from './get-incident.ts';
import { openIncident } from './open-incident.ts';
import { updateIncident } from './update-incident.ts';
import { addContact } from './add-contact.ts';
import { confirmCheck } from './confirm-check.ts';
import { transitionIncident } from './transition-incident.ts';
import { recordConsent } from './record-consent.ts';
import { editConsent } from './edit-consent.ts';
import { planIntervention } from './plan-intervention.ts';
import { qualifyIntervention } from './qualify-intervention.ts';
import { cancelIntervention } from './cancel-intervention.ts';
import { recordSavPlusStep } from './record-sav-plus-step.ts';
import { remindOperator } from './remind-operator.ts';
import { moveIntervention } from './move-intervention.ts';
import { contestCharge } from './contest-charge.ts';
import { acceptQuote } from './accept-quote.ts';
import { interventionCalendar } from './export-intervention-calendar.ts';
import { attachIncident } from './attach-incident.ts';

/** The desk's routes: schema, policy, one call into a use case (the TM Forum ones: tmf-routes.ts). */
export function supportRoutes(app: App, deps: Deps): void {
  app.addSchema(IncidentSchema);
  app.addSchema(IncidentDetailSchema);
  app.addSchema(TmfTroubleTicketSchema);
  app.addSchema(TmfAppointmentSchema);
  const tags = ['support'];
  const routes = moduleRoutes(app, deps, tags);
  const detail = { 200: Type.Ref('IncidentDetail') };
  const created = { 201: Type.Ref('IncidentDetail') };
  const read = { policy: 'support.read' } as const;
  const write = { policy: 'support.write' } as const;

  routes.get('/api/support/notice', {
    operationId: 'getSupportNotice',
    summary: 'SUP-01: the customer-side checks of a service and the minimum wrongful-intervention charge',
    querystring: NoticeQuery,
    response: { 200: NoticeSchema },
    ...read,
    read: (ctx, req) => notice(ctx, req.query.service),
  });

  routes.get('/api/support/tariff', {
    operationId: 'getSupportTariff',
    summary: "SUP-04: the tenant's wrongful-intervention tariff (€ HT), with the quote-based lines",
    response: { 200: TariffSchema },
    ...read,
    read: (ctx) => tariff(ctx),
  });

  routes.get('/api/support/operators', {
    operationId: 'listSupportOperators',
    summary: "The tenant's operators: address, services and the escalation template each receives",
    response: { 200: OperatorsSchema },
    ...read,
    read: (ctx) => listOperators(ctx),
  });

  routes.list('/api/incidents', {
    operationId: 'listIncidents',
    summary: 'List incidents (filters: state, priority, service, customer, SLA risk, operator)',
    querystring: IncidentListQuery,
    page: IncidentList,
    ...read,
    read: (ctx, req) => listIncidents(ctx, req.query),
  });

  routes.get('/api/incidents/:id', {
    operationId: 'getIncident',
    summary: 'An incident with its timeline, charges and the actions allowed now',
    params: IncidentParams,
    response: detail,
    ...read,
    read: (ctx, req) => getIncident(ctx, req.params.id),
    headers: versionTag,
  });

  routes.post('/api/incidents', {
    operationId: 'createIncident',
    summary: 'Declare an incident for a customer and a service (CS-01 channel)',
    body: CreateIncidentBody,
    response: created,
    ...write,
    run: (ctx, req) => openIncident(ctx, req.body, deps.actions),
    headers: (i) => ({ Location: `/api/incidents/${i.id}`, ETag: etagOf(i.version) }),
  });

  routes.patch('/api/incidents/:id', {
    operationId: 'updateIncident',
    summary: 'SUP-02 required information and priority (If-Match required)',
    params: IncidentParams,
    body: UpdateIncidentBody,
    response: detail,
    ...write,
    ifMatch: true,
    run: (ctx, req, version) => updateIncident(ctx, req.params.id, version, req.body),
    headers: versionTag,
  });

  routes.post('/api/incidents/:id/attach', {
    operationId: 'attachIncident',
    summary:
      'Attach an incident « à rattacher » (TM Forum ticket sent without a customer) to a customer, and its service if it had none; never changed after',
    params: IncidentParams,
    body: AttachIncidentBody,
    response: detail,
    ...write,
    run: (ctx, req) => attachIncident(ctx, req.params.id, req.body),
    headers: versionTag,
  });

  type Run = (ctx: Ctx, p: Record<string, string>, b: never) => Promise<IncidentDetail>;
  const post = (
    url: string,
    operationId: string,
    summary: string,
    params: TSchema,
    body: TSchema,
    run: Run,
  ) =>
    routes.post(url, {
      operationId,
      summary,
      params,
      body,
      response: created,
      ...write,
      run: (ctx, req) => run(ctx, req.params as Record<string, string>, req.body as never),
      headers: versionTag,
    });

  post(
    '/api/incidents/:id/contacts',
    'addIncidentContact',
    'CS-01: a contact on any channel',
    IncidentParams,
    ContactBody,
    (ctx, p, b) => addContact(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/checks',
    'recordIncidentCheck',
    "SUP-02: the customer's written confirmation of a check (who, when, channel, text)",
    IncidentParams,
    CheckBody,
    (ctx, p, b) => confirmCheck(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/transitions',
    'transitionIncident',
    'Move the incident (guarded: SUP-02 before the operator, consent before an intervention…)',
    IncidentParams,
    TransitionBody,
    (ctx, p, b: { to: IncidentState }) => transitionIncident(ctx, p.id ?? '', b.to),
  );
  post(
    '/api/incidents/:id/consents',
    'recordIncidentConsent',
    "SUP-03: the customer's written consent to an on-site intervention (immutable)",
    IncidentParams,
    ConsentBody,
    (ctx, p, b) => recordConsent(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions',
    'requestIncidentIntervention',
    'SUP-03, NET-05: plan an intervention as an appointment (consent required); SAV+ is charged 185 € HT',
    IncidentParams,
    PlanBody,
    (ctx, p, b) => planIntervention(ctx, p.id ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/qualification',
    'qualifyIncidentIntervention',
    "SUP-04..SUP-06: qualify an intervention's outcome against the tariff",
    InterventionParams,
    QualifyBody,
    (ctx, p, b) => qualifyIntervention(ctx, p.id ?? '', p.interventionId ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/cancellation',
    'cancelIncidentIntervention',
    'SUP-09: cancel an appointment (a SAV+ slot within 48 business hours costs 95 € HT)',
    InterventionParams,
    Type.Object({}, { additionalProperties: false }),
    (ctx, p) => cancelIntervention(ctx, p.id ?? '', p.interventionId ?? ''),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/sav-plus-steps',
    'recordSavPlusStep',
    'SUP-08: a SAV+ point (site tests, then main frame, sub-frame, concentration point, second visit) with its speed',
    InterventionParams,
    SavPlusStepBody,
    (ctx, p, b) => recordSavPlusStep(ctx, p.id ?? '', p.interventionId ?? '', b),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/operator-reminder',
    'remindOperatorOfIntervention',
    'NET-05: an appointment past its slot without outcome: e-mail the operator and inform the customer',
    InterventionParams,
    Type.Object({}, { additionalProperties: false }),
    (ctx, p) => remindOperator(ctx, p.id ?? '', p.interventionId ?? ''),
  );
  post(
    '/api/incidents/:id/charges/:chargeId/contest',
    'contestIncidentCharge',
    'SUP-07: contest a charge within 2 working days of its notification',
    ChargeParams,
    ContestBody,
    (ctx, p, b) => contestCharge(ctx, p.id ?? '', p.chargeId ?? '', b),
  );

  post(
    '/api/incidents/:id/charges/:chargeId/acceptance',
    'acceptIncidentCharge',
    'SUP-04: the customer accepted a quote-based charge: it becomes due and is e-mailed (SUP-05)',
    ChargeParams,
    Type.Object({}, { additionalProperties: false }),
    (ctx, p) => acceptQuote(ctx, p.id ?? '', p.chargeId ?? ''),
  );
  post(
    '/api/incidents/:id/interventions/:interventionId/reschedule',
    'rescheduleIncidentIntervention',
    'NET-05: move an appointment; a SAV+ one cannot be moved, only cancelled (SUP-09, 409)',
    InterventionParams,
    MoveBody,
    (ctx, p, b: { slotStart: string; slotEnd: string }) =>
      moveIntervention(ctx, p.id ?? '', p.interventionId ?? '', b),
  );

  app.patch(
    '/api/incidents/:id/consents/:consentId',
    {
      schema: {
        tags,
        operationId: 'updateIncidentConsent',
        summary: 'SUP-03: a consent is immutable; any change is refused (409 support.consent_immutable)',
        params: ConsentParams,
        body: ConsentEditBody,
        response: { ...detail, ...errorResponses },
      },
      config: write,
    },
    (req) => inTenant(deps, req, (ctx) => editConsent(ctx, req.params.id, req.params.consentId)),
  );

  app.get(
    '/api/incidents/:id/interventions/:interventionId/calendar.ics',
    {
      schema: {
        tags,
        operationId: 'getInterventionCalendar',
        summary: 'NET-05: the appointment as an iCalendar file (text/calendar)',
        params: InterventionParams,
        response: { 200: Type.String(), ...errorResponses },
      },
      config: read,
    },
    async (req, reply) => {
      const ics = await inTenant(deps, req, (ctx) =>
        interventionCalendar(ctx, req.params.id, req.params.interventionId),
      );
      reply.header(
        'Content-Disposition',
        `attachment; filename="intervention-${req.params.interventionId}.ics"`,
      );
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );
}
