import { ACCOUNT_SEARCH_SOURCES } from './search-sources.ts';
import type { Tx } from '../../platform/db/db.ts';
import { nextCounterValue } from '../../platform/db/counter.ts';
import { cappedTotal, orderBy, totalWithoutCount } from '../../platform/http/pagination.ts';
import { cappedCountSql } from '../../platform/db/count.ts';
import type { IsraeliIdKind } from './israeli-id.ts';
import type { AccountKind, CleanAccount, CleanAddress, CleanContact, SearchTerms } from './rules.ts';

/** The only SQL on customer accounts, their contacts and addresses. RLS scopes every query. */

export interface AccountRow {
  id: string;
  reference: string;
  kind: AccountKind;
  company_type: string | null;
  company_name: string | null;
  siret: string | null;
  national_id_kind: IsraeliIdKind | null;
  national_id: string | null;
  first_name: string | null;
  last_name: string | null;
  display_name: string;
  email: string;
  phone: string | null;
  country: string;
  billing_day: number;
  status: 'active' | 'closed';
  version: number;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

const COLUMNS = `id, reference, kind, company_type, company_name, siret, national_id_kind, national_id, first_name, last_name, display_name, email,
  phone, country, billing_day, status, version, created_at, updated_at, closed_at`;

export const ACCOUNT_SORT: Record<string, string> = {
  displayName: 'lower(display_name)',
  reference: 'reference',
  createdAt: 'created_at',
  billingDay: 'billing_day',
};

// Other modules' sources of the account search (search-sources.ts).

export interface AccountFilter {
  terms?: SearchTerms | undefined;
  kind?: AccountKind | undefined;
  status?: 'active' | 'closed' | undefined;
  limit: number;
  offset: number;
  sort?: string | undefined;
}

// What the search sorts and filters its matches by: the keys relais_search_accounts returns with
// each id (migration 0071), and the same columns of the accounts the other sources find. Every key
// of ACCOUNT_SORT must be one of them.
const SEARCH_KEYS = 'display_name, reference, created_at, billing_day, kind, status';

/** The accounts found by an exact number, phone or other module's record: a few, by index. */
function preciseSearchSql(): string {
  return [
    `SELECT id FROM customer_accounts WHERE $2::text IS NOT NULL AND siret = $2`,
    `SELECT id FROM customer_accounts WHERE $2::text IS NOT NULL AND national_id = lpad($2, 9, '0')`,
    `SELECT id FROM customer_accounts WHERE phone = ANY($3::text[])`,
    `SELECT account_id FROM account_contacts WHERE phone = ANY($3::text[]) OR mobile = ANY($3::text[])`,
    ...ACCOUNT_SEARCH_SOURCES,
  ].join('\n UNION ');
}

/**
 * Every account a search finds, once, with its sort and filter keys. Words and e-mails (accounts',
 * contacts') go through the function of migrations 0011/0071, since under row-level security their
 * indexes cannot serve `@@` and `lower()`, which are not leakproof; it reads each match once and
 * returns its keys, so thousands of matches (a common surname prefix) are sorted and counted without
 * being read again. The precise sources are read under row-level security, less what the function
 * found (an e-mail may be both a word match and a contact's address).
 */
function searchFoundSql(): string {
  return `WITH named AS MATERIALIZED (SELECT account_id AS id, ${SEARCH_KEYS} FROM relais_search_accounts($4::text, $1::text))
    SELECT id, ${SEARCH_KEYS} FROM named
    UNION ALL
    SELECT id, ${SEARCH_KEYS} FROM customer_accounts
     WHERE id IN (${preciseSearchSql()}) AND id NOT IN (SELECT id FROM named)`;
}

export async function listAccounts(
  tx: Tx,
  f: AccountFilter,
): Promise<{ rows: AccountRow[]; total: number; totalCapped: boolean }> {
  const t = f.terms;
  const order = orderBy(f.sort, ACCOUNT_SORT, 'displayName');
  if (!t) {
    const where = `($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR status = $2)`;
    const params = [f.kind ?? null, f.status ?? null];
    const rows = await tx.query<AccountRow>(
      `SELECT ${COLUMNS} FROM customer_accounts WHERE ${where} ORDER BY ${order} LIMIT $3 OFFSET $4`,
      [...params, f.limit, f.offset],
    );
    const known = totalWithoutCount(f, rows.length);
    if (known) return { rows, ...known };
    const { n } = await tx.one<{ n: number }>(
      cappedCountSql(`FROM customer_accounts WHERE ${where}`),
      params,
    );
    return { rows, ...cappedTotal(n) };
  }
  const found = `FROM (${searchFoundSql()}) found
    WHERE ($5::text IS NULL OR kind = $5) AND ($6::text IS NULL OR status = $6)`;
  const params = [t.text, t.digits, t.phones, t.tsquery, f.kind ?? null, f.status ?? null];
  // The page's ids in order, counted in the same pass (a window over the matches' keys), then the
  // rows of those 25 only.
  const page = await tx.query<AccountRow & { matches: number }>(
    `SELECT ${COLUMNS}, p.matches
       FROM (SELECT id, count(*) OVER ()::int AS matches ${found} ORDER BY ${order} LIMIT $7 OFFSET $8) p
       JOIN customer_accounts USING (id)
      ORDER BY ${order}`,
    [...params, f.limit, f.offset],
  );
  const rows: AccountRow[] = page.map(({ matches: _, ...r }) => r);
  // A precise search finds a few accounts: no count. Past the last match the page is empty and the
  // matches are counted apart.
  const known = totalWithoutCount(f, rows.length);
  if (known) return { rows, ...known };
  if (page[0] !== undefined) return { rows, ...cappedTotal(page[0].matches) };
  const { n } = await tx.one<{ n: number }>(cappedCountSql(found), params);
  return { rows, ...cappedTotal(n) };
}

export function getAccount(tx: Tx, id: string, lock = false): Promise<AccountRow | undefined> {
  return tx.maybeOne<AccountRow>(
    `SELECT ${COLUMNS} FROM customer_accounts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

/** The oldest account with this e-mail (case-insensitive), if any. */
export async function accountIdByEmail(tx: Tx, email: string): Promise<string | undefined> {
  const row = await tx.maybeOne<{ id: string }>(
    `SELECT id FROM customer_accounts WHERE lower(email) = lower($1) ORDER BY created_at, id LIMIT 1`,
    [email],
  );
  return row?.id;
}

/** The active account with this SIRET or Israeli number (one per tenant), other than `exceptId`. */
export function activeAccountBy(
  tx: Tx,
  column: 'siret' | 'national_id',
  value: string,
  exceptId: string | null,
): Promise<AccountRow | undefined> {
  return tx.maybeOne<AccountRow>(
    `SELECT ${COLUMNS} FROM customer_accounts
      WHERE ${column} = $1 AND status = 'active' AND ($2::uuid IS NULL OR id <> $2) LIMIT 1`,
    [value, exceptId],
  );
}

/** The next number of the tenant's account counter (row locked until the transaction ends). */
export function nextAccountNumber(tx: Tx): Promise<number> {
  return nextCounterValue(tx, 'account_counters');
}

/** The account's own fields in the order both the INSERT and the UPDATE bind them. */
function profileValues(a: CleanAccount): unknown[] {
  return [
    a.companyType,
    a.companyName,
    a.siret,
    a.firstName,
    a.lastName,
    a.displayName,
    a.email,
    a.phone,
    a.country,
    a.billingDay,
  ];
}

export async function insertAccount(
  tx: Tx,
  a: CleanAccount & { id: string; reference: string; searchText: string; now: Date },
): Promise<AccountRow> {
  return tx.one<AccountRow>(
    `INSERT INTO customer_accounts (tenant_id, id, reference, kind, company_type, company_name, siret, first_name, last_name,
        display_name, email, phone, country, billing_day, search_text, search_vector, created_at, updated_at,
        national_id_kind, national_id)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, to_tsvector('simple', $14), $15, $15,
        $16, $17)
     RETURNING ${COLUMNS}`,
    [a.id, a.reference, a.kind, ...profileValues(a), a.searchText, a.now, a.nationalIdKind, a.nationalId],
  );
}

export async function updateAccount(
  tx: Tx,
  id: string,
  version: number,
  a: CleanAccount & { status: 'active' | 'closed'; now: Date },
): Promise<AccountRow | undefined> {
  return tx.maybeOne<AccountRow>(
    `UPDATE customer_accounts SET company_type = $3, company_name = $4, siret = $5, first_name = $6, last_name = $7,
        display_name = $8, email = $9, phone = $10, country = $11, billing_day = $12, status = $13,
        closed_at = CASE WHEN $13 = 'closed' THEN coalesce(closed_at, $14) ELSE NULL END,
        national_id_kind = $15, national_id = $16,
        version = version + 1, updated_at = $14
      WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
    [id, version, ...profileValues(a), a.status, a.now, a.nationalIdKind, a.nationalId],
  );
}

