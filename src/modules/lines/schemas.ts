import { Type } from '@sinclair/typebox';
import { NETWORKS } from '../catalog/model.ts';
import { SIM_TYPES } from '../stock/rules.ts';
import { LINE_ACTION_TYPES } from './actions-rules.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const NetworkSchema = Type.Union(NETWORKS.map((n) => Type.Literal(n)));
export const SimTypeSchema = Type.Union(SIM_TYPES.map((n) => Type.Literal(n)));
export const LINE_STATES = ['in_progress', 'active', 'suspended', 'terminated', 'cancelled'] as const;
export const LineStateSchema = Type.Union(LINE_STATES.map((n) => Type.Literal(n)));
const OptionStatusSchema = Type.Union(
  (['pending', 'active', 'terminated'] as const).map((s) => Type.Literal(s)),
);

export const LineSchema = Type.Object(
  {
    id: Type.String(),
    accountId: Type.String(),
    accountName: Type.String(),
    orderId: Type.String(),
    orderReference: Type.String(),
    network: NetworkSchema,
    offer: Type.String(),
    offerName: Type.String({ description: "The offer's catalog name in the request's language" }),
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
        status: OptionStatusSchema,
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
export const LineActionTypeSchema = Type.Union(LINE_ACTION_TYPES.map((t) => Type.Literal(t)));

const ChargePreviewSchema = Type.Object({
  kind: Type.Union([Type.Literal('one_off'), Type.Literal('first_month'), Type.Literal('monthly')]),
  itemCode: Type.String(),
  amount: Type.String(),
  currency: Type.String(),
  periodStart: StringOrNull,
  periodEnd: StringOrNull,
});

/** GET /api/lines/{id}/actions: every action with allowed or its reason (ACT-01..ACT-05). */
export const LineActionsSchema = Type.Object(
  {
    lineId: Type.String(),
    state: LineStateSchema,
    items: Type.Array(
      Type.Object({
        type: LineActionTypeSchema,
        target: StringOrNull,
        // option_change: the line option it replaces (ACT-06).
        replaces: StringOrNull,
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
        // option_add/option_change when allowed: what the ledger will get (CAT-01, ACT-06).
        charges: Type.Optional(Type.Array(ChargePreviewSchema)),
      }),
    ),
    // ACT-10: every option of the line with its status and dates.
    options: Type.Array(
      Type.Object({
        id: Type.String(),
        code: Type.String(),
        label: Type.String(),
        kind: Type.String(),
        zone: StringOrNull,
        status: OptionStatusSchema,
        createdAt: Type.String({ format: 'date-time' }),
        activatedAt: DateTimeOrNull,
        endedAt: DateTimeOrNull,
      }),
    ),
    // ACT-06: the roaming envelope of each zone (the active choice, never a sum).
    roaming: Type.Array(
      Type.Object({
        zone: Type.String(),
        optionId: Type.String(),
        code: Type.String(),
        label: Type.String(),
        kind: Type.Union([Type.Literal('roaming'), Type.Literal('cutoff')]),
        volumeMb: Type.Union([Type.Integer(), Type.Null()]),
        cutoffEuros: Type.Union([Type.Integer(), Type.Null()]),
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

/** POST /api/lines/{id}/options (ACT-10) and …/options/{optionId}/replacement (ACT-06). */
export const LineOptionCodeBody = Type.Object(
  { optionCode: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

// ── SIM swap (ACT-07, ACT-09) and custom network name (ACT-08) ─────────────────────────────────

const ReasonOrNull = Type.Union([
  Type.Object({ code: Type.String(), title: Type.String(), detail: Type.String() }),
  Type.Null(),
]);
const SwapStateSchema = Type.Union(['scheduled', 'done', 'failed', 'cancelled'].map((s) => Type.Literal(s)));
const NetworkNameStateSchema = Type.Union(['requested', 'done', 'cancelled'].map((s) => Type.Literal(s)));
const PartnerSchema = Type.Union([Type.Literal('init_sys'), Type.Literal('rezocean')]);

export const SimSwapSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    actionId: Type.String({ format: 'uuid' }),
    state: SwapStateSchema,
    fromSimType: SimTypeSchema,
    toSimType: SimTypeSchema,
    fromIccid: StringOrNull,
    toIccid: StringOrNull,
    effectiveAt: Type.String({ format: 'date-time' }),
    effectiveLabel: Type.String(),
    failure: StringOrNull,
    createdAt: Type.String({ format: 'date-time' }),
    doneAt: DateTimeOrNull,
  },
  { $id: 'SimSwap' },
);

export const NetworkNameRequestSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    state: NetworkNameStateSchema,
    partner: PartnerSchema,
    expectedOn: Type.String({ format: 'date' }),
    restartNeeded: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    closedAt: DateTimeOrNull,
  },
  { $id: 'NetworkNameRequest' },
);

/** GET /api/lines/{id}/sim-actions: each swap and the network name, allowed or why not, and history. */
export const LineSimActionsSchema = Type.Object(
  {
    lineId: Type.String(),
    state: LineStateSchema,
    network: NetworkSchema,
    simType: SimTypeSchema,
    iccid: StringOrNull,
    swaps: Type.Array(
      Type.Object({
        simType: SimTypeSchema,
        direction: Type.Union(
          ['physical_to_physical', 'physical_to_esim', 'esim_to_physical', 'esim_to_esim'].map((d) =>
            Type.Literal(d),
          ),
        ),
        allowed: Type.Boolean(),
        reason: ReasonOrNull,
        effectiveAt: DateTimeOrNull,
        effectiveLabel: StringOrNull,
        immediate: Type.Boolean(),
        needsContacts: Type.Boolean(),
        needsIccid: Type.Boolean(),
        fee: StringOrNull,
      }),
    ),
    history: Type.Array(Type.Ref('SimSwap')),
    networkName: Type.Object({
      allowed: Type.Boolean(),
      reason: ReasonOrNull,
      partner: Type.Union([PartnerSchema, Type.Null()]),
      maxLength: Type.Integer(),
      weeks: Type.Integer(),
      expectedOn: Type.String({ format: 'date' }),
      restartNeeded: Type.Boolean(),
      minSims: Type.Integer(),
    }),
    networkNames: Type.Array(Type.Ref('NetworkNameRequest')),
  },
  { $id: 'LineSimActions' },
);

export const SimSwapResultSchema = Type.Object(
  {
    swap: Type.Ref('SimSwap'),
    action: Type.Object({
      id: Type.String({ format: 'uuid' }),
      status: Type.String(),
      immediate: Type.Boolean(),
    }),
    line: Type.Ref('Line'),
  },
  { $id: 'SimSwapResult' },
);

/** POST /api/lines/{id}/sim-swap (ACT-07, ACT-09). */
export const SimSwapBody = Type.Object(
  {
    simType: SimTypeSchema,
    iccid: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    contactMobile: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  },
  { additionalProperties: false },
);

/** POST /api/lines/{id}/network-name (ACT-08): the 13-character rule is checked with its own code. */
export const NetworkNameBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

export const NetworkNameParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), requestId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

const nullableString = Type.Union([Type.String(), Type.Null()]);

/** GET /api/lines/{id}/technical-info: SET-03, CAT-20, SET-05 (line-technical-info.ts). */
export const LineTechnicalInfoSchema = Type.Object({
  lineId: Type.String({ format: 'uuid' }),
  network: NetworkSchema,
  apn: Type.Object({
    name: Type.String(),
    apn: Type.String(),
    username: nullableString,
    password: nullableString,
    authentication: Type.String(),
    mcc: Type.String(),
    mnc: Type.String(),
    mmsc: Type.String(),
  }),
  fixedIp: Type.Union([
    Type.Object({
      option: Type.String(),
      optionName: Type.String(),
      delivery: Type.Union([Type.Literal('internet_only'), Type.Literal('partner_platform')]),
      apn: Type.String(),
      authentication: Type.String(),
      login: nullableString,
      otherPlatformLogins: Type.Array(Type.String()),
      address: nullableString,
      hasPassword: Type.Boolean(),
      passwordChosenByReseller: Type.Boolean(),
      ipsecTunnel: Type.Boolean(),
      credentialsBy: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    }),
    Type.Null(),
  ]),
  networkName: Type.Object({
    name: Type.String(),
    atPowerOn: nullableString,
    custom: Type.Boolean(),
  }),
});
