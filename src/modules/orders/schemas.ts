import { Type } from '@sinclair/typebox';
import { SimTypeSchema } from '../lines/schemas.ts';

/**
 * The body of a new order (ORD-01..ORD-09): POST /api/orders and the completion of an order
 * received « à compléter » (held-order-routes.ts) take the same.
 */
export const OrderLineBody = Type.Object(
  {
    offer: Type.String({ minLength: 1, maxLength: 100 }),
    options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 })),
    userName: Type.String({ minLength: 1, maxLength: 200 }),
    siteId: Type.Optional(Type.String({ format: 'uuid' })),
    simType: SimTypeSchema,
    iccid: Type.Optional(Type.String({ pattern: '^89[0-9]{17,18}$' })),
    portability: Type.Boolean(),
    portNumber: Type.Optional(Type.String({ maxLength: 20 })),
    rio: Type.Optional(Type.String({ maxLength: 20 })),
    activationDate: Type.Optional(Type.String({ format: 'date' })),
    number: Type.Optional(Type.String({ pattern: '^0[1-9][0-9]{8}$' })),
    esimContactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    esimContactMobile: Type.Optional(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
);

export const CreateOrderBody = Type.Object(
  {
    accountId: Type.String({ format: 'uuid' }),
    configuration: Type.Union([Type.Literal('unit'), Type.Literal('multiple')]),
    lines: Type.Array(OrderLineBody, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false },
);
