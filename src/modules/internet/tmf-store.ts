import type { Tx } from '../../platform/db/db.ts';
import type { Operator } from './model.ts';
import type { SubscriptionState } from './rules.ts';

/**
 * The subscriptions as TM Forum reads them (TMF637 products, TMF622 orders; issue 11 §5): never
 * the Wi-Fi secrets. Reads the customer's name in a join (no write).
 */
export interface TmfSubscriptionRow {
  id: string;
  reference: string;
  account_id: string;
  account_name: string;
  operator: Operator;
  masap: string;
  address: string;
  plan_code: string;
  catalog_version: string;
  box_model: string | null;
  box_serial: string | null;
  extenders: number;
  services: string[];
  billing_day: number;
  state: SubscriptionState;
  installation_at: Date | null;
  installed_at: Date | null;
  termination_effective_at: Date | null;
  created_at: Date;
}

const COLUMNS = `s.id, s.reference, s.account_id, a.display_name AS account_name, s.operator, s.masap, s.address,
  s.plan_code, s.catalog_version, s.box_model, s.box_serial, s.extenders, s.services, s.billing_day, s.state,
  s.installation_at, s.installed_at, s.termination_effective_at, s.created_at`;
const FROM = `internet_subscriptions s JOIN customer_accounts a ON a.tenant_id = s.tenant_id AND a.id = s.account_id`;

export async function tmfSubscriptions(
  tx: Tx,
  p: { accountId: string | null; limit: number; offset: number },
): Promise<{ rows: TmfSubscriptionRow[]; total: number }> {
  const rows = await tx.query<TmfSubscriptionRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ($1::uuid IS NULL OR s.account_id = $1)
      ORDER BY s.created_at DESC, s.id LIMIT $2 OFFSET $3`,
    [p.accountId, p.limit, p.offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM internet_subscriptions s WHERE ($1::uuid IS NULL OR s.account_id = $1)`,
    [p.accountId],
  );
  return { rows, total: n };
}

export function tmfSubscription(tx: Tx, id: string): Promise<TmfSubscriptionRow | undefined> {
  return tx.maybeOne<TmfSubscriptionRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1`, [id]);
}
