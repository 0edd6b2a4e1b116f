import type { Tx } from '../../platform/db/db.ts';
import type { BillableLineState } from './rules.ts';

/** The only SQL of the billing module: lines to bill, the monthly charges, the CSV's rows. */

export interface BillableLineRow {
  id: string;
  account_id: string;
  state: BillableLineState;
  offer_code: string;
  activated_at: Date | null;
  terminated_at: Date | null;
}

/**
 * A page of the lines that may owe the month starting at `startsAt` (keyset on id, so a large
 * tenant is read in bounded slices): activated before the month, and active, suspended (ACT-01) or
 * terminated after the month started (Reading 7). The pure rule decides the rest.
 */
export function billableLines(
  tx: Tx,
  startsAt: Date,
  afterId: string | null,
  limit: number,
): Promise<BillableLineRow[]> {
  return tx.query<BillableLineRow>(
    `SELECT id, account_id, state, offer_code, activated_at, terminated_at FROM lines
      WHERE activated_at < $1
        AND (state IN ('active', 'suspended') OR (state = 'terminated' AND terminated_at > $1))
        AND ($2::uuid IS NULL OR id > $2::uuid)
      ORDER BY id LIMIT $3`,
    [startsAt, afterId, limit],
  );
}

export interface ScheduledLineActionRow {
  entity_id: string;
  kind: string;
  payload: Record<string, unknown>;
  effective_at: Date;
}

/** The line actions still scheduled at or before `until` on these lines (plan changes, ends…). */
export function scheduledLineActions(
  tx: Tx,
  lineIds: readonly string[],
  until: Date,
): Promise<ScheduledLineActionRow[]> {
  if (lineIds.length === 0) return Promise.resolve([]);
  return tx.query<ScheduledLineActionRow>(
    `SELECT entity_id, kind, payload, effective_at FROM pending_actions
      WHERE entity_type = 'line' AND entity_id = ANY($1::text[]) AND status = 'scheduled' AND effective_at <= $2`,
    [lineIds, until],
  );
}

/** The scheduled monthly run of the tenant, if any (other than `exceptId`, the one running). */
export function scheduledRun(
  tx: Tx,
  kind: string,
  exceptId: string | null,
): Promise<{ id: string; effective_at: Date } | undefined> {
  return tx.maybeOne(
    `SELECT id, effective_at FROM pending_actions
      WHERE kind = $1 AND status = 'scheduled' AND ($2::uuid IS NULL OR id <> $2::uuid)
      ORDER BY effective_at LIMIT 1`,
    [kind, exceptId],
  );
}

/** Serialises the tenant's scheduling of its monthly run (two nodes starting together). */
export async function lockBillingSchedule(tx: Tx): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('relais.billing.' || relais_tenant()::text))`);
}

export async function accountReference(tx: Tx, accountId: string): Promise<string | undefined> {
  const row = await tx.maybeOne<{ reference: string }>(
    `SELECT reference FROM customer_accounts WHERE id = $1`,
    [accountId],
  );
  return row?.reference;
}

// ── The ledger read for the CSV export and the card's total ──────────────────────────────────────

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
       LEFT JOIN LATERAL (
         SELECT x.name_fr, x.name_en FROM (
           SELECT o.name_fr, o.name_en, v.effective_from FROM catalog_offers o JOIN catalog_versions v ON v.id = o.version_id
            WHERE c.item_type = 'offer' AND o.code = c.item_code
           UNION ALL
           SELECT p.name_fr, p.name_en, v.effective_from FROM catalog_options p JOIN catalog_versions v ON v.id = p.version_id
            WHERE c.item_type = 'option' AND p.code = c.item_code
         ) x ORDER BY x.effective_from DESC LIMIT 1
       ) n ON true
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
