import { Type } from '@sinclair/typebox';
import { DIAGNOSES, LED_STATES, NEXT_STEPS, TROUBLE_KINDS, UPGRADES } from './troubleshoot-rules.ts';

/** Request and response shapes of troubleshooting (issue 11 §4). */

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const OperatorSchema = lit(['hot', 'partner'] as const);
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) =>
  Type.Optional(Type.Union([t, Type.Null()]));

/** What the customer reports (no Internet, slow, Wi-Fi LED off, split bands). */
export const TroubleKind = lit(TROUBLE_KINDS);

const LedState = Type.Optional(lit(LED_STATES));
const Leds = Type.Object(
  { power: LedState, infrastructure: LedState, internet: LedState, wifi: LedState, phone: LedState },
  { additionalProperties: false, description: 'NET-01: each LED the customer reads, by function' },
);

export const TroubleshootBody = Type.Object(
  {
    kind: TroubleKind,
    leds: Leds,
    powerCycled: Type.Boolean(),
    wifiButtonHeld: Type.Optional(Type.Boolean()),
    solved: Type.Optional(Type.Boolean()),
    conditions: Opt(
      Type.Object(
        {
          connection: lit(['wifi', 'cable'] as const),
          distanceOk: Type.Boolean(),
          repeaters: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
    speedTest: Opt(
      Type.Object(
        {
          downMbps: Type.Number({ minimum: 0, maximum: 100000 }),
          upMbps: Opt(Type.Number({ minimum: 0, maximum: 100000 })),
          overWifi: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
    lineTest: Opt(
      Type.Object(
        {
          attenuationDb: Opt(Type.Number({ minimum: 0, maximum: 120 })),
          snrDb: Opt(Type.Number({ minimum: -10, maximum: 80 })),
          ontRxDbm: Opt(Type.Number({ minimum: -50, maximum: 10 })),
        },
        {
          additionalProperties: false,
          description: 'SET-09: the remote line test the operator or the agent read',
        },
      ),
    ),
    contactPhone: Opt(Text(40)),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const Outage = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    operator: OperatorSchema,
    area: Type.String(),
    delayHours: Type.Integer(),
    resolvedBy: Type.String({ format: 'date-time' }),
  },
  { $id: 'InternetOutage' },
);

const Verdict = {
  diagnosis: lit(DIAGNOSES),
  nextStep: lit(NEXT_STEPS),
  speedVerdict: Type.Union([lit(['ok', 'too_slow'] as const), Type.Null()]),
  lineVerdict: lit(['ok', 'weak', 'not_measured'] as const),
  escalation: Type.Union([lit(['hot_call', 'partner_email'] as const), Type.Null()]),
  outage: Type.Union([Type.Ref('InternetOutage'), Type.Null()]),
};

export const TroubleshootVerdict = Type.Object(Verdict, { $id: 'InternetTroubleshootVerdict' });

export const TroubleshootResult = Type.Object(
  {
    ...Verdict,
    id: Type.String({ format: 'uuid' }),
    kind: TroubleKind,
    incident: Type.Object({ id: Type.String({ format: 'uuid' }), reference: Type.String() }),
    callSheet: Type.Union([Type.Array(Type.String()), Type.Null()]),
    email: Type.Union([Type.Object({ to: Type.String(), subject: Type.String() }), Type.Null()]),
    upgrades: Type.Array(lit(UPGRADES)),
    createdAt: Type.String({ format: 'date-time' }),
    createdBy: Type.String(),
  },
  { $id: 'InternetTroubleshooting' },
);

export const OutageBody = Type.Object(
  {
    operator: OperatorSchema,
    area: Type.String({ minLength: 2, maxLength: 120 }),
    delayHours: Type.Integer({ minimum: 1, maximum: 720 }),
  },
  { additionalProperties: false },
);

export const OperatorContacts = Type.Object(
  {
    hotContactName: Text(120),
    hotContactPhone: Type.Union([Type.String({ minLength: 3, maxLength: 40 }), Type.Null()]),
    partnerGroupName: Text(120),
    partnerTechnicalEmail: Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]),
  },
  { additionalProperties: false },
);
export const OperatorContactsView = Type.Object(
  { ...OperatorContacts.properties, version: Type.Integer() },
  { $id: 'InternetOperatorContacts' },
);
