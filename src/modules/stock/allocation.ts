import type { Tx } from '../../platform/db/db.ts';
import type { Network } from '../catalog/model.ts';
import type { SimType } from './rules.ts';
import * as store from './store.ts';

/**
 * What other modules do with the stock: the stock module owns `sim_cards` and `phone_numbers` and
 * is the only one that writes them. Orders reserve a number and a SIM for each new line and give
 * them back when the order fails; lines put a swapped-in SIM in use and retire what a swap or a
 * termination ends (ORD-07). Every function runs in the caller's transaction.
 */

export type { SimRow, SimState, NumberState } from './store.ts';

/** A SIM by its ICCID (null when the reseller has none). */
export function findSim(tx: Tx, iccid: string): Promise<store.SimRow | undefined> {
  return store.getSim(tx, iccid);
}

/**
 * A SIM for a line: the given one, or the first free one of that type (a SIM assigned to the
 * customer first, SC-06, then the reseller's free stock). Locked, skipping rows others hold; its
 * state does not change until `putSimInUse`.
 */
export function pickSimForLine(
  tx: Tx,
  p: { network: Network; simType: SimType; accountId: string; iccid?: string | undefined },
): Promise<store.SimRow | undefined> {
  return store.pickSim(tx, p);
}

export function putSimInUse(tx: Tx, iccid: string, now: Date): Promise<void> {
  return store.setSimState(tx, iccid, 'in_use', now);
}

/** ORD-07: a SIM swapped out or a terminated line's SIM (or deleted eSIM profile) is retired for good. */
export function retireSim(tx: Tx, iccid: string, now: Date): Promise<void> {
  return store.setSimState(tx, iccid, 'retired', now);
}

/** A failed order's SIM goes back: free, or still the customer's when it was assigned (SC-06). */
export function returnSimToStock(tx: Tx, iccid: string, now: Date): Promise<void> {
  return store.returnSimToStock(tx, iccid, now);
}

/** The SIM's secrets and eSIM profile (ORD-05/08): PUK (encrypted), SM-DP+ address, matching ID. */
export function simSecrets(tx: Tx, iccid: string) {
  return store.simSecrets(tx, iccid);
}

/** SET-05: when the SIM entered the reseller's stock. */
export function simReceivedAt(tx: Tx, iccid: string): Promise<Date | null> {
  return store.simReceivedAt(tx, iccid);
}

/** ACT-08: the reseller's physical SIMs on a network that are not retired (Orange's minimum). */
export function physicalSimCount(tx: Tx, network: Network): Promise<number> {
  return store.physicalSimCount(tx, network);
}

/** Bouygues data-only (chosen at order): the chosen number if it is free, locked for the order. */
export function lockChosenNumber(
  tx: Tx,
  network: Network,
  msisdn: string,
): Promise<{ msisdn: string } | undefined> {
  return store.lockFreeNumber(tx, network, msisdn);
}

/** ORD-07: a free number drawn at random (never a retired one), locked for the order. */
export function drawRandomNumber(tx: Tx, network: Network): Promise<{ msisdn: string } | undefined> {
  return store.pickRandomNumber(tx, network);
}

export function putNumberInUse(tx: Tx, msisdn: string, now: Date): Promise<void> {
  return store.setNumberState(tx, msisdn, 'in_use', now);
}

/** A failed order's number is free again. */
export function freeNumber(tx: Tx, msisdn: string, now: Date): Promise<void> {
  return store.setNumberState(tx, msisdn, 'free', now);
}

/** ORD-07: a terminated line's number is retired for good. */
export function retireNumber(tx: Tx, msisdn: string, now: Date): Promise<void> {
  return store.setNumberState(tx, msisdn, 'retired', now);
}
