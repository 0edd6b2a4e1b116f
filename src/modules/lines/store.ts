import { iccidMatch, reversed } from '../../platform/db/iccid-match.ts';
import type { Tx } from '../../platform/db/db.ts';
import { cappedTotal, orderBy, totalWithoutCount } from '../../platform/http/pagination.ts';
import { cappedCountSql } from '../../platform/db/count.ts';
import type { Network } from '../catalog/model.ts';
import type { SimType } from '../stock/rules.ts';

/** The only SQL on mobile lines and their options. RLS scopes every query to the tenant. */

export type LineState = 'in_progress' | 'active' | 'suspended' | 'terminated' | 'cancelled';

export interface LineRow {
  id: string;
  account_id: string;
  account_name: string;
  order_id: string;
  order_reference: string;
  position: number;
  network: Network;
  offer_code: string;
  state: LineState;
  msisdn: string | null;
  iccid: string | null;
  sim_type: SimType;
  user_name: string;
  site_id: string | null;
  portability: boolean;
  rio: string | null;
  activation_at: Date;
  esim_contact_email: string | null;
  esim_contact_mobile: string | null;
  esim_code_secret: string | null;
  esim_wrong_tries: number;
  esim_confirmed_at: Date | null;
  created_at: Date;
  activated_at: Date | null;
  terminated_at: Date | null;
  updated_at: Date;
  version: number;
  /** The offer's name in the newest catalog version that has it (users read names, not codes). */
  offer_name: { fr: string; en: string } | null;
}

const COLUMNS = `l.id, l.account_id, a.display_name AS account_name, l.order_id, o.reference AS order_reference, l.position,
  l.network, l.offer_code, l.state, l.msisdn, l.iccid, l.sim_type, l.user_name, l.site_id, l.portability, l.rio,
  l.activation_at, l.esim_contact_email, l.esim_contact_mobile, l.esim_code_secret, l.esim_wrong_tries,
  l.esim_confirmed_at, l.created_at, l.activated_at, l.terminated_at, l.updated_at, l.version,
  (SELECT jsonb_build_object('fr', co.name_fr, 'en', co.name_en) FROM catalog_offers co
     JOIN catalog_versions cv ON cv.id = co.version_id
    WHERE co.code = l.offer_code ORDER BY cv.effective_from DESC LIMIT 1) AS offer_name`;
const ACCOUNT_JOIN = `JOIN customer_accounts a ON a.id = l.account_id`;
const JOINS = `${ACCOUNT_JOIN} JOIN orders o ON o.id = l.order_id`;
const FROM = `lines l ${JOINS}`;

export interface LineInsert {
  id: string;
  accountId: string;
  orderId: string;
  position: number;
  network: Network;
  offerCode: string;
  msisdn: string | null;
  iccid: string;
  simType: SimType;
  userName: string;
  siteId: string | null;
  portability: boolean;
  rio: string | null;
  activationAt: Date;
  esimContactEmail: string | null;
  esimContactMobile: string | null;
  esimCodeSecret: string | null;
  now: Date;
}

export async function insertLine(tx: Tx, l: LineInsert): Promise<void> {
  await tx.query(
    `INSERT INTO lines (tenant_id, id, account_id, order_id, position, network, offer_code, state, msisdn, iccid, sim_type,
        user_name, site_id, portability, rio, activation_at, esim_contact_email, esim_contact_mobile, esim_code_secret,
        created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, 'in_progress', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)`,
    [
      l.id,
      l.accountId,
      l.orderId,
      l.position,
      l.network,
      l.offerCode,
      l.msisdn,
      l.iccid,
      l.simType,
      l.userName,
      l.siteId,
      l.portability,
      l.rio,
      l.activationAt,
      l.esimContactEmail,
      l.esimContactMobile,
      l.esimCodeSecret,
      l.now,
    ],
  );
}

