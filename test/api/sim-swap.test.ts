import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';

const ORANGE_ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const orangeLine = (userName: string, over: Record<string, unknown> = {}) => ({
  offer: 'orange-unlimited-5gb-blocked',
  options: ORANGE_ROAMING,
  userName,
  simType: 'pin',
  portability: false,
  ...over,
});
const CONTACTS = { contactEmail: 'marc.petit@transports-lefevre.fr', contactMobile: '06 11 22 33 44' };
const SMDP = 'smdp.orange.example';

interface SwapItem {
  simType: string;
  direction: string;
  allowed: boolean;
  reason: { code: string; title: string } | null;
  effectiveAt: string | null;
  effectiveLabel: string | null;
  immediate: boolean;
  fee: string | null;
}
interface SimActions {
  swaps: SwapItem[];
  history: {
    id: string;
    actionId: string;
    state: string;
    toIccid: string | null;
    fromIccid: string | null;
  }[];
  networkName: {
    allowed: boolean;
    reason: { code: string; title: string } | null;
    expectedOn: string;
    restartNeeded: boolean;
  };
  networkNames: { id: string; name: string; state: string }[];
}
interface LineBody {
  id: string;
  state: string;
  msisdn: string;
  iccid: string;
  simType: string;
  esim: { contactEmail: string; contactMobile: string; triesLeft: number } | null;
  options: { code: string; status: string }[];
}

/**
 * SIM swaps (ACT-07, ACT-09, CAT-11, CAT-21, ORD-03, ORD-07, Reading 13) and custom network names
 * (ACT-08) over HTTP, the worker run by hand on a ManualClock that starts on Monday 23 November 2026
 * at 10:00 in Paris (inside every window).
 */
