import type { Tx } from '../../platform/db/db.ts';
import { iccidMatch, reversed } from '../../platform/db/iccid-match.ts';
import type { Network } from '../catalog/model.ts';
import type { SimType } from './rules.ts';

/** The only SQL on SIM cards and phone numbers. RLS scopes every query to the tenant. */

export type SimState = 'free' | 'assigned' | 'in_use' | 'retired';
export type NumberState = 'free' | 'in_use' | 'retired';

export interface SimRow {
  iccid: string;
  network: Network;
  sim_type: SimType;
  state: SimState;
  account_id: string | null;
  account_name: string | null;
  puk_secret: string | null;
  smdp_address: string | null;
  matching_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const SIM_COLUMNS = `s.iccid, s.network, s.sim_type, s.state, s.account_id, a.display_name AS account_name, s.puk_secret,
  s.smdp_address, s.matching_id, s.created_at, s.updated_at`;
const SIM_FROM = `sim_cards s LEFT JOIN customer_accounts a ON a.id = s.account_id`;

/** Which of these ICCIDs are already in stock (any state). */
export async function existingIccids(tx: Tx, iccids: readonly string[]): Promise<Set<string>> {
  const rows = await tx.query<{ iccid: string }>(
    `SELECT iccid FROM sim_cards WHERE iccid = ANY($1::text[])`,
    [iccids],
  );
  return new Set(rows.map((r) => r.iccid));
}

export async function insertSims(
  tx: Tx,
  sims: readonly {
    iccid: string;
    network: Network;
    simType: SimType;
    pukSecret: string | null;
    smdpAddress: string | null;
    matchingId: string | null;
  }[],
  now: Date,
): Promise<void> {
  // One statement per 1,000 rows: unnest keeps the parameter count fixed.
  for (let i = 0; i < sims.length; i += 1000) {
    const chunk = sims.slice(i, i + 1000);
    await tx.query(
      `INSERT INTO sim_cards (tenant_id, iccid, network, sim_type, puk_secret, smdp_address, matching_id, created_at, updated_at)
       SELECT relais_tenant(), * , $7::timestamptz, $7::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        chunk.map((s) => s.iccid),
        chunk.map((s) => s.network),
        chunk.map((s) => s.simType),
        chunk.map((s) => s.pukSecret),
        chunk.map((s) => s.smdpAddress),
        chunk.map((s) => s.matchingId),
        now,
      ],
    );
  }
}

export async function existingNumbers(tx: Tx, msisdns: readonly string[]): Promise<Set<string>> {
  const rows = await tx.query<{ msisdn: string }>(
    `SELECT msisdn FROM phone_numbers WHERE msisdn = ANY($1::text[])`,
    [msisdns],
  );
  return new Set(rows.map((r) => r.msisdn));
}

export async function insertNumbers(
  tx: Tx,
  numbers: readonly { msisdn: string; network: Network }[],
  now: Date,
): Promise<void> {
  for (let i = 0; i < numbers.length; i += 5000) {
    const chunk = numbers.slice(i, i + 5000);
    await tx.query(
      `INSERT INTO phone_numbers (tenant_id, msisdn, network, created_at, updated_at)
       SELECT relais_tenant(), m, n, $3, $3 FROM unnest($1::text[], $2::text[]) AS t(m, n)`,
      [chunk.map((n) => n.msisdn), chunk.map((n) => n.network), now],
    );
  }
}

export interface StockCount {
  network: Network;
  kind: SimType | 'number';
  state: string;
  count: number;
}

export async function stockCounts(tx: Tx): Promise<StockCount[]> {
  return tx.query<StockCount>(
    `SELECT network, sim_type AS kind, state, count(*)::int AS count FROM sim_cards GROUP BY 1, 2, 3
     UNION ALL
     SELECT network, 'number', state, count(*)::int FROM phone_numbers GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3`,
  );
}

export interface SimFilter {
  network?: Network | undefined;
  simType?: SimType | undefined;
  state?: SimState | undefined;
  accountId?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function listSims(tx: Tx, f: SimFilter): Promise<{ rows: SimRow[]; total: number }> {
  const where = `($1::text IS NULL OR s.network = $1) AND ($2::text IS NULL OR s.sim_type = $2)
    AND ($3::text IS NULL OR s.state = $3) AND ($4::uuid IS NULL OR s.account_id = $4)
    AND ($5::text IS NULL OR ${iccidMatch('s', 5)})`;
  const params = [
    f.network ?? null,
    f.simType ?? null,
    f.state ?? null,
    f.accountId ?? null,
    f.q ?? null,
    f.q ? reversed(f.q) : null,
  ];
  const rows = await tx.query<SimRow>(
    `SELECT ${SIM_COLUMNS} FROM ${SIM_FROM} WHERE ${where} ORDER BY s.iccid LIMIT $7 OFFSET $8`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM sim_cards s WHERE ${where}`,
    params,
  );
  return { rows, total: n };
}

export function getSim(tx: Tx, iccid: string, lock = false): Promise<SimRow | undefined> {
  return tx.maybeOne<SimRow>(
    `SELECT ${SIM_COLUMNS} FROM ${SIM_FROM} WHERE s.iccid = $1${lock ? ' FOR UPDATE OF s' : ''}`,
    [iccid],
  );
}

/** SIMs of an ICCID range (same length, numeric order), locked for the caller's update. */
export function simsInRange(tx: Tx, first: string, last: string): Promise<SimRow[]> {
  return tx.query<SimRow>(
    `SELECT ${SIM_COLUMNS} FROM ${SIM_FROM}
      WHERE length(s.iccid) = length($1) AND s.iccid BETWEEN $1 AND $2 ORDER BY s.iccid FOR UPDATE OF s`,
    [first, last],
  );
}

export async function setSimsState(
  tx: Tx,
  iccids: readonly string[],
  state: SimState,
  accountId: string | null,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE sim_cards SET state = $2, account_id = $3, updated_at = $4 WHERE iccid = ANY($1::text[])`,
    [iccids, state, accountId, now],
  );
}

/**
 * A SIM for a new line: the given one, or the first free one of that type (a SIM assigned to the
 * customer first, SC-06, then the reseller's free stock). Locked, skipping rows others hold.
 */
export function pickSim(
  tx: Tx,
  p: { network: Network; simType: SimType; accountId: string; iccid?: string | undefined },
): Promise<SimRow | undefined> {
  return tx.maybeOne<SimRow>(
    `SELECT ${SIM_COLUMNS} FROM ${SIM_FROM}
      WHERE s.network = $1 AND s.sim_type = $2 AND ($4::text IS NULL OR s.iccid = $4)
        AND (s.state = 'free' OR (s.state = 'assigned' AND s.account_id = $3))
      ORDER BY (s.state = 'assigned') DESC, s.iccid LIMIT 1 FOR UPDATE OF s SKIP LOCKED`,
    [p.network, p.simType, p.accountId, p.iccid ?? null],
  );
}

/** ORD-07: a free number drawn at random (never a retired one), locked for the order. */
export function pickRandomNumber(tx: Tx, network: Network): Promise<{ msisdn: string } | undefined> {
  return tx.maybeOne<{ msisdn: string }>(
    `SELECT msisdn FROM phone_numbers WHERE network = $1 AND state = 'free'
      ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [network],
  );
}

export function lockFreeNumber(
  tx: Tx,
  network: Network,
  msisdn: string,
): Promise<{ msisdn: string } | undefined> {
  return tx.maybeOne<{ msisdn: string }>(
    `SELECT msisdn FROM phone_numbers WHERE network = $1 AND msisdn = $2 AND state = 'free' FOR UPDATE`,
    [network, msisdn],
  );
}

export async function setNumberState(tx: Tx, msisdn: string, state: NumberState, now: Date): Promise<void> {
  await tx.query(`UPDATE phone_numbers SET state = $2, updated_at = $3 WHERE msisdn = $1`, [
    msisdn,
    state,
    now,
  ]);
}

export function listFreeNumbers(tx: Tx, network: Network, q: string | undefined, limit: number) {
  return tx.query<{ msisdn: string }>(
    `SELECT msisdn FROM phone_numbers WHERE network = $1 AND state = 'free' AND ($2::text IS NULL OR msisdn LIKE $2 || '%')
      ORDER BY msisdn LIMIT $3`,
    [network, q ?? null, limit],
  );
}

/** Lines' SIMs going back to stock (a failed order): free, or still the customer's when assigned (SC-06). */
export async function returnSimToStock(tx: Tx, iccid: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE sim_cards SET state = CASE WHEN account_id IS NULL THEN 'free' ELSE 'assigned' END, updated_at = $2 WHERE iccid = $1`,
    [iccid, now],
  );
}

/** One SIM's state: in use by a line, or retired for good (ORD-07). */
export async function setSimState(
  tx: Tx,
  iccid: string,
  state: 'in_use' | 'retired',
  now: Date,
): Promise<void> {
  await tx.query(`UPDATE sim_cards SET state = $2, updated_at = $3 WHERE iccid = $1`, [iccid, state, now]);
}

/** The SIM's secrets and eSIM profile (ORD-05/08), for the line page and the activation code. */
export function simSecrets(
  tx: Tx,
  iccid: string,
): Promise<
  { puk_secret: string | null; smdp_address: string | null; matching_id: string | null } | undefined
> {
  return tx.maybeOne(`SELECT puk_secret, smdp_address, matching_id FROM sim_cards WHERE iccid = $1`, [iccid]);
}

/** When a SIM entered the reseller's stock (SET-05: the date it was received). */
export async function simReceivedAt(tx: Tx, iccid: string): Promise<Date | null> {
  const r = await tx.maybeOne<{ created_at: Date }>(`SELECT created_at FROM sim_cards WHERE iccid = $1`, [
    iccid,
  ]);
  return r?.created_at ?? null;
}

/** ACT-08: the reseller's SIMs on a network that count towards Orange's minimum (physical, not retired). */
export async function physicalSimCount(tx: Tx, network: Network): Promise<number> {
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM sim_cards WHERE network = $1 AND sim_type <> 'esim' AND state <> 'retired'`,
    [network],
  );
  return n;
}

/** The customer SIMs are assigned to (a read of the accounts module's table). */
export function accountOf(
  tx: Tx,
  accountId: string,
): Promise<{ display_name: string; status: string } | undefined> {
  return tx.maybeOne(`SELECT display_name, status FROM customer_accounts WHERE id = $1`, [accountId]);
}
