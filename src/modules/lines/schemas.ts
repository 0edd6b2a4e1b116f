import { Type } from '@sinclair/typebox';
import { NETWORKS } from '../catalog/model.ts';
import { SIM_TYPES } from '../stock/rules.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const NetworkSchema = Type.Union(NETWORKS.map((n) => Type.Literal(n)));
export const SimTypeSchema = Type.Union(SIM_TYPES.map((n) => Type.Literal(n)));
export const LINE_STATES = ['in_progress', 'active', 'suspended', 'terminated', 'cancelled'] as const;
export const LineStateSchema = Type.Union(LINE_STATES.map((n) => Type.Literal(n)));

export const LineSchema = Type.Object(
  {
    id: Type.String(),
    accountId: Type.String(),
    accountName: Type.String(),
    orderId: Type.String(),
    orderReference: Type.String(),
    network: NetworkSchema,
    offer: Type.String(),
    state: LineStateSchema,
    msisdn: Nullable(Type.String()),
    iccid: Nullable(Type.String()),
    simType: SimTypeSchema,
    userName: Type.String(),
    siteId: Nullable(Type.String()),
    portability: Type.Boolean(),
    rio: Nullable(Type.String()),
    activationAt: Type.String({ format: 'date-time' }),
    esim: Type.Union([
      Type.Object({
        contactEmail: Nullable(Type.String()),
        contactMobile: Nullable(Type.String()),
        confirmed: Type.Boolean(),
        locked: Type.Boolean(),
        triesLeft: Type.Integer(),
      }),
      Type.Null(),
    ]),
    options: Type.Array(
      Type.Object({
        code: Type.String(),
        status: Type.String(),
        createdAt: Type.String({ format: 'date-time' }),
        activatedAt: Nullable(Type.String({ format: 'date-time' })),
        endedAt: Nullable(Type.String({ format: 'date-time' })),
      }),
    ),
    createdAt: Type.String({ format: 'date-time' }),
    activatedAt: Nullable(Type.String({ format: 'date-time' })),
    terminatedAt: Nullable(Type.String({ format: 'date-time' })),
    version: Type.Integer(),
  },
  { $id: 'Line' },
);

export const LineIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

const DateTimeOrNull = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
const StringOrNull = Type.Union([Type.String(), Type.Null()]);
export const LineActionTypeSchema = Type.Union(
  ['suspend', 'reactivate', 'plan_change', 'option_suspension', 'option_termination', 'termination'].map(
    (t) => Type.Literal(t),
  ),
);

/** GET /api/lines/{id}/actions: every action with allowed or its reason (ACT-01..ACT-05). */
export const LineActionsSchema = Type.Object(
  {
    lineId: Type.String(),
    state: LineStateSchema,
    items: Type.Array(
      Type.Object({
        type: LineActionTypeSchema,
        target: StringOrNull,
        targetLabel: StringOrNull,
        change: Type.Union([
          Type.Literal('upgrade'),
          Type.Literal('downgrade'),
          Type.Literal('migration'),
          Type.Null(),
        ]),
        allowed: Type.Boolean(),
        reason: Type.Union([
          Type.Object({ code: Type.String(), title: Type.String(), detail: Type.String() }),
          Type.Null(),
        ]),
        effectiveAt: DateTimeOrNull,
        effectiveLabel: StringOrNull,
        immediate: Type.Boolean(),
        billingContinues: Type.Boolean(),
      }),
    ),
    pending: Type.Array(
      Type.Object({
        id: Type.String(),
        type: LineActionTypeSchema,
        target: StringOrNull,
        targetLabel: StringOrNull,
        effectiveAt: Type.String({ format: 'date-time' }),
        effectiveLabel: Type.String(),
      }),
    ),
  },
  { $id: 'LineActions' },
);

export const LineActionResultSchema = Type.Object(
  {
    action: Type.Object({
      id: Type.String({ format: 'uuid' }),
      kind: Type.String(),
      status: Type.String(),
      effectiveAt: Type.String({ format: 'date-time' }),
      effectiveLabel: Type.String(),
      immediate: Type.Boolean(),
    }),
    line: Type.Ref('Line'),
  },
  { $id: 'LineActionResult' },
);

export const LineOptionParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), optionId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
