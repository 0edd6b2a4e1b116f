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

/** CAT-09, Reading 9: the reseller's data pay-as-you-go tiers (the catalog leaves them « à définir »). */
export async function setPaygTiers(admin: Client): Promise<void> {
  const tiers = await admin.post('/api/catalog/prices', {
    itemType: 'offer',
    itemId: 'orange-data-payg',
    component: 'per_mb_tiers',
    tiers: [
      { fromMb: 500, perMb: '0.02' },
      { fromMb: 1000, perMb: '0.01' },
    ],
    effectiveDate: '2026-11-23',
  });
  expect(tiers.status, tiers.text).toBe(201);
}

/** One active line of `offer` with `options` for the customer, on the stock's SIM `iccid(n)`. */
export async function orderActiveLine(
  t: TestApp,
  c: Client,
  accountId: string,
  offer: string,
  options: string[],
  n: number,
): Promise<{ id: string; msisdn: string }> {
  await c.post('/api/stock/sims/import', { csv: simCsv([{ iccid: iccid(n) }]) });
  const res = await c.post('/api/orders', {
    accountId,
    configuration: 'unit',
    lines: [{ offer, options, userName: 'Utilisateur Test', simType: 'pin', portability: false }],
  });
  expect(res.status, res.text).toBe(201);
  await runDueActions(t);
  const id = (res.body.lines as { id: string }[])[0]!.id;
  const l = await c.get(`/api/lines/${id}`);
  expect(l.body.state).toBe('active');
  return { id, msisdn: String(l.body.msisdn) };
}
