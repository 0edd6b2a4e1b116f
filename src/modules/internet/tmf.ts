import type { Ctx } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import type { TmfSource } from '../../platform/module.ts';
import { OPERATOR_NAMES, type Named } from './model.ts';
import type { SubscriptionState } from './rules.ts';
import { boxOf, catalogVersion, planOf } from './subscription-view.ts';
import { tmfSubscription, tmfSubscriptions, type TmfSubscriptionRow } from './tmf-store.ts';

/**
 * Issue 11 §5: the internet subscriptions in TM Forum's product inventory (TMF637 Product) and
 * product ordering (TMF622 ProductOrder), beside the mobile lines and orders, in their shapes
 * (`lines/tmf.ts`, `orders/tmf.ts`). A subscription is both its order and its product, under the
 * same id. Characteristics carry names (operator, plan, box model), never the Wi-Fi secrets.
 */
const PRODUCT_BASE = '/tmf-api/productInventory/v4/product';
const ORDER_BASE = '/tmf-api/productOrderingManagement/v4/productOrder';

const PRODUCT_STATUS: Record<SubscriptionState, string> = {
  ordered: 'pendingActive',
  eligibility_checked: 'pendingActive',
  installation_booked: 'pendingActive',
  active: 'active',
  termination_pending: 'pendingTerminate',
  terminated: 'terminated',
  box_returned: 'terminated',
  fee_charged: 'terminated',
};

const ORDER_STATE: Record<SubscriptionState, string> = {
  ordered: 'acknowledged',
  eligibility_checked: 'inProgress',
  installation_booked: 'inProgress',
  active: 'completed',
  termination_pending: 'completed',
  terminated: 'completed',
  box_returned: 'completed',
  fee_charged: 'completed',
};

const nameIn = (n: Named, locale: Locale) => (locale === 'en' ? n.nameEn : n.nameFr);

function characteristic(name: string, value: string | number | string[]) {
  const valueType = Array.isArray(value) ? 'array' : typeof value === 'number' ? 'integer' : 'string';
  return { name, valueType, value };
}

function customer(r: TmfSubscriptionRow, href: boolean) {
  return {
    id: r.account_id,
    ...(href ? { href: `/tmf-api/customerManagement/v4/customer/${r.account_id}` } : {}),
    name: r.account_name,
    role: 'customer',
    '@referredType': 'Customer',
  };
}

export function toTmfInternetProduct(r: TmfSubscriptionRow, locale: Locale) {
  const catalog = catalogVersion(r.catalog_version);
  const plan = planOf(catalog, r.operator, r.plan_code);
  const box = r.box_model ? boxOf(catalog, r.operator, r.box_model) : null;
  const services = r.services.map((code) => {
    const s = catalog.services.find((x) => x.code === code && x.operator === r.operator);
    return s ? nameIn(s, locale) : code;
  });
  const terminated = PRODUCT_STATUS[r.state] === 'terminated';
  return {
    id: r.id,
    href: `${PRODUCT_BASE}/${r.id}`,
    name: r.reference,
    status: PRODUCT_STATUS[r.state],
    isBundle: false,
    isCustomerVisible: true,
    orderDate: r.created_at.toISOString(),
    ...(r.installed_at ? { startDate: r.installed_at.toISOString() } : {}),
    ...(terminated && r.termination_effective_at
      ? { terminationDate: r.termination_effective_at.toISOString() }
      : {}),
    ...(r.box_serial ? { productSerialNumber: r.box_serial } : {}),
    productOffering: { id: plan.code, name: nameIn(plan, locale), '@referredType': 'ProductOffering' },
    productCharacteristic: [
      characteristic('productFamily', 'internet'),
      characteristic('operator', OPERATOR_NAMES[r.operator]),
      characteristic('plan', nameIn(plan, locale)),
      characteristic('billingDay', r.billing_day),
      characteristic('boxModel', box ? nameIn(box, locale) : ''),
      characteristic('boxSerial', r.box_serial ?? ''),
      characteristic('masap', r.masap),
      characteristic('address', r.address),
      characteristic('extenders', r.extenders),
      characteristic('services', services),
    ],
    productOrderItem: [
      {
        orderItemId: '1',
        productOrderId: r.id,
        productOrderHref: `${ORDER_BASE}/${r.id}`,
        orderItemAction: 'add',
        '@referredType': 'ProductOrder',
      },
    ],
    relatedParty: [customer(r, false)],
    '@type': 'Product',
  };
}

export function toTmfInternetOrder(r: TmfSubscriptionRow) {
  const state = ORDER_STATE[r.state];
  return {
    id: r.id,
    href: `${ORDER_BASE}/${r.id}`,
    externalId: r.reference,
    orderDate: r.created_at.toISOString(),
    // The installation the customer and the operator agreed on, else the order itself.
    requestedStartDate: (r.installation_at ?? r.created_at).toISOString(),
    ...(r.installed_at ? { completionDate: r.installed_at.toISOString() } : {}),
    state,
    productOrderItem: [
      {
        id: '1',
        action: 'add',
        state,
        quantity: 1,
        productOffering: {
          id: r.plan_code,
          href: `/tmf-api/productCatalogManagement/v4/productOffering/${r.plan_code}`,
          '@referredType': 'ProductOffering',
        },
        product: { id: r.id, href: `${PRODUCT_BASE}/${r.id}`, '@type': 'Product' },
      },
    ],
    relatedParty: [customer(r, true)],
    '@type': 'ProductOrder',
  };
}

function source(map: (r: TmfSubscriptionRow, ctx: Ctx) => object): TmfSource {
  return {
    async list(ctx, page) {
      const p = await tmfSubscriptions(ctx.tx, {
        accountId: page.accountId ?? null,
        limit: page.limit,
        offset: page.offset,
      });
      return { items: p.rows.map((r) => map(r, ctx)), total: p.total };
    },
    async get(ctx, id) {
      const row = await tmfSubscription(ctx.tx, id);
      return row ? map(row, ctx) : undefined;
    },
  };
}

/** The subscriptions among TMF637 products, after the mobile lines. */
export const internetTmfProducts = source((r, ctx) => toTmfInternetProduct(r, ctx.locale));
/** The subscriptions' orders among TMF622 product orders, after the mobile orders. */
export const internetTmfOrders = source((r) => toTmfInternetOrder(r));
