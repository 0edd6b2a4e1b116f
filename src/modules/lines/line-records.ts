import type { Tx } from '../../platform/db/db.ts';
import * as store from './store.ts';

/**
 * What other modules do with lines, through the lines module (the only writer of `lines`,
 * `line_options` and `line_fixed_ip`): an order creates its lines in progress with their options
 * and fixed-IP access, then activates them or cancels them; billing reads their options. Every
 * function runs in the caller's transaction.
 */

export type { LineRow, LineOptionRow, LineState, LineInsert } from './store.ts';

/** A line of an order, in progress until the operator confirms it (ORD-01). */
export function addOrderLine(tx: Tx, l: store.LineInsert): Promise<void> {
  return store.insertLine(tx, l);
}

/** An option ordered with the line: pending until the line is active (ACT-10). */
export function addOrderedOption(
  tx: Tx,
  o: { id: string; lineId: string; optionCode: string; now: Date },
): Promise<void> {
  return store.insertLineOption(tx, o);
}

/** CAT-20: the fixed IP's address or (encrypted) password, as the operator gave them. */
export function recordFixedIp(
  tx: Tx,
  r: { lineId: string; optionCode: string; address: string | null; passwordSecret: string | null; now: Date },
): Promise<void> {
  return store.insertFixedIp(tx, r);
}

/** The operator confirmed the line: active with its number, its ordered options with it (ACT-10). */
export function activateLine(tx: Tx, id: string, msisdn: string, now: Date): Promise<void> {
  return store.activateLine(tx, id, msisdn, now);
}

/** An order failed before activation: the line never existed at the operator. */
export function cancelLine(tx: Tx, id: string, now: Date): Promise<void> {
  return store.cancelLine(tx, id, now);
}

export function linesOfOrder(tx: Tx, orderId: string, lock = false): Promise<store.LineRow[]> {
  return store.linesOfOrder(tx, orderId, lock);
}

export function linesOfOrders(tx: Tx, orderIds: readonly string[]): Promise<store.LineRow[]> {
  return store.linesOfOrders(tx, orderIds);
}

/** The options of these lines, every status, oldest first. */
export function optionsOf(tx: Tx, lineIds: readonly string[]): Promise<store.LineOptionRow[]> {
  return store.optionsOf(tx, lineIds);
}
