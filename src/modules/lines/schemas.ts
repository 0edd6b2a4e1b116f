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
