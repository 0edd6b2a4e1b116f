import type { ChargeItemNames } from '../../platform/module.ts';
import * as store from './store.ts';

/**
 * The names of the internet items charged through the ledger (plans, services, extenders, the box
 * rental, fees such as « Box non restituée »), so the customer's charges read names, not codes.
 */
export const internetChargeItemNames: ChargeItemNames = async (tx, codes) =>
  new Map((await store.itemNames(tx, codes)).map((r) => [r.code, [r.name_fr, r.name_en] as const]));
