import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { runDueActions } from '../support/fleet.ts';
import { ManualClock } from '../../src/platform/clock.ts';

interface Sub {
  id: string;
  state: string;
  installationFee: string;
  extenders: number;
  box: { code: string } | null;
  termination: { effectiveDate: string; boxReturnDeadlineDate: string } | null;
  actions: {
    type: string;
    allowed: boolean;
    reason: { code: string; title: string } | null;
    effectiveDate: string | null;
    fee: string;
    conditionalFee: string | null;
    offer: string | null;
  }[];
}

/**
 * Internet subscriptions over HTTP on an Israeli tenant (issue 11), the worker run by hand. The
 * clock starts on Thursday 12 November 2026, 10:00 in Jerusalem.
 */
describe(`internet subscriptions over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let il: TenantFixture;
  let agent: Client;
  let noa: string;
  let cohen: string;

  const person = (firstName: string, billingDay: number) => ({
    kind: 'person',
    firstName,
    lastName: 'Levi',
    email: `${firstName.toLowerCase()}@example.co.il`,
    phone: '054-123-4567',
    billingDay,
  });
  const account = async (body: Record<string, unknown>) => {
    const res = await agent.post('/api/accounts', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  };
  const subsOf = async (accountId: string) =>
    ((await agent.get(`/api/internet/subscriptions?accountId=${accountId}`)).body.items ??
      []) as unknown as Sub[];
  const sub = async (id: string) =>
    (await agent.get(`/api/internet/subscriptions/${id}`)).body as unknown as Sub;
  const action = (s: Sub, type: string) => s.actions.find((a) => a.type === type);
  const login = async () => {
    agent = await Client.login(t.url, il.users.agent.email);
  };
  const order = (body: Record<string, unknown>) => agent.post('/api/internet/subscriptions', body);
  const activeHot = async (accountId: string, plan: string, box: string) => {
    const o = await order({
      accountId,
      operator: 'hot',
      masap: '55512345',
      address: 'Rothschild 22, Tel Aviv',
      planCode: plan,
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    const id = String(o.body.id);
    expect(
      (await agent.post(`/api/internet/subscriptions/${id}/installation`, { slot: '2026-11-15T08:00:00Z' }))
        .status,
    ).toBe(200);
    const act = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
      boxModel: box,
      boxSerial: 'HB-0001',
    });
    expect(act.status, JSON.stringify(act.body)).toBe(200);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp({}, new ManualClock('2026-11-12T08:00:00Z'));
    il = await createTenant(t.db, 'isp-il', { country: 'IL', productFamilies: ['internet'] });
    await login();
    noa = await account(person('Noa', 1));
    cohen = await account(person('Dana', 10));
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('NET-01 NET-03 NET-04 NET-06 NET-09 the catalog is data in ILS: plans, boxes with LEDs, services, fees', async () => {
    const res = await agent.get('/api/internet/catalog');
    expect(res.status).toBe(200);
    const items = res.body.items as {
      type: string;
      code: string;
      amount: string | null;
      facts: Record<string, unknown>;
    }[];
    expect(res.body.currency).toBe('ILS');
    const amount = (code: string) => items.find((i) => i.code === code)?.amount;
    expect([
      amount('hot-extender'),
      amount('partner-extender'),
      amount('hot-dns'),
      amount('partner-fixed-ip'),
    ]).toEqual(['20.00', '30.00', '20.00', '20.00']);
    expect([
      amount('box-not-returned'),
      amount('partner-installation-small-building'),
      amount('box-rental'),
    ]).toEqual(['250.00', '300.00', null]);
    expect(amount('partner-fibre-600')).toBeNull();
    const hotBox4 = items.find((i) => i.code === 'hot-box-4');
    expect((hotBox4?.facts.leds as { markFr: string }[]).map((l) => l.markFr)).toContain('S');
  });

  it.each([
    {
      why: 'Partner number without its "a"',
      body: { operator: 'partner', masap: '1234567' },
      code: 'internet.masap_invalid',
    },
    {
      why: 'HOT number with letters',
      body: { operator: 'hot', masap: 'a1234567' },
      code: 'internet.masap_invalid',
    },
  ])(
    'ACC-03 a MASAP in the wrong form is refused (422) and nothing is written: $why',
    async ({ body, code }) => {
      const res = await order({
        accountId: noa,
        address: 'Herzl 12, Haifa',
        planCode: body.operator === 'hot' ? 'hot-200' : 'partner-fibre-600',
        buildingFlats: 10,
        ...body,
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe(code);
      expect(String(res.body.detail)).toMatch(/MASAP/);
      expect(await subsOf(noa)).toEqual([]);
    },
  );

  it.each([
    { why: 'an unknown operator', body: { operator: 'bezeq' }, pointer: '/body/operator' },
    { why: 'a building of 0 flats', body: { buildingFlats: 0 }, pointer: '/body/buildingFlats' },
    { why: 'an unknown field', body: { discount: 5 }, pointer: '/body/discount' },
  ])('bad input is a 400 naming its field and writes nothing: $why', async ({ body, pointer }) => {
    const res = await order({
      accountId: noa,
      operator: 'partner',
      masap: 'a1234567',
      address: 'Herzl 12, Haifa',
      planCode: 'partner-fibre-600',
      buildingFlats: 3,
      ...body,
    });
    expect(res.status).toBe(400);
    expect((res.body.errors as { pointer: string }[]).map((e) => e.pointer)).toContain(pointer);
    expect(await subsOf(noa)).toEqual([]);
  });

  it('NET-13 NET-02 a fibre plan without eligibility is refused (409) and nothing is written', async () => {
    const partner = await order({
      accountId: noa,
      operator: 'partner',
      masap: 'a1234567',
      address: 'Herzl 12, Haifa',
      planCode: 'partner-fibre-600',
      buildingFlats: 3,
    });
    expect(partner.status).toBe(409);
    expect(partner.body.code).toBe('internet.eligibility_required');
    const hotFibre = await order({
      accountId: noa,
      operator: 'hot',
      masap: '55512345',
      address: 'Herzl 12, Haifa',
      planCode: 'hot-fibre-600',
    });
    expect(hotFibre.body.code).toBe('internet.eligibility_required');
    expect(await subsOf(noa)).toEqual([]);
  });

  it('NET-02 an address the operator says has no fibre is refused with the check’s date', async () => {
    const check = await agent.post('/api/internet/eligibility-checks', {
      accountId: noa,
      operator: 'partner',
      address: 'HaNasi 3, Yeruham',
    });
    expect(check.status).toBe(201);
    expect(check.body).toMatchObject({ fibreEligible: false, method: 'operator' });
    const res = await order({
      accountId: noa,
      operator: 'partner',
      masap: 'a1234567',
      address: 'HaNasi 3, Yeruham',
      planCode: 'partner-fibre-600',
      buildingFlats: 3,
      eligibilityCheckId: check.body.id,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('internet.not_eligible');
    expect(String(res.body.detail)).toContain('12/11/2026');
    expect(await subsOf(noa)).toEqual([]);
  });

  it('NET-02 a check of another address does not count', async () => {
    const check = await agent.post('/api/internet/eligibility-checks', {
      accountId: noa,
      operator: 'partner',
      address: 'Herzl 14, Haifa',
    });
    const res = await order({
      accountId: noa,
      operator: 'partner',
      masap: 'a1234567',
      address: 'Herzl 12, Haifa',
      planCode: 'partner-fibre-600',
      buildingFlats: 3,
      eligibilityCheckId: check.body.id,
    });
    expect(res.body.code).toBe('internet.eligibility_mismatch');
  });

  it('NET-09 NET-13 ACC-03 a Partner fibre order after an agent’s recorded check, 3 flats: 300 ₪, charged at installation', async () => {
    const manual = await agent.post('/api/internet/eligibility-checks/manual', {
      accountId: noa,
      operator: 'partner',
      address: 'Herzl 12, Haifa',
      fibreEligible: true,
      checkedAt: '2026-11-12T07:30:00Z',
      reference: 'capture partner.co.il 12/11',
    });
    expect(manual.status).toBe(201);
    expect(manual.body).toMatchObject({ method: 'manual', checkedBy: expect.stringContaining('agent') });
    const res = await order({
      accountId: noa,
      operator: 'partner',
      masap: 'A 123-4567',
      address: 'herzl 12 haifa',
      planCode: 'partner-fibre-600',
      buildingFlats: 3,
      eligibilityCheckId: manual.body.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      state: 'eligibility_checked',
      masap: 'a1234567',
      installationFee: '300.00',
    });
    const id = String(res.body.id);
    expect(action(await sub(id), 'confirm_installation')?.reason?.code).toBe('internet.wrong_state');

    // NET-16: no slot is accepted only for a building with no existing installation.
    const noSlot = await agent.post(`/api/internet/subscriptions/${id}/installation`, {});
    expect(noSlot.body.code).toBe('internet.installation_slot_required');
    const booked = await agent.post(`/api/internet/subscriptions/${id}/installation`, {
      noExistingInstallation: true,
    });
    expect(booked.body).toMatchObject({
      state: 'installation_booked',
      installationAt: null,
      installationNoDueDate: true,
    });
    expect(action(booked.body as unknown as Sub, 'confirm_installation')).toMatchObject({
      allowed: true,
      fee: '300.00',
    });

    const wrongBox = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
      boxModel: 'hot-box-5',
      boxSerial: 'X',
    });
    expect(wrongBox.body.code).toBe('internet.box_unknown');
    const done = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
      boxModel: 'partner-white',
      boxSerial: 'PW-77',
    });
    expect(done.body).toMatchObject({ state: 'active', box: { code: 'partner-white', serial: 'PW-77' } });
    const charges = await agent.get(`/api/charges?accountId=${noa}`);
    expect((charges.body.items ?? []).map((c) => [c.itemCode, c.amount, c.currency])).toEqual([
      ['partner-installation-small-building', '300.00', 'ILS'],
    ]);
  });

  it('NET-04 Reading 16 a HOT extender: refused on a Hot Box 4 with the box-swap offer, accepted on a Hot Box 5, one only on 500 MB', async () => {
    const id = await activeHot(cohen, 'hot-500', 'hot-box-4');
    const page = await sub(id);
    expect(action(page, 'add_extender')).toMatchObject({ allowed: false, offer: 'box_swap' });
    const refused = await agent.post(`/api/internet/subscriptions/${id}/extenders`, {
      phone: '054-123-4567',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('internet.extender_needs_box_swap');
    expect((await sub(id)).extenders).toBe(0);

    const swapped = await agent.post(`/api/internet/subscriptions/${id}/box-swap`, {
      boxModel: 'hot-box-5',
      boxSerial: 'HB5-1',
    });
    expect(swapped.body).toMatchObject({ box: { code: 'hot-box-5' } });
    // NET-10: the old box went back to HOT (else its own 250 ₪ would be charged at its deadline).
    const [oldBox] = swapped.body.oldBoxes as { swapId: string }[];
    const back = await agent.post(
      `/api/internet/subscriptions/${id}/box-swaps/${String(oldBox?.swapId)}/return`,
    );
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const badPhone = await agent.post(`/api/internet/subscriptions/${id}/extenders`, { phone: '12' });
    expect(badPhone.body.code).toBe('internet.extender_phone_invalid');
    expect((await sub(id)).extenders).toBe(0);
    const added = await agent.post(`/api/internet/subscriptions/${id}/extenders`, { phone: '054-123-4567' });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    // Thursday 12 November: by courier in 2–3 Israeli business days (Sun–Thu): Mon 16th–Tue 17th.
    expect(added.body).toMatchObject({
      extenders: 1,
      services: [{ code: 'hot-extender', monthly: '20.00' }],
      delivery: { from: '2026-11-16T08:00:00.000Z', to: '2026-11-17T08:00:00.000Z', phone: '+972541234567' },
    });
    const second = await agent.post(`/api/internet/subscriptions/${id}/extenders`, { phone: '054-123-4567' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('internet.extender_limit');
    expect((await sub(id)).extenders).toBe(1);
  });

  it('NET-06 CAL-06 CS-06 CS-08 a termination asked on the 12th, Billing Day 10: on 10 December, e-mailed; 250 ₪ 30 days later without the box', async () => {
    const [hot] = await subsOf(cohen);
    if (!hot) throw new Error('no subscription');
    expect(action(hot, 'terminate')).toMatchObject({
      allowed: true,
      effectiveDate: '2026-12-10',
      conditionalFee: '250.00',
    });
    const res = await agent.post(`/api/internet/subscriptions/${hot.id}/termination`, { reason: 'price' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      state: 'termination_pending',
      retentionSuggested: true,
      termination: { effectiveDate: '2026-12-10', boxReturnDeadlineDate: '2027-01-09' },
    });
    const again = await agent.post(`/api/internet/subscriptions/${hot.id}/termination`, { reason: 'price' });
    expect(again.body.code).toBe('internet.wrong_state');
    // The reason names the state as users read it, never its code.
    expect(String(again.body.detail)).toContain('résiliation en cours');

    const admin = await Client.login(t.url, il.users.admin.email);
    const mails = await admin.get(`/api/outbox?entityType=account&entityId=${cohen}`);
    const mail = (mails.body.items ?? []).find((m) =>
      String(m.subject).startsWith('Confirmation de résiliation'),
    );
    expect(mail).toBeDefined();
    const full = await admin.get(`/api/outbox/${String(mail?.id)}`);
    expect(String(full.body.bodyText)).toMatch(/10\/12\/2026[\s\S]*09\/01\/2027[\s\S]*250,00/);

    // 10 December 00:00 in Jerusalem: terminated; nothing charged yet.
    t.clock.set('2026-12-09T22:00:00Z');
    await runDueActions(t);
    await login();
    expect((await sub(hot.id)).state).toBe('terminated');
    // 9 January 2027 00:00: the box is not back: 250 ₪.
    t.clock.set('2027-01-08T22:00:00Z');
    await runDueActions(t);
    await login();
    expect((await sub(hot.id)).state).toBe('fee_charged');
    const charges = await agent.get(`/api/charges?accountId=${cohen}`);
    // The charge reads the fee's name from the internet catalog, not its code (the ledger asks
    // the module that charged it).
    expect((charges.body.items ?? []).map((c) => [c.itemCode, c.itemName, c.amount])).toEqual([
      ['box-not-returned', 'Boîtier non rendu', '250.00'],
    ]);
  });

  it('NET-06 a box returned before the deadline costs nothing', async () => {
    t.clock.set('2027-01-12T08:00:00Z');
    await login();
    const other = await account(person('Yossi', 20));
    const id = await activeHot(other, 'hot-200', 'hot-box-2');
    expect((await agent.post(`/api/internet/subscriptions/${id}/box-return`)).body.code).toBe(
      'internet.box_not_returnable',
    );
    await agent.post(`/api/internet/subscriptions/${id}/termination`, { reason: 'moving' });
    t.clock.set('2027-01-25T08:00:00Z');
    await runDueActions(t);
    await login();
    const returned = await agent.post(`/api/internet/subscriptions/${id}/box-return`);
    expect(returned.body).toMatchObject({ state: 'box_returned' });
    t.clock.set('2027-03-01T08:00:00Z');
    await runDueActions(t);
    await login();
    expect((await sub(id)).state).toBe('box_returned');
    expect((await agent.get(`/api/charges?accountId=${other}`)).body.items).toEqual([]);
  });

  it('ACC-04 NET-12 the Wi-Fi name and password are encrypted at rest and shown on an audited reveal', async () => {
    const [partner] = await subsOf(noa);
    if (!partner) throw new Error('no subscription');
    const set = await agent.request('PUT', `/api/internet/subscriptions/${partner.id}/wifi`, {
      ssid: 'Levi-Home',
      password: 'tapuz-1234',
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.wifiSet).toBe(true);
    const stored = await t.db.system((tx) =>
      tx.query<{ s: string }>(
        `SELECT wifi_ssid_secret || wifi_password_secret AS s FROM internet_subscriptions WHERE id = $1`,
        [partner.id],
      ),
    );
    expect(stored[0]?.s).not.toMatch(/Levi-Home|tapuz/);
    const shown = await agent.post(`/api/internet/subscriptions/${partner.id}/wifi/reveal`);
    // NET-12: Partner's change is ours, so nothing waits for the operator.
    expect(shown.body).toEqual({ ssid: 'Levi-Home', password: 'tapuz-1234', pending: null });
    const audit = await t.db.system((tx) =>
      tx.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND action = 'internet.wifi_revealed'`, [
        partner.id,
      ]),
    );
    expect(audit).toHaveLength(1);
  });

  it('tenants see only their own subscriptions', async () => {
    const other = await createTenant(t.db, 'isp-il-2', { country: 'IL', productFamilies: ['internet'] });
    const c = await Client.login(t.url, other.users.agent.email);
    const [partner] = await subsOf(noa);
    expect((await c.get(`/api/internet/subscriptions/${String(partner?.id)}`)).status).toBe(404);
  });
});
