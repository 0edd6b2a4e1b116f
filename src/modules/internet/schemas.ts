import { Type } from '@sinclair/typebox';
import { ACTION_TYPES, SUBSCRIPTION_STATES } from './rules.ts';
import { TERMINATION_REASONS } from './request-termination.ts';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const OperatorSchema = lit(['hot', 'partner'] as const);
const Decimal = Type.String({ pattern: '^\\d+\\.\\d{2}$' });

export const Eligibility = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    accountId: Type.String({ format: 'uuid' }),
    operator: OperatorSchema,
    address: Type.String(),
    fibreEligible: Type.Boolean(),
    method: lit(['operator', 'manual'] as const),
    checkedAt: Type.String({ format: 'date-time' }),
    checkedBy: Type.String(),
    reference: Nullable(Type.String()),
  },
  { $id: 'InternetEligibilityCheck' },
);

export const Subscription = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    reference: Type.String(),
    accountId: Type.String({ format: 'uuid' }),
    operator: OperatorSchema,
    operatorName: Type.String(),
    masap: Type.String({ description: 'ACC-03: the operator’s customer number' }),
    address: Type.String(),
    buildingFlats: Type.Union([Type.Integer(), Type.Null()]),
    plan: Type.Object({
      code: Type.String(),
      name: Type.String(),
      speedMb: Type.Integer(),
      fibre: Type.Boolean(),
      monthly: Nullable(Decimal),
      priceNote: Nullable(Type.String()),
    }),
    box: Type.Union([
      Type.Object({
        code: Type.String(),
        name: Type.String(),
        serial: Nullable(Type.String()),
        note: Nullable(Type.String()),
        leds: Type.Array(
          Type.Object({ function: Type.String(), mark: Type.String(), meaning: Type.String() }),
        ),
      }),
      Type.Null(),
    ]),
    extenders: Type.Integer(),
    services: Type.Array(
      Type.Object({ code: Type.String(), name: Type.String(), monthly: Nullable(Decimal) }),
    ),
    billingDay: Type.Integer(),
    state: lit(SUBSCRIPTION_STATES),
    currency: Type.Literal('ILS'),
    installationFee: Decimal,
    installationAt: Nullable(Type.String({ format: 'date-time' })),
    installationNoDueDate: Type.Boolean(),
    installationUntil: Nullable(
      Type.String({ format: 'date-time', description: 'NET-15: the end of the 30–45 minute visit' }),
    ),
    bezeq: Type.Union([
      Type.Object(
        {
          reportedAt: Type.String({ format: 'date-time' }),
          channel: lit(['email', 'manual'] as const),
          estimateFrom: Type.String({ format: 'date' }),
          estimateTo: Type.String({ format: 'date' }),
        },
        { description: 'NET-09: waiting for Bezeq; the dates are an estimate, not a deadline' },
      ),
      Type.Null(),
    ]),
    wifiChange: Type.Union([
      Type.Object(
        {
          requestedAt: Type.String({ format: 'date-time' }),
          contactName: Type.String(),
          contactPhone: Nullable(Type.String()),
        },
        { description: 'NET-12: a Wi-Fi change handed to HOT, awaiting the agent’s confirmation' },
      ),
      Type.Null(),
    ]),
    technicianChase: Type.Union([
      Type.Object(
        { chasedAt: Type.String({ format: 'date-time' }), to: Type.String() },
        { description: 'NET-20: the overdue technician was chased with this operator contact' },
      ),
      Type.Null(),
    ]),
    installedAt: Nullable(Type.String({ format: 'date-time' })),
    termination: Type.Union([
      Type.Object({
        requestedAt: Type.String({ format: 'date-time' }),
        reason: Nullable(Type.String()),
        effectiveAt: Type.String({ format: 'date-time' }),
        effectiveDate: Type.String({ format: 'date' }),
        boxReturnDeadline: Type.String({ format: 'date-time' }),
        boxReturnDeadlineDate: Type.String({ format: 'date' }),
        boxReturnedAt: Nullable(Type.String({ format: 'date-time' })),
      }),
      Type.Null(),
    ]),
    extenderDeliveries: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        phone: Type.String({ description: 'The phone the courier calls (E.164)' }),
        orderedAt: Type.String({ format: 'date-time' }),
        deliveryFrom: Type.String({ format: 'date' }),
        deliveryTo: Type.String({ format: 'date' }),
        trackingNumber: Nullable(Type.String()),
        trackingRecordedAt: Nullable(Type.String({ format: 'date-time' })),
      }),
      { description: 'NET-04: each extender’s courier delivery (2–3 Israeli business days), newest first' },
    ),
    oldBoxes: Type.Array(
      Type.Object({
        swapId: Type.String({ format: 'uuid' }),
        name: Type.String(),
        serial: Nullable(Type.String()),
        replacedBy: Type.String(),
        swappedAt: Type.String({ format: 'date-time' }),
        returnDeadline: Type.String({ format: 'date-time' }),
        returnDeadlineDate: Type.String({ format: 'date' }),
        returnedAt: Nullable(Type.String({ format: 'date-time' })),
        feeChargedAt: Nullable(Type.String({ format: 'date-time' })),
        fee: Decimal,
        returnRefusal: Type.Union([Type.Object({ code: Type.String(), title: Type.String() }), Type.Null()]),
      }),
      { description: 'NET-10: the boxes a replacement took out, each due back within 30 days or 250 ₪' },
    ),
    returnPlaces: Type.Array(
      Type.Object({ name: Type.String(), url: Type.String(), note: Nullable(Type.String()) }),
      { description: 'Where a box goes back (seed 000: the operators’ own lists), while one is due' },
    ),
    wifiSet: Type.Boolean(),
    eligibility: Type.Union([Type.Omit(Eligibility, ['accountId', 'operator']), Type.Null()]),
    actions: Type.Array(
      Type.Object({
        type: lit(ACTION_TYPES),
        allowed: Type.Boolean(),
        reason: Type.Union([
          Type.Object({ code: Type.String(), title: Type.String(), detail: Type.String() }),
          Type.Null(),
        ]),
        effectiveAt: Nullable(Type.String({ format: 'date-time' })),
        effectiveDate: Nullable(Type.String({ format: 'date' })),
        fee: Decimal,
        monthly: Nullable(Decimal),
        conditionalFee: Nullable(Decimal),
        offer: Type.Union([Type.Literal('box_swap'), Type.Null()]),
      }),
    ),
    version: Type.Integer(),
    retentionSuggested: Type.Optional(Type.Boolean()),
    delivery: Type.Optional(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        from: Type.String({ format: 'date-time' }),
        to: Type.String({ format: 'date-time' }),
        phone: Type.String(),
      }),
    ),
  },
  { $id: 'InternetSubscription' },
);

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const EligibilityBody = Type.Object(
  { accountId: Type.String({ format: 'uuid' }), operator: OperatorSchema, address: Text(300) },
  { additionalProperties: false },
);

