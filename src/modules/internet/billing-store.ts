import type { Tx } from '../../platform/db/db.ts';

/** SQL of the internet subscriptions' monthly charges: the claim on a billing period. */

/**
 * Claims a subscription's period: true when this call took it, false when it was already charged
 * (a retried or repeated run), in which case nothing more is written.
 */
export async function claimPeriod(
  tx: Tx,
  c: {
    subscriptionId: string;
    periodStart: string;
    periodEnd: string;
    amountMinor: number;
    items: unknown;
    now: Date;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO internet_charged_periods (tenant_id, subscription_id, period_start, period_end, amount_minor, items,
        charged_at)
     VALUES (relais_tenant(), $1, $2::date, $3::date, $4, $5::jsonb, $6)
     ON CONFLICT DO NOTHING RETURNING period_start`,
    [c.subscriptionId, c.periodStart, c.periodEnd, c.amountMinor, JSON.stringify(c.items), c.now],
  );
  return rows.length === 1;
}
