import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { tmfErrors } from '../support/tmf.ts';
import { iccid, rio, simCsv } from '../support/stock.ts';
import {
  createActionRegistry,
  createWorker,
  actionJobHandler,
  ACTION_JOB_KIND,
} from '../../src/platform/jobs/index.ts';
import type { ActionRegistry } from '../../src/platform/jobs/index.ts';
import { registerOrderActions } from '../../src/modules/orders/submit-order.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';

const TMF622 = 'TMF622-ProductOrdering-v4.0.0.swagger.json';
const TMF637 = 'TMF637-ProductInventory-v4.0.0.swagger.json';

const ORANGE_ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const orangeLine = (over: Record<string, unknown> = {}) => ({
  offer: 'orange-unlimited-5gb-blocked',
  options: ORANGE_ROAMING,
  userName: 'Julie Martin',
  simType: 'pin',
  portability: false,
  ...over,
});
const esimLine = (over: Record<string, unknown> = {}) =>
  orangeLine({
    userName: 'Paul Durand',
    simType: 'esim',
    esimContactEmail: 'paul.durand@transports-lefevre.fr',
    esimContactMobile: '06 11 22 33 44',
    ...over,
  });

/** Orders over HTTP (ORD-01..ORD-07, CAT-07, CAT-11, ACT-10, TMF622, TMF637); the worker runs the simulator. */
describe(`orders over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let accountId: string;
  let siteId: string;

  /** Runs the due jobs as the worker does, with a given action registry (default: the app's). */
  const runWorker = (actions: ActionRegistry = t.deps.actions) =>
    createWorker({
      db: t.db,
      clock: t.clock,
      handlers: { [ACTION_JOB_KIND]: actionJobHandler(actions) },
    }).runDue();

  /** Moves the clock; sessions expire with inactivity, so the agents sign in again. */
  const setClock = async (iso: string) => {
    t.clock.set(new Date(iso));
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
  };

  const counts = async (c: Client) => ({
    orders: Number((await c.get('/api/orders?limit=1')).body.total),
    lines: Number((await c.get('/api/lines?limit=1')).body.total),
    stock: (await c.get('/api/stock/summary')).body.items,
  });

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
    const site = await agent.post(`/api/accounts/${accountId}/addresses`, {
      kind: 'site',
      label: 'Dépôt de Rungis',
      line1: '1 rue de la Tour',
      postalCode: '94150',
      city: 'Rungis',
    });
    siteId = String(site.body.id);
    const sims = await agent.post('/api/stock/sims/import', {
      csv: simCsv([
        ...[1, 2, 3, 4, 5, 6].map((n) => ({ iccid: iccid(n) })),
        ...[7, 8, 9].map((n) => ({
          iccid: iccid(n),
          type: 'esim',
          smdp: 'smdp.orange.example',
          matching: `MATCH-${n}`,
        })),
        ...[10, 11].map((n) => ({ iccid: iccid(n), network: 'bouygues' })),
      ]),
    });
    expect(sims.status).toBe(201);
    const numbers = await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009\nbouygues;0660000000;0660000004',
    });
    expect(numbers.status).toBe(201);
  });
  afterAll(() => t.close());

  let orderId: string;

  it('ORD-01 ORD-07 CAT-11 a multiple order of two Orange lines (one eSIM) reserves numbers and SIMs', async () => {
    const res = await agent.post('/api/orders', {
      accountId,
      configuration: 'multiple',
      lines: [orangeLine({ siteId }), esimLine()],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    orderId = String(res.body.id);
    expect(res.body).toMatchObject({
      reference: 'O-000001',
      state: 'in_progress',
      queued: false,
      network: 'orange',
    });
    const lines = res.body.lines as {
      msisdn: string;
      iccid: string;
      state: string;
      simType: string;
      options: { code: string; status: string }[];
      esim: unknown;
    }[];
    expect(lines.map((l) => l.state)).toEqual(['in_progress', 'in_progress']);
    // ORD-07: numbers drawn from the free Orange stock.
    for (const l of lines) expect(l.msisdn).toMatch(/^070000000[0-9]$/);
    expect(lines[0]?.msisdn).not.toBe(lines[1]?.msisdn);
    // CAT-11: the eSIM line carries the eSIM option (its one-off fee); CAT-21: its profile at once.
    expect(lines[1]?.options.map((o) => o.code)).toContain('orange-esim');
    expect(lines[1]?.iccid).toBe(iccid(7));
    expect(lines[1]?.esim).toMatchObject({ confirmed: false, locked: false, triesLeft: 3 });
    const summary = (await agent.get('/api/stock/summary')).body.items as {
      network: string;
      kind: string;
      state: string;
      count: number;
    }[];
    expect(summary).toContainEqual({ network: 'orange', kind: 'number', state: 'in_use', count: 2 });
  });

  it('ORD-05 ORD-08 the eSIM activation code is LPA:1$<SM-DP+>$<matching id>$$1, with a QR code image, each read audited', async () => {
    const order = await agent.get(`/api/orders/${orderId}`);
    const line = (order.body.lines as { id: string }[])[1];
    const esim = await agent.get(`/api/lines/${line?.id}/esim`);
    expect(esim.body).toEqual({
      activationCode: 'LPA:1$smdp.orange.example$MATCH-7$$1',
      smdpAddress: 'smdp.orange.example',
      matchingId: 'MATCH-7',
    });
    const qr = await fetch(`${t.url}/api/lines/${line?.id}/esim/qr.png`, {
      headers: { cookie: agent.cookie },
    });
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await qr.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    // ORD-08: the activation code installs the profile on any phone; both reads are audited as the secrets are.
    const admin = await Client.login(t.url, a.users.admin.email);
    const audit = await admin.get(`/api/audit-events?entityId=${line?.id}&action=line.esim_activation_read`);
    const reads = (audit.body.items ?? []) as { actorLabel: string; after: { via: string } }[];
    expect(reads.map((e) => e.after.via).sort()).toEqual(['esim', 'qr']);
    expect(reads.every((e) => e.actorLabel.length > 0)).toBe(true);
    expect(JSON.stringify(audit.body)).not.toContain('MATCH-7');
  });

  it('ACT-10 the worker sends the order to the operator (simulator): lines and options become active', async () => {
    expect(await runWorker()).toBe(1);
    const order = await agent.get(`/api/orders/${orderId}`);
    expect(order.body.state).toBe('completed');
    const lines = order.body.lines as {
      state: string;
      activatedAt: string;
      options: { status: string; activatedAt: string }[];
    }[];
    for (const l of lines) {
      expect(l.state).toBe('active');
      expect(l.activatedAt).toBe(t.clock.now().toISOString());
      for (const o of l.options)
        expect(o).toMatchObject({ status: 'active', activatedAt: t.clock.now().toISOString() });
    }
    expect(await runWorker()).toBe(0);
  });

  it('CAT-01 CAT-11 the activation writes the first month pro rata and the eSIM fee to the ledger', async () => {
    const charges = await agent.get(`/api/charges?accountId=${accountId}`);
    expect(charges.status).toBe(200);
    const items = (charges.body.items ?? []) as {
      kind: string;
      itemCode: string;
      amount: string;
      monthly: string | null;
      periodStart: string | null;
      periodEnd: string | null;
    }[];
    // Reading 7: activated Monday 23 Nov 2026, 8 days of 30 at 7.00 € HT = 1.87 €; the eSIM 1.50 € once.
    expect(
      items.map((c) => [c.kind, c.itemCode, c.amount, c.monthly, c.periodStart, c.periodEnd]).sort(),
    ).toEqual(
      [
        ['first_month', 'orange-unlimited-5gb-blocked', '1.87', '7.00', '2026-11-23', '2026-11-30'],
        ['first_month', 'orange-unlimited-5gb-blocked', '1.87', '7.00', '2026-11-23', '2026-11-30'],
        ['one_off', 'orange-esim', '1.50', null, null, null],
      ].sort(),
    );
    expect((await agentB.get(`/api/charges?accountId=${accountId}`)).status).toBe(404);
  });

  it('ORD-05 ORD-08 the confirmation code locks after 3 wrong tries; PUK and code are revealed on request, audited', async () => {
    const line = ((await agent.get(`/api/orders/${orderId}`)).body.lines as { id: string }[])[1];
    const secrets = await agent.post(`/api/lines/${line?.id}/secrets`);
    expect(secrets.status).toBe(200);
    expect(secrets.body.puk).toBe('12345678');
    const code = String(secrets.body.esimConfirmationCode);
    expect(code).toMatch(/^[0-9]{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await agent.post(`/api/lines/${line?.id}/esim/confirm`, { code: wrong });
    expect(first.status).toBe(422);
    expect(first.body.detail).toBe('Code de confirmation erroné : 2 essai(s) restant(s).');
    await agent.post(`/api/lines/${line?.id}/esim/confirm`, { code: wrong });
    const third = await agent.post(`/api/lines/${line?.id}/esim/confirm`, { code: wrong });
    expect(third.status).toBe(423);
    expect(third.body.code).toBe('line.esim_locked');
    const right = await agent.post(`/api/lines/${line?.id}/esim/confirm`, { code });
    expect(right.status).toBe(423);
    expect((await agent.get(`/api/lines/${line?.id}`)).body.esim).toMatchObject({
      locked: true,
      triesLeft: 0,
      confirmed: false,
    });
    const admin = await Client.login(t.url, a.users.admin.email);
    const audit = await admin.get(`/api/audit-events?entityType=line`);
    expect((audit.body.items ?? []).map((e) => e.action)).toContain('line.secrets_revealed');
    expect(JSON.stringify(audit.body)).not.toContain(code);
  });

  it('ORD-05 the activation details go to the contact e-mail at order, and again to a given e-mail', async () => {
    const line = ((await agent.get(`/api/orders/${orderId}`)).body.lines as { id: string }[])[1];
    const res = await agent.post(`/api/lines/${line?.id}/esim/resend`, {
      email: 'paul@example.fr',
      mobile: '07 11 22 33 44',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ emailQueued: true, smsQueued: false });
    const bad = await agent.post(`/api/lines/${line?.id}/esim/resend`, {
      email: 'paul@example.fr',
      mobile: '12',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('order.esim_mobile_invalid');
    const outbox = await t.db.tenant(a.id, (tx) =>
      tx.query<{ recipient: string; template: string; body_text: string }>(
        `SELECT recipient, template, body_text FROM outbox WHERE entity_id = $1 ORDER BY created_at`,
        [line?.id],
      ),
    );
    expect(outbox.map((m) => [m.recipient, m.template])).toEqual([
      ['paul.durand@transports-lefevre.fr', 'esim.activation'],
      ['paul@example.fr', 'esim.activation'],
    ]);
    expect(outbox[0]?.body_text).toContain('LPA:1$smdp.orange.example$MATCH-7$$1');
  });

  it('ORD-05 a right code on the first try confirms the eSIM', async () => {
    const res = await agent.post('/api/orders', { accountId, configuration: 'unit', lines: [esimLine()] });
    expect(res.status).toBe(201);
    const id = String((res.body.lines as { id: string }[])[0]?.id);
    const code = String((await agent.post(`/api/lines/${id}/secrets`)).body.esimConfirmationCode);
    const ok = await agent.post(`/api/lines/${id}/esim/confirm`, { code });
    expect(ok.body).toEqual({ confirmed: true });
    await runWorker();
  });

  describe('bad input gets a 4xx with a precise code and writes nothing', () => {
    const refused = async (body: Record<string, unknown>, status: number, code: string, pointer?: string) => {
      const before = await counts(agent);
      const res = await agent.post('/api/orders', body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.code).toBe(code);
      if (pointer)
        expect((res.body.errors as { pointer: string }[]).map((e) => e.pointer)).toContain(pointer);
      expect(await counts(agent)).toEqual(before);
      return res;
    };

    it('an unknown offer', () =>
      refused(
        { accountId, configuration: 'unit', lines: [orangeLine({ offer: 'orange-unlimited-7gb' })] },
        400,
        'catalog.unknown_item',
        '/body/lines/0/offer',
      ));

    it('an option not allowed on that network', () =>
      refused(
        {
          accountId,
          configuration: 'unit',
          lines: [orangeLine({ options: [...ORANGE_ROAMING, 'bouygues-cutoff-europe-0eur'] })],
        },
        422,
        'catalog.option_wrong_network',
        '/body/lines/0/options',
      ));

    it('CAT-12 CAT-20 partner-platform delivery without the Init Sys partnership', () =>
      refused(
        {
          accountId,
          configuration: 'unit',
          lines: [orangeLine({ options: [...ORANGE_ROAMING, 'orange-fixed-ip-partner-l2tp'] })],
        },
        422,
        'line.option_partner_only',
        '/body/lines/0/options',
      ));

    it('ORD-09 a missing roaming choice', () =>
      refused(
        { accountId, configuration: 'unit', lines: [orangeLine({ options: [] })] },
        422,
        'catalog.roaming_choice_required',
      ));

    it('ORD-06 a RIO with a bad key', async () => {
      const good = rio('0612345678');
      const bad = good.slice(0, 9) + (good.slice(9) === 'AAA' ? 'BBB' : 'AAA');
      const res = await refused(
        {
          accountId,
          configuration: 'unit',
          lines: [
            orangeLine({
              portability: true,
              portNumber: '0612345678',
              rio: bad,
              activationDate: '2026-11-30',
            }),
          ],
        },
        400,
        'order.rio_key',
        '/body/lines/0/rio',
      );
      expect(res.body.detail).toContain('ne correspond pas au numéro 0612345678');
    });

    it('ORD-06 a RIO of the wrong format', () =>
      refused(
        {
          accountId,
          configuration: 'unit',
          lines: [
            orangeLine({
              portability: true,
              portNumber: '0612345678',
              rio: 'OFX12',
              activationDate: '2026-11-30',
            }),
          ],
        },
        400,
        'order.rio_format',
      ));

    it('ORD-02 a porting date less than 3 working days after the order', async () => {
      // Monday 23 Nov 2026 10:00 Paris: the earliest porting date is Thursday 26.
      const res = await refused(
        {
          accountId,
          configuration: 'unit',
          lines: [
            orangeLine({
              portability: true,
              portNumber: '0612345678',
              rio: rio('0612345678'),
              activationDate: '2026-11-25',
            }),
          ],
        },
        422,
        'order.porting_date_too_early',
      );
      expect(res.body.detail).toBe(
        'Avec portabilité, l’activation a lieu au plus tôt 3 jours ouvrés après la commande : le 2026-11-26.',
      );
    });

    it('ORD-02 an activation date in the past is refused with a message, not silently replaced', async () => {
      const res = await refused(
        { accountId, configuration: 'unit', lines: [orangeLine({ activationDate: '2026-11-20' })] },
        400,
        'order.activation_date_past',
        '/body/lines/0/activationDate',
      );
      expect(res.body.detail).toBe(
        'La date d’activation 20/11/2026 est passée : choisissez aujourd’hui (23/11/2026) ou une date à venir.',
      );
    });

    it('ORD-02 a porting date on a Saturday', () =>
      refused(
        {
          accountId,
          configuration: 'unit',
          lines: [
            orangeLine({
              portability: true,
              portNumber: '0612345678',
              rio: rio('0612345678'),
              activationDate: '2026-11-28',
            }),
          ],
        },
        422,
        'order.porting_date_weekend',
      ));

    it('CAT-11 an eSIM on Bouygues', () =>
      refused(
        {
          accountId,
          configuration: 'unit',
          lines: [
            esimLine({
              offer: 'bouygues-unlimited-5gb-blocked',
              options: ['bouygues-cutoff-europe-0eur', 'bouygues-cutoff-world-0eur'],
            }),
          ],
        },
        422,
        'order.esim_not_allowed',
      ));

    it('ORD-04 an eSIM without its contact e-mail and mobile', () =>
      refused(
        { accountId, configuration: 'unit', lines: [esimLine({ esimContactEmail: undefined })] },
        400,
        'order.esim_contact_required',
      ));

    it('ORD-01 a unit order of two lines', () =>
      refused(
        { accountId, configuration: 'unit', lines: [orangeLine(), orangeLine()] },
        400,
        'order.unit_needs_one_line',
      ));

    it('a site that is not the customer’s', () =>
      refused(
        { accountId, configuration: 'unit', lines: [orangeLine({ siteId: accountId })] },
        400,
        'order.site_unknown',
      ));

    it('an unknown field', () =>
      refused(
        { accountId, configuration: 'unit', lines: [orangeLine({ colour: 'blue' })] },
        400,
        'validation.failed',
      ));
  });

  it('ORD-02 ORD-06 a porting line keeps its number, with a valid RIO, activation on the date asked', async () => {
    const res = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [
        orangeLine({
          portability: true,
          portNumber: '06 12 34 56 78',
          rio: rio('0612345678'),
          activationDate: '2026-11-26',
        }),
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const line = (res.body.lines as { msisdn: string; activationAt: string; rio: string }[])[0];
    expect(line?.msisdn).toBe('0612345678');
    expect(line?.activationAt).toBe('2026-11-26T08:00:00.000Z');
    await runWorker();
  });

  it('ORD-02 without portability the line is due within 1 working hour inside the opening window', async () => {
    // Saturday 28 Nov 2026 21:30 Paris: Orange opens until 22:00, then Monday 07:00 (ORD-03).
    await setClock('2026-11-28T20:30:00Z');
    const res = await agent.post('/api/orders', { accountId, configuration: 'unit', lines: [orangeLine()] });
    expect(res.status).toBe(201);
    expect(res.body.queued).toBe(false);
    expect((res.body.lines as { activationAt: string }[])[0]?.activationAt).toBe('2026-11-30T06:30:00.000Z');
    await runWorker();
  });

  it('ORD-03 a request outside the opening hours is queued to the next opening and says when', async () => {
    // Sunday 29 Nov 2026 10:00 Paris: Orange creation is closed; it opens Monday 07:00.
    await setClock('2026-11-29T09:00:00Z');
    const res = await agent.post('/api/orders', { accountId, configuration: 'unit', lines: [orangeLine()] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'queued', queued: true, submitAt: '2026-11-30T06:00:00.000Z' });
    expect(await runWorker()).toBe(0);
    await setClock('2026-11-30T06:00:00Z');
    expect(await runWorker()).toBe(1);
    expect((await agent.get(`/api/orders/${String(res.body.id)}`)).body.state).toBe('completed');
    // The eSIM window (Mon–Fri 09:00–17:30) is its own: at 07:00 Monday an eSIM waits until 09:00.
    const esim = await agent.post('/api/orders', { accountId, configuration: 'unit', lines: [esimLine()] });
    expect(esim.body).toMatchObject({ queued: true, submitAt: '2026-11-30T08:00:00.000Z' });
    await setClock('2026-11-30T08:00:00Z');
    expect(await runWorker()).toBe(1);
  });

  it('CAT-07 an Orange data-only line gets the 14-digit number Orange gives', async () => {
    const res = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [orangeLine({ offer: 'orange-data-only-10gb-blocked', options: [] })],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((res.body.lines as { msisdn: string | null }[])[0]?.msisdn).toBeNull();
    await runWorker();
    const done = await agent.get(`/api/orders/${String(res.body.id)}`);
    expect((done.body.lines as { msisdn: string }[])[0]?.msisdn).toMatch(/^[0-9]{14}$/);
  });

  it('CAT-07 ORD-07 a Bouygues data-only line: the reseller picks the number from free stock', async () => {
    const admin = await Client.login(t.url, a.users.admin.email);
    const price = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'bouygues-data-only-10gb-blocked',
      component: 'monthly',
      amount: '9.00',
      effectiveDate: '2026-11-30',
    });
    expect(price.status, JSON.stringify(price.body)).toBe(201);
    const line = {
      offer: 'bouygues-data-only-10gb-blocked',
      userName: 'Capteur 12',
      simType: 'pin',
      portability: false,
    };
    const missing = await agent.post('/api/orders', { accountId, configuration: 'unit', lines: [line] });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('order.number_choice_required');
    const taken = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [{ ...line, number: '0770000000' }],
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('order.number_not_free');
    const ok = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [{ ...line, number: '0660000003' }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect((ok.body.lines as { msisdn: string }[])[0]?.msisdn).toBe('0660000003');
    await runWorker();
  });

  it('DESIGN a refused operator step is compensated: lines cancelled, numbers and SIMs back in stock', async () => {
    const sim = createOperatorSimulator({
      reject: (req) => (req.simType === 'no_pin' ? 'Offre non souscrite' : null),
    });
    const actions = createActionRegistry();
    registerOrderActions(actions, sim);
    await agent.post('/api/stock/sims/import', { csv: simCsv([{ iccid: iccid(50), type: 'sans_pin' }]) });
    const before = (await agent.get('/api/stock/summary')).body;
    const res = await agent.post('/api/orders', {
      accountId,
      configuration: 'multiple',
      lines: [orangeLine(), orangeLine({ simType: 'no_pin' })],
    });
    expect(res.status).toBe(201);
    const first = (res.body.lines as { id: string }[])[0]?.id;
    expect(await runWorker(actions)).toBe(1);
    const order = await agent.get(`/api/orders/${String(res.body.id)}`);
    expect(order.body).toMatchObject({ state: 'failed', failure: 'Offre non souscrite' });
    expect(
      (order.body.lines as { state: string; msisdn: string | null }[]).map((l) => [l.state, l.msisdn]),
    ).toEqual([
      ['cancelled', null],
      ['cancelled', null],
    ]);
    expect(sim.cancelled).toEqual([first]);
    expect((await agent.get('/api/stock/summary')).body).toEqual(before);
  });

  it('ORD-07 a retired number or SIM is never used again (enforced by the database)', async () => {
    await t.db.tenant(a.id, async (tx) => {
      await tx.query(`UPDATE phone_numbers SET state = 'retired' WHERE msisdn = '0660000004'`);
      await tx.query(`UPDATE sim_cards SET state = 'retired' WHERE iccid = $1`, [iccid(11)]);
    });
    await expect(
      t.db.tenant(a.id, (tx) =>
        tx.query(`UPDATE phone_numbers SET state = 'free' WHERE msisdn = '0660000004'`),
      ),
    ).rejects.toThrow(/ORD-07/);
    await expect(
      t.db.tenant(a.id, (tx) =>
        tx.query(`UPDATE sim_cards SET state = 'free' WHERE iccid = $1`, [iccid(11)]),
      ),
    ).rejects.toThrow(/ORD-07/);
    const free = await agent.get('/api/stock/numbers/free?network=bouygues');
    expect(free.body.items).not.toContain('0660000004');
  });

  it('MSISDN and ICCID find the account in the account search', async () => {
    const items = (await agent.get('/api/lines?state=active&network=orange&limit=100')).body.items as {
      msisdn: string;
      iccid: string;
    }[];
    const line = items.find((l) => l.msisdn.startsWith('07')) as { msisdn: string; iccid: string };
    for (const q of [line.msisdn, `+33${line.msisdn.slice(1)}`, line.iccid]) {
      const res = await agent.get(`/api/accounts?q=${encodeURIComponent(q)}`);
      expect(
        res.body.items?.map((x) => x.id),
        q,
      ).toEqual([accountId]);
    }
  });

  it('TMF622 productOrder create, list and get validate against the official definitions', async () => {
    const created = await agent.post('/tmf-api/productOrderingManagement/v4/productOrder', {
      relatedParty: [{ id: accountId, role: 'customer' }],
      productOrderItem: [
        {
          id: '1',
          action: 'add',
          productOffering: { id: 'orange-unlimited-5gb-blocked' },
          product: {
            productCharacteristic: [
              { name: 'userName', value: 'Léa Petit' },
              { name: 'simType', value: 'pin' },
              { name: 'options', value: ORANGE_ROAMING },
            ],
          },
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(tmfErrors(TMF622, 'ProductOrder', created.body)).toEqual([]);
    const list = await agent.get('/tmf-api/productOrderingManagement/v4/productOrder?limit=50');
    expect(list.status).toBe(200);
    for (const o of list.body as unknown as unknown[])
      expect(tmfErrors(TMF622, 'ProductOrder', o)).toEqual([]);
    const one = await agent.get(
      `/tmf-api/productOrderingManagement/v4/productOrder/${String(created.body.id)}`,
    );
    expect(tmfErrors(TMF622, 'ProductOrder', one.body)).toEqual([]);
    expect(one.body.state).toBe('inProgress');
    const bad = await agent.post('/tmf-api/productOrderingManagement/v4/productOrder', {
      relatedParty: [{ id: accountId }],
      productOrderItem: [
        {
          id: '1',
          action: 'add',
          productOffering: { id: 'nope' },
          product: { productCharacteristic: [{ name: 'userName', value: 'X' }] },
        },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('catalog.unknown_item');
    expect((await agent.get('/tmf-api/productOrderingManagement/v4/productOrder/not-a-uuid')).status).toBe(
      404,
    );
    await runWorker();
  });

  it('TMF637 product list and get validate against the official definitions', async () => {
    const list = await agent.get('/tmf-api/productInventory/v4/product?limit=100');
    expect(list.status).toBe(200);
    const items = list.body as unknown as { id: string; status: string }[];
    expect(items.length).toBeGreaterThan(3);
    for (const p of items) expect(tmfErrors(TMF637, 'Product', p), JSON.stringify(p)).toEqual([]);
    const one = await agent.get(`/tmf-api/productInventory/v4/product/${items[0]?.id ?? ''}`);
    expect(tmfErrors(TMF637, 'Product', one.body)).toEqual([]);
  });

  it('ORD-04 for a creation without portability, the confirmation code cannot go to the new line', async () => {
    // A reseller with a single free Orange number: the draw can only give that one.
    const c = await createTenant(t.db, 'charlie');
    const agentC = await Client.login(t.url, c.users.agent.email);
    const acc = await agentC.post('/api/accounts', {
      kind: 'business',
      companyType: 'SARL',
      companyName: 'Plomberie Durand',
      siret: '440 011 223 00011',
      email: 'contact@plomberie-durand.fr',
      billingDay: 5,
    });
    await agentC.post('/api/stock/sims/import', {
      csv: simCsv([{ iccid: iccid(70), type: 'esim', smdp: 'smdp.orange.example', matching: 'M-70' }]),
    });
    await agentC.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0799000000;0799000000',
    });
    const before = await counts(agentC);
    const res = await agentC.post('/api/orders', {
      accountId: acc.body.id,
      configuration: 'unit',
      lines: [esimLine({ esimContactMobile: '+33 7 99 00 00 00' })],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('order.esim_mobile_is_line');
    expect(await counts(agentC)).toEqual(before);
  });

  it('another reseller sees none of these orders or lines', async () => {
    expect((await agentB.get('/api/orders')).body.total).toBe(0);
    expect((await agentB.get('/api/lines')).body.total).toBe(0);
    expect((await agentB.get(`/api/orders/${orderId}`)).status).toBe(404);
    const line = ((await agent.get(`/api/orders/${orderId}`)).body.lines as { id: string }[])[0];
    expect((await agentB.get(`/api/lines/${line?.id}`)).status).toBe(404);
    expect((await agentB.post(`/api/lines/${line?.id}/secrets`)).status).toBe(404);
    expect((await agentB.get(`/tmf-api/productInventory/v4/product/${line?.id}`)).status).toBe(404);
    const res = await agentB.post('/api/orders', { accountId, configuration: 'unit', lines: [orangeLine()] });
    expect(res.status).toBe(404);
  });

  it('ORD-03 TMF622 PATCH: the client’s description and priority; a queued order cancelled gives its number and SIM back, one in progress cannot be', async () => {
    const tmf = '/tmf-api/productOrderingManagement/v4/productOrder';
    const patch = (id: string, body: unknown) =>
      agent.request('PATCH', `${tmf}/${id}`, body, { 'content-type': 'application/merge-patch+json' });
    // Sunday 6 Dec 2026 10:00 Paris: Orange creation is closed, the order waits for Monday 07:00.
    await setClock('2026-12-06T09:00:00Z');
    await agent.post('/api/stock/sims/import', { csv: simCsv([80, 81].map((n) => ({ iccid: iccid(n) }))) });
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0798000000;0798000001',
    });
    const before = await counts(agent);
    const queued = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [orangeLine()],
    });
    expect(queued.body).toMatchObject({ state: 'queued' });
    const id = String(queued.body.id);

    const described = await patch(id, { description: 'Renfort équipe Lyon', priority: '1' });
    expect(described.status, JSON.stringify(described.body)).toBe(200);
    expect(tmfErrors(TMF622, 'ProductOrder', described.body)).toEqual([]);
    expect(described.body).toMatchObject({
      description: 'Renfort équipe Lyon',
      priority: '1',
      state: 'acknowledged',
    });
    const cleared = await patch(id, { priority: null });
    expect(cleared.body.priority).toBeUndefined();
    expect(cleared.body.description).toBe('Renfort équipe Lyon');
    expect((await agent.get(`/api/orders/${id}`)).body).toMatchObject({
      description: 'Renfort équipe Lyon',
      priority: null,
    });

    // What Relais cannot honour: a state it sets itself (422), another attribute of the definition (400).
    const completed = await patch(id, { state: 'completed' });
    expect(completed.status).toBe(422);
    expect(completed.body.code).toBe('order.state_not_settable');
    const items = await patch(id, { productOrderItem: [] });
    expect(items.status).toBe(400);
    expect(items.body.code).toBe('validation.failed');
    expect((await patch(id, { priority: 'urgent' })).status).toBe(400);

    const cancelled = await patch(id, { state: 'cancelled' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(tmfErrors(TMF622, 'ProductOrder', cancelled.body)).toEqual([]);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', productOrderItem: [{ state: 'cancelled' }] });
    expect(typeof cancelled.body.completionDate).toBe('string');
    const lines = (await agent.get(`/api/orders/${id}`)).body.lines as { state: string }[];
    expect(lines.map((l) => l.state)).toEqual(['cancelled']);
    // The number and the SIM it had reserved are free again.
    expect((await counts(agent)).stock).toEqual(before.stock);
    expect((await patch(id, { state: 'cancelled' })).status).toBe(200);
    // Monday's submission finds it cancelled and leaves it so.
    await setClock('2026-12-07T06:00:00Z');
    await runWorker();
    expect((await agent.get(`/api/orders/${id}`)).body.state).toBe('cancelled');

    // Inside the opening hours an order goes to the operator at once: too late to cancel.
    const sent = await agent.post('/api/orders', { accountId, configuration: 'unit', lines: [orangeLine()] });
    expect(sent.body).toMatchObject({ state: 'in_progress' });
    const late = await patch(String(sent.body.id), { state: 'cancelled' });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('order.not_cancellable');
    await runWorker();
    const audit = await (
      await Client.login(t.url, a.users.admin.email)
    ).get(`/api/audit-events?entityType=order&entityId=${id}`);
    expect(JSON.stringify(audit.body)).toContain('order.cancelled');
  });
});
