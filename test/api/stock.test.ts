import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';

/** SIM and number stock over HTTP (ORD-07, SC-06, CAT-11). */
describe(`stock over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let accountId: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    const acc = await agent.post('/api/accounts', {
      kind: 'business',
      companyType: 'SAS',
      companyName: 'Transports Lefèvre',
      siret: '901 122 334 00021',
      email: 'flotte@transports-lefevre.fr',
      billingDay: 1,
    });
    accountId = String(acc.body.id);
  });
  afterAll(() => t.close());

  const simTotal = async (c: Client) => Number((await c.get('/api/stock/sims?limit=1')).body.total);

  it('imports SIMs and eSIM profiles, Luhn-checked, and counts them per network and state', async () => {
    const csv = simCsv([
      { iccid: iccid(1) },
      { iccid: iccid(2), type: 'sans_pin' },
      { iccid: iccid(3), type: 'esim', smdp: 'smdp.orange.example', matching: 'MATCH-1234' },
      { iccid: iccid(4), network: 'bouygues' },
    ]);
    const res = await agent.post('/api/stock/sims/import', { csv });
    expect(res.status).toBe(201);
    expect(res.body.imported).toBe(4);
    const summary = await agent.get('/api/stock/summary');
    expect(summary.body.items).toEqual(
      expect.arrayContaining([
        { network: 'orange', kind: 'pin', state: 'free', count: 1 },
        { network: 'orange', kind: 'esim', state: 'free', count: 1 },
        { network: 'bouygues', kind: 'pin', state: 'free', count: 1 },
      ]),
    );
    // The PUK is stored encrypted: never in a list.
    const list = await agent.get('/api/stock/sims');
    expect(JSON.stringify(list.body)).not.toContain('12345678');
  });

  it('a partial ICCID finds the SIM: its last digits as printed on the card, or its first ones', async () => {
    const full = iccid(2);
    const items = async (q: string) =>
      ((await agent.get(`/api/stock/sims?q=${q}`)).body.items as { iccid: string }[]).map((s) => s.iccid);
    expect(await items(full.slice(-6))).toEqual([full]);
    expect(await items(full.slice(-4))).toContain(full);
    expect(await items(full.slice(0, 12))).toContain(full);
    expect(await items(full)).toEqual([full]);
    // Digits from the middle are neither a start nor an end: nothing.
    expect(await items(full.slice(5, 11))).toEqual([]);
  });

  it('an ICCID failing Luhn is refused with its line in French, and nothing of the file is imported', async () => {
    const before = await simTotal(agent);
    const bad = iccid(10).slice(0, -1) + String((Number(iccid(10).slice(-1)) + 1) % 10);
    const res = await agent.post('/api/stock/sims/import', {
      csv: simCsv([{ iccid: iccid(11) }, { iccid: bad }, { iccid: iccid(12), network: 'sfr' }]),
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('stock.iccid_luhn');
    const errors = res.body.errors as { pointer: string; code: string; detail: string }[];
    expect(errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/body/csv/3/iccid', 'stock.iccid_luhn'],
      ['/body/csv/4/reseau', 'stock.network_unknown'],
    ]);
    expect(errors[0]?.detail).toBe(
      `Ligne 3 : Clé de contrôle (Luhn) de l’ICCID « ${bad} » invalide : vérifiez les chiffres.`,
    );
    expect(await simTotal(agent)).toBe(before);
  });

  it('CAT-11 an eSIM profile on Bouygues, or without its SM-DP+ address, is refused per row', async () => {
    const res = await agent.post('/api/stock/sims/import', {
      csv: simCsv([
        { iccid: iccid(20), type: 'esim', network: 'bouygues', smdp: 's', matching: 'm' },
        { iccid: iccid(21), type: 'esim' },
      ]),
    });
    expect(res.status).toBe(400);
    expect((res.body.errors as { code: string }[]).map((e) => e.code)).toEqual([
      'stock.esim_orange_only',
      'stock.esim_profile_missing',
    ]);
  });

  it('a SIM already in stock is refused (all or nothing)', async () => {
    const res = await agent.post('/api/stock/sims/import', {
      csv: simCsv([{ iccid: iccid(30) }, { iccid: iccid(1) }]),
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('stock.already_in_stock');
    expect((res.body.errors as { pointer: string }[])[0]?.pointer).toBe('/body/csv/3/iccid');
    expect((await agent.get(`/api/stock/sims?q=${iccid(30)}`)).body.total).toBe(0);
  });

  it('ORD-07 imports 10-digit number ranges; a range upside down is refused with its line', async () => {
    const ok = await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009\nbouygues;06 60 00 00 00;06 60 00 00 04',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.imported).toBe(15);
    const before = (await agent.get('/api/stock/summary')).body;
    const bad = await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0710000000;0710000009\norange;0720000009;0720000000\norange;071234;0712345678',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('stock.range_reversed');
    expect((bad.body.errors as { pointer: string; detail: string }[]).map((e) => e.pointer)).toEqual([
      '/body/csv/3/dernier',
      '/body/csv/4/premier',
    ]);
    expect((bad.body.errors as { detail: string }[])[0]?.detail).toContain(
      'Ligne 3 : Le premier élément (0720000009)',
    );
    expect((await agent.get('/api/stock/summary')).body).toEqual(before);
    const free = await agent.get('/api/stock/numbers/free?network=bouygues');
    expect(free.body.items).toEqual(['0660000000', '0660000001', '0660000002', '0660000003', '0660000004']);
  });

  it('SC-06 assigns SIMs to a customer one by one and by ascending range, and releases them', async () => {
    await agent.post('/api/stock/sims/import', {
      csv: simCsv([100, 101, 102, 103].map((n) => ({ iccid: iccid(n) }))),
    });
    const one = await agent.post('/api/stock/sims/assign', { accountId, iccid: iccid(100) });
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ assigned: 1, skipped: 0 });
    const again = await agent.post('/api/stock/sims/assign', { accountId, iccid: iccid(100) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('stock.sim_not_free');
    const range = await agent.post('/api/stock/sims/assign', {
      accountId,
      first: iccid(100),
      last: iccid(103),
    });
    expect(range.body).toEqual({ assigned: 3, skipped: 1 });
    const mine = await agent.get(`/api/stock/sims?accountId=${accountId}`);
    expect(mine.body.total).toBe(4);
    expect(mine.body.items?.[0]?.accountName).toBe('Transports Lefèvre');
    const released = await agent.post('/api/stock/sims/release', { first: iccid(101), last: iccid(102) });
    expect(released.body).toEqual({ released: 2, skipped: 0 });
    expect((await agent.get(`/api/stock/sims?accountId=${accountId}`)).body.total).toBe(2);
  });

  it('SC-06 a range upside down is refused with a precise code and changes nothing', async () => {
    const res = await agent.post('/api/stock/sims/assign', {
      accountId,
      first: iccid(103),
      last: iccid(101),
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('stock.range_reversed');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/last', code: 'stock.range_reversed' }),
    ]);
    const wrongDigit = `${iccid(100).slice(0, -1)}${(Number(iccid(100).slice(-1)) + 5) % 10}`;
    const luhn = await agent.post('/api/stock/sims/release', { iccid: wrongDigit });
    expect(luhn.status).toBe(400);
    expect(luhn.body.code).toBe('stock.iccid_luhn');
    expect((await agent.get(`/api/stock/sims?accountId=${accountId}`)).body.total).toBe(2);
  });

  it('another reseller sees none of this stock and cannot assign it', async () => {
    expect(await simTotal(agentB)).toBe(0);
    expect((await agentB.get('/api/stock/summary')).body.items).toEqual([]);
    const res = await agentB.post('/api/stock/sims/assign', { accountId, iccid: iccid(103) });
    expect(res.status).toBe(404);
    const rel = await agentB.post('/api/stock/sims/release', { iccid: iccid(100) });
    expect(rel.status).toBe(422);
    expect(rel.body.code).toBe('stock.sim_unknown');
  });
});
