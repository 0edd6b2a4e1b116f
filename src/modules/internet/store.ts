import type { DataVersionInsert } from '../../platform/db/data-versions.ts';
import type { Tx } from '../../platform/db/db.ts';
import type { Operator } from './model.ts';
import type { SubscriptionState } from './rules.ts';

/** The only SQL of the internet module; the only writer of its tables. */

// ── The reference catalog (system transaction at load) ────────────────────────────────────────

export interface CatalogItemInsert {
  item_type: 'plan' | 'box' | 'service' | 'fee';
  code: string;
  position: number;
  operator: Operator | null;
  name_fr: string;
  name_en: string;
  price_component: 'monthly' | 'one_off' | null;
  amount_minor: number | null;
  facts: unknown;
}

export type CatalogItemRow = CatalogItemInsert & { version_id: string };

export function loadedChecksum(tx: Tx, id: string): Promise<{ checksum: string } | undefined> {
  return tx.maybeOne(`SELECT checksum FROM internet_catalog_versions WHERE id = $1`, [id]);
}

export async function insertVersion(tx: Tx, v: DataVersionInsert): Promise<void> {
  await tx.query(
    `INSERT INTO internet_catalog_versions (id, effective_from, currency, vat_included, checksum, source, loaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [v.id, v.effectiveFrom, v.currency, v.vatIncluded, v.checksum, v.source, v.now],
  );
}

export async function insertItems(
  tx: Tx,
  versionId: string,
  items: readonly CatalogItemInsert[],
): Promise<void> {
  await tx.query(
    `INSERT INTO internet_catalog_items (version_id, item_type, code, position, operator, name_fr, name_en,
        price_component, amount_minor, facts)
     SELECT $1, r.item_type, r.code, r.position, r.operator, r.name_fr, r.name_en, r.price_component, r.amount_minor, r.facts
       FROM jsonb_to_recordset($2::jsonb) AS r(item_type text, code text, position int, operator text, name_fr text,
            name_en text, price_component text, amount_minor bigint, facts jsonb)`,
    [versionId, JSON.stringify(items)],
  );
}

/** The newest loaded version effective at `at`. */
export function currentVersion(
  tx: Tx,
  at: Date,
): Promise<{ id: string; currency: string; vat_included: boolean; effective_from: Date } | undefined> {
  return tx.maybeOne(
    `SELECT id, currency, vat_included, effective_from FROM internet_catalog_versions
      WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
    [at],
  );
}

/** The names of these item codes in the newest catalog version that has each. */
export function itemNames(
  tx: Tx,
  codes: readonly string[],
): Promise<{ code: string; name_fr: string; name_en: string }[]> {
  return tx.query(
    `SELECT DISTINCT ON (i.code) i.code, i.name_fr, i.name_en
       FROM internet_catalog_items i JOIN internet_catalog_versions v ON v.id = i.version_id
      WHERE i.code = ANY($1::text[]) ORDER BY i.code, v.effective_from DESC`,
    [codes],
  );
}

export function catalogItems(tx: Tx, versionId: string): Promise<CatalogItemRow[]> {
  return tx.query<CatalogItemRow>(
    `SELECT version_id, item_type, code, position, operator, name_fr, name_en, price_component, amount_minor, facts
       FROM internet_catalog_items WHERE version_id = $1 ORDER BY item_type, position`,
    [versionId],
  );
}

// ── Eligibility checks ────────────────────────────────────────────────────────────────────────

export interface EligibilityRow {
  id: string;
  account_id: string;
  operator: Operator;
  address: string;
  fibre_eligible: boolean;
  method: 'operator' | 'manual';
  checked_at: Date;
  checked_by: string;
  reference: string | null;
  created_at: Date;
}

const ELIGIBILITY_COLS =
  'id, account_id, operator, address, fibre_eligible, method, checked_at, checked_by, reference, created_at';

