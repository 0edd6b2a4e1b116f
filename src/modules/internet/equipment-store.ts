import type { Tx } from '../../platform/db/db.ts';

/**
 * SQL of the equipment that travels (issue 11 §3, migration 0057): the extenders' courier
 * deliveries (NET-04) and the box swaps with the old box's return (NET-10).
 */

export interface DeliveryRow {
  id: string;
  subscription_id: string;
  phone: string;
  ordered_at: Date;
  delivery_from: Date;
  delivery_to: Date;
  tracking_number: string | null;
  tracking_recorded_at: Date | null;
  tracking_recorded_by: string | null;
}

const DELIVERY_COLS = `id, subscription_id, phone, ordered_at, delivery_from, delivery_to, tracking_number,
  tracking_recorded_at, tracking_recorded_by`;

export async function insertDelivery(
  tx: Tx,
  d: Omit<DeliveryRow, 'tracking_number' | 'tracking_recorded_at' | 'tracking_recorded_by'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO internet_extender_deliveries (tenant_id, id, subscription_id, phone, ordered_at, delivery_from,
        delivery_to)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6)`,
    [d.id, d.subscription_id, d.phone, d.ordered_at, d.delivery_from, d.delivery_to],
  );
}

export function deliveriesOf(tx: Tx, subscriptionId: string): Promise<DeliveryRow[]> {
  return tx.query<DeliveryRow>(
    `SELECT ${DELIVERY_COLS} FROM internet_extender_deliveries WHERE subscription_id = $1
     ORDER BY ordered_at DESC, id LIMIT 20`,
    [subscriptionId],
  );
}

export function delivery(tx: Tx, id: string, subscriptionId: string): Promise<DeliveryRow | undefined> {
  return tx.maybeOne<DeliveryRow>(
    `SELECT ${DELIVERY_COLS} FROM internet_extender_deliveries WHERE id = $1 AND subscription_id = $2 FOR UPDATE`,
    [id, subscriptionId],
  );
}

export async function setTracking(
  tx: Tx,
  id: string,
  t: { trackingNumber: string; phone: string; at: Date; by: string },
): Promise<void> {
  await tx.query(
    `UPDATE internet_extender_deliveries
        SET tracking_number = $2, phone = $3, tracking_recorded_at = $4, tracking_recorded_by = $5 WHERE id = $1`,
    [id, t.trackingNumber, t.phone, t.at, t.by],
  );
}

export interface SwapRow {
  id: string;
  subscription_id: string;
  old_box_model: string;
  old_box_serial: string | null;
  new_box_model: string;
  new_box_serial: string;
  swapped_at: Date;
  swapped_by: string;
  return_deadline: Date;
  returned_at: Date | null;
  fee_charged_at: Date | null;
}

const SWAP_COLS = `id, subscription_id, old_box_model, old_box_serial, new_box_model, new_box_serial, swapped_at,
  swapped_by, return_deadline, returned_at, fee_charged_at`;

export async function insertSwap(tx: Tx, s: Omit<SwapRow, 'returned_at' | 'fee_charged_at'>): Promise<void> {
  await tx.query(
    `INSERT INTO internet_box_swaps (tenant_id, id, subscription_id, old_box_model, old_box_serial, new_box_model,
        new_box_serial, swapped_at, swapped_by, return_deadline)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      s.id,
      s.subscription_id,
      s.old_box_model,
      s.old_box_serial,
      s.new_box_model,
      s.new_box_serial,
      s.swapped_at,
      s.swapped_by,
      s.return_deadline,
    ],
  );
}

export function swapsOf(tx: Tx, subscriptionId: string): Promise<SwapRow[]> {
  return tx.query<SwapRow>(
    `SELECT ${SWAP_COLS} FROM internet_box_swaps WHERE subscription_id = $1 ORDER BY swapped_at DESC, id LIMIT 20`,
    [subscriptionId],
  );
}

export function swap(tx: Tx, id: string, subscriptionId: string): Promise<SwapRow | undefined> {
  return tx.maybeOne<SwapRow>(
    `SELECT ${SWAP_COLS} FROM internet_box_swaps WHERE id = $1 AND subscription_id = $2 FOR UPDATE`,
    [id, subscriptionId],
  );
}

/** Closes the old box's return: returned (no fee) or charged; never both (the table checks it). */
export async function closeSwapReturn(
  tx: Tx,
  id: string,
  outcome: 'returned' | 'fee_charged',
  at: Date,
): Promise<void> {
  await tx.query(
    `UPDATE internet_box_swaps SET ${outcome === 'returned' ? 'returned_at' : 'fee_charged_at'} = $2 WHERE id = $1`,
    [id, at],
  );
}
