import { Type } from '@sinclair/typebox';
import { LIFECYCLE_ACTIONS } from './lifecycle-view.ts';

/** Shapes of the internet lifecycle actions' API (issue 11 §3). */

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const Reason = Type.Union([
  Type.Object({ code: Type.String(), title: Type.String(), detail: Type.String() }),
  Type.Null(),
]);
const Flats = Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 10000 }), Type.Null()]));
const CHANGE_KINDS = ['plan_change', 'move', 'fixed_ip', 'reactivation', 'provider_switch'] as const;

export const Lifecycle = Type.Object(
  {
    subscriptionId: Type.String({ format: 'uuid' }),
    actions: Type.Array(
      Type.Object({
        type: lit(LIFECYCLE_ACTIONS),
        allowed: Type.Boolean(),
        reason: Reason,
        effectiveAt: Nullable(Type.String({ format: 'date-time' })),
        effectiveDate: Nullable(Type.String({ format: 'date' })),
        monthly: Nullable(Type.String()),
        late: Type.Boolean(),
        activation: Type.Union([lit(['immediate', 'operator_confirmation'] as const), Type.Null()]),
      }),
    ),
    plans: Type.Array(
      Type.Object({
        code: Type.String(),
        name: Type.String(),
        fibre: Type.Boolean(),
        allowed: Type.Boolean(),
        reason: Reason,
        price: Type.Union([
          lit(['same_price', 'plus_10', 'minus_10', 'cheaper_non_fibre'] as const),
          Type.Null(),
        ]),
      }),
    ),
    changes: Type.Array(
      Type.Object({
        id: Type.String({ format: 'uuid' }),
        kind: lit(CHANGE_KINDS),
        state: lit(['scheduled', 'awaiting_confirmation', 'done', 'cancelled'] as const),
        effectiveAt: Nullable(Type.String({ format: 'date-time' })),
        effectiveDate: Nullable(Type.String({ format: 'date' })),
        summary: Type.String(),
        requestedAt: Type.String({ format: 'date-time' }),
        requestedBy: Type.String(),
        doneAt: Nullable(Type.String({ format: 'date-time' })),
      }),
    ),
    late: Type.Optional(Type.Boolean()),
  },
  { $id: 'InternetLifecycle' },
);

export const PlanChangeBody = Type.Object({ planCode: Text(60) }, { additionalProperties: false });

export const MoveBody = Type.Object(
  {
    address: Text(300),
    date: Type.String({
      format: 'date',
      description: 'The date agreed with the customer, local to the tenant',
    }),
    planCode: Type.Optional(Text(60)),
    buildingFlats: Flats,
  },
  { additionalProperties: false },
);

export const SwitchBody = Type.Object(
  { masap: Text(40), planCode: Text(60), buildingFlats: Flats },
  { additionalProperties: false },
);

export const Empty = Type.Object({}, { additionalProperties: false });