export async function insertLineOption(
  tx: Tx,
  o: { id: string; lineId: string; optionCode: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO line_options (tenant_id, id, line_id, option_code, status, created_at)
     VALUES (relais_tenant(), $1, $2, $3, 'pending', $4)`,
    [o.id, o.lineId, o.optionCode, o.now],
  );
}

export interface LineOptionRow {
  id: string;
  line_id: string;
  option_code: string;
  status: 'pending' | 'active' | 'terminated';
  created_at: Date;
  activated_at: Date | null;
  ended_at: Date | null;
}

export function optionsOf(tx: Tx, lineIds: readonly string[]): Promise<LineOptionRow[]> {
  if (lineIds.length === 0) return Promise.resolve([]);
  return tx.query<LineOptionRow>(
    `SELECT id, line_id, option_code, status, created_at, activated_at, ended_at FROM line_options
      WHERE line_id = ANY($1::uuid[]) ORDER BY created_at, option_code`,
    [lineIds],
  );
}

/** True when the tenant has at least one line. */
export async function hasLines(tx: Tx): Promise<boolean> {
  return (await tx.maybeOne(`SELECT 1 AS one FROM lines LIMIT 1`)) !== undefined;
}

export function getLine(tx: Tx, id: string, lock = false): Promise<LineRow | undefined> {
  return tx.maybeOne<LineRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE l.id = $1${lock ? ' FOR UPDATE OF l' : ''}`,
    [id],
  );
}

/** Lines by their ids (usage's tenant view, issue 12), in no particular order. */
export function linesByIds(tx: Tx, ids: readonly string[]): Promise<LineRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.query<LineRow>(`SELECT ${COLUMNS} FROM ${FROM} WHERE l.id = ANY($1::uuid[])`, [ids]);
}

export function linesOfOrder(tx: Tx, orderId: string, lock = false): Promise<LineRow[]> {
  return tx.query<LineRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE l.order_id = $1 ORDER BY l.position${lock ? ' FOR UPDATE OF l' : ''}`,
    [orderId],
  );
}

export function linesOfOrders(tx: Tx, orderIds: readonly string[]): Promise<LineRow[]> {
  if (orderIds.length === 0) return Promise.resolve([]);
  return tx.query<LineRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE l.order_id = ANY($1::uuid[]) ORDER BY l.position`,
    [orderIds],
  );
}

export interface LineFilter {
  accountId?: string | undefined;
  state?: LineState | undefined;
  network?: Network | undefined;
  /** An offer code. */
  offer?: string | undefined;
  q?: string | undefined;
  /** Validated by the route against LINE_SORT's keys. */
  sort?: string | undefined;
  limit: number;
  offset: number;
}

/** The fleet list's sortable fields. */
export const LINE_SORT: Record<string, string> = {
  createdAt: 'l.created_at',
  activatedAt: 'l.activated_at',
  msisdn: 'l.msisdn',
  userName: 'lower(l.user_name)',
  customer: 'lower(a.display_name)',
  offer: 'l.offer_code',
  state: 'l.state',
};

/** Newest first, an order's lines in their order: what the indexes of 0011/0012 read directly. */
const DEFAULT_LINE_ORDER = 'l.created_at DESC, l.position, l.id';

/**
 * A search by the user's name counts its matches up to this many, then says « plus de 1 000 »: the
 * fleet page shows the newest 25, and an exact count of 45,941 lines would be read for nobody.
 */
export const NAME_SEARCH_CAP = 1_000;

/** The total of a search by name, from its matches counted up to NAME_SEARCH_CAP + 1 or more. */
function nameSearchTotal(n: number): { total: number; totalCapped: boolean } {
  return n > NAME_SEARCH_CAP
    ? { total: NAME_SEARCH_CAP, totalCapped: true }
    : { total: n, totalCapped: false };
}