export async function insertEligibility(tx: Tx, r: EligibilityRow): Promise<void> {
  await tx.query(
    `INSERT INTO internet_eligibility_checks (tenant_id, ${ELIGIBILITY_COLS})
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      r.id,
      r.account_id,
      r.operator,
      r.address,
      r.fibre_eligible,
      r.method,
      r.checked_at,
      r.checked_by,
      r.reference,
      r.created_at,
    ],
  );
}

export function eligibility(tx: Tx, id: string): Promise<EligibilityRow | undefined> {
  return tx.maybeOne<EligibilityRow>(
    `SELECT ${ELIGIBILITY_COLS} FROM internet_eligibility_checks WHERE id = $1`,
    [id],
  );
}

export function eligibilityOfAccount(tx: Tx, accountId: string): Promise<EligibilityRow[]> {
  return tx.query<EligibilityRow>(
    `SELECT ${ELIGIBILITY_COLS} FROM internet_eligibility_checks WHERE account_id = $1 ORDER BY created_at DESC LIMIT 50`,
    [accountId],
  );
}

// ── Subscriptions ────────────────────────────────────────────────────────────────────────────

export interface SubscriptionRow {
  id: string;
  reference: string;
  account_id: string;
  operator: Operator;
  masap: string;
  address: string;
  building_flats: number | null;
  plan_code: string;
  catalog_version: string;
  eligibility_check_id: string | null;
  box_model: string | null;
  box_serial: string | null;
  extenders: number;
  services: string[];
  billing_day: number;
  wifi_ssid_secret: string | null;
  wifi_password_secret: string | null;
  state: SubscriptionState;
  installation_fee_minor: number;
  installation_at: Date | null;
  installation_no_due_date: boolean;
  installed_at: Date | null;
  termination_requested_at: Date | null;
  termination_reason: string | null;
  termination_effective_at: Date | null;
  box_return_deadline: Date | null;
  box_returned_at: Date | null;
  bezeq_reported_at: Date | null;
  bezeq_report_channel: 'email' | 'manual' | null;
  technician_chased_at: Date | null;
  technician_chase_to: string | null;
  wifi_pending_ssid_secret: string | null;
  wifi_pending_password_secret: string | null;
  wifi_pending_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const SUB_COLS = `id, reference, account_id, operator, masap, address, building_flats, plan_code, catalog_version,
  eligibility_check_id, box_model, box_serial, extenders, services, billing_day, wifi_ssid_secret, wifi_password_secret,
  state, installation_fee_minor, installation_at, installation_no_due_date, installed_at, termination_requested_at,
  termination_reason, termination_effective_at, box_return_deadline, box_returned_at, bezeq_reported_at,
  bezeq_report_channel, technician_chased_at, technician_chase_to, wifi_pending_ssid_secret, wifi_pending_password_secret, wifi_pending_at, created_at,
  updated_at, version`;

export type SubscriptionInsert = Pick<
  SubscriptionRow,
  | 'id'
  | 'reference'
  | 'account_id'
  | 'operator'
  | 'masap'
  | 'address'
  | 'building_flats'
  | 'plan_code'
  | 'catalog_version'
  | 'eligibility_check_id'
  | 'billing_day'
  | 'state'
  | 'installation_fee_minor'
> & { now: Date };

export async function insertSubscription(tx: Tx, s: SubscriptionInsert): Promise<void> {
  await tx.query(
    `INSERT INTO internet_subscriptions (tenant_id, id, reference, account_id, operator, masap, address, building_flats,
        plan_code, catalog_version, eligibility_check_id, billing_day, state, installation_fee_minor, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)`,
    [
      s.id,
      s.reference,
      s.account_id,
      s.operator,
      s.masap,
      s.address,
      s.building_flats,
      s.plan_code,
      s.catalog_version,
      s.eligibility_check_id,
      s.billing_day,
      s.state,
      s.installation_fee_minor,
      s.now,
    ],
  );
}

export function subscription(tx: Tx, id: string, lock = false): Promise<SubscriptionRow | undefined> {
  return tx.maybeOne<SubscriptionRow>(
    `SELECT ${SUB_COLS} FROM internet_subscriptions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export function subscriptionsOfAccount(tx: Tx, accountId: string): Promise<SubscriptionRow[]> {
  return tx.query<SubscriptionRow>(
    `SELECT ${SUB_COLS} FROM internet_subscriptions WHERE account_id = $1 ORDER BY created_at, id`,
    [accountId],
  );
}

export function countSubscriptions(tx: Tx): Promise<{ n: number }> {
  return tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM internet_subscriptions`);
}

/** The columns a use case may change. */
export type SubscriptionPatch = Partial<
  Pick<
    SubscriptionRow,
    | 'state'
    | 'box_model'
    | 'box_serial'
    | 'extenders'
    | 'services'
    | 'wifi_ssid_secret'
    | 'wifi_password_secret'
    | 'installation_at'
    | 'installation_no_due_date'
    | 'installed_at'
    | 'termination_requested_at'
    | 'termination_reason'
    | 'termination_effective_at'
    | 'box_return_deadline'
    | 'box_returned_at'
    | 'bezeq_reported_at'
    | 'bezeq_report_channel'
    | 'technician_chased_at'
    | 'technician_chase_to'
    | 'wifi_pending_ssid_secret'
    | 'wifi_pending_password_secret'
    | 'wifi_pending_at'
  >
>;

const PATCHABLE: readonly (keyof SubscriptionPatch)[] = [
  'state',
  'box_model',
  'box_serial',
  'extenders',
  'services',
  'wifi_ssid_secret',
  'wifi_password_secret',
  'installation_at',
  'installation_no_due_date',
  'installed_at',
  'termination_requested_at',
  'termination_reason',
  'termination_effective_at',
  'box_return_deadline',
  'box_returned_at',
  'bezeq_reported_at',
  'bezeq_report_channel',
  'technician_chased_at',
  'technician_chase_to',
  'wifi_pending_ssid_secret',
  'wifi_pending_password_secret',
  'wifi_pending_at',
];

export async function updateSubscription(
  tx: Tx,
  id: string,
  patch: SubscriptionPatch,
  now: Date,
): Promise<void> {
  const keys = PATCHABLE.filter((k) => patch[k] !== undefined);
  const sets = keys.map((k, i) => `${k} = $${i + 3}${k === 'services' ? '::jsonb' : ''}`);
  const values = keys.map((k) => (k === 'services' ? JSON.stringify(patch[k]) : patch[k]));
  await tx.query(
    `UPDATE internet_subscriptions SET ${[...sets, 'updated_at = $2', 'version = version + 1'].join(', ')} WHERE id = $1`,
    [id, now, ...values],
  );
}
