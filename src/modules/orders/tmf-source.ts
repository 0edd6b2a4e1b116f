import { AppError } from '../../platform/errors.ts';
import type { TmfSource } from '../../platform/module.ts';
import { getOrder, listOrders } from './service.ts';
import { toTmfProductOrder } from './tmf.ts';

/** The mobile orders among TMF622 product orders (the internet module adds its subscription orders). */
export const ordersTmfProductOrders: TmfSource = {
  async list(ctx, page) {
    const p = await listOrders(ctx, page);
    return { items: p.items.map(toTmfProductOrder), total: p.total };
  },
  async get(ctx, id) {
    try {
      return toTmfProductOrder(await getOrder(ctx, id));
    } catch (e) {
      if (e instanceof AppError && e.code === 'resource.not_found') return undefined;
      throw e;
    }
  },
};