export async function listLines(
  tx: Tx,
  f: LineFilter,
): Promise<{ rows: LineRow[]; total: number; totalCapped: boolean }> {
  // Four digits or more may be the start or the end of an ICCID (issue 10: partial ICCID search).
  const digits = f.q !== undefined && /^[0-9]{4,20}$/.test(f.q) ? f.q : null;
  // Anything else is a fragment of the user's name (or a whole MSISDN or ICCID typed oddly).
  const byName = f.q !== undefined && digits === null;
  // The fleet page's own search, by name in the fleet's order: counted up to the cap through the
  // trigram index, and its page found among those few or walked newest first.
  if (byName && f.accountId === undefined && (f.sort === undefined || f.sort === '-createdAt')) {
    return searchByName(tx, { ...f, q: f.q as string });
  }
  // q: MSISDN, ICCID or user-name fragment, found through the trigram index (migration 0017), and
  // digits as an ICCID's ends through their ranges (0019). The sources are united into one set of
  // ids: under `id IN (…) OR <ranges>` the planner could use no index and walked the tenant's lines.
  // $6/$7 stay in the text when unused so that every parameter keeps a type.
  const search =
    f.q === undefined
      ? '$5::text IS NULL AND $6::text IS NULL AND $7::text IS NULL'
      : digits === null
        ? 'l.id IN (SELECT line_id FROM relais_search_lines($5)) AND $6::text IS NULL AND $7::text IS NULL'
        : `l.id IN (SELECT line_id FROM relais_search_lines($5) UNION SELECT s.id FROM lines s WHERE ${iccidMatch('s', 6)})`;
  const where = `($1::uuid IS NULL OR l.account_id = $1) AND ($2::text IS NULL OR l.state = $2)
    AND ($3::text IS NULL OR l.network = $3) AND ($4::text IS NULL OR l.offer_code = $4) AND ${search}`;
  const params = [
    f.accountId ?? null,
    f.state ?? null,
    f.network ?? null,
    f.offer ?? null,
    f.q ?? null,
    digits,
    digits === null ? null : reversed(digits),
  ];
  const order =
    f.sort === undefined || f.sort === '-createdAt'
      ? DEFAULT_LINE_ORDER
      : orderBy(f.sort, LINE_SORT, '-createdAt', 'fr', 'l.id');
  // The page of lines first, then its 25 rows joined to their account and order: joined before the
  // sort, a search's thousands of matches each cost two more index look-ups. A search reads every
  // match anyway to sort them, so it counts them in the same pass (a window) instead of finding and
  // reading them again in a count.
  const counted = f.q !== undefined;
  const accountSort = /\ba\./.test(order) ? ` ${ACCOUNT_JOIN}` : '';
  const page = await tx.query<LineRow & { matches?: number }>(
    `SELECT ${COLUMNS}${counted ? ', l.matches' : ''}
       FROM (SELECT l.*${counted ? ', count(*) OVER ()::int AS matches' : ''} FROM lines l${accountSort}
              WHERE ${where} ORDER BY ${order} LIMIT $8 OFFSET $9) l ${JOINS}
      ORDER BY ${order}`,
    [...params, f.limit, f.offset],
  );
  const rows: LineRow[] = counted ? page.map(({ matches: _, ...r }) => r) : page;
  const known = totalWithoutCount(f, rows.length);
  if (known) return { rows, ...known };
  const capped = byName ? nameSearchTotal : cappedTotal;
  if (counted && page[0]?.matches !== undefined) return { rows, ...capped(page[0].matches) };
  if (f.accountId === undefined && f.q === undefined) {
    // The fleet's figures, kept by triggers (migration 0017): exact, and no line is counted.
    const { n } = await tx.one<{ n: number }>(
      `SELECT coalesce(sum(n), 0)::int AS n FROM line_counts
        WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR network = $2)
          AND ($3::text IS NULL OR offer_code = $3)`,
      [f.state ?? null, f.network ?? null, f.offer ?? null],
    );
    return { rows, total: n, totalCapped: false };
  }
  const { n } = await tx.one<{ n: number }>(cappedCountSql(`FROM lines l WHERE ${where}`), params);
  return { rows, ...capped(n) };
}

