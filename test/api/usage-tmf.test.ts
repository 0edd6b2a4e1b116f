import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { tmfErrors } from '../support/tmf.ts';
import { CDR_HEADER, orderActiveLines } from '../support/usage.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';

type Body = Record<string, unknown>;
const USAGE = '/tmf-api/usageManagement/v4/usage';
const QUERY = '/tmf-api/usageConsumption/v4/queryUsageConsumption';
const TMF635 = 'TMF635-Usage-v4.0.0.swagger.json';
const TMF677 = 'TMF677-UsageConsumption-v4.0.0.swagger.json';
const GB = 1024 * 1024 * 1024;

/** A TMF635 usage as an operator's mediation platform posts it (docs/usage.md, "TMF635"). */
function usage(
  recordId: string,
  msisdn: string,
  kind: string,
  quantity: number | string,
  more: Record<string, string | number> = {},
  usageDate = '2026-11-20T10:00:00+01:00',
): Body {
  const c: Record<string, string | number> = {
    recordId,
    msisdn,
    direction: 'out',
    zone: 'france',
    quantity,
    ...more,
  };
  return {
    usageDate,
    usageType: kind,
    usageCharacteristic: Object.entries(c).map(([name, value]) => ({ name, value })),
    '@type': 'Usage',
  };
}

interface LineUsage {
  envelopePercent: number | null;
  dataState: { state: string } | null;
  alerts: { threshold: number }[];
  totals: Record<string, { inPlan: number; offPlan: number; toBeSet: number; records: number }>;
  journal: { items: { id: string; kind: string; calledNumber: string | null; offPlan: boolean }[] };
}

