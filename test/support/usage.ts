import { expect } from 'vitest';
import type { Client, TestApp } from './app.ts';
import { createCustomer, runDueActions } from './fleet.ts';
import { iccid, simCsv } from './stock.ts';

/** The CDR file header of docs/usage.md. */
export const CDR_HEADER =
  'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number';

/**
 * Active Orange lines for usage tests: a customer, the SIMs and numbers in stock, one order, its
 * due actions run. `numbers` is the stock range ("orange;0700000000;0700000009").
 */
export async function orderActiveLines(
  t: TestApp,
  c: Client,
  numbers: string,
  offers: string[],
  firstIccid: number,
): Promise<{ id: string; msisdn: string }[]> {
  const accId = await createCustomer(c);
  await c.post('/api/stock/sims/import', {
    csv: simCsv(offers.map((_, i) => ({ iccid: iccid(firstIccid + i) }))),
  });
  await c.post('/api/stock/numbers/import', { csv: `reseau;premier;dernier\n${numbers}` });
  const order = await c.post('/api/orders', {
    accountId: accId,
    configuration: offers.length === 1 ? 'unit' : 'multiple',
    lines: offers.map((offer, i) => ({
      offer,
      options: [
        'orange-cutoff-usa-canada-0mb',
        'orange-cutoff-maghreb-turkey-0mb',
        'orange-cutoff-rest-of-world-0mb',
      ],
      userName: `Utilisateur ${i + 1}`,
      simType: 'pin',
      portability: false,
    })),
  });
  expect(order.status, order.text).toBe(201);
  await runDueActions(t);
  const out: { id: string; msisdn: string }[] = [];
  for (const l of order.body.lines as { id: string }[]) {
    const line = await c.get(`/api/lines/${l.id}`);
    expect(line.body.state).toBe('active');
    out.push({ id: l.id, msisdn: String(line.body.msisdn) });
  }
  return out;
}
