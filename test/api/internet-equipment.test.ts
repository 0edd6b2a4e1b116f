import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { activeInternet, orderInternet } from '../support/internet.ts';
import { testEngine } from '../support/db.ts';
import { runDueActions } from '../support/fleet.ts';
import { ManualClock } from '../../src/platform/clock.ts';

interface Sub {
  id: string;
  state: string;
  version: number;
  box: { code: string; serial: string | null } | null;
  extenderDeliveries: {
    id: string;
    phone: string;
    deliveryFrom: string;
    deliveryTo: string;
    trackingNumber: string | null;
  }[];
  oldBoxes: {
    swapId: string;
    name: string;
    serial: string | null;
    replacedBy: string;
    returnDeadlineDate: string;
    returnedAt: string | null;
    feeChargedAt: string | null;
    fee: string;
    returnRefusal: { code: string } | null;
  }[];
  returnPlaces: { name: string; url: string; note: string | null }[];
}

/**
 * The equipment that travels, over HTTP on an Israeli tenant (issue 11 §3): an extender's courier
 * delivery and its tracking number (NET-04), the old box of a replacement due back 30 days later
 * or 250 ₪ (NET-10), and where boxes go back (NET-06). The clock starts on Thursday 12 November
 * 2026, 10:00 in Jerusalem; the worker is run by hand.
 */
