import type { LineView } from './service.ts';

/** TMF637 Product Inventory: a line as a TMF Product (the API's routes are in ./tmf.ts). */
export const TMF637_BASE = '/tmf-api/productInventory/v4';

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
