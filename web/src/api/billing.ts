import { useQuery } from '@tanstack/react-query';
import { api, buildUrl } from './client.ts';
import { pendingActionsKey } from './pending-actions.ts';
import type { ListResponse, PendingAction } from './types.ts';
import type { OkBody } from './contract.ts';

/** The customer page's charges total and CSV export, and the actions on the account's lines. */

/** One currency's total of the account's charges (a decimal string, e.g. "25.00"). */
export type ChargeTotal = OkBody<'/api/charges/totals', 'get'>['items'][number];

export function useChargeTotals(accountId: string) {
  return useQuery({
    // Under the orders' key (lines.ts), so whatever refreshes the charges refreshes the total.
    queryKey: ['orders', 'charges', accountId, 'totals'],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/charges/totals', 'get'>>('/api/charges/totals', { accountId }, signal),
  });
}

/**
 * The CSV file's address: a plain link (the session cookie authenticates a GET), so the browser
 * downloads it as a file. `lang` sets the columns' language, separator and decimal mark.
 */
export function chargesCsvUrl(accountId: string, lang: string): string {
  return buildUrl('/api/charges.csv', { accountId, lang: lang === 'en' ? 'en' : 'fr' });
}

/** Every scheduled action on the account's lines, in the order they take effect. */
export function useAccountPendingActions(accountId: string) {
  return useQuery({
    queryKey: [...pendingActionsKey, 'account', accountId],
    queryFn: ({ signal }) =>
      api.get<ListResponse<PendingAction>>(
        '/api/pending-actions',
        { accountId, status: 'scheduled', limit: 100, offset: 0 },
        signal,
      ),
  });
}
