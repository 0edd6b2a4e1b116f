import type { ChargeItemNames } from '../../platform/module.ts';
import { REFERRAL_COUPON_ITEM } from './rules.ts';

/**
 * REF-06's discount is the one item this module puts on the ledger; the mobile catalog does not
 * know it, so without this the customer's charges and the monthly CSV showed its code.
 */
const NAMES = new Map<string, readonly [fr: string, en: string]>([
  [
    REFERRAL_COUPON_ITEM,
    ['Remise parrainage installateur (bon retourné)', 'Installer referral discount (coupon returned)'],
  ],
]);

export const referralChargeItemNames: ChargeItemNames = (_tx, codes) =>
  Promise.resolve(new Map(codes.flatMap((c) => (NAMES.has(c) ? [[c, NAMES.get(c)!] as const] : []))));
