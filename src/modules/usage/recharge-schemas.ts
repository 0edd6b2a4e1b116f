import { Type } from '@sinclair/typebox';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { NEAR_ENVELOPE_SORT } from './list-lines-near-envelope.ts';

/** The schemas of the recharges (USE-06) and of the usage views (USE-07): chart, tenant view. */

export const RechargeSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    lineId: Type.String({ format: 'uuid' }),
    month: Type.String({ description: 'YYYY-MM: the only month the recharge adds to (Reading 14)' }),
    option: Type.String({ description: 'The catalog recharge’s code' }),
    optionName: Type.String({ description: 'The catalog recharge’s name, in the request’s language' }),
    volumeMb: Type.Integer(),
    state: Type.Union([Type.Literal('pending'), Type.Literal('applied')], {
      description: 'pending until the operator applied it (up to 30 minutes, USE-06)',
    }),
    amount: Type.Union([Type.String(), Type.Null()], {
      description: 'The one-off price charged, excl. VAT; null: "à définir" (no price in the catalog)',
    }),
    priceToBeSet: Type.Boolean(),
    confirmedDuplicate: Type.Boolean({
      description: 'Ordered within 30 minutes of another, with the agent’s confirmation (USE-06)',
    }),
    orderedBy: Type.String(),
    orderedAt: Type.String({ format: 'date-time' }),
    appliedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'UsageRecharge' },
);

export const OrderRechargeBody = Type.Object(
  {
    option: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'A catalog recharge the line’s plan takes',
    }),
    confirmDuplicate: Type.Optional(
      Type.Boolean({
        description:
          'USE-06: true confirms a recharge ordered within 30 minutes of another one on the line is not a double order',
      }),
    ),
  },
  { additionalProperties: false },
);

export const LineRechargesSchema = Type.Object(
  {
    options: Type.Array(
      Type.Object({
        code: Type.String(),
        name: Type.String(),
        volumeMb: Type.Integer(),
        amount: Type.Union([Type.String(), Type.Null()], { description: 'excl. VAT; null: "à définir"' }),
      }),
    ),
    items: Type.Array(Type.Ref(RechargeSchema)),
    recentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'USE-06: a recharge ordered within the last 30 minutes (a new one needs a confirmation)',
    }),
  },
  { $id: 'LineRecharges' },
);

export const DataChartQuery = Type.Object(
  {
    month: Type.Optional(
      Type.String({
        pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
        description: 'YYYY-MM, one of the 3 viewable months',
      }),
    ),
  },
  { additionalProperties: false },
);

export const DataChartSchema = Type.Object(
  {
    lineId: Type.String({ format: 'uuid' }),
    month: Type.String(),
    envelopeBytes: Type.Union([Type.Number(), Type.Null()]),
    days: Type.Array(
      Type.Object({
        day: Type.String({ format: 'date' }),
        bytes: Type.Number({ description: 'In-plan data used that day' }),
        cumulativeBytes: Type.Number({ description: 'In-plan data used since the 1st' }),
      }),
    ),
  },
  { $id: 'LineDataChart' },
);

export const NearEnvelopeItem = Type.Object({
  lineId: Type.String({ format: 'uuid' }),
  msisdn: Type.Union([Type.String(), Type.Null()]),
  userName: Type.String(),
  accountId: Type.String({ format: 'uuid' }),
  accountName: Type.String(),
  offer: Type.String(),
  offerName: Type.String(),
  usedBytes: Type.Number(),
  envelopeBytes: Type.Number(),
  percent: Type.Integer({ description: 'Share of the envelope used (may exceed 100)' }),
  dataState: Type.Union([Type.Literal('data_blocked'), Type.Literal('throttled'), Type.Null()]),
});

export const NearEnvelopePage = pageOf(NearEnvelopeItem);
export const NearEnvelopeQuery = listQuery([...NEAR_ENVELOPE_SORT], {
  minPercent: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 1000,
      description: 'Only lines at or above this share of their envelope',
    }),
  ),
});
