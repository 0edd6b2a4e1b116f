import { Type, type TSchema } from '@sinclair/typebox';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { CHANNELS, CHECKS, PRIORITIES, SAV_PLUS_STEPS, SERVICES, SPEED_UNITS, STATES } from './rules.ts';

/**
 * Shapes of /api/incidents. The rules (SUP-01..SUP-09) are checked by rules.ts inside the
 * transaction; the schemas only fix types and lengths.
 */

const Enum = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description ? { description } : {},
  );
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number, min = 0) => Type.String({ maxLength: max, minLength: min });
const Instant = Type.String({ format: 'date-time' });
const MoneySchema = Type.Object({
  amount: Type.Integer({ description: 'Minor units (cents)' }),
  currency: Type.String(),
  vatIncluded: Type.Boolean({ description: 'false: € HT' }),
});

export const ServiceSchema = Enum(SERVICES);
export const ChannelSchema = Enum(CHANNELS, 'CS-01: where the contact came from');
export const PrioritySchema = Enum(PRIORITIES);
export const StateSchema = Enum(STATES);

const SlaTimer = Type.Object({
  state: Enum(['ok', 'at_risk', 'breached', 'met']),
  elapsedHours: Type.Number(),
  targetHours: Type.Number(),
});

const Information = Type.Object({
  siteContactName: Nullable(Type.String()),
  siteContactPhone: Nullable(Type.String()),
  siteOpeningHours: Nullable(Type.String()),
  modemMakeModel: Nullable(Type.String()),
  routerMakeModel: Nullable(Type.String()),
  modemLedStates: Nullable(Type.String()),
});

const incidentProps = {
  id: Type.String({ format: 'uuid' }),
  reference: Type.String(),
  // Null while the incident is « à rattacher » (a TMF621 ticket sent without a customer); service
  // null only then, when the ticket named none.
  accountId: Nullable(Type.String({ format: 'uuid' })),
  accountName: Nullable(Type.String()),
  accountReference: Nullable(Type.String()),
  service: Nullable(ServiceSchema),
  channel: ChannelSchema,
  priority: PrioritySchema,
  state: StateSchema,
  title: Type.String(),
  description: Type.String(),
  information: Information,
  openedAt: Instant,
  firstResponseAt: Nullable(Instant),
  escalatedAt: Nullable(Instant),
  resolvedAt: Nullable(Instant),
  closedAt: Nullable(Instant),
  sla: Type.Object({
    risk: Enum(['ok', 'at_risk', 'breached', 'met']),
    firstResponse: SlaTimer,
    resolution: SlaTimer,
  }),
  operatorCode: Nullable(Type.String()),
  operatorName: Nullable(Type.String()),
  overdue: Type.Boolean({ description: 'NET-05: an appointment is past its slot without an outcome' }),
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
};

export const IncidentSchema = Type.Object(incidentProps, { $id: 'Incident' });

const Written = {
  id: Type.String(),
  by: Type.String(),
  at: Instant,
  channel: ChannelSchema,
  text: Type.String(),
  recordedBy: Type.String(),
  recordedAt: Instant,
};

