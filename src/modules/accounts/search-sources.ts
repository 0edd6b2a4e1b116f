/**
 * Extension point of the account search: a module whose records lead to an account (lines by
 * MSISDN or ICCID, orders by number…) adds a subquery returning `account_id`. It may use
 * $1 = the folded input text, $2 = its digits (null when it is not a number), $3 = the E.164
 * forms it may denote (text[]). Example for the lines module:
 * `SELECT account_id FROM lines WHERE $2::text IS NOT NULL AND (msisdn = $2 OR iccid = $2)`.
 * The accounts store reads the list; other modules add to it here, never through the store.
 */
export const ACCOUNT_SEARCH_SOURCES: string[] = [];

export function addAccountSearchSource(sql: string): void {
  ACCOUNT_SEARCH_SOURCES.push(sql);
}