describe(`SIM swap and network name over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let admin: Client;
  let accountId: string;
  let l1: string; // Orange, SIM with PIN
  let l2: string; // Orange, SIM with PIN
  let l3: string; // Orange, eSIM
  let l4: string; // Bouygues, SIM with PIN

  const runWorker = () => runDueActions(t);
  const setClock = async (iso: string) => {
    t.clock.set(new Date(iso));
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
  };
  const simActions = async (id: string) =>
    (await agent.get(`/api/lines/${id}/sim-actions`)).body as unknown as SimActions;
  const line = async (id: string) => (await agent.get(`/api/lines/${id}`)).body as unknown as LineBody;
  const simState = (id: string) =>
    t.db.system(
      async (tx) =>
        (await tx.one<{ state: string }>(`SELECT state FROM sim_cards WHERE iccid = $1`, [id])).state,
    );
  const mails = (lineId: string) =>
    t.db.system((tx) =>
      tx.query<{ template: string; to_address: string; body_text: string }>(
        `SELECT template, recipient AS to_address, body_text FROM outbox WHERE entity_type = 'line' AND entity_id = $1 ORDER BY created_at, template`,
        [lineId],
      ),
    );
  const charges = (lineId: string) =>
    t.db.system((tx) =>
      tx.query<{ kind: string; item_code: string; amount_minor: number }>(
        `SELECT kind, item_code, amount_minor FROM account_charges WHERE line_id = $1 AND item_code = 'orange-esim' ORDER BY created_at`,
        [lineId],
      ),
    );
  const written = () =>
    t.db.system(async (tx) => {
      const n = async (table: string) =>
        (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n;
      return {
        actions: await n('pending_actions'),
        swaps: await n('sim_swaps'),
        names: await n('network_name_requests'),
        outbox: await n('outbox'),
        charges: await n('account_charges'),
        audit: await n('audit_events'),
        inUse: (
          await tx.query<{ iccid: string }>(
            `SELECT iccid FROM sim_cards WHERE state = 'in_use' ORDER BY iccid`,
          )
        ).map((r) => r.iccid),
      };
    });

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
    accountId = await createCustomer(agent);
    const sims = await agent.post('/api/stock/sims/import', {
      csv: simCsv([
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ iccid: iccid(n) })),
        { iccid: iccid(9), type: 'sans_pin' },
        ...[20, 21, 22, 23, 24].map((n) => ({
          iccid: iccid(n),
          type: 'esim',
          smdp: SMDP,
          matching: `MATCH-${n}`,
        })),
        ...[40, 41, 42].map((n) => ({ iccid: iccid(n), network: 'bouygues' })),
      ]),
    });
    expect(sims.status, JSON.stringify(sims.body)).toBe(201);
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009\nbouygues;0660000000;0660000004',
    });
    const orange = await agent.post('/api/orders', {
      accountId,
      configuration: 'multiple',
      lines: [
        orangeLine('Julie Martin'),
        orangeLine('Paul Durand'),
        orangeLine('Marc Petit', {
          simType: 'esim',
          esimContactEmail: CONTACTS.contactEmail,
          esimContactMobile: CONTACTS.contactMobile,
        }),
      ],
    });
    expect(orange.status, JSON.stringify(orange.body)).toBe(201);
    // The seed gives no Bouygues unlimited price: the reseller sets one to order such a line.
    const price = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'bouygues-unlimited-5gb-blocked',
      component: 'monthly',
      amount: '8.00',
      effectiveDate: '2026-11-23',
    });
    expect(price.status, JSON.stringify(price.body)).toBe(201);
    const bouygues = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [
        {
          offer: 'bouygues-unlimited-5gb-blocked',
          options: ['bouygues-cutoff-europe-0eur', 'bouygues-cutoff-world-0eur'],
          userName: 'Léa Bernard',
          simType: 'pin',
          portability: false,
        },
      ],
    });
    expect(bouygues.status, JSON.stringify(bouygues.body)).toBe(201);
    expect(await runWorker()).toBe(2);
    [l1, l2, l3] = (orange.body.lines as { id: string }[]).map((l) => l.id) as [string, string, string];
    l4 = (bouygues.body.lines as { id: string }[])[0]?.id ?? '';
    expect((await line(l1)).iccid).toBe(iccid(1));
    expect((await line(l3)).iccid).toBe(iccid(20));
    expect((await line(l4)).state).toBe('active');
  });
  afterAll(() => t.close());

  it('ACT-07 CAT-11 GET sim-actions lists each swap, allowed now or refused with its French reason', async () => {
    const orange = await simActions(l1);
    expect(orange.swaps.map((s) => [s.simType, s.direction, s.allowed, s.immediate, s.fee])).toEqual([
      ['pin', 'physical_to_physical', true, true, null],
      ['no_pin', 'physical_to_physical', true, true, null],
      ['esim', 'physical_to_esim', true, true, '1.50'],
    ]);
    expect(orange.history).toEqual([]);
    const bouygues = await simActions(l4);
    expect(bouygues.swaps.find((s) => s.simType === 'esim')).toMatchObject({
      allowed: false,
      effectiveAt: null,
      reason: { code: 'line.sim_swap_esim_orange_only', title: 'eSIM indisponible sur Bouygues Telecom' },
    });
    expect(bouygues.swaps.find((s) => s.simType === 'pin')?.allowed).toBe(true);
  });

  it('ACT-07 physical → physical at once: the old SIM retired, the new one in use, history, audit, "action effectuée" e-mail', async () => {
    const res = await agent.post(`/api/lines/${l1}/sim-swap`, { simType: 'pin', iccid: iccid(4) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.action).toMatchObject({ status: 'done', immediate: true });
    expect(res.body.swap).toMatchObject({
      state: 'done',
      fromIccid: iccid(1),
      toIccid: iccid(4),
      toSimType: 'pin',
    });
    expect((res.body.line as LineBody).iccid).toBe(iccid(4));
    expect(await simState(iccid(1))).toBe('retired');
    expect(await simState(iccid(4))).toBe('in_use');
    expect((await simActions(l1)).history.map((h) => [h.state, h.fromIccid, h.toIccid])).toEqual([
      ['done', iccid(1), iccid(4)],
    ]);
    const m = await mails(l1);
    expect(m.map((x) => [x.template, x.to_address])).toEqual([
      ['line.sim_swap_done', 'flotte@transports-lefevre.fr'],
    ]);
    expect(m[0]?.body_text).toContain('Action effectuée sur la ligne');
    expect(await charges(l1)).toEqual([]);
    const audit = await t.db.system((tx) =>
      tx.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY at, action`,
        [l1],
      ),
    );
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['line.sim_swap_requested', 'line.sim_swap_done']),
    );
  });

  it('ORD-07 the retired SIM is never reusable: refused with its code, nothing written, and the schema refuses it too', async () => {
    const before = await written();
    const res = await agent.post(`/api/lines/${l2}/sim-swap`, { simType: 'pin', iccid: iccid(1) });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('line.sim_swap_sim_retired');
    expect(res.body.title).toBe('SIM retirée');
    expect(await written()).toEqual(before);
    await expect(
      t.db.system((tx) => tx.query(`UPDATE sim_cards SET state = 'free' WHERE iccid = $1`, [iccid(1)])),
    ).rejects.toThrow(/ORD-07/);
  });

  it('ACT-07 ACT-09 CAT-11 physical → eSIM at once: a profile drawn, eSIM option, 1.50 € fee, activation e-mail and a new code', async () => {
    const res = await agent.post(`/api/lines/${l2}/sim-swap`, { simType: 'esim', ...CONTACTS });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const after = res.body.line as LineBody;
    expect(after).toMatchObject({
      simType: 'esim',
      iccid: iccid(21),
      esim: { contactEmail: CONTACTS.contactEmail, contactMobile: '0611223344', triesLeft: 3 },
    });
    expect(after.options.find((o) => o.code === 'orange-esim')?.status).toBe('active');
    expect(await simState(iccid(2))).toBe('retired');
    const esim = await agent.get(`/api/lines/${l2}/esim`);
    expect(esim.body.activationCode).toBe(`LPA:1$${SMDP}$MATCH-21$$1`);
    const qr = await fetch(`${t.url}/api/lines/${l2}/esim/qr.png`, { headers: { cookie: agent.cookie } });
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect(await charges(l2)).toEqual([{ kind: 'one_off', item_code: 'orange-esim', amount_minor: 150 }]);
    const m = await mails(l2);
    expect(m.map((x) => [x.template, x.to_address])).toEqual(
      expect.arrayContaining([
        ['esim.activation', CONTACTS.contactEmail],
        ['line.sim_swap_done', 'flotte@transports-lefevre.fr'],
      ]),
    );
    expect(m.find((x) => x.template === 'esim.activation')?.body_text).toContain('MATCH-21');
    const secrets = await agent.post(`/api/lines/${l2}/secrets`);
    expect(String(secrets.body.esimConfirmationCode)).toMatch(/^[0-9]{6}$/);
  });

  it('Reading 13 eSIM → physical: the eSIM profile retired for good, the eSIM option ended, no fee', async () => {
    const res = await agent.post(`/api/lines/${l3}/sim-swap`, { simType: 'no_pin', iccid: iccid(9) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const after = res.body.line as LineBody;
    expect(after).toMatchObject({ simType: 'no_pin', iccid: iccid(9), esim: null });
    expect(after.options.find((o) => o.code === 'orange-esim')?.status).toBe('terminated');
    expect(await simState(iccid(20))).toBe('retired');
    expect((await agent.get(`/api/lines/${l3}/esim`)).body.code).toBe('line.not_esim');
    // Only the order's eSIM fee: the swap away from eSIM is free.
    expect((await charges(l3)).length).toBe(1);
  });

  it('CAT-21 ACT-07 eSIM → eSIM (a handset change) is a new profile with its fee; the deleted one is never reinstalled', async () => {
    const res = await agent.post(`/api/lines/${l2}/sim-swap`, {
      simType: 'esim',
      contactEmail: 'paul@example.fr',
      contactMobile: '+33 6 99 88 77 66',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((res.body.line as LineBody).iccid).toBe(iccid(22));
    expect(await simState(iccid(21))).toBe('retired');
    expect((await charges(l2)).length).toBe(2);
    expect((await agent.get(`/api/lines/${l2}/esim`)).body.activationCode).toBe(`LPA:1$${SMDP}$MATCH-22$$1`);
    const reinstall = await agent.post(`/api/lines/${l1}/sim-swap`, {
      simType: 'esim',
      iccid: iccid(21),
      ...CONTACTS,
    });
    expect(reinstall.status).toBe(409);
    expect(reinstall.body.code).toBe('line.sim_swap_sim_retired');
  });

  it('CAT-11 on Bouygues a swap to eSIM is refused (nothing written); a physical swap is done at once; a SIM of another network is refused', async () => {
    const before = await written();
    const esim = await agent.post(`/api/lines/${l4}/sim-swap`, { simType: 'esim', ...CONTACTS });
    expect(esim.status).toBe(422);
    expect(esim.body.code).toBe('line.sim_swap_esim_orange_only');
    expect(esim.body.title).toBe('eSIM indisponible sur Bouygues Telecom');
    const wrong = await agent.post(`/api/lines/${l4}/sim-swap`, { simType: 'pin', iccid: iccid(5) });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('line.sim_swap_sim_wrong_network');
    expect(await written()).toEqual(before);
    const ok = await agent.post(`/api/lines/${l4}/sim-swap`, { simType: 'pin', iccid: iccid(41) });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect((ok.body.line as LineBody).iccid).toBe(iccid(41));
    expect(await simState(iccid(40))).toBe('retired');
  });

  it('ACT-09 ORD-04 missing contacts, the line’s own number, an ICCID failing Luhn, unknown fields: 4xx with their code, nothing written', async () => {
    const l1Msisdn = (await line(l1)).msisdn;
    const good = iccid(7);
    const badLuhn = good.slice(0, -1) + String((Number(good.slice(-1)) + 1) % 10);
    const before = await written();
    for (const [body, status, code] of [
      [{ simType: 'esim' }, 400, 'line.sim_swap_contacts_required'],
      [{ simType: 'esim', contactEmail: CONTACTS.contactEmail }, 400, 'line.sim_swap_contacts_required'],
      [
        { simType: 'esim', contactEmail: CONTACTS.contactEmail, contactMobile: l1Msisdn },
        422,
        'line.sim_swap_mobile_is_line',
      ],
      [
        { simType: 'esim', contactEmail: CONTACTS.contactEmail, contactMobile: '0123' },
        400,
        'order.esim_mobile_invalid',
      ],
      [{ simType: 'pin', iccid: badLuhn }, 400, 'stock.iccid_luhn'],
      [{ simType: 'pin' }, 400, 'line.sim_swap_iccid_required'],
      [{ simType: 'no_pin', iccid: good }, 422, 'line.sim_swap_sim_wrong_type'],
      [{ simType: 'pin', iccid: iccid(999) }, 422, 'stock.sim_unknown'],
      [{ simType: 'pin', iccid: good, extra: true }, 400, 'validation.failed'],
      [{ simType: 'sim' }, 400, 'validation.failed'],
    ] as const) {
      const res = await agent.post(`/api/lines/${l1}/sim-swap`, body);
      expect([res.status, res.body.code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect(await written()).toEqual(before);
  });

  it('ACT-08 network name: refused without partnership (French reason); admin sets it in the settings', async () => {
    const view = await simActions(l4);
    expect(view.networkName).toMatchObject({
      allowed: false,
      reason: { code: 'line.network_name_bouygues_partners', title: 'Réservé aux partenaires Init Sys' },
    });
    const before = await written();
    const refused = await agent.post(`/api/lines/${l4}/network-name`, { name: 'Lefevre' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('line.network_name_bouygues_partners');
    expect(await written()).toEqual(before);
    const tenant = await admin.get('/api/tenant');
    expect(tenant.body.operatorPartnerships).toEqual({ orange: null, bouygues: null });
    const body = { operatorPartnerships: { orange: 'rezocean', bouygues: 'init_sys' } };
    expect(
      (await agent.patch('/api/tenant', body, { 'If-Match': String(tenant.headers.get('etag')) })).status,
    ).toBe(403);
    const bad = await admin.patch(
      '/api/tenant',
      { operatorPartnerships: { orange: 'rezocean', bouygues: 'rezocean' } },
      { 'If-Match': String(tenant.headers.get('etag')) },
    );
    expect(bad.status).toBe(400);
    const saved = await admin.patch('/api/tenant', body, { 'If-Match': String(tenant.headers.get('etag')) });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.operatorPartnerships).toEqual(body.operatorPartnerships);
  });

  it('ACT-08 Bouygues active line: 13 characters at most; request stored with ~4 weeks and a handset restart; done', async () => {
    for (const [name, code] of [
      ['Transports Lefèvre', 'line.network_name_too_long'],
      ['Lefèvre 📶', 'line.network_name_chars'],
      ['   ', 'line.network_name_empty'],
    ] as const) {
      const res = await agent.post(`/api/lines/${l4}/network-name`, { name });
      expect([res.status, res.body.code]).toEqual([400, code]);
    }
    const res = await agent.post(`/api/lines/${l4}/network-name`, { name: 'Transports LF' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Transports LF',
      state: 'requested',
      partner: 'init_sys',
      expectedOn: '2026-12-21',
      restartNeeded: true,
    });
    const again = await agent.post(`/api/lines/${l4}/network-name`, { name: 'Autre' });
    expect([again.status, again.body.code]).toEqual([409, 'line.network_name_pending']);
    const view = await simActions(l4);
    expect(view.networkNames.map((n) => [n.name, n.state])).toEqual([['Transports LF', 'requested']]);
    const done = await agent.post(`/api/lines/${l4}/network-name/${String(res.body.id)}/done`);
    expect(done.status).toBe(200);
    expect(done.body.state).toBe('done');
    const twice = await agent.post(`/api/lines/${l4}/network-name/${String(res.body.id)}/cancellation`);
    expect([twice.status, twice.body.code]).toEqual([409, 'line.network_name_not_open']);
  });

  it('ACT-08 an Orange line already active is refused with its French reason', async () => {
    const res = await agent.post(`/api/lines/${l1}/network-name`, { name: 'Lefevre' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('line.network_name_line_active');
    expect(res.body.title).toBe('Impossible sur une ligne Orange déjà active');
  });

  it('tenant isolation: another reseller sees no line, cannot swap its SIM nor name it (404, nothing written)', async () => {
    const before = await written();
    expect((await agentB.get(`/api/lines/${l1}/sim-actions`)).status).toBe(404);
    expect((await agentB.post(`/api/lines/${l1}/sim-swap`, { simType: 'pin', iccid: iccid(5) })).status).toBe(
      404,
    );
    expect((await agentB.post(`/api/lines/${l4}/network-name`, { name: 'X' })).status).toBe(404);
    expect(await written()).toEqual(before);
  });

  it('ORD-03 outside opening hours the swap waits for the opening, says when, and the worker runs it then', async () => {
    // The jobs the immediate swaps left behind (already done) complete without doing anything.
    await runWorker();
    // Saturday 28 November, 22:30 in Paris: Orange's SIM window closed until Monday 07:00.
    await setClock('2026-11-28T21:30:00Z');
    const res = await agent.post(`/api/lines/${l1}/sim-swap`, { simType: 'pin', iccid: iccid(6) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.action).toMatchObject({ status: 'scheduled', immediate: false });
    expect(res.body.swap).toMatchObject({
      state: 'scheduled',
      effectiveAt: '2026-11-30T06:00:00.000Z',
      effectiveLabel: 'lundi 30 novembre 2026 à 07:00',
    });
    expect((res.body.line as LineBody).iccid).toBe(iccid(4));
    expect((await mails(l1)).map((m) => m.template)).toContain('line.sim_swap_scheduled');
    const view = await simActions(l1);
    expect(view.swaps.every((s) => s.reason?.code === 'line.sim_swap_pending')).toBe(true);
    const second = await agent.post(`/api/lines/${l1}/sim-swap`, { simType: 'pin', iccid: iccid(7) });
    expect([second.status, second.body.code]).toEqual([409, 'line.sim_swap_pending']);
    await setClock('2026-11-30T05:59:00Z');
    expect(await runWorker()).toBe(0);
    expect((await line(l1)).iccid).toBe(iccid(4));
    await setClock('2026-11-30T06:00:00Z');
    expect(await runWorker()).toBe(1);
    expect((await line(l1)).iccid).toBe(iccid(6));
    expect(await simState(iccid(4))).toBe('retired');
    expect((await simActions(l1)).history[0]).toMatchObject({ state: 'done', toIccid: iccid(6) });
    expect(await runWorker()).toBe(0);
  });

  it('ORD-03 ACT-07 a swap to eSIM at 07:00 waits for the eSIM window (09:00) and can be cancelled like any pending action', async () => {
    const res = await agent.post(`/api/lines/${l3}/sim-swap`, { simType: 'esim', ...CONTACTS });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.swap).toMatchObject({
      effectiveLabel: 'lundi 30 novembre 2026 à 09:00',
      state: 'scheduled',
    });
    const actionId = String((res.body.action as { id: string }).id);
    expect((await agent.post(`/api/pending-actions/${actionId}/cancel`)).status).toBe(200);
    const view = await simActions(l3);
    expect(view.history[0]).toMatchObject({ state: 'cancelled', actionId });
    expect(view.swaps.find((s) => s.simType === 'esim')?.allowed).toBe(true);
    await setClock('2026-11-30T08:00:00Z');
    await runWorker();
    expect((await line(l3)).simType).toBe('no_pin');
  });

  it('ACT-08 an Orange line not active yet: Rezocean partner, at least 1000 SIMs, ~2 weeks, no restart', async () => {
    // Sunday: Orange is closed, so the new line waits in progress for Monday 07:00.
    await setClock('2026-12-06T10:00:00Z');
    const order = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [orangeLine('Nina Roux', { iccid: iccid(8) })],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const lineId = (order.body.lines as { id: string }[])[0]?.id ?? '';
    expect((await line(lineId)).state).toBe('in_progress');
    const few = await agent.post(`/api/lines/${lineId}/network-name`, { name: 'Lefevre' });
    expect([few.status, few.body.code]).toEqual([422, 'line.network_name_min_sims']);
    const more = await agent.post('/api/stock/sims/import', {
      csv: simCsv(Array.from({ length: 1000 }, (_, i) => ({ iccid: iccid(10_000 + i) }))),
    });
    expect(more.status, JSON.stringify(more.body)).toBe(201);
    const res = await agent.post(`/api/lines/${lineId}/network-name`, { name: 'Lefèvre Mobile' });
    expect([res.status, res.body.code]).toEqual([400, 'line.network_name_too_long']);
    const ok = await agent.post(`/api/lines/${lineId}/network-name`, { name: 'Lefèvre Mob' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    // Sunday 6 December + 10 working days: Friday 18 December.
    expect(ok.body).toMatchObject({ partner: 'rezocean', expectedOn: '2026-12-18', restartNeeded: false });
    const cancelled = await agent.post(
      `/api/lines/${lineId}/network-name/${String(ok.body.id)}/cancellation`,
    );
    expect(cancelled.body.state).toBe('cancelled');
  });

  it('ORD-07 a terminated line takes no swap nor network name: 409 line.terminated, nothing written', async () => {
    expect((await agent.post(`/api/lines/${l4}/termination`, {})).status).toBe(201);
    const before = await written();
    const swap = await agent.post(`/api/lines/${l4}/sim-swap`, { simType: 'pin', iccid: iccid(42) });
    expect([swap.status, swap.body.code]).toEqual([409, 'line.terminated']);
    const name = await agent.post(`/api/lines/${l4}/network-name`, { name: 'Lefevre' });
    expect([name.status, name.body.code]).toEqual([409, 'line.terminated']);
    expect(await written()).toEqual(before);
    expect((await simActions(l4)).swaps.every((s) => !s.allowed)).toBe(true);
  });
});
