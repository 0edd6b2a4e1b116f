import type { Tx } from '../../platform/db/db.ts';

/**
 * The tenant's internet subscriptions, for the list page (issue 11 §6): kept apart from store.ts,
 * which other work on the module edits. Reads the customer's name in a join (no write).
 */
export interface SubscriptionListRow {
  id: string;
  reference: string;
  account_id: string;
  account_name: string;
  operator: 'hot' | 'partner';
  plan_code: string;
  address: string;
  masap: string;
  state: string;
  created_at: Date;
  total: number;
}

export function searchSubscriptions(
  tx: Tx,
  p: { q: string | null; limit: number; offset: number },
): Promise<SubscriptionListRow[]> {
  // One word typed finds a reference, a MASAP, an address, a box serial or the customer's name.
  return tx.query<SubscriptionListRow>(
    `SELECT s.id, s.reference, s.account_id, a.display_name AS account_name, s.operator, s.plan_code,
            s.address, s.masap, s.state, s.created_at, count(*) OVER () AS total
       FROM internet_subscriptions s
       JOIN customer_accounts a ON a.tenant_id = s.tenant_id AND a.id = s.account_id
      WHERE $1::text IS NULL
         OR s.reference ILIKE '%' || $1 || '%' OR s.masap ILIKE '%' || $1 || '%'
         OR s.address ILIKE '%' || $1 || '%' OR coalesce(s.box_serial, '') ILIKE '%' || $1 || '%'
         OR a.display_name ILIKE '%' || $1 || '%'
      ORDER BY s.created_at DESC, s.id
      LIMIT $2 OFFSET $3`,
    [p.q, p.limit, p.offset],
  );
}
