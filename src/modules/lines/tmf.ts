import { Type } from '@sinclair/typebox';
import type { LineView } from './service.ts';

export const TMF637_BASE = '/tmf-api/productInventory/v4';
/** TMF630 attribute filters on product lists. */
export const TMF637_FILTERS = [
  'id',
  'status',
  'name',
  'productSerialNumber',
  'relatedParty.id',
  'productOffering.id',
  'productCharacteristic.value',
];

/**
 * TMF637 v4 `Product` (the fields Relais fills; TM Forum allows more). References carry no href:
 * the definitions want an absolute URI there, and the server does not know its public address.
 */
export const TmfProductSchema = Type.Object(
  {
    id: Type.String(),
    href: Type.String(),
    name: Type.String(),
    status: Type.String(),
    isBundle: Type.Boolean(),
    isCustomerVisible: Type.Boolean(),
    orderDate: Type.String({ format: 'date-time' }),
    startDate: Type.Optional(Type.String({ format: 'date-time' })),
    terminationDate: Type.Optional(Type.String({ format: 'date-time' })),
    productSerialNumber: Type.Optional(Type.String()),
    productOffering: Type.Object({ id: Type.String(), name: Type.String(), '@referredType': Type.String() }),
    productCharacteristic: Type.Array(
      Type.Object({ name: Type.String(), valueType: Type.String(), value: Type.Unknown() }),
    ),
    productOrderItem: Type.Array(
      Type.Object({
        orderItemId: Type.String(),
        productOrderId: Type.String(),
        productOrderHref: Type.String(),
        orderItemAction: Type.String(),
        '@referredType': Type.String(),
      }),
    ),
    relatedParty: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        role: Type.String(),
        '@referredType': Type.String(),
      }),
    ),
    '@type': Type.String(),
  },
  { $id: 'TmfProduct' },
);

const STATUS: Record<LineView['state'], string> = {
  in_progress: 'pendingActive',
  active: 'active',
  suspended: 'suspended',
  terminated: 'terminated',
  cancelled: 'cancelled',
};

export function toTmfProduct(l: LineView) {
  const characteristic = (name: string, value: unknown) => ({
    name,
    valueType: typeof value === 'boolean' ? 'boolean' : 'string',
    value,
  });
  return {
    id: l.id,
    href: `${TMF637_BASE}/product/${l.id}`,
    name: l.msisdn ?? l.iccid ?? l.id,
    status: STATUS[l.state],
    isBundle: false,
    isCustomerVisible: true,
    orderDate: l.createdAt,
    ...(l.activatedAt ? { startDate: l.activatedAt } : {}),
    ...(l.terminatedAt ? { terminationDate: l.terminatedAt } : {}),
    ...(l.iccid ? { productSerialNumber: l.iccid } : {}),
    productOffering: {
      id: l.offer,
      name: l.offer,
      '@referredType': 'ProductOffering',
    },
    productCharacteristic: [
      characteristic('network', l.network),
      characteristic('msisdn', l.msisdn ?? ''),
      characteristic('iccid', l.iccid ?? ''),
      characteristic('simType', l.simType),
      characteristic('user', l.userName),
      characteristic('portability', l.portability),
      ...l.options.map((o) => characteristic(`option:${o.code}`, o.status)),
    ],
    productOrderItem: [
      {
        orderItemId: l.id,
        productOrderId: l.orderId,
        productOrderHref: `/tmf-api/productOrderingManagement/v4/productOrder/${l.orderId}`,
        orderItemAction: 'add',
        '@referredType': 'ProductOrder',
      },
    ],
    relatedParty: [
      {
        id: l.accountId,
        name: l.accountName,
        role: 'customer',
        '@referredType': 'Customer',
      },
    ],
    '@type': 'Product',
  };
}