describe(`internet equipment over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let il: TenantFixture;
  let agent: Client;
  let n = 0;

  const login = async () => {
    agent = await Client.login(t.url, il.users.agent.email);
  };
  const account = async () => {
    n += 1;
    const res = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: `Client${n}`,
      lastName: 'Peretz',
      email: `equipment${n}@example.co.il`,
      phone: '054-765-4321',
      billingDay: 10,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  };
  const sub = async (id: string) =>
    (await agent.get(`/api/internet/subscriptions/${id}`)).body as unknown as Sub;
  const audits = async (id: string) =>
    (
      await t.db.system((tx) =>
        tx.query<{ action: string }>(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY at, id`, [
          id,
        ]),
      )
    ).map((r) => r.action);
  const charges = async (accountId: string) =>
    ((await agent.get(`/api/charges?accountId=${accountId}`)).body.items ?? []).map((c) => [
      c.itemCode,
      c.amount,
    ]);

  beforeAll(async () => {
    t = await startTestApp({}, new ManualClock('2026-11-12T08:00:00Z'));
    il = await createTenant(t.db, 'isp-equipment', { country: 'IL', productFamilies: ['internet'] });
    await login();
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('NET-04 Reading 16 an extender’s delivery: its window in Israeli business days, then the courier’s tracking number', async () => {
    const id = await activeInternet(agent, await account(), 'partner', {
      model: 'partner-black',
      serial: 'PB-1',
    });
    const added = await agent.post(`/api/internet/subscriptions/${id}/extenders`, { phone: '052-987-6543' });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const deliveryId = String((added.body.delivery as { id: string }).id);
    // Thursday 12 November: Monday 16th to Tuesday 17th (Friday and Saturday are the weekend).
    expect((added.body as unknown as Sub).extenderDeliveries).toEqual([
      {
        id: deliveryId,
        phone: '+972529876543',
        orderedAt: '2026-11-12T08:00:00.000Z',
        deliveryFrom: '2026-11-16',
        deliveryTo: '2026-11-17',
        trackingNumber: null,
        trackingRecordedAt: null,
      },
    ]);
    // Nothing to return on a subscription with its only box.
    expect((added.body as unknown as Sub).returnPlaces).toEqual([]);

    const before = await sub(id);
    const path = `/api/internet/subscriptions/${id}/extender-deliveries/${deliveryId}/tracking`;
    const badNumber = await agent.post(path, { trackingNumber: 'IL#1' });
    expect(badNumber.status).toBe(422);
    expect(badNumber.body.code).toBe('internet.tracking_number_invalid');
    const badPhone = await agent.post(path, { trackingNumber: 'HFD-123456', phone: '12' });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.code).toBe('internet.extender_phone_invalid');
    const unknown = await agent.post(
      `/api/internet/subscriptions/${id}/extender-deliveries/00000000-0000-4000-8000-000000000000/tracking`,
      { trackingNumber: 'HFD-123456' },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('internet.delivery_not_found');
    const missing = await agent.post(path, { phone: '052-987-6543' });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('validation.failed');
    // Refused: nothing written.
    expect(await sub(id)).toEqual(before);
    expect(await audits(id)).not.toContain('internet.extender_tracking_recorded');

    const recorded = await agent.post(path, { trackingNumber: ' hfd 123456 ', phone: '+972 54-111-2233' });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect((recorded.body as unknown as Sub).extenderDeliveries[0]).toMatchObject({
      trackingNumber: 'HFD123456',
      phone: '+972541112233',
      deliveryTo: '2026-11-17',
    });
    expect(await audits(id)).toContain('internet.extender_tracking_recorded');
  });

  it('NET-10 NET-06 a box swap: the old box due back 30 days later, « Ancien boîtier rendu » records it, no fee', async () => {
    const accountId = await account();
    const id = await activeInternet(agent, accountId, 'hot', { model: 'hot-box-4', serial: 'HB4-77' });
    const swapped = await agent.post(`/api/internet/subscriptions/${id}/box-swap`, {
      boxModel: 'hot-box-5',
      boxSerial: 'HB5-78',
    });
    expect(swapped.status, JSON.stringify(swapped.body)).toBe(200);
    const s = swapped.body as unknown as Sub;
    expect(s.box).toMatchObject({ code: 'hot-box-5', serial: 'HB5-78' });
    expect(s.oldBoxes).toMatchObject([
      {
        name: 'Hot Box 4 (500 Mb)',
        serial: 'HB4-77',
        replacedBy: 'Hot Box 5',
        returnDeadlineDate: '2026-12-12',
        returnedAt: null,
        feeChargedAt: null,
        fee: '250.00',
        returnRefusal: null,
      },
    ]);
    // A box is due: HOT's places are listed (only the points with Support).
    expect(s.returnPlaces).toEqual([
      {
        name: 'Points de vente et de service HOT',
        url: 'https://www.hotmobile.co.il/HOTmobile_fr/Pages/Points-de-vente-et-de-service.aspx',
        note: 'uniquement les points avec Support',
      },
    ]);
    const swapId = String(s.oldBoxes[0]?.swapId);
    const unknown = await agent.post(
      `/api/internet/subscriptions/${id}/box-swaps/00000000-0000-4000-8000-000000000000/return`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('internet.box_swap_not_found');

    const returned = await agent.post(`/api/internet/subscriptions/${id}/box-swaps/${swapId}/return`);
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    const r = returned.body as unknown as Sub;
    expect(r.state).toBe('active');
    expect(r.oldBoxes[0]).toMatchObject({
      returnedAt: '2026-11-12T08:00:00.000Z',
      returnRefusal: { code: 'internet.old_box_already_returned' },
    });
    expect(r.returnPlaces).toEqual([]);
    const before = await sub(id);
    const again = await agent.post(`/api/internet/subscriptions/${id}/box-swaps/${swapId}/return`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('internet.old_box_already_returned');
    expect(await sub(id)).toEqual(before);

    // 12 December 00:00 in Jerusalem: the deadline job finds the box back and charges nothing.
    t.clock.set('2026-12-11T22:00:00Z');
    await runDueActions(t);
    await login();
    expect((await charges(accountId)).filter(([code]) => code === 'box-not-returned')).toEqual([]);
    expect((await sub(id)).state).toBe('active');
  });

  it('NET-10 an old box not returned by its deadline: 250 ₪ by the termination’s job, the subscription goes on', async () => {
    t.clock.set('2027-01-05T08:00:00Z');
    await login();
    const accountId = await account();
    const id = await activeInternet(agent, accountId, 'hot', { model: 'hot-box-2', serial: 'HB2-9' });
    const swapped = await agent.post(`/api/internet/subscriptions/${id}/box-swap`, {
      boxModel: 'hot-box-5f',
      boxSerial: 'HB5F-10',
    });
    expect(swapped.status, JSON.stringify(swapped.body)).toBe(200);
    const swapId = String((swapped.body as unknown as Sub).oldBoxes[0]?.swapId);
    expect((swapped.body as unknown as Sub).oldBoxes[0]?.returnDeadlineDate).toBe('2027-02-04');

    // The day before the deadline: nothing yet.
    t.clock.set('2027-02-03T08:00:00Z');
    await runDueActions(t);
    await login();
    expect((await charges(accountId)).filter(([code]) => code === 'box-not-returned')).toEqual([]);
    // 4 February 2027 00:00 in Jerusalem: 250 ₪, once, even if the worker runs again.
    t.clock.set('2027-02-03T22:00:00Z');
    await runDueActions(t);
    await runDueActions(t);
    await login();
    expect((await charges(accountId)).filter(([code]) => code === 'box-not-returned')).toEqual([
      ['box-not-returned', '250.00'],
    ]);
    const after = await sub(id);
    expect(after.state).toBe('active');
    expect(after.oldBoxes[0]).toMatchObject({
      feeChargedAt: '2027-02-03T22:00:00.000Z',
      returnRefusal: { code: 'internet.old_box_fee_charged' },
    });
    expect(after.returnPlaces).toEqual([]);
    // Once charged, the old box can no longer be recorded returned: refused, nothing written.
    const late = await agent.post(`/api/internet/subscriptions/${id}/box-swaps/${swapId}/return`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('internet.old_box_fee_charged');
    expect(await sub(id)).toEqual(after);
  });

  it('NET-06 the termination e-mail lists where the box goes back (Partner’s service centres)', async () => {
    const accountId = await account();
    const id = await activeInternet(agent, accountId, 'partner', { model: 'partner-white', serial: 'PW-3' });
    const res = await agent.post(`/api/internet/subscriptions/${id}/termination`, { reason: 'moving' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as unknown as Sub).returnPlaces).toEqual([
      { name: 'Centres de service Partner', url: 'https://www.partner.co.il/n/servicecenter/', note: null },
    ]);
    const admin = await Client.login(t.url, il.users.admin.email);
    const mails = await admin.get(`/api/outbox?entityType=account&entityId=${accountId}`);
    const mail = (mails.body.items ?? []).find((m) =>
      String(m.subject).startsWith('Confirmation de résiliation'),
    );
    const full = await admin.get(`/api/outbox/${String(mail?.id)}`);
    expect(String(full.body.bodyText)).toContain('Centres de service Partner');
    expect(String(full.body.bodyText)).toContain('https://www.partner.co.il/n/servicecenter/');
  });

  it('what is not found is said in words, in French and English: the id only in the path or the field’s pointer', async () => {
    const id = await orderInternet(agent, await account(), 'hot');
    const ghost = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string, unknown, string, string, string][] = [
      [
        'POST',
        `/api/internet/subscriptions/${id}/extender-deliveries/${ghost}/tracking`,
        { trackingNumber: 'HFD-123456' },
        'internet.delivery_not_found',
        'Cette livraison d’extendeur n’existe pas ou ne concerne pas cet abonnement.',
        'This extender delivery does not exist or is not one of this subscription’s.',
      ],
      [
        'POST',
        `/api/internet/subscriptions/${id}/box-swaps/${ghost}/return`,
        undefined,
        'internet.box_swap_not_found',
        'Ce changement de boîtier n’existe pas ou ne concerne pas cet abonnement.',
        'This box swap does not exist or is not one of this subscription’s.',
      ],
      [
        'GET',
        `/api/internet/subscriptions/${ghost}`,
        undefined,
        'internet.not_found',
        'Cet abonnement internet n’existe pas ou a été supprimé.',
        'This internet subscription does not exist or was deleted.',
      ],
      [
        'POST',
        `/api/internet/changes/${ghost}/confirmation`,
        undefined,
        'internet.change_not_found',
        'Cette demande à l’opérateur n’existe pas ou a été supprimée.',
        'This request to the operator does not exist or was deleted.',
      ],
    ];
    for (const [method, path, body, code, fr, en] of cases) {
      for (const [lang, detail] of [
        ['fr', fr],
        ['en', en],
      ] as const) {
        const res = await agent.request(method, path, body, { 'accept-language': lang });
        expect(res.status, path).toBe(404);
        expect(res.body).toMatchObject({ code, detail, instance: path });
        expect(res.text.replace(`"instance":"${path}"`, '')).not.toContain(ghost);
      }
    }

    // An eligibility check named in the body: its field's pointer says which, the words don't.
    for (const [lang, detail] of [
      ['fr', 'La vérification d’éligibilité choisie n’existe pas : vérifiez à nouveau l’adresse.'],
      ['en', 'The chosen eligibility check does not exist: check the address again.'],
    ] as const) {
      const res = await agent.request(
        'POST',
        '/api/internet/subscriptions',
        {
          accountId: await account(),
          operator: 'partner',
          masap: 'a5559876',
          address: 'Herzl 5, Haifa',
          planCode: 'partner-fibre-600',
          buildingFlats: 12,
          eligibilityCheckId: ghost,
        },
        { 'accept-language': lang },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(404);
      expect(res.body).toMatchObject({
        code: 'internet.eligibility_not_found',
        detail,
        errors: [{ pointer: '/body/eligibilityCheckId', code: 'unknown', detail }],
      });
      expect(String(res.body.title) + detail).not.toContain(ghost);
    }
  });
});
