import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { tmfErrors } from '../support/tmf.ts';

type Json = Record<string, unknown>;
type Price = { component: string; amount: string | null; toBeSet: boolean; effectiveDate: string | null };

/** The catalog over HTTP on the real server (test clock: 2026-11-23 09:00 UTC, tenant in Paris). */
describe('mobile catalog API', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  let admin: Client;
  let agent: Client;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await createTenant(t.db, 'cat');
    admin = await Client.login(t.url, tenant.users.admin.email);
    agent = await Client.login(t.url, tenant.users.agent.email);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('CAT-02 lists Orange unlimited offers, blocked and unblocked, with every envelope', async () => {
    const res = await agent.get(
      '/api/catalog/offers?network=orange&range=unlimited&limit=100&sort=envelopeMb',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-total-count')).toBe('18');
    const items = res.body.items as Json[];
    expect(new Set(items.map((o) => o.envelopeMb))).toEqual(
      new Set([0, 1, 5, 10, 30, 50, 100, 250, 500].map((g) => g * 1024)),
    );
    expect(items.filter((o) => o.blocked === true)).toHaveLength(9);
  });

  it('CAT-04 Reading 9: Orange unlimited prices, the same blocked and unblocked', async () => {
    for (const flag of ['blocked', 'unblocked']) {
      const res = await agent.get(`/api/catalog/offers/orange-unlimited-50gb-${flag}`);
      expect(res.status).toBe(200);
      const prices = res.body.prices as Price[];
      expect(prices).toEqual([
        expect.objectContaining({ component: 'monthly', amount: '13.00', toBeSet: false }),
      ]);
    }
  });

  it('filters by blocked and searches by name', async () => {
    const res = await agent.get(
      '/api/catalog/offers?network=bouygues&range=data_only&blocked=false&limit=100',
    );
    expect(res.body.total).toBe(9);
    expect((res.body.items as Json[]).every((o) => o.blocked === false && o.network === 'bouygues')).toBe(
      true,
    );
    const q = await agent.get(`/api/catalog/offers?q=${encodeURIComponent('travel')}`);
    expect((q.body.items as Json[]).map((o) => o.id)).toEqual([
      'orange-travel-20gb',
      'orange-travel-30gb',
      'orange-travel-50gb',
      'orange-travel-100gb',
    ]);
  });

  it('Reading 8: Travel is Orange only, 20/30/50/90 €', async () => {
    const res = await agent.get('/api/catalog/offers?range=travel');
    const items = res.body.items as (Json & { prices: Price[] })[];
    expect(items.map((o) => o.network)).toEqual(['orange', 'orange', 'orange', 'orange']);
    expect(items.map((o) => o.prices[0]?.amount)).toEqual(['20.00', '30.00', '50.00', '90.00']);
  });

  it('CAT-12 Reading 12: the offer detail lists fixed IP on Orange blocked data plans, not on unblocked', async () => {
    const blocked = await agent.get('/api/catalog/offers/orange-data-only-10gb-blocked');
    const unblocked = await agent.get('/api/catalog/offers/orange-data-only-10gb-unblocked');
    const ids = (r: typeof blocked) => (r.body.allowedOptions as Json[]).map((o) => o.id);
    expect(ids(blocked)).toContain('orange-fixed-ip-internet-only');
    expect(ids(unblocked)).not.toContain('orange-fixed-ip-internet-only');
    // CAT-11: eSIM on Orange; CAT-07: 14-digit numbers given by Orange, no session limit.
    expect(ids(blocked)).toContain('orange-esim');
    expect(blocked.body).toMatchObject({
      numberLength: 14,
      numberAssignment: 'given_by_operator',
      sessionLimit: null,
    });
    // ORD-03: Orange opening hours as data.
    expect(blocked.body.openingHours).toMatchObject({
      creation: { days: [1, 2, 3, 4, 5, 6], from: '07:00', to: '22:00', holidaysOpen: true },
      esim_creation: { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:30' },
    });
  });

  it('CAT-07 CAT-11 Bouygues data-only: 10 digits chosen at order, 256 sessions, no eSIM', async () => {
    const res = await agent.get('/api/catalog/offers/bouygues-data-only-10gb-unblocked');
    expect(res.body).toMatchObject({
      numberLength: 10,
      numberAssignment: 'chosen_at_order',
      sessionLimit: 256,
      esimAllowed: false,
      recharge: 'same_volume',
    });
    const ids = (res.body.allowedOptions as Json[]).map((o) => o.id);
    expect(ids).not.toContain('orange-esim');
    // CAT-03/16: an unblocked Bouygues plan takes only a recharge of its own volume.
    expect(ids.filter((i) => String(i).includes('recharge'))).toEqual(['bouygues-recharge-data-only-10gb']);
  });

  it('lists options, and only those an offer allows with ?offer=', async () => {
    const all = await agent.get('/api/catalog/options?network=orange&kind=roaming');
    expect(all.status).toBe(200);
    const maghreb3 = (all.body.items as (Json & { prices: Price[] })[]).find(
      (o) => o.id === 'orange-roaming-maghreb-turkey-data-3gb',
    );
    expect(maghreb3?.prices[0]?.amount).toBe('25.00'); // CAT-15
    const onTravel = await agent.get('/api/catalog/options?offer=orange-travel-20gb&kind=roaming');
    // CAT-18: Travel has no USA/Canada roaming option (included).
    expect((onTravel.body.items as Json[]).some((o) => o.zone === 'usa_canada')).toBe(false);
    const unknown = await agent.get('/api/catalog/options?offer=no-such-offer');
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('catalog.unknown_item');
  });

  it('an unknown offer is 404', async () => {
    const res = await agent.get('/api/catalog/offers/no-such-offer');
    expect(res.status).toBe(404);
  });

  it('Reading 9: the data-only 1 GB price is "à définir"; an admin sets it as a new version, audited', async () => {
    const before = await agent.get('/api/catalog/offers/orange-data-only-1gb-blocked');
    expect(before.body.priceToBeSet).toBe(true);
    expect((before.body.prices as Price[])[0]).toMatchObject({ amount: null, toBeSet: true });

    const body = {
      itemType: 'offer',
      itemId: 'orange-data-only-1gb-blocked',
      component: 'monthly',
      amount: '4,90',
      effectiveDate: '2026-11-23',
    };
    const res = await admin.post('/api/catalog/prices', body, { 'idempotency-key': 'price-1' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ amount: '4.90', effectiveDate: '2026-11-23', currency: 'EUR' });
    // Idempotent: the same key replays, nothing is written twice.
    const again = await admin.post('/api/catalog/prices', body, { 'idempotency-key': 'price-1' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(res.body.id);

    const after = await agent.get('/api/catalog/offers/orange-data-only-1gb-blocked');
    expect(after.body.priceToBeSet).toBe(false);
    expect((after.body.prices as Price[])[0]).toMatchObject({ amount: '4.90', effectiveDate: '2026-11-23' });
    const n = await t.db.tenant(tenant.id, (tx) =>
      tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM catalog_tenant_prices`),
    );
    expect(n.n).toBe(1);
    const audit = await admin.get('/api/audit-events?entityType=catalog_price');
    expect(JSON.stringify(audit.body)).toContain('catalog.price_set');
  });

  it('a future price version shows as upcoming, the current price stays until that date', async () => {
    const res = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'orange-unlimited-10gb-blocked',
      component: 'monthly',
      amount: '8.50',
      effectiveDate: '2027-01-01',
    });
    expect(res.status).toBe(201);
    const offer = await agent.get('/api/catalog/offers/orange-unlimited-10gb-blocked');
    expect((offer.body.prices as Price[])[0]?.amount).toBe('8.00');
    expect((offer.body.upcomingPrices as Price[])[0]).toMatchObject({
      amount: '8.50',
      effectiveDate: '2027-01-01',
    });
    // A new session at the later instant (the others would expire on such a jump).
    t.clock.set(new Date('2027-01-01T00:00:00+01:00'));
    const then = await Client.login(t.url, tenant.users.supervisor.email);
    const later = await then.get('/api/catalog/offers/orange-unlimited-10gb-blocked');
    expect((later.body.prices as Price[])[0]?.amount).toBe('8.50');
    t.clock.set(new Date('2026-11-23T09:00:00Z'));
  });

  it('an agent cannot set prices (403), and nothing is written', async () => {
    const res = await agent.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'orange-m2m-500mb-blocked',
      component: 'monthly',
      amount: '2',
      effectiveDate: '2026-12-01',
    });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.forbidden');
    await expectPriceCount('orange-m2m-500mb-blocked', 0);
  });

  async function expectPriceCount(code: string, expected: number) {
    const n = await t.db.tenant(tenant.id, (tx) =>
      tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM catalog_tenant_prices WHERE item_code = $1`, [
        code,
      ]),
    );
    expect(n.n).toBe(expected);
  }

  it.each([
    [
      'an unknown offer',
      { itemId: 'orange-unlimited-3gb-blocked' },
      400,
      'catalog.unknown_item',
      '/body/itemId',
    ],
    [
      'a component the offer lacks',
      { component: 'per_sms' },
      400,
      'catalog.price_component_unknown',
      '/body/component',
    ],
    [
      'a date in the past',
      { effectiveDate: '2026-11-22' },
      400,
      'catalog.price_in_past',
      '/body/effectiveDate',
    ],
    ['three decimals', { amount: '1.005' }, 400, 'validation.failed', '/body/amount'],
    ['a negative amount', { amount: '-1' }, 400, 'validation.failed', '/body/amount'],
    [
      'tiers on a monthly price',
      { tiers: [{ fromMb: 500, perMb: '0.01' }] },
      400,
      'catalog.price_value_invalid',
      '/body/amount',
    ],
    ['an unknown field', { discount: '1' }, 400, 'validation.failed', '/body/discount'],
  ])('refuses %s with a precise code and writes nothing', async (_name, patch, status, code, pointer) => {
    const res = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'orange-m2m-500mb-blocked',
      component: 'monthly',
      amount: '2',
      effectiveDate: '2026-12-01',
      ...patch,
    });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(JSON.stringify(res.body.errors ?? [])).toContain(pointer);
    await expectPriceCount('orange-m2m-500mb-blocked', 0);
    await expectPriceCount('orange-unlimited-3gb-blocked', 0);
  });

  it('CAT-09 Reading 9: data pay-as-you-go tiers are "à définir" and are set as tiers', async () => {
    const offer = await agent.get('/api/catalog/offers/orange-data-payg');
    expect(offer.body.priceToBeSet).toBe(true);
    expect((offer.body.prices as Price[]).map((p) => [p.component, p.amount])).toEqual([
      ['monthly', '2.50'],
      ['per_mb_tiers', null],
    ]);
    const bad = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'orange-data-payg',
      component: 'per_mb_tiers',
      tiers: [
        { fromMb: 1000, perMb: '0.02' },
        { fromMb: 600, perMb: '0.01' },
      ],
      effectiveDate: '2026-11-23',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('catalog.price_value_invalid');
    const ok = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'orange-data-payg',
      component: 'per_mb_tiers',
      tiers: [
        { fromMb: 500, perMb: '0.02' },
        { fromMb: 1000, perMb: '0.01' },
      ],
      effectiveDate: '2026-11-23',
    });
    expect(ok.status).toBe(201);
    const after = await agent.get('/api/catalog/offers/orange-data-payg');
    expect(after.body.priceToBeSet).toBe(false);
  });

  it('a price set by one reseller is invisible to another (RLS)', async () => {
    const other = await createTenant(t.db, 'cat-other');
    const c = await Client.login(t.url, other.users.agent.email);
    const res = await c.get('/api/catalog/offers/orange-data-only-1gb-blocked');
    expect(res.body.priceToBeSet).toBe(true);
  });

  it('CAT-05 CAT-22 CAT-19 the offer detail gives its fair use and what its network can block', async () => {
    const orange = await agent.get('/api/catalog/offers/orange-unlimited-5gb-blocked');
    expect(orange.status).toBe(200);
    expect(orange.body.fairUse).toEqual({
      distinctCalleesPerMonth: 250,
      distinctSmsMmsRecipientsPerMonth: 250,
      maxCallSeconds: 7200,
      beyond: 'billed_per_use',
      abuseMayCutLine: true,
      smsPerHour: { max: 500, suspensionDays: 3, bestEffort: true },
      permanentCallForwarding: false,
    });
    const answers = (o: Json) => (o.blocking as { answers: Json[] }).answers;
    expect(answers(orange.body).every((a) => a.canBlock === false && a.reason === 'network')).toBe(true);

    const bouygues = await agent.get('/api/catalog/offers/bouygues-unlimited-5gb-blocked');
    expect((bouygues.body.fairUse as Json).smsPerHour).toBeNull();
    expect(answers(bouygues.body).find((a) => a.what === 'calls_international')).toEqual({
      what: 'calls_international',
      canBlock: true,
      atOrder: true,
      options: ['bouygues-international-voice-block', 'bouygues-eea-to-international-block'],
      reason: null,
    });
    expect(bouygues.body.blocking).toMatchObject({
      riskyRoamingDestinationsBarred: true,
      liftRiskyDestinationsOption: 'bouygues-risky-destinations',
    });

    const dataOnly = await agent.get('/api/catalog/offers/bouygues-data-only-10gb-blocked');
    expect(dataOnly.body.fairUse).toBeNull();
    expect(answers(dataOnly.body).every((a) => a.reason === 'no_such_usage')).toBe(true);
  });

  it('CAT-20 fixed-IP access: the partner-platform login of a number, and Orange’s IPsec credentials', async () => {
    const orange = await agent.get(
      '/api/catalog/options/orange-fixed-ip-partner-l2tp/fixed-ip-access?msisdn=07000080910112',
    );
    expect(orange.status).toBe(200);
    expect(orange.body).toMatchObject({
      option: 'orange-fixed-ip-partner-l2tp',
      network: 'orange',
      delivery: 'partner_platform',
      login: '337000080910112@partner.otd',
      credentialsBy: null,
    });
    const bouygues = await agent.get(
      '/api/catalog/options/bouygues-fixed-ip-partner-l2tp/fixed-ip-access?msisdn=0612345678&platform=partner2',
    );
    expect(bouygues.body.login).toBe('33612345678@partner2.btd');
    // An Orange 10-digit number has no 15-digit form: no login is made up.
    const short = await agent.get(
      '/api/catalog/options/orange-fixed-ip-partner-l2tp/fixed-ip-access?msisdn=0612345678',
    );
    expect(short.body.login).toBeNull();
    const ipsec = await agent.get(
      `/api/catalog/options/orange-fixed-ip-internet-only/fixed-ip-access?deliveredAt=${encodeURIComponent('2026-11-23T09:05:00Z')}`,
    );
    expect(ipsec.body).toMatchObject({
      delivery: 'internet_only',
      ipsecTunnel: true,
      credentialsWithinMinutes: 30,
      credentialsBy: '2026-11-23T09:35:00.000Z',
      login: null,
    });
    // Only fixed-IP options have an access; unknown parameters are refused.
    expect((await agent.get('/api/catalog/options/orange-esim/fixed-ip-access')).status).toBe(404);
    expect((await agent.get('/api/catalog/options/nope/fixed-ip-access')).status).toBe(404);
    expect(
      (await agent.get('/api/catalog/options/orange-fixed-ip-internet-only/fixed-ip-access?x=1')).status,
    ).toBe(400);
  });

  describe('TMF620 productOffering', () => {
    const base = '/tmf-api/productCatalogManagement/v4/productOffering';

    it('lists with offset/limit, X-Total-Count and X-Result-Count, every item valid TMF620', async () => {
      const res = await agent.get(`${base}?offset=0&limit=200`);
      expect(res.status).toBe(200);
      const items = res.body as unknown as Json[];
      expect(Array.isArray(items)).toBe(true);
      expect(res.headers.get('x-total-count')).toBe(String(items.length));
      expect(res.headers.get('x-result-count')).toBe(String(items.length));
      expect(items.length).toBe(90);
      for (const item of items) {
        expect(tmfErrors('TMF620-ProductCatalog-v4.0.0.swagger.json', 'ProductOffering', item)).toEqual([]);
        expect(item['@type']).toBe('ProductOffering');
      }
      const page = await agent.get(`${base}?offset=10&limit=5`);
      expect(page.headers.get('x-result-count')).toBe('5');
      expect(page.headers.get('x-total-count')).toBe('90');
    });

    it('gets one by id in TMF620 v4 shape', async () => {
      const res = await agent.get(`${base}/orange-travel-100gb`);
      expect(res.status).toBe(200);
      expect(tmfErrors('TMF620-ProductCatalog-v4.0.0.swagger.json', 'ProductOffering', res.body)).toEqual([]);
      expect(res.body).toMatchObject({
        id: 'orange-travel-100gb',
        href: `${base}/orange-travel-100gb`,
        isBundle: false,
        lifecycleStatus: 'Active',
        '@type': 'ProductOffering',
      });
      expect(JSON.stringify(res.body.productOfferingPrice)).toContain('90,00');
      const toBeSet = await agent.get(`${base}/bouygues-unlimited-10gb-blocked`);
      expect(toBeSet.body).toMatchObject({ isSellable: false, statusReason: 'Prix à définir' });
      const missing = await agent.get(`${base}/nope`);
      expect(missing.status).toBe(404);
    });
  });
});
