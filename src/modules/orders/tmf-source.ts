import type { TmfSource } from '../../platform/module.ts';
import { pageAcross, tmfSourceOf } from '../../platform/http/tmf-routes.ts';
import { getOrder, listOrders } from './service.ts';
import { toTmfProductOrder } from './tmf.ts';
import { getTmfHeldOrder, listTmfHeldOrders } from './held-orders.ts';

const mobileOrders: TmfSource = tmfSourceOf(listOrders, getOrder, toTmfProductOrder);

/** Orders received without a customer or an offer (held-orders.ts): no customer to filter on. */
const heldOrders: TmfSource = {
  list: (ctx, page) =>
    page.accountId !== undefined ? Promise.resolve({ items: [], total: 0 }) : listTmfHeldOrders(ctx, page),
  get: getTmfHeldOrder,
};

/**
 * The mobile orders, then the orders held « à compléter », among TMF622 product orders (the
 * internet module adds its subscription orders).
 */
export const ordersTmfProductOrders: TmfSource = {
  list: (ctx, page) => pageAcross([mobileOrders, heldOrders], ctx, page),
  async get(ctx, id) {
    return (await mobileOrders.get(ctx, id)) ?? (await heldOrders.get(ctx, id));
  },
};
