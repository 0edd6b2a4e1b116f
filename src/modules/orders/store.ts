import type { Tx } from '../../platform/db/db.ts';
import type { Network } from '../catalog/model.ts';

/** The only SQL on orders. Lines are written through ../lines/store.ts. */

export type OrderState = 'queued' | 'in_progress' | 'completed' | 'failed';

export interface OrderRow {
  id: string;
  reference: string;
  account_id: string;
  account_name: string;
  configuration: 'unit' | 'multiple';
  network: Network;
  state: OrderState;
  submit_at: Date;
  failure: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

const COLUMNS = `o.id, o.reference, o.account_id, a.display_name AS account_name, o.configuration, o.network, o.state,
  o.submit_at, o.failure, o.created_by, o.created_at, o.updated_at, o.completed_at`;
const FROM = `orders o JOIN customer_accounts a ON a.id = o.account_id`;

export async function nextOrderNumber(tx: Tx): Promise<number> {
  const row = await tx.one<{ last_value: number }>(
    `INSERT INTO order_counters (tenant_id, last_value) VALUES (relais_tenant(), 1)
     ON CONFLICT (tenant_id) DO UPDATE SET last_value = order_counters.last_value + 1
     RETURNING last_value`,
  );
  return Number(row.last_value);
}

export async function insertOrder(
  tx: Tx,
  o: {
    id: string;
    reference: string;
    accountId: string;
    configuration: 'unit' | 'multiple';
    network: Network;
    state: OrderState;
    submitAt: Date;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO orders (tenant_id, id, reference, account_id, configuration, network, state, submit_at, created_by, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [o.id, o.reference, o.accountId, o.configuration, o.network, o.state, o.submitAt, o.createdBy, o.now],
  );
}

export function getOrder(tx: Tx, id: string, lock = false): Promise<OrderRow | undefined> {
  return tx.maybeOne<OrderRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE o.id = $1${lock ? ' FOR UPDATE OF o' : ''}`,
    [id],
  );
}

export interface OrderFilter {
  accountId?: string | undefined;
  state?: OrderState | undefined;
  limit: number;
  offset: number;
}

export async function listOrders(tx: Tx, f: OrderFilter): Promise<{ rows: OrderRow[]; total: number }> {
  const where = `($1::uuid IS NULL OR o.account_id = $1) AND ($2::text IS NULL OR o.state = $2)`;
  const params = [f.accountId ?? null, f.state ?? null];
  const rows = await tx.query<OrderRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY o.created_at DESC, o.id LIMIT $3 OFFSET $4`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM orders o WHERE ${where}`, params);
  return { rows, total: n };
}

export async function setOrderState(
  tx: Tx,
  id: string,
  state: OrderState,
  now: Date,
  failure: string | null = null,
): Promise<void> {
  await tx.query(
    `UPDATE orders SET state = $2, failure = $3, updated_at = $4,
       completed_at = CASE WHEN $2 IN ('completed', 'failed') THEN $4 ELSE completed_at END
     WHERE id = $1`,
    [id, state, failure, now],
  );
}

// ── The account's charges ledger ──────────────────────────────────────────────────────────────

export interface ChargeRow {
  id: string;
  account_id: string;
  line_id: string | null;
  order_id: string | null;
  kind: 'one_off' | 'first_month' | 'monthly';
  item_type: 'offer' | 'option';
  item_code: string;
  amount_minor: number;
  currency: 'EUR' | 'ILS';
  vat_included: boolean;
  period_start: string | null;
  period_end: string | null;
  monthly_minor: number | null;
  created_at: Date;
  msisdn: string | null;
  /** The item's name in the newest catalog version that has it (null for an unknown code). */
  item_name_fr?: string | null;
  item_name_en?: string | null;
}

export async function insertCharge(
  tx: Tx,
  c: Omit<ChargeRow, 'created_at' | 'msisdn' | 'item_name_fr' | 'item_name_en'> & { now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO account_charges (tenant_id, id, account_id, line_id, order_id, kind, item_type, item_code, amount_minor,
        currency, vat_included, period_start, period_end, monthly_minor, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     -- A month is charged once per line and item (0010_billing.sql): a termination's top-up of a
     -- month the monthly run already charged keeps the month's first charge (Reading 7).
     ON CONFLICT DO NOTHING`,
    [
      c.id,
      c.account_id,
      c.line_id,
      c.order_id,
      c.kind,
      c.item_type,
      c.item_code,
      c.amount_minor,
      c.currency,
      c.vat_included,
      c.period_start,
      c.period_end,
      c.monthly_minor,
      c.now,
    ],
  );
}

export async function listCharges(
  tx: Tx,
  accountId: string,
  limit: number,
  offset: number,
): Promise<{ rows: ChargeRow[]; total: number }> {
  const rows = await tx.query<ChargeRow>(
    `SELECT c.id, c.account_id, c.line_id, c.order_id, c.kind, c.item_type, c.item_code, c.amount_minor, c.currency,
            c.vat_included, c.period_start, c.period_end, c.monthly_minor, c.created_at, l.msisdn,
            n.name_fr AS item_name_fr, n.name_en AS item_name_en
       FROM account_charges c LEFT JOIN lines l ON l.id = c.line_id
       LEFT JOIN LATERAL (
         SELECT x.name_fr, x.name_en FROM (
           SELECT o.name_fr, o.name_en, v.effective_from FROM catalog_offers o JOIN catalog_versions v ON v.id = o.version_id
            WHERE c.item_type = 'offer' AND o.code = c.item_code
           UNION ALL
           SELECT p.name_fr, p.name_en, v.effective_from FROM catalog_options p JOIN catalog_versions v ON v.id = p.version_id
            WHERE c.item_type = 'option' AND p.code = c.item_code
         ) x ORDER BY x.effective_from DESC LIMIT 1
       ) n ON true
      WHERE c.account_id = $1 ORDER BY c.created_at DESC, c.item_type DESC, c.item_code LIMIT $2 OFFSET $3`,
    [accountId, limit, offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM account_charges WHERE account_id = $1`,
    [accountId],
  );
  return { rows, total: n };
}
