import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { COUNT_CAP } from '../../src/platform/http/pagination.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { NAME_SEARCH_CAP } from '../../src/modules/lines/store.ts';

const ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const orangeLine = (userName: string, offer: string) => ({
  offer,
  options: ROAMING,
  userName,
  simType: 'pin',
  portability: false,
});

interface LinePage {
  items: { id: string; offer: string; userName: string; msisdn: string; state: string }[];
  total: number;
  totalCapped?: boolean;
}

/** The fleet list (issue 3 §8): filter by offer, sort, and a total that stops counting at COUNT_CAP. */
describe(`fleet list over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let accountId: string;

  const list = async (query: string) => {
    const res = await agent.get(`/api/lines?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { body: res.body as unknown as LinePage, header: res.headers.get('x-total-count') };
  };

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    accountId = await createCustomer(agent);
    await agent.post('/api/stock/sims/import', { csv: simCsv([1, 2, 3].map((n) => ({ iccid: iccid(n) }))) });
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    const order = await agent.post('/api/orders', {
      accountId,
      configuration: 'multiple',
      lines: [
        orangeLine('Zoé Martin', 'orange-unlimited-5gb-blocked'),
        orangeLine('Adam Durand', 'orange-unlimited-10gb-blocked'),
        orangeLine('Léo Bernard', 'orange-unlimited-5gb-blocked'),
      ],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(await runDueActions(t)).toBe(1);
  });
  afterAll(() => t.close());

  it('filters by offer, and by offer with state and network', async () => {
    const five = await list('offer=orange-unlimited-5gb-blocked');
    expect(five.body.items.map((l) => l.userName).sort()).toEqual(['Léo Bernard', 'Zoé Martin']);
    expect(five.body).toMatchObject({ total: 2 });
    expect(five.body.totalCapped).toBeUndefined();
    expect(five.header).toBe('2');
    const ten = await list('offer=orange-unlimited-10gb-blocked&state=active&network=orange');
    expect(ten.body.items.map((l) => l.userName)).toEqual(['Adam Durand']);
    expect((await list('offer=orange-unlimited-10gb-blocked&state=suspended')).body.total).toBe(0);
    expect((await list('offer=bouygues-unlimited-10gb-blocked')).body.total).toBe(0);
  });

  it('sorts by user name, customer, number, either way; refuses an unknown field with a French message', async () => {
    const names = async (sort: string) => (await list(`sort=${sort}`)).body.items.map((l) => l.userName);
    expect(await names('userName')).toEqual(['Adam Durand', 'Léo Bernard', 'Zoé Martin']);
    expect(await names('-userName')).toEqual(['Zoé Martin', 'Léo Bernard', 'Adam Durand']);
    const byNumber = (await list('sort=msisdn')).body.items.map((l) => l.msisdn);
    expect(byNumber).toEqual([...byNumber].sort());
    const reversed = (await list('sort=-msisdn')).body.items.map((l) => l.msisdn);
    expect(reversed).toEqual([...byNumber].reverse());
    // Ties on the customer are broken by the line, so pages never overlap.
    const p1 = (await list('sort=customer&limit=2')).body.items.map((l) => l.id);
    const p2 = (await list('sort=customer&limit=2&offset=2')).body.items.map((l) => l.id);
    expect(new Set([...p1, ...p2]).size).toBe(3);
    const bad = await agent.get('/api/lines?sort=puk', { 'Accept-Language': 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation.failed');
  });

  it('searches by user-name fragment (any case, trigram index), MSISDN, ICCID or an ICCID’s first or last digits; the search function sees only the caller’s tenant', async () => {
    expect((await list('q=zo%C3%89')).body.items.map((l) => l.userName)).toEqual(['Zoé Martin']);
    expect((await list('q=ERNAR')).body.items.map((l) => l.userName)).toEqual(['Léo Bernard']);
    const adam = (await list('q=adam')).body.items;
    expect(adam.map((l) => l.userName)).toEqual(['Adam Durand']);
    const byMsisdn = await list(`q=${encodeURIComponent(adam[0]?.msisdn ?? '')}`);
    expect(byMsisdn.body.items.map((l) => l.userName)).toEqual(['Adam Durand']);
    const [row] = await t.db.tenant(a.id, (tx) =>
      tx.query<{ iccid: string }>(`SELECT iccid FROM lines WHERE user_name = 'Léo Bernard'`),
    );
    const byIccid = await list(`q=${row?.iccid ?? ''}`);
    expect(byIccid.body.items.map((l) => l.userName)).toEqual(['Léo Bernard']);
    // Digits may be the end or the start of an ICCID (as printed on the card), as well as a number.
    const leo = row?.iccid ?? '';
    expect((await list(`q=${leo.slice(-6)}`)).body.items.map((l) => l.userName)).toEqual(['Léo Bernard']);
    const byPrefix = await list(`q=${leo.slice(0, 12)}`);
    expect(byPrefix.body.items.map((l) => l.userName).sort()).toEqual([
      'Adam Durand',
      'Léo Bernard',
      'Zoé Martin',
    ]);
    expect(byPrefix.body.total).toBe(3);
    expect((await list(`q=${leo.slice(5, 11)}`)).body).toMatchObject({ total: 0, items: [] });
    expect((await list('q=nobody')).body).toMatchObject({ total: 0, items: [] });
    // The function reads as the tables' owner (no row-level security): it must scope by itself.
    const seen = (tenantId: string) =>
      t.db.tenant(tenantId, (tx) => tx.query(`SELECT line_id FROM relais_search_lines('zoé')`));
    expect(await seen(a.id)).toHaveLength(1);
    expect(await seen(b.id)).toHaveLength(0);
    expect((await agentB.get('/api/lines?q=zo%C3%A9')).body).toMatchObject({ total: 0, items: [] });
  });

  it(`counts a search by name up to ${NAME_SEARCH_CAP} and an account's lines up to ${COUNT_CAP}; the fleet's totals come exact from the counters; another tenant sees none`, async () => {
    // Bulk lines in SQL (the operator simulator would take minutes): copies of the first line
    // with their own ids, no number or SIM (like lines still in progress).
    await t.db.tenant(a.id, (tx) =>
      tx.query(
        `INSERT INTO lines (tenant_id, id, account_id, order_id, position, network, offer_code, state, sim_type,
           user_name, portability, activation_at, created_at, updated_at)
         SELECT tenant_id, gen_random_uuid(), account_id, order_id, position, network, offer_code, 'in_progress',
           sim_type, 'Ligne ' || g, portability, activation_at, created_at - g * interval '1 second', updated_at
           FROM (SELECT * FROM lines ORDER BY created_at LIMIT 1) l, generate_series(1, $1::int) g`,
        [COUNT_CAP + 5],
      ),
    );
    // A search by name is counted up to its cap (« plus de 1 000 »), an account's lines up to theirs.
    const searched = await list('q=ligne&limit=1');
    expect(searched.body).toMatchObject({ total: NAME_SEARCH_CAP, totalCapped: true });
    expect(searched.header).toBe(String(NAME_SEARCH_CAP));
    // Past the cap the page is walked newest first: the same lines, in the same order, as the
    // search sorted oldest first then read backwards, page after page.
    expect((await list('q=ligne&limit=3')).body.items.map((l) => l.userName)).toEqual([
      'Ligne 1',
      'Ligne 2',
      'Ligne 3',
    ]);
    expect((await list('q=LIGNE&limit=2&offset=998')).body).toMatchObject({
      items: [{ userName: 'Ligne 999' }, { userName: 'Ligne 1000' }],
      total: NAME_SEARCH_CAP,
      totalCapped: true,
    });
    const oldest = await list('q=ligne&sort=createdAt&limit=2');
    expect(oldest.body.items.map((l) => l.userName)).toEqual([
      `Ligne ${COUNT_CAP + 5}`,
      `Ligne ${COUNT_CAP + 4}`,
    ]);
    expect(oldest.body).toMatchObject({ total: NAME_SEARCH_CAP, totalCapped: true });
    // With the page's filters: walked within them, or counted exactly when they leave few.
    const filtered = await list('q=ligne&state=in_progress&network=orange&limit=1');
    expect(filtered.body).toMatchObject({ items: [{ userName: 'Ligne 1' }], total: NAME_SEARCH_CAP });
    expect((await list('q=ligne&state=active')).body).toMatchObject({ total: 0, items: [] });
    const ofAccount = await list(`accountId=${accountId}&limit=1`);
    expect(ofAccount.body).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    // A filter that narrows below the cap counts exactly again.
    const found = await list('q=ligne%20123&limit=1');
    expect(found.body.total).toBe(11); // Ligne 123, 1230…1239
    expect(found.body.totalCapped).toBeUndefined();
    // A few matches: the page among them, newest first.
    const newest = await list('q=ligne%20123&limit=3&offset=1');
    expect(newest.body.items.map((l) => l.userName)).toEqual(['Ligne 1230', 'Ligne 1231', 'Ligne 1232']);
    expect(newest.body.total).toBe(11);
    // Past the last match the page is empty and the matches are counted apart: the same total.
    const past = await list('q=ligne%20123&limit=5&offset=20');
    expect(past.body).toMatchObject({ total: 11, items: [] });
    // Sorted by customer, the page's lines are sorted before they are joined: the same order.
    const byCustomer = await list('q=ligne%20123&limit=3&sort=customer,-userName');
    expect(byCustomer.body.items.map((l) => l.userName)).toEqual(['Ligne 1239', 'Ligne 1238', 'Ligne 1237']);
    expect(byCustomer.body.total).toBe(11);
    // The fleet's figures (state, network, offer) come from the counters kept by triggers: exact.
    const all = await list('limit=1');
    expect(all.body.total).toBe(COUNT_CAP + 8);
    expect(all.body.totalCapped).toBeUndefined();
    expect(all.header).toBe(String(COUNT_CAP + 8));
    const active = await list('state=active&limit=1');
    expect(active.body.total).toBe(3);
    const inProgress = await list('state=in_progress&offset=10000&limit=25');
    expect(inProgress.body.total).toBe(COUNT_CAP + 5);
    expect(inProgress.body.items.length).toBe(5);
    // Counters follow updates and deletes too (the owner deletes: relais_app may not).
    await t.db.tenant(a.id, (tx) =>
      tx.query(`UPDATE lines SET state = 'cancelled' WHERE user_name IN ('Ligne 1', 'Ligne 2')`),
    );
    await t.db.system((tx) =>
      tx.query(`DELETE FROM lines WHERE tenant_id = $1 AND user_name = 'Ligne 3'`, [a.id]),
    );
    expect((await list('state=in_progress&limit=1')).body.total).toBe(COUNT_CAP + 2);
    expect((await list('state=cancelled&limit=1')).body.total).toBe(2);
    expect((await list('limit=1')).body.total).toBe(COUNT_CAP + 7);
    const other = await agentB.get('/api/lines');
    expect(other.body).toMatchObject({ total: 0, items: [] });
  });
});
