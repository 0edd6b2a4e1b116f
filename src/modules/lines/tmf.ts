import { Type } from '@sinclair/typebox';
import { tmfSourceOf } from '../../platform/http/tmf-routes.ts';
import type { TmfSource } from '../../platform/module.ts';
import { getLine, listLines } from './service.ts';
import { toTmfProduct } from './tmf-product.ts';

// The product view is built beside the line views (./tmf-product.ts): orders' events build it too.
export { TMF637_BASE, toTmfProduct } from './tmf-product.ts';
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

/** The mobile lines among TMF637 products (the internet module adds its subscriptions). */
export const linesTmfProducts: TmfSource = tmfSourceOf(listLines, getLine, toTmfProduct);