/** Rebuilds the search words of an account after a change to it or its contacts. */
export async function setSearchText(tx: Tx, id: string, text: string): Promise<void> {
  await tx.query(
    `UPDATE customer_accounts SET search_text = $2, search_vector = to_tsvector('simple', $2) WHERE id = $1`,
    [id, text],
  );
}

/** The account's name and e-mail address (ACC-05: every account has one), for the customer's e-mails. */
export function accountContact(
  tx: Tx,
  accountId: string,
): Promise<{ display_name: string; email: string } | undefined> {
  return tx.maybeOne(`SELECT display_name, email FROM customer_accounts WHERE id = $1`, [accountId]);
}

// ── contacts ────────────────────────────────────────────────────────────────────────────────────

export interface ContactRow {
  id: string;
  account_id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const CONTACT_COLUMNS = `id, account_id, name, role, email, phone, mobile, version, created_at, updated_at`;

export function listContacts(tx: Tx, accountId: string): Promise<ContactRow[]> {
  return tx.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM account_contacts WHERE account_id = $1 ORDER BY created_at, id`,
    [accountId],
  );
}

export function listContactsOf(tx: Tx, accountIds: string[]): Promise<ContactRow[]> {
  return tx.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM account_contacts WHERE account_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [accountIds],
  );
}

export function getContact(tx: Tx, accountId: string, id: string): Promise<ContactRow | undefined> {
  return tx.maybeOne<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM account_contacts WHERE account_id = $1 AND id = $2 FOR UPDATE`,
    [accountId, id],
  );
}