export const ManualEligibilityBody = Type.Object(
  {
    accountId: Type.String({ format: 'uuid' }),
    operator: OperatorSchema,
    address: Text(300),
    fibreEligible: Type.Boolean(),
    checkedAt: Type.String({
      format: 'date-time',
      description: 'When the agent checked on the operator’s site',
    }),
    reference: Text(300),
  },
  { additionalProperties: false },
);

export const OrderBody = Type.Object(
  {
    accountId: Type.String({ format: 'uuid' }),
    operator: OperatorSchema,
    masap: Text(40),
    address: Text(300),
    buildingFlats: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 10000 }), Type.Null()])),
    planCode: Text(60),
    eligibilityCheckId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const BookingBody = Type.Object(
  {
    slot: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
    noExistingInstallation: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const BoxBody = Type.Object(
  { boxModel: Text(60), boxSerial: Text(60) },
  { additionalProperties: false },
);
export const RescheduleBody = Type.Object(
  { slot: Type.String({ format: 'date-time' }) },
  { additionalProperties: false },
);
export const ExtenderBody = Type.Object({ phone: Text(40) }, { additionalProperties: false });
export const TrackingBody = Type.Object(
  {
    trackingNumber: Text(60),
    phone: Type.Optional(Text(40)),
  },
  { additionalProperties: false },
);
export const TerminationBody = Type.Object(
  { reason: lit(TERMINATION_REASONS) },
  { additionalProperties: false },
);
export const WifiBody = Type.Object(
  { ssid: Text(64), password: Type.String({ minLength: 8, maxLength: 63 }) },
  {
    additionalProperties: false,
  },
);

export const CatalogResponse = Type.Object({
  version: Type.String(),
  effectiveFrom: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  ledMeanings: Type.Record(Type.String(), Type.String(), {
    description: 'NET-01: what each LED function means, in the caller’s language',
  }),
  currency: Type.Literal('ILS'),
  vatIncluded: Type.Boolean(),
  items: Type.Array(
    Type.Object({
      type: lit(['plan', 'box', 'service', 'fee'] as const),
      code: Type.String(),
      operator: Type.Union([OperatorSchema, Type.Null()]),
      name: Type.String(),
      component: Type.Union([lit(['monthly', 'one_off'] as const), Type.Null()]),
      amount: Nullable(Decimal),
      facts: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});
