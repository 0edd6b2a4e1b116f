import type { Tx } from '../../platform/db/db.ts';
import type { Network } from '../catalog/model.ts';
import type { SimType } from '../stock/rules.ts';
import type { Partner } from './sim-rules.ts';

/** The only SQL of SIM swaps (ACT-07) and custom network names (ACT-08). RLS scopes every query. */

export type SwapState = 'scheduled' | 'done' | 'failed' | 'cancelled';

export interface SimSwapRow {
  id: string;
  line_id: string;
  action_id: string;
  /** The row's state, except a scheduled swap whose action was cancelled (or failed) says so. */
  state: SwapState;
  from_iccid: string | null;
  from_sim_type: SimType;
  to_sim_type: SimType;
  to_iccid: string | null;
  contact_email: string | null;
  contact_mobile: string | null;
  esim_code_secret: string | null;
  effective_at: Date;
  failure: string | null;
  created_by: string;
  created_at: Date;
  done_at: Date | null;
}

// A swap cancelled through the generic pending-actions route keeps its row 'scheduled': its action
// tells (and its handler then never runs).
const SWAP_COLUMNS = `s.id, s.line_id, s.action_id,
  CASE WHEN s.state = 'scheduled' AND p.status IN ('cancelled', 'failed') THEN p.status ELSE s.state END AS state,
  s.from_iccid, s.from_sim_type, s.to_sim_type, s.to_iccid, s.contact_email, s.contact_mobile, s.esim_code_secret,
  s.effective_at,
  s.failure, s.created_by, s.created_at, s.done_at`;
const SWAP_FROM = `sim_swaps s LEFT JOIN pending_actions p ON p.id = s.action_id`;

export async function insertSwap(
  tx: Tx,
  s: {
    id: string;
    lineId: string;
    actionId: string;
    fromIccid: string | null;
    fromSimType: SimType;
    toSimType: SimType;
    toIccid: string | null;
    contactEmail: string | null;
    contactMobile: string | null;
    esimCodeSecret: string | null;
    effectiveAt: Date;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO sim_swaps (tenant_id, id, line_id, action_id, state, from_iccid, from_sim_type, to_sim_type, to_iccid,
        contact_email, contact_mobile, esim_code_secret, effective_at, created_by, created_at)
     VALUES (relais_tenant(), $1, $2, $3, 'scheduled', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      s.id,
      s.lineId,
      s.actionId,
      s.fromIccid,
      s.fromSimType,
      s.toSimType,
      s.toIccid,
      s.contactEmail,
      s.contactMobile,
      s.esimCodeSecret,
      s.effectiveAt,
      s.createdBy,
      s.now,
    ],
  );
}

export function getSwap(tx: Tx, id: string, lock = false): Promise<SimSwapRow | undefined> {
  return tx.maybeOne<SimSwapRow>(
    `SELECT ${SWAP_COLUMNS} FROM ${SWAP_FROM} WHERE s.id = $1${lock ? ' FOR UPDATE OF s' : ''}`,
    [id],
  );
}

export function swapsOf(tx: Tx, lineId: string): Promise<SimSwapRow[]> {
  return tx.query<SimSwapRow>(
    `SELECT ${SWAP_COLUMNS} FROM ${SWAP_FROM} WHERE s.line_id = $1 ORDER BY s.created_at DESC, s.id`,
    [lineId],
  );
}

export async function closeSwap(
  tx: Tx,
  id: string,
  state: Exclude<SwapState, 'scheduled'>,
  p: { toIccid?: string | null; failure?: string | null; now: Date },
): Promise<void> {
  await tx.query(
    `UPDATE sim_swaps SET state = $2, to_iccid = coalesce($3, to_iccid), failure = $4, done_at = $5 WHERE id = $1`,
    [id, state, p.toIccid ?? null, p.failure ?? null, p.now],
  );
}

/**
 * ACT-07: the line takes its new SIM. A physical SIM clears the eSIM fields; an eSIM sets its
 * contacts (ACT-09) and a new confirmation code with its tries reset (ORD-05).
 */
export async function setLineSim(
  tx: Tx,
  lineId: string,
  sim: {
    iccid: string;
    simType: SimType;
    contactEmail: string | null;
    contactMobile: string | null;
    codeSecret: string | null;
  },
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE lines SET iccid = $2, sim_type = $3, esim_contact_email = $4, esim_contact_mobile = $5,
        esim_code_secret = $6, esim_wrong_tries = 0, esim_confirmed_at = NULL, updated_at = $7, version = version + 1
      WHERE id = $1`,
    [lineId, sim.iccid, sim.simType, sim.contactEmail, sim.contactMobile, sim.codeSecret, now],
  );
}

/** CAT-11: the line's eSIM option, active (a swap to eSIM adds it when the line has none). */
export async function activeOptionOf(
  tx: Tx,
  lineId: string,
  optionCode: string,
): Promise<{ id: string } | undefined> {
  return tx.maybeOne<{ id: string }>(
    `SELECT id FROM line_options WHERE line_id = $1 AND option_code = $2 AND status = 'active' LIMIT 1`,
    [lineId, optionCode],
  );
}

// ── Custom network names (ACT-08) ──────────────────────────────────────────────────────────────

export type NetworkNameState = 'requested' | 'done' | 'cancelled';

export interface NetworkNameRow {
  id: string;
  line_id: string;
  network: Network;
  name: string;
  partner: Partner;
  state: NetworkNameState;
  expected_on: string;
  restart_needed: boolean;
  created_by: string;
  created_at: Date;
  closed_at: Date | null;
  closed_by: string | null;
}

const NAME_COLUMNS = `id, line_id, network, name, partner, state, expected_on, restart_needed, created_by, created_at,
  closed_at, closed_by`;

export async function insertNetworkName(
  tx: Tx,
  r: {
    id: string;
    lineId: string;
    network: Network;
    name: string;
    partner: Partner;
    expectedOn: string;
    restartNeeded: boolean;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO network_name_requests (tenant_id, id, line_id, network, name, partner, state, expected_on,
        restart_needed, created_by, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, 'requested', $6::date, $7, $8, $9)`,
    [r.id, r.lineId, r.network, r.name, r.partner, r.expectedOn, r.restartNeeded, r.createdBy, r.now],
  );
}

export function networkNamesOf(tx: Tx, lineId: string): Promise<NetworkNameRow[]> {
  return tx.query<NetworkNameRow>(
    `SELECT ${NAME_COLUMNS} FROM network_name_requests WHERE line_id = $1 ORDER BY created_at DESC, id`,
    [lineId],
  );
}

export function getNetworkName(tx: Tx, id: string, lock = false): Promise<NetworkNameRow | undefined> {
  return tx.maybeOne<NetworkNameRow>(
    `SELECT ${NAME_COLUMNS} FROM network_name_requests WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export async function closeNetworkName(
  tx: Tx,
  id: string,
  state: Exclude<NetworkNameState, 'requested'>,
  by: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE network_name_requests SET state = $2, closed_at = $3, closed_by = $4 WHERE id = $1 AND state = 'requested'`,
    [id, state, now, by],
  );
}