/** TMF635 Usage Management and TMF677 Usage Consumption (issue 12 §1, §8) on a real server and database. */
describe(`TMF635 usage and TMF677 consumption (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let blocked: { id: string; msisdn: string };
  let unblocked: { id: string; msisdn: string };
  let otherTenant: { id: string; msisdn: string };
  const sim = createOperatorSimulator();

  const lineUsage = async (lineId: string) => {
    const res = await agent.get(`/api/lines/${lineId}/usage`);
    expect(res.status, res.text).toBe(200);
    return res.body as unknown as LineUsage;
  };
  const alertMails = (lineId: string) =>
    t.db.tenant(a.id, (tx) =>
      tx.query(`SELECT 1 FROM outbox WHERE template = 'usage.data_alert' AND entity_id = $1`, [lineId]),
    );

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'alpha');
    const b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    [blocked, unblocked] = (await orderActiveLines(
      t,
      agent,
      'orange;0700000000;0700000009',
      ['orange-unlimited-10gb-blocked', 'orange-unlimited-10gb-unblocked'],
      1,
    )) as [{ id: string; msisdn: string }, { id: string; msisdn: string }];
    [otherTenant] = (await orderActiveLines(
      t,
      agentB,
      'orange;0710000000;0710000009',
      ['orange-unlimited-5gb-blocked'],
      50,
    )) as [{ id: string; msisdn: string }];
  }, 300_000);
  afterAll(() => t.close());

  it('USE-01 USE-02 a posted usage is rated and counted like a CDR row, and shows in the line’s journal', async () => {
    const m = unblocked.msisdn;
    const call = await agent.post(
      USAGE,
      usage('T-1', m, 'voice', 125, { destinationZone: 'zone1', calledNumber: '33757931234' }),
    );
    expect(call.status, call.text).toBe(201);
    expect(tmfErrors(TMF635, 'Usage', call.body)).toEqual([]);
    // The definition's hrefs are absolute URIs: the server's origin (RELAIS_PUBLIC_URL, else the request's).
    expect(call.headers.get('location')).toBe(`${t.url}${USAGE}/T-1`);
    expect(call.body).toMatchObject({
      id: 'T-1',
      href: `${t.url}${USAGE}/T-1`,
      usageType: 'voice',
      status: 'rated',
      usageDate: '2026-11-20T09:00:00.000Z',
      ratedProductUsage: [{ usageRatingTag: 'included', productRef: { id: unblocked.id } }],
    });
    // USE-07: the called number is masked, as on the line's page.
    expect(call.body.usageCharacteristic).toContainEqual({
      name: 'calledNumber',
      valueType: 'string',
      value: '3375793XXXX',
    });
    // USE-02: a call from outside Europe is off-plan; without a catalog price it is « à définir ».
    const roaming = await agent.post(
      USAGE,
      usage('T-2', m, 'voice', 90, { zone: 'rest_of_world', destinationZone: 'france' }),
    );
    expect(roaming.status, roaming.text).toBe(201);
    expect(roaming.body.ratedProductUsage).toMatchObject([
      { usageRatingTag: 'offPlan', ratingAmountType: 'toBeSet' },
    ]);
    // An SMS to the USA is off-plan and priced from the catalog.
    const sms = await agent.post(USAGE, usage('T-3', m, 'sms', 2, { destinationZone: 'usa_canada' }));
    expect(sms.status, sms.text).toBe(201);
    expect(sms.body.ratedProductUsage).toMatchObject([{ usageRatingTag: 'offPlan' }]);

    const u = await lineUsage(unblocked.id);
    expect(u.totals.voice).toMatchObject({ inPlan: 125, offPlan: 90, toBeSet: 1, records: 2 });
    expect(u.totals.sms).toMatchObject({ offPlan: 2, records: 1 });
    // Issue 12 §8: the records posted through TMF635 are in the line's usage journal.
    expect(u.journal.items.map((i) => i.id).sort()).toEqual(['T-1', 'T-2', 'T-3']);
    expect(u.journal.items.find((i) => i.id === 'T-1')).toMatchObject({
      kind: 'voice',
      offPlan: false,
      calledNumber: '3375793XXXX',
    });
  });

  it('USE-03 exactly once: a re-post answers 200 with the stored usage, counts nothing and alerts once', async () => {
    const m = blocked.msisdn;
    const first = await agent.post(USAGE, usage('D-1', m, 'data', Math.round(8.5 * GB))); // 85 % of 10 GB
    expect(first.status, first.text).toBe(201);
    expect(await alertMails(blocked.id)).toHaveLength(3);
    const before = await lineUsage(blocked.id);
    expect(before.envelopePercent).toBe(85);
    expect(before.alerts.map((x) => x.threshold)).toEqual([80]);

    const again = await agent.post(USAGE, usage('D-1', m, 'data', Math.round(8.5 * GB)));
    expect(again.status, again.text).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(`${t.url}${USAGE}/D-1`);
    // The same id with other figures is still the record already counted: nothing moves.
    const other = await agent.post(USAGE, usage('D-1', m, 'data', 3 * GB));
    expect(other.status).toBe(200);
    expect(other.body).toEqual(first.body);
    // And the same record in a CDR file is a duplicate there too: one dedupe for every way in.
    const csv = await agent.request(
      'POST',
      '/api/usage/imports?filename=cdr.csv',
      `${CDR_HEADER}\nD-1,${m},2026-11-20T10:00:00+01:00,data,out,france,,${Math.round(8.5 * GB)},,`,
      { 'content-type': 'text/csv' },
    );
    expect(csv.body).toMatchObject({ new: 0, duplicates: 1 });
    expect(await lineUsage(blocked.id)).toEqual(before);
    expect(await alertMails(blocked.id)).toHaveLength(3);

    // Two posts of one new record at the same time: counted once, one 201 and one 200.
    const [x, y] = await Promise.all([
      agent.post(USAGE, usage('D-2', m, 'data', 2 * GB)),
      agent.post(USAGE, usage('D-2', m, 'data', 2 * GB)),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 201]);
    const after = await lineUsage(blocked.id);
    expect(after.totals.data?.inPlan).toBe(Math.round(8.5 * GB) + 2 * GB);
    // USE-04: over 100 % on a blocked plan: « Data bloquée », the 100 % alert once.
    expect(after.dataState).toMatchObject({ state: 'data_blocked' });
    expect(after.alerts.map((al) => al.threshold)).toEqual([80, 100]);
    expect(await alertMails(blocked.id)).toHaveLength(6);
  });

  it('a bad record gets a 422 naming the attribute, an unknown or another reseller’s number « ligne inconnue »; nothing counted', async () => {
    const m = unblocked.msisdn;
    const before = await lineUsage(unblocked.id);
    const cases: [Body, string, string][] = [
      [
        usage('B-1', m, 'voice', -5, { destinationZone: 'france' }),
        'usage.tmf_usage_invalid',
        'usageCharacteristic.quantity',
      ],
      [usage('B-2', m, 'fax', 1, { destinationZone: 'france' }), 'usage.tmf_usage_invalid', 'usageType'],
      [
        usage('B-3', m, 'sms', 1, { destinationZone: 'mars' }),
        'usage.tmf_usage_invalid',
        'usageCharacteristic.destinationZone',
      ],
      [
        usage('B-4', m, 'sms', 1, { destinationZone: 'france' }, '2026-11-20 10:00'),
        'usage.tmf_usage_invalid',
        'usageDate',
      ],
      [
        usage('B-5', '', 'sms', 1, { destinationZone: 'france' }),
        'usage.tmf_usage_invalid',
        'usageCharacteristic.msisdn',
      ],
      [
        usage('B 6', m, 'sms', 1, { destinationZone: 'france' }),
        'usage.tmf_usage_invalid',
        'usageCharacteristic.recordId',
      ],
      [
        usage('B-7', '0799999999', 'sms', 1, { destinationZone: 'france' }),
        'usage.tmf_unknown_line',
        'usageCharacteristic.msisdn',
      ],
      [
        usage('B-8', otherTenant.msisdn, 'sms', 1, { destinationZone: 'france' }),
        'usage.tmf_unknown_line',
        'usageCharacteristic.msisdn',
      ],
    ];
    for (const [body, code, attribute] of cases) {
      const res = await agent.post(USAGE, body);
      expect(res.status, `${attribute}: ${res.text}`).toBe(422);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe(code);
      expect(String(res.body.detail)).toContain(attribute);
      expect((res.body.errors as { pointer: string }[])[0]?.pointer).toBe(
        `/body/${attribute.replace('.', '/')}`,
      );
    }
    // French by default: the CSV's reject reason, the attribute named.
    const fr = await agent.post(USAGE, cases[0]![0], { 'accept-language': 'fr' });
    expect(fr.body.detail).toBe(
      'usageCharacteristic.quantity : Quantité négative (quantité). Rien n’a été compté.',
    );
    const extra = await agent.post(USAGE, { ...usage('B-9', m, 'sms', 1), ratedProductUsage: [] });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('validation.failed');
    expect(await lineUsage(unblocked.id)).toEqual(before);
    for (const id of ['B-1', 'B-7', 'B-8']) expect((await agent.get(`${USAGE}/${id}`)).status).toBe(404);
    // The other reseller's line counted nothing either.
    const theirs = await agentB.get(`/api/lines/${otherTenant.id}/usage`);
    expect((theirs.body as unknown as LineUsage).totals.sms?.records).toBe(0);
  });

  it('list and get: the kept records, TMF630 paging and filters, by record id (even with a slash), per reseller', async () => {
    const slash = await agent.post(
      USAGE,
      usage('OP/2026/7', unblocked.msisdn, 'sms', 1, { destinationZone: 'france' }),
    );
    expect(slash.status, slash.text).toBe(201);
    expect(slash.body.href).toBe(`${t.url}${USAGE}/OP%2F2026%2F7`);
    const one = await agent.get(`${USAGE}/OP%2F2026%2F7`);
    expect(one.status, one.text).toBe(200);
    expect(one.body).toEqual(slash.body);
    // A record id of the longest length accepted (100 characters) is read back by that id.
    const longId = `OP-${'7'.repeat(97)}`;
    const long = await agent.post(
      USAGE,
      usage(longId, unblocked.msisdn, 'sms', 1, { destinationZone: 'france' }),
    );
    expect(long.status, long.text).toBe(201);
    const longRead = await agent.get(`${USAGE}/${longId}`);
    expect(longRead.status, longRead.text).toBe(200);
    expect(longRead.body).toEqual(long.body);

    const all = await agent.get(`${USAGE}?limit=200`);
    expect(all.status).toBe(200);
    const items = all.body as unknown as Body[];
    expect(all.headers.get('x-total-count')).toBe(String(items.length));
    for (const i of items) expect(tmfErrors(TMF635, 'Usage', i)).toEqual([]);
    const data = await agent.get(`${USAGE}?usageType=data`);
    expect((data.body as unknown as Body[]).map((i) => i.id).sort()).toEqual(['D-1', 'D-2']);
    const ofLine = await agent.get(`${USAGE}?ratedProductUsage.productRef.id=${blocked.id}`);
    expect((ofLine.body as unknown as Body[]).map((i) => i.id).sort()).toEqual(['D-1', 'D-2']);
    // Another reseller sees none of them.
    expect((await agentB.get(`${USAGE}/T-1`)).status).toBe(404);
    expect(await agentB.get(`${USAGE}?limit=200`).then((r) => r.body)).toEqual([]);
  });

  it('TMF677: a line’s month as buckets, the same figures as the line’s page, by number or product', async () => {
    const res = await agent.post(QUERY, { searchCriteria: { logicalResource: [{ id: blocked.msisdn }] } });
    expect(res.status, res.text).toBe(201);
    expect(tmfErrors(TMF677, 'QueryUsageConsumption', res.body)).toEqual([]);
    const q = res.body as { id: string; href: string; usageConsumption: { bucketRefOrValue: Body[] }[] };
    expect(q.id).toBe(`${blocked.id}.2026-11`);
    expect(res.headers.get('location')).toBe(q.href);
    const buckets = q.usageConsumption[0]!.bucketRefOrValue;
    const page = await lineUsage(blocked.id);
    const data = buckets.find((b) => b.usageType === 'data' && String(b.id).endsWith('.data'));
    const used = Math.round(8.5 * GB) + 2 * GB;
    expect(page.totals.data?.inPlan).toBe(used);
    expect(data).toMatchObject({
      name: 'Enveloppe data (France et Europe)',
      status: 'blocked',
      remainingValue: { amount: 0, units: 'bytes' },
    });
    expect(data?.bucketCounter).toContainEqual(
      expect.objectContaining({ counterType: 'used', value: { amount: used, units: 'bytes' } }),
    );
    expect(data?.bucketCounter).toContainEqual(
      expect.objectContaining({ counterType: 'envelope', value: { amount: 10 * GB, units: 'bytes' } }),
    );
    // USE-05: the line's roaming cut-offs (0 MB outside Europe) as buckets of their own.
    const roaming = buckets.filter((b) => b.usageType === 'roamingData');
    expect(roaming.map((b) => String(b.name)).join(' | ')).toContain('USA / Canada');
    expect(roaming).toHaveLength(3);
    for (const b of roaming) expect(b.remainingValue).toEqual({ amount: 0, units: 'bytes' });

    const voice = await agent.post(QUERY, { searchCriteria: { product: [{ id: unblocked.id }] } });
    expect(voice.status, voice.text).toBe(201);
    const calls = (voice.body as typeof q).usageConsumption[0]!.bucketRefOrValue.find(
      (b) => b.usageType === 'voice',
    );
    expect(calls?.bucketCounter).toContainEqual(
      expect.objectContaining({ counterType: 'used', value: { amount: 125, units: 'seconds' } }),
    );

    const path = q.href.slice(t.url.length);
    expect(q.href).toBe(`${t.url}${QUERY}/${q.id}`);
    const again = await agent.get(path);
    expect(again.status, again.text).toBe(200);
    expect(tmfErrors(TMF677, 'QueryUsageConsumption', again.body)).toEqual([]);
    expect(again.body.usageConsumption).toEqual(res.body.usageConsumption);
    const picked = await agent.get(`${path}?fields=usageConsumption`);
    expect(Object.keys(picked.body).sort()).toEqual(['@type', 'href', 'id', 'usageConsumption']);
  });

  it('TMF677: an unknown line, another reseller’s line or a month out of view is refused clearly', async () => {
    const ask = (searchCriteria: Body, c = agent) => c.post(QUERY, { searchCriteria });
    for (const [criteria, attribute] of [
      [{ logicalResource: [{ id: '0799999999' }] }, 'searchCriteria.logicalResource.id'],
      [{ logicalResource: [{ id: otherTenant.msisdn }] }, 'searchCriteria.logicalResource.id'],
      [{ product: [{ id: otherTenant.id }] }, 'searchCriteria.product.id'],
      [{ product: [{ id: 'not-a-line' }] }, 'searchCriteria.product.id'],
    ] as const) {
      const res = await ask(criteria);
      expect(res.status, res.text).toBe(422);
      expect(res.body.code).toBe('usage.tmf_unknown_line');
      expect(String(res.body.detail)).toContain(attribute);
    }
    expect((await ask({})).body.code).toBe('usage.tmf_line_required');
    const old = await ask({
      logicalResource: [{ id: blocked.msisdn }],
      validPeriod: { startDateTime: '2026-06-10T00:00:00Z' },
    });
    expect(old.status).toBe(422);
    expect(old.body.code).toBe('usage.month_not_viewable');
    expect((await agent.get(`${QUERY}/${blocked.id}.2026-06`)).status).toBe(404);
    expect((await agentB.get(`${QUERY}/${blocked.id}.2026-11`)).status).toBe(404);
    expect((await agent.get(`${QUERY}/nothing`)).status).toBe(404);
  });

  it('only the reseller’s staff post usage or query consumption (a fleet manager gets 403)', async () => {
    const fm = await Client.login(t.url, a.users.fleet_manager.email);
    expect((await fm.post(USAGE, usage('F-1', blocked.msisdn, 'sms', 1))).status).toBe(403);
    expect((await fm.get(`${USAGE}?limit=1`)).status).toBe(403);
    expect((await fm.post(QUERY, { searchCriteria: { product: [{ id: blocked.id }] } })).status).toBe(403);
  });
});
