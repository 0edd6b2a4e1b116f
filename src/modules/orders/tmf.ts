import { Type, type Static } from '@sinclair/typebox';
import { AppError } from '../../platform/errors.ts';
import type { CreateOrderInput, OrderLineInput, OrderView } from './service.ts';

export const TMF622_BASE = '/tmf-api/productOrderingManagement/v4';
/** Before issue 15; redirected to TMF622_BASE for one release (README). */
export const TMF622_LEGACY_BASE = '/tmf-api/productOrdering/v4';
/** TMF630 attribute filters on productOrder lists. */
export const TMF622_FILTERS = [
  'id',
  'state',
  'externalId',
  'relatedParty.id',
  'productOrderItem.productOffering.id',
];

const Characteristic = Type.Object({ name: Type.String({ maxLength: 100 }), value: Type.Unknown() });

/**
 * TMF622 v4 `ProductOrder_Create` as Relais reads it: the customer in `relatedParty` (role
 * customer), one `productOrderItem` per line with action "add", the offer in `productOffering.id`
 * and the line's facts as `product.productCharacteristic` (userName, simType, portability,
 * portNumber, rio, activationDate, number, iccid, siteId, esimContactEmail, esimContactMobile,
 * options as an array of option codes).
 */
export const TmfProductOrderCreate = Type.Object(
  {
    externalId: Type.Optional(Type.String({ maxLength: 100 })),
    // Optional in ProductOrder_Create: without it the order is held (held-orders.ts).
    relatedParty: Type.Optional(
      Type.Array(
        Type.Object({
          id: Type.String({ maxLength: 64 }),
          role: Type.Optional(Type.String()),
          name: Type.Optional(Type.String({ maxLength: 200 })),
          '@referredType': Type.Optional(Type.String({ maxLength: 40 })),
        }),
        { maxItems: 10 },
      ),
    ),
    productOrderItem: Type.Array(
      Type.Object({
        id: Type.String({ maxLength: 64 }),
        action: Type.Literal('add'),
        // Optional in ProductOrderItem: without it the order is held (held-orders.ts).
        quantity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        productOffering: Type.Optional(Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) })),
        product: Type.Optional(
          Type.Object({ productCharacteristic: Type.Optional(Type.Array(Characteristic, { maxItems: 30 })) }),
        ),
      }),
      { minItems: 1, maxItems: 100 },
    ),
    '@type': Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/**
 * TMF622 v4 `ProductOrder_Update` as Relais honours it, as JSON or JSON Merge Patch (RFC 7396:
 * null clears): the client's `description` and `priority` ("0" highest … "4" lowest), and `state`
 * "cancelled" while the order waits for the operator's opening (ORD-03; 422 otherwise). The other
 * attributes of the definition (order items, dates, parties…) are refused (400): Relais cannot
 * change what the operator has been asked for.
 */
