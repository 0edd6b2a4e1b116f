import type { Tx } from '../../platform/db/db.ts';
import { recordCharge } from '../ledger/service.ts';
import type { InternetCatalogData } from './model.ts';
import type { SubscriptionRow } from './store.ts';

/**
 * A one-off fee of a subscription (NET-09's installation in a small building, NET-06/NET-10's box
 * not returned), charged on its account through the ledger (`recordCharge`,
 * src/modules/ledger/service.ts), the one writer of account_charges. A fee is neither an offer nor
 * an option: it is written as item type "option" with the fee's catalog code, the closest the
 * ledger's types allow today.
 */
export async function chargeFee(
  tx: Tx,
  row: Pick<SubscriptionRow, 'account_id'>,
  catalog: Pick<InternetCatalogData, 'vatIncluded'>,
  fee: { code: string; amountMinor: number },
  now: Date,
): Promise<void> {
  await recordCharge(
    tx,
    {
      accountId: row.account_id,
      lineId: null,
      orderId: null,
      kind: 'one_off',
      itemType: 'option',
      itemCode: fee.code,
      amountMinor: fee.amountMinor,
      currency: 'ILS',
      vatIncluded: catalog.vatIncluded,
      periodStart: null,
      periodEnd: null,
      monthlyMinor: null,
    },
    now,
  );
}
