import type { Tx } from '../../platform/db/db.ts';
import type { PeriodCharge } from './rules.ts';

/**
 * The only SQL on `account_charges`, the customer's ledger: the ledger module is the only writer
 * (activation charges from orders, option and termination charges from lines, the monthly run
 * from billing all go through its service). RLS scopes every query to the tenant.
 */

/** What naming a charged item reads from a row: its code and the mobile catalog's names, if any. */
export interface ItemNameColumns {
  item_code: string;
  item_name_fr?: string | null;
  item_name_en?: string | null;
}

export interface ChargeRow {
  id: string;
  account_id: string;
  line_id: string | null;
  order_id: string | null;
  kind: 'one_off' | 'first_month' | 'monthly' | 'usage' | 'usage_minimum';
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

/**
 * The charged item's name (`n.name_fr`, `n.name_en`) from the newest catalog version that has it,
 * for a query on `account_charges c`; null for a code the mobile catalog does not know.
 */
const ITEM_NAME = `LEFT JOIN LATERAL (
         SELECT x.name_fr, x.name_en FROM (
           SELECT o.name_fr, o.name_en, v.effective_from FROM catalog_offers o JOIN catalog_versions v ON v.id = o.version_id
            WHERE c.item_type = 'offer' AND o.code = c.item_code
           UNION ALL
           SELECT p.name_fr, p.name_en, v.effective_from FROM catalog_options p JOIN catalog_versions v ON v.id = p.version_id
            WHERE c.item_type = 'option' AND p.code = c.item_code
         ) x ORDER BY x.effective_from DESC LIMIT 1
       ) n ON true`;

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
       ${ITEM_NAME}
      WHERE c.account_id = $1 ORDER BY c.created_at DESC, c.item_type DESC, c.item_code LIMIT $2 OFFSET $3`,
    [accountId, limit, offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM account_charges WHERE account_id = $1`,
    [accountId],
  );
  return { rows, total: n };
}

/** What a line's month already carries per item (the first month pro rata…), for Reading 7. */
export async function chargedInPeriod(
  tx: Tx,
  lineId: string,
  periodStart: string,
  periodEnd: string,
): Promise<Map<string, number>> {
  const rows = await tx.query<{ item_type: string; item_code: string; total: number }>(
    `SELECT item_type, item_code, sum(amount_minor)::int8 AS total FROM account_charges
      WHERE line_id = $1 AND period_start >= $2::date AND period_end <= $3::date
      GROUP BY item_type, item_code`,
    [lineId, periodStart, periodEnd],
  );
  return new Map(rows.map((r) => [`${r.item_type}:${r.item_code}`, Number(r.total)]));
}

export interface MonthlyChargeInsert extends PeriodCharge {
  id: string;
  accountId: string;
  lineId: string;
}

/**
 * Writes the month's charges in one statement. ON CONFLICT DO NOTHING on the ledger's unique
 * index (line, item, period start, kind): a second run of the same month, or a month already
 * written by a termination (Reading 7), adds nothing. Returns how many rows were new.
 */
export async function insertMonthlyCharges(
  tx: Tx,
  rows: readonly MonthlyChargeInsert[],
  currency: 'EUR' | 'ILS',
  vatIncluded: boolean,
  now: Date,
): Promise<{ inserted: number; amountMinor: number }> {
  if (rows.length === 0) return { inserted: 0, amountMinor: 0 };
  const written = await tx.query<{ amount_minor: number }>(
    `INSERT INTO account_charges (tenant_id, id, account_id, line_id, order_id, kind, item_type, item_code, amount_minor,
        currency, vat_included, period_start, period_end, monthly_minor, created_at)
     SELECT relais_tenant(), r.id, r.account_id, r.line_id, NULL, 'monthly', r.item_type, r.item_code, r.amount_minor,
            $2, $3, r.period_start, r.period_end, r.monthly_minor, $4
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, account_id uuid, line_id uuid, item_type text, item_code text,
            amount_minor bigint, monthly_minor bigint, period_start date, period_end date)
     ON CONFLICT DO NOTHING
     RETURNING amount_minor`,
    [
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          account_id: r.accountId,
          line_id: r.lineId,
          item_type: r.itemType,
          item_code: r.itemCode,
          amount_minor: r.amountMinor,
          monthly_minor: r.monthlyMinor,
          period_start: r.periodStart,
          period_end: r.periodEnd,
        })),
      ),
      currency,
      vatIncluded,
      now,
    ],
  );
  return { inserted: written.length, amountMinor: written.reduce((s, r) => s + Number(r.amount_minor), 0) };
}