export function insertContact(
  tx: Tx,
  c: CleanContact & { id: string; accountId: string; now: Date },
): Promise<ContactRow> {
  return tx.one<ContactRow>(
    `INSERT INTO account_contacts (tenant_id, id, account_id, name, role, email, phone, mobile, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${CONTACT_COLUMNS}`,
    [c.id, c.accountId, c.name, c.role, c.email, c.phone, c.mobile, c.now],
  );
}

export function updateContact(
  tx: Tx,
  id: string,
  version: number,
  c: CleanContact & { now: Date },
): Promise<ContactRow | undefined> {
  return tx.maybeOne<ContactRow>(
    `UPDATE account_contacts SET name = $3, role = $4, email = $5, phone = $6, mobile = $7,
        version = version + 1, updated_at = $8
      WHERE id = $1 AND version = $2 RETURNING ${CONTACT_COLUMNS}`,
    [id, version, c.name, c.role, c.email, c.phone, c.mobile, c.now],
  );
}

export async function deleteContact(tx: Tx, id: string): Promise<void> {
  await tx.query(`DELETE FROM account_contacts WHERE id = $1`, [id]);
}

// ── addresses ───────────────────────────────────────────────────────────────────────────────────

export interface AddressRow {
  id: string;
  account_id: string;
  kind: 'billing' | 'site';
  label: string | null;
  line1: string;
  line2: string | null;
  postal_code: string;
  city: string;
  country: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const ADDRESS_COLUMNS = `id, account_id, kind, label, line1, line2, postal_code, city, country, version, created_at, updated_at`;

export function listAddresses(tx: Tx, accountId: string): Promise<AddressRow[]> {
  return tx.query<AddressRow>(
    `SELECT ${ADDRESS_COLUMNS} FROM account_addresses WHERE account_id = $1
      ORDER BY CASE kind WHEN 'billing' THEN 0 ELSE 1 END, created_at, id`,
    [accountId],
  );
}

export function listAddressesOf(tx: Tx, accountIds: string[]): Promise<AddressRow[]> {
  return tx.query<AddressRow>(
    `SELECT ${ADDRESS_COLUMNS} FROM account_addresses WHERE account_id = ANY($1::uuid[])
      ORDER BY CASE kind WHEN 'billing' THEN 0 ELSE 1 END, created_at, id`,
    [accountIds],
  );
}

export function getAddress(tx: Tx, accountId: string, id: string): Promise<AddressRow | undefined> {
  return tx.maybeOne<AddressRow>(
    `SELECT ${ADDRESS_COLUMNS} FROM account_addresses WHERE account_id = $1 AND id = $2 FOR UPDATE`,
    [accountId, id],
  );
}

export async function hasBillingAddress(
  tx: Tx,
  accountId: string,
  exceptId: string | null,
): Promise<boolean> {
  const row = await tx.maybeOne(
    `SELECT id FROM account_addresses WHERE account_id = $1 AND kind = 'billing' AND ($2::uuid IS NULL OR id <> $2)`,
    [accountId, exceptId],
  );
  return row !== undefined;
}

export function insertAddress(
  tx: Tx,
  a: CleanAddress & { id: string; accountId: string; now: Date },
): Promise<AddressRow> {
  return tx.one<AddressRow>(
    `INSERT INTO account_addresses (tenant_id, id, account_id, kind, label, line1, line2, postal_code, city, country,
        created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING ${ADDRESS_COLUMNS}`,
    [a.id, a.accountId, a.kind, a.label, a.line1, a.line2, a.postalCode, a.city, a.country, a.now],
  );
}

export function updateAddress(
  tx: Tx,
  id: string,
  version: number,
  a: CleanAddress & { now: Date },
): Promise<AddressRow | undefined> {
  return tx.maybeOne<AddressRow>(
    `UPDATE account_addresses SET kind = $3, label = $4, line1 = $5, line2 = $6, postal_code = $7, city = $8,
        country = $9, version = version + 1, updated_at = $10
      WHERE id = $1 AND version = $2 RETURNING ${ADDRESS_COLUMNS}`,
    [id, version, a.kind, a.label, a.line1, a.line2, a.postalCode, a.city, a.country, a.now],
  );
}

export async function deleteAddress(tx: Tx, id: string): Promise<void> {
  await tx.query(`DELETE FROM account_addresses WHERE id = $1`, [id]);
}