/** The page's lines, joined to their account, order and offer, in the fleet's order. */
function linesInOrder(tx: Tx, pageSql: string, params: unknown[]): Promise<LineRow[]> {
  return tx.query<LineRow>(
    `SELECT ${COLUMNS} FROM (${pageSql}) p JOIN lines l ON l.id = p.id ${JOINS} ORDER BY ${DEFAULT_LINE_ORDER}`,
    params,
  );
}

async function searchByName(
  tx: Tx,
  f: LineFilter & { q: string },
): Promise<{ rows: LineRow[]; total: number; totalCapped: boolean }> {
  const found = await tx.query<{ line_id: string | null; matches: number }>(
    `SELECT line_id, matches FROM relais_search_lines_page($1, $2, $3, $4, $5, $6, $7)`,
    [f.q, f.state ?? null, f.network ?? null, f.offer ?? null, NAME_SEARCH_CAP, f.limit, f.offset],
  );
  const n = found[0]?.matches ?? 0;
  if (n <= NAME_SEARCH_CAP) {
    const ids = found.flatMap((r) => (r.line_id === null ? [] : [r.line_id]));
    const rows = ids.length === 0 ? [] : await linesInOrder(tx, `SELECT unnest($1::uuid[]) AS id`, [ids]);
    return { rows, total: n, totalCapped: false };
  }
  // More than the cap: the fragment is common (one line in 1,000 or more), so the newest matches
  // are near the top of the fleet. Walked as the caller (row-level security) in the index of the
  // fleet's order, which carries the user name (0072): no line is read but the page's. The filters
  // set, and only those, are in the text, so that an unfiltered walk stays index-only. A name
  // search is not 4 to 20 digits, so it equals no MSISDN (10 or 14 digits) nor ICCID (19 or 20):
  // the equality branch keeps the matches the count's, and finds nothing through its indexes.
  const params: unknown[] = [f.q, f.limit, f.offset];
  const filters = (
    [
      ['state', f.state],
      ['network', f.network],
      ['offer_code', f.offer],
    ] as const
  )
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => ` AND ${column} = $${params.push(value)}`)
    .join('');
  const rows = await linesInOrder(
    tx,
    `SELECT id, created_at, position FROM (
       (SELECT id, created_at, position FROM lines
         WHERE lower(user_name) LIKE '%' || lower($1) || '%'${filters}
         ORDER BY created_at DESC, position, id LIMIT $2::integer + $3::integer)
       UNION
       SELECT id, created_at, position FROM lines WHERE (msisdn = $1 OR iccid = $1)${filters}
     ) w ORDER BY created_at DESC, position, id LIMIT $2 OFFSET $3`,
    params,
  );
  return { rows, total: NAME_SEARCH_CAP, totalCapped: true };
}

export async function activateLine(tx: Tx, id: string, msisdn: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE lines SET state = 'active', msisdn = $2, activated_at = $3, updated_at = $3, version = version + 1 WHERE id = $1`,
    [id, msisdn, now],
  );
  // ACT-10: the options ordered with the line become active with it.
  await tx.query(
    `UPDATE line_options SET status = 'active', activated_at = $2 WHERE line_id = $1 AND status = 'pending'`,
    [id, now],
  );
}

/** An order failed before activation: the line never existed at the operator; its stock goes back. */
export async function cancelLine(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE lines SET state = 'cancelled', msisdn = NULL, iccid = NULL, updated_at = $2, version = version + 1 WHERE id = $1`,
    [id, now],
  );
  await tx.query(`UPDATE line_options SET status = 'terminated', ended_at = $2 WHERE line_id = $1`, [
    id,
    now,
  ]);
}

export async function setEsimTries(tx: Tx, id: string, tries: number, confirmedAt: Date | null, now: Date) {
  await tx.query(
    `UPDATE lines SET esim_wrong_tries = $2, esim_confirmed_at = $3, updated_at = $4 WHERE id = $1`,
    [id, tries, confirmedAt, now],
  );
}

// ── Line actions (ACT-01..ACT-05) ──────────────────────────────────────────────────────────────