/** Whether the account exists for the tenant (a read of the accounts module's table). */
export async function accountExists(tx: Tx, accountId: string): Promise<boolean> {
  return (await tx.maybeOne(`SELECT id FROM customer_accounts WHERE id = $1`, [accountId])) !== undefined;
}

// ── The charges of a period, for billing's CSV export and its total ──────────────────────────────────────

export interface ChargeFilter {
  accountId: string | null;
  /** Local dates, inclusive: a charge's date is its period's start, or the day it was written. */
  from: string | null;
  to: string | null;
}

export interface ExportRow {
  account_reference: string;
  account_name: string;
  msisdn: string | null;
  user_name: string | null;
  kind: 'one_off' | 'first_month' | 'monthly' | 'usage' | 'usage_minimum';
  item_type: 'offer' | 'option';
  item_code: string;
  item_name_fr: string | null;
  item_name_en: string | null;
  charge_date: string;
  period_start: string | null;
  period_end: string | null;
  amount_minor: number;
  currency: 'EUR' | 'ILS';
  vat_included: boolean;
}

/** A charge's date (local): its period's start, else the day it was written in the tenant's zone. */
const CHARGE_DATE = `coalesce(c.period_start, (c.created_at AT TIME ZONE t.time_zone)::date)`;
const CHARGE_WHERE = `($1::uuid IS NULL OR c.account_id = $1::uuid)
  AND ($2::date IS NULL OR ${CHARGE_DATE} >= $2::date) AND ($3::date IS NULL OR ${CHARGE_DATE} <= $3::date)`;

/**
 * The charges of an account (or of every account) in a date range, oldest first, with the item's
 * name from the newest catalog version that has it.
 */
export function exportRows(tx: Tx, f: ChargeFilter, max: number): Promise<ExportRow[]> {
  return tx.query<ExportRow>(
    `SELECT a.reference AS account_reference, a.display_name AS account_name, l.msisdn, l.user_name,
            c.kind, c.item_type, c.item_code, n.name_fr AS item_name_fr, n.name_en AS item_name_en,
            to_char(${CHARGE_DATE}, 'YYYY-MM-DD') AS charge_date, c.period_start, c.period_end,
            c.amount_minor, c.currency, c.vat_included
       FROM account_charges c
       JOIN tenants t ON t.id = c.tenant_id
       JOIN customer_accounts a ON a.id = c.account_id
       LEFT JOIN lines l ON l.id = c.line_id
       ${ITEM_NAME}
      WHERE ${CHARGE_WHERE}
      ORDER BY ${CHARGE_DATE}, a.reference, l.msisdn NULLS FIRST, c.item_type, c.item_code, c.kind, c.id
      LIMIT $4`,
    [f.accountId, f.from, f.to, max],
  );
}

/** How many charges and their sum, per currency (a tenant has one; the type allows more). */
export function chargeTotals(
  tx: Tx,
  f: ChargeFilter,
): Promise<{ currency: 'EUR' | 'ILS'; vat_included: boolean; count: number; amount_minor: number }[]> {
  return tx.query(
    `SELECT c.currency, c.vat_included, count(*)::int AS count, sum(c.amount_minor)::int8 AS amount_minor
       FROM account_charges c JOIN tenants t ON t.id = c.tenant_id
      WHERE ${CHARGE_WHERE}
      GROUP BY c.currency, c.vat_included ORDER BY c.currency, c.vat_included`,
    [f.accountId, f.from, f.to],
  );
}