export const IncidentDetailSchema = Type.Object(
  {
    ...incidentProps,
    notice: Type.Object({ checks: Type.Array(Type.String()), minimum: Nullable(MoneySchema) }),
    missingChecks: Type.Array(Type.String()),
    missingInformation: Type.Array(Type.String()),
    checks: Type.Array(Type.Object({ ...Written, check: Type.String() })),
    consents: Type.Array(Type.Object(Written)),
    interventions: Type.Array(
      Type.Object({
        id: Type.String(),
        kind: Enum(['on_site', 'expertise', 'sav_plus']),
        slotStart: Instant,
        slotEnd: Instant,
        address: Type.String(),
        reachablePhones: Type.Array(Type.String()),
        technicianCallsFirst: Type.Boolean(),
        referent: Nullable(Type.String()),
        status: Enum(['planned', 'qualified', 'cancelled']),
        qualification: Nullable(Type.String()),
        qualificationLabel: Type.Optional(Nullable(Type.String())),
        overdue: Type.Boolean(),
        freeCancellationUntil: Type.Union([Instant, Type.Null()], {
          description:
            'SUP-09: a planned SAV+ appointment cancels free until then (48 business hours before)',
        }),
        plannedAt: Instant,
        qualifiedAt: Nullable(Instant),
        cancelledAt: Nullable(Instant),
        savPlusSteps: Type.Array(
          Type.Object({
            id: Type.String(),
            step: Enum(SAV_PLUS_STEPS),
            faultShown: Type.Boolean(),
            downKbps: Type.Integer({ description: 'kbit/s' }),
            upKbps: Type.Integer({ description: 'kbit/s' }),
            note: Type.String(),
            measuredAt: Instant,
            recordedBy: Type.String(),
            recordedAt: Instant,
          }),
        ),
        nextSavPlusStep: Nullable(Enum(SAV_PLUS_STEPS, 'SUP-08: the point expected next; null when over')),
      }),
    ),
    charges: Type.Array(
      Type.Object({
        id: Type.String(),
        interventionId: Nullable(Type.String()),
        code: Type.String(),
        label: Type.String(),
        amount: MoneySchema,
        status: Enum(['due', 'awaiting_acceptance', 'contested', 'waived']),
        notifiedAt: Instant,
        contestDeadline: Instant,
        contestable: Type.Boolean(),
        contestedAt: Nullable(Instant),
        contestText: Nullable(Type.String()),
        waivedAt: Nullable(Instant),
        waivedReason: Nullable(Type.String()),
      }),
    ),
    costs: Type.Object({ due: MoneySchema, waived: MoneySchema }),
    emails: Type.Array(
      Type.Object({
        id: Type.String(),
        to: Type.String(),
        subject: Type.String(),
        template: Type.String(),
        status: Type.String(),
        createdAt: Instant,
      }),
    ),
    actions: Type.Array(
      Type.Object({
        action: Type.String(),
        allowed: Type.Boolean(),
        code: Nullable(Type.String()),
        reason: Nullable(Type.String()),
      }),
    ),
    timeline: Type.Array(
      Type.Object({
        at: Instant,
        kind: Type.String(),
        title: Type.String(),
        detail: Type.String(),
        channel: Nullable(ChannelSchema),
        by: Nullable(Type.String()),
      }),
    ),
    customerServiceEmail: Type.String(),
  },
  { $id: 'IncidentDetail' },
);

export const IncidentList = pageOf(Type.Ref('Incident'));

export const IncidentListQuery = listQuery([], {
  state: Type.Optional(StateSchema),
  priority: Type.Optional(PrioritySchema),
  service: Type.Optional(ServiceSchema),
  accountId: Type.Optional(Type.String({ format: 'uuid' })),
  unattached: Type.Optional(Type.Boolean({ description: 'true: only the incidents « à rattacher »' })),
  slaRisk: Type.Optional(Enum(['at_risk', 'breached'])),
  open: Type.Optional(Type.Boolean()),
  operator: Type.Optional(Type.String({ maxLength: 40 })),
});