/** ACT-01: suspension and reactivation switch the state; the plan stays (and stays billed). */
export async function setLineState(tx: Tx, id: string, state: 'active' | 'suspended', now: Date) {
  await tx.query(`UPDATE lines SET state = $2, updated_at = $3, version = version + 1 WHERE id = $1`, [
    id,
    state,
    now,
  ]);
}

/** ACT-03/04: the line's offer from the effective instant on. */
export async function setLineOffer(tx: Tx, id: string, offerCode: string, now: Date) {
  await tx.query(`UPDATE lines SET offer_code = $2, updated_at = $3, version = version + 1 WHERE id = $1`, [
    id,
    offerCode,
    now,
  ]);
}

/** ACT-05/ACT-10: an option's end; `endedAt` is its effective instant. */
export async function terminateOption(tx: Tx, optionId: string, endedAt: Date): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE line_options SET status = 'terminated', ended_at = $2 WHERE id = $1 AND status <> 'terminated' RETURNING id`,
    [optionId, endedAt],
  );
  return rows.length > 0;
}

/**
 * Termination: the line ends, its options with it. The line keeps its SIM and number, which the
 * stock module retires (ORD-07), so the unique indexes keep them to this line.
 */
export async function terminateLine(tx: Tx, line: Pick<LineRow, 'id'>, now: Date) {
  await tx.query(
    `UPDATE lines SET state = 'terminated', terminated_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`,
    [line.id, now],
  );
  await tx.query(
    `UPDATE line_options SET status = 'terminated', ended_at = $2 WHERE line_id = $1 AND status <> 'terminated'`,
    [line.id, now],
  );
}

// ── Options added or changed in service (ACT-06, ACT-10) ──────────────────────────────────────

/** ACT-10: an option added in service is active at once; its creation and activation dates are `at`. */
export async function insertActiveLineOption(
  tx: Tx,
  o: { id: string; lineId: string; optionCode: string; at: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO line_options (tenant_id, id, line_id, option_code, status, created_at, activated_at)
     VALUES (relais_tenant(), $1, $2, $3, 'active', $4, $4)`,
    [o.id, o.lineId, o.optionCode, o.at],
  );
}

export interface FixedIpRow {
  option_code: string;
  address: string | null;
  password_secret: string | null;
  created_at: Date;
}

/** CAT-20: the fixed IP's address or (encrypted) password, as the operator gave them. */
export async function insertFixedIp(
  tx: Tx,
  r: { lineId: string; optionCode: string; address: string | null; passwordSecret: string | null; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO line_fixed_ip (tenant_id, line_id, option_code, address, password_secret, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5)`,
    [r.lineId, r.optionCode, r.address, r.passwordSecret, r.now],
  );
}

export function fixedIpOf(tx: Tx, lineId: string): Promise<FixedIpRow | undefined> {
  return tx.maybeOne<FixedIpRow>(
    `SELECT option_code, address, password_secret, created_at FROM line_fixed_ip WHERE line_id = $1`,
    [lineId],
  );
}

/** The lines with these numbers (usage imports look lines up by MSISDN, issue 12). */
export function linesByMsisdn(
  tx: Tx,
  msisdns: readonly string[],
): Promise<
  Pick<LineRow, 'id' | 'msisdn' | 'network' | 'offer_code' | 'state' | 'user_name' | 'account_id'>[]
> {
  return tx.query(
    `SELECT id, msisdn, network, offer_code, state, user_name, account_id FROM lines WHERE msisdn = ANY($1::text[])`,
    [msisdns],
  );
}

/** The account search's subquery by a line's MSISDN (10 or 14 digits, also typed as +33…) or ICCID. */
export const ACCOUNTS_BY_LINE_SQL = `SELECT account_id FROM lines WHERE $2::text IS NOT NULL AND (msisdn = $2 OR iccid = $2 OR ($2 LIKE '33%' AND msisdn = '0' || substr($2, 3)))`;