export const TmfProductOrderPatch = Type.Object(
  {
    description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
    priority: Type.Optional(Type.Union([Type.String({ pattern: '^[0-4]$' }), Type.Null()])),
    state: Type.Optional(Type.String({ maxLength: 40 })),
    '@type': Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export function fromTmfProductOrder(body: Static<typeof TmfProductOrderCreate>): CreateOrderInput {
  const customer = (body.relatedParty ?? []).find((p) => (p.role ?? 'customer').toLowerCase() === 'customer');
  if (!customer)
    throw new AppError('tmf.related_party_required', {}, [
      { pointer: '/body/relatedParty', code: 'required', detail: 'relatedParty (role customer)' },
    ]);
  const lines = body.productOrderItem.map((item): OrderLineInput => {
    if (!item.productOffering) throw new AppError('validation.failed');
    const ch = new Map((item.product?.productCharacteristic ?? []).map((c) => [c.name, c.value]));
    const str = (name: string) => {
      const v = ch.get(name);
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const options = ch.get('options');
    const simType = str('simType');
    return {
      offer: item.productOffering.id,
      options: Array.isArray(options) ? options.filter((o): o is string => typeof o === 'string') : [],
      userName: str('userName') ?? '',
      siteId: str('siteId'),
      simType: simType === 'pin' || simType === 'no_pin' || simType === 'esim' ? simType : 'pin',
      iccid: str('iccid'),
      portability: ch.get('portability') === true,
      portNumber: str('portNumber'),
      rio: str('rio'),
      activationDate: str('activationDate'),
      number: str('number'),
      esimContactEmail: str('esimContactEmail'),
      esimContactMobile: str('esimContactMobile'),
    };
  });
  if (lines.some((l) => l.userName === '')) throw new AppError('validation.failed');
  return { accountId: customer.id, configuration: lines.length === 1 ? 'unit' : 'multiple', lines };
}

const STATE: Record<OrderView['state'], string> = {
  queued: 'acknowledged',
  in_progress: 'inProgress',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
};
const ITEM_STATE: Record<string, string> = {
  in_progress: 'inProgress',
  active: 'completed',
  suspended: 'completed',
  terminated: 'completed',
  cancelled: 'failed',
};

/** TMF622 v4 `ProductOrder`. */
export const TmfProductOrderSchema = Type.Object(
  {
    id: Type.String(),
    href: Type.String(),
    // A held order (held-orders.ts) has what its client sent: no start date, customer or product.
    externalId: Type.Optional(Type.String()),
    orderDate: Type.String({ format: 'date-time' }),
    requestedStartDate: Type.Optional(Type.String({ format: 'date-time' })),
    completionDate: Type.Optional(Type.String({ format: 'date-time' })),
    description: Type.Optional(Type.String()),
    priority: Type.Optional(Type.String()),
    state: Type.String(),
    productOrderItem: Type.Array(
      Type.Object({
        id: Type.String(),
        action: Type.String(),
        state: Type.String(),
        quantity: Type.Integer(),
        productOffering: Type.Optional(
          Type.Object({
            id: Type.String(),
            href: Type.String(),
            '@referredType': Type.String(),
          }),
        ),
        product: Type.Optional(
          Type.Object({ id: Type.String(), href: Type.String(), '@type': Type.String() }),
        ),
      }),
    ),
    relatedParty: Type.Optional(
      Type.Array(
        Type.Object({
          id: Type.String(),
          href: Type.Optional(Type.String()),
          name: Type.Optional(Type.String()),
          role: Type.Optional(Type.String()),
          '@referredType': Type.Optional(Type.String()),
        }),
      ),
    ),
    '@type': Type.String(),
  },
  { $id: 'TmfProductOrder' },
);

export function toTmfProductOrder(o: OrderView) {
  return {
    id: o.id,
    href: `${TMF622_BASE}/productOrder/${o.id}`,
    externalId: o.reference,
    orderDate: o.createdAt,
    // ORD-03: when the request reaches the operator.
    requestedStartDate: o.submitAt,
    ...(o.completedAt ? { completionDate: o.completedAt } : {}),
    ...(o.description !== null ? { description: o.description } : {}),
    ...(o.priority !== null ? { priority: o.priority } : {}),
    state: STATE[o.state],
    productOrderItem: o.lines.map((l, i) => ({
      id: String(i + 1),
      action: 'add',
      state: o.state === 'cancelled' ? 'cancelled' : (ITEM_STATE[l.state] ?? 'inProgress'),
      quantity: 1,
      productOffering: {
        id: l.offer,
        href: `/tmf-api/productCatalogManagement/v4/productOffering/${l.offer}`,
        '@referredType': 'ProductOffering',
      },
      product: { id: l.id, href: `/tmf-api/productInventory/v4/product/${l.id}`, '@type': 'Product' },
    })),
    relatedParty: [
      {
        id: o.accountId,
        href: `/tmf-api/customerManagement/v4/customer/${o.accountId}`,
        name: o.accountName,
        role: 'customer',
        '@referredType': 'Customer',
      },
    ],
    '@type': 'ProductOrder',
  };
}