export const IncidentParams = Type.Object(
  { id: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);
export const InterventionParams = Type.Object(
  { id: Type.String({ maxLength: 64 }), interventionId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);
export const ChargeParams = Type.Object(
  { id: Type.String({ maxLength: 64 }), chargeId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);
export const ConsentParams = Type.Object(
  { id: Type.String({ maxLength: 64 }), consentId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const CreateIncidentBody = Type.Object(
  {
    accountId: Type.String({ format: 'uuid' }),
    service: ServiceSchema,
    channel: ChannelSchema,
    priority: PrioritySchema,
    title: Text(200, 1),
    description: Type.Optional(Text(4000)),
    operatorCode: Type.Optional(
      Type.String({ pattern: '^[a-z0-9_]{1,40}$', description: 'Default: the operator of the service' }),
    ),
  },
  { additionalProperties: false },
);

/** Issue 15: the customer an incident « à rattacher » goes to, and its service if it named none. */
export const AttachIncidentBody = Type.Object(
  {
    accountId: Type.String({ format: 'uuid' }),
    service: Type.Optional(ServiceSchema),
  },
  { additionalProperties: false },
);

export const UpdateIncidentBody = Type.Object(
  {
    siteContactName: Type.Optional(Nullable(Text(200))),
    siteContactPhone: Type.Optional(Nullable(Text(40))),
    siteOpeningHours: Type.Optional(Nullable(Text(200))),
    modemMakeModel: Type.Optional(Nullable(Text(200))),
    routerMakeModel: Type.Optional(Nullable(Text(200))),
    modemLedStates: Type.Optional(Nullable(Text(500))),
    priority: Type.Optional(PrioritySchema),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ContactBody = Type.Object(
  { channel: ChannelSchema, direction: Enum(['inbound', 'outbound']), summary: Text(2000, 1) },
  { additionalProperties: false },
);

const writtenBody = {
  by: Text(200, 1),
  at: Type.Optional(Instant),
  channel: ChannelSchema,
  text: Text(4000, 1),
};

export const CheckBody = Type.Object(
  { check: Enum(CHECKS, 'SUP-02 check'), ...writtenBody },
  { additionalProperties: false },
);
export const ConsentBody = Type.Object(writtenBody, { additionalProperties: false });
export const ConsentEditBody = Type.Object({}, { additionalProperties: true });

export const TransitionBody = Type.Object({ to: StateSchema }, { additionalProperties: false });

export const PlanBody = Type.Object(
  {
    kind: Enum(['on_site', 'expertise', 'sav_plus']),
    slotStart: Instant,
    slotEnd: Instant,
    address: Text(400, 1),
    reachablePhones: Type.Array(Text(30, 1), { minItems: 1, maxItems: 5 }),
    referent: Type.Optional(Text(200)),
  },
  { additionalProperties: false },
);

export const QualifyBody = Type.Object(
  {
    qualification: Text(60, 1),
    quoteAmountCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
  },
  { additionalProperties: false },
);

/** SUP-08: one point of the SAV+ follow-up with the speed measured there (kbit/s or Mb/s). */
export const SavPlusStepBody = Type.Object(
  {
    step: Enum(SAV_PLUS_STEPS, 'SUP-08 point of the line'),
    faultShown: Type.Boolean(),
    speed: Type.Object(
      {
        down: Type.Number({ minimum: 0, maximum: 10_000_000 }),
        up: Type.Number({ minimum: 0, maximum: 10_000_000 }),
        unit: Enum(SPEED_UNITS),
      },
      { additionalProperties: false },
    ),
    measuredAt: Type.Optional(Instant),
    note: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);

export const MoveBody = Type.Object(
  { slotStart: Instant, slotEnd: Instant },
  { additionalProperties: false },
);

export const ContestBody = Type.Object({ text: Text(4000, 1) }, { additionalProperties: false });

export const NoticeQuery = Type.Object({ service: ServiceSchema }, { additionalProperties: false });
export const NoticeSchema = Type.Object({
  checks: Type.Array(Type.String()),
  minimum: Nullable(MoneySchema),
});
export const TariffSchema = Type.Array(
  Type.Object({
    code: Type.String(),
    labelFr: Type.String(),
    labelEn: Type.String(),
    services: Type.Array(ServiceSchema),
    amount: Nullable(MoneySchema),
    onQuote: Type.Boolean(),
    kind: Enum(['qualification', 'fee']),
  }),
);

export const OperatorsSchema = Type.Array(
  Type.Object({
    code: Type.String(),
    name: Type.String(),
    email: Type.String(),
    services: Type.Array(ServiceSchema),
    template: Enum(['openip', 'generic']),
    requiredInfo: Type.Array(Type.String()),
  }),
);
