import { defineModule } from '../../platform/module.ts';

/**
 * The ledger module's manifest (src/platform/module.ts). It owns `account_charges` and the price
 * in effect (prices.ts); it has no routes of its own: the account's charges are read through the
 * orders module's route and exported by billing's.
 */
export const ledgerModule = defineModule({
  name: 'ledger',
});
