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
const orangeLine = (userName: string) => ({
  offer: 'orange-unlimited-5gb-blocked',
  options: ORANGE_ROAMING,
  userName,
  simType: 'pin',
  portability: false,
});

interface ActionItem {
  type: string;
  target: string | null;
  replaces: string | null;
  allowed: boolean;
  reason: { code: string; title: string } | null;
  effectiveLabel: string | null;
  immediate: boolean;
  charges?: { kind: string; itemCode: string; amount: string; periodStart: string | null }[];
}
interface Actions {
  items: ActionItem[];
  options: {
    id: string;
    code: string;
    label: string;
    status: string;
    activatedAt: string | null;
    endedAt: string | null;
  }[];
  roaming: {
    zone: string;
    code: string;
    kind: string;
    volumeMb: number | null;
    cutoffEuros: number | null;
  }[];
}
interface Charge {
  kind: string;
  item_code: string;
  amount_minor: number;
  period_start: string | null;
  period_end: string | null;
}

const NOW = '2026-11-23T09:00:00.000Z';

/** Options added to a line and roaming choices changed, over HTTP (ACT-06, ACT-10, CAT-01, CAT-11..15, USE-05). */
describe(`line options over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let orange: string;
  let orange2: string;
  let bouygues: string;

  const runWorker = () => runDueActions(t);
  const actionsOf = async (id: string) =>
    (await agent.get(`/api/lines/${id}/actions`)).body as unknown as Actions;
  const charges = (lineId: string) =>
    t.db.system((tx) =>
      tx.query<Charge>(
        `SELECT kind, item_code, amount_minor, period_start, period_end FROM account_charges
          WHERE line_id = $1 AND order_id IS NULL ORDER BY created_at, item_code`,
        [lineId],
      ),
    );
  const written = () =>
    t.db.system(async (tx) => ({
      options: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM line_options`)).n,
      actions: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM pending_actions`)).n,
      outbox: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox`)).n,
      charges: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM account_charges`)).n,
      audit: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`)).n,
    }));
  const optionId = async (lineId: string, code: string) => {
    const o = (await actionsOf(lineId)).options.find((x) => x.code === code && x.status === 'active');
    if (!o) throw new Error(`no active ${code}`);
    return o.id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
    const admin = await Client.login(t.url, a.users.admin.email);
    // The seed gives no Bouygues unlimited price: the reseller sets one to order such a line.
    const price = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'bouygues-unlimited-10gb-blocked',
      component: 'monthly',
      amount: '9.00',
      effectiveDate: '2026-11-23',
    });
    expect(price.status, JSON.stringify(price.body)).toBe(201);
    const accId = await createCustomer(agent);
    await agent.post('/api/stock/sims/import', {
      csv: simCsv([{ iccid: iccid(1) }, { iccid: iccid(2) }, { iccid: iccid(3), network: 'bouygues' }]),
    });
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009\nbouygues;0660000000;0660000004',
    });
    const order = await agent.post('/api/orders', {
      accountId: accId,
      configuration: 'multiple',
      lines: [orangeLine('Julie Martin'), orangeLine('Paul Durand')],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const bOrder = await agent.post('/api/orders', {
      accountId: accId,
      configuration: 'unit',
      lines: [
        {
          offer: 'bouygues-unlimited-10gb-blocked',
          options: ['bouygues-cutoff-europe-0eur', 'bouygues-cutoff-world-50eur'],
          userName: 'Léa Roux',
          simType: 'pin',
          portability: false,
        },
      ],
    });
    expect(bOrder.status, JSON.stringify(bOrder.body)).toBe(201);
    expect(await runWorker()).toBe(2);
    [orange, orange2] = (order.body.lines as { id: string }[]).map((l) => l.id) as [string, string];
    bouygues = (bOrder.body.lines as { id: string }[])[0]?.id ?? '';
  });
  afterAll(() => t.close());

  it('ACT-10 CAT-12 CAT-15 GET actions offers the addable options and the roaming changes, with their charges', async () => {
    const { items, roaming, options } = await actionsOf(orange);
    const find = (type: string, target: string) => items.find((i) => i.type === type && i.target === target);
    expect(find('option_add', 'orange-fixed-ip-internet-only')).toMatchObject({
      allowed: true,
      immediate: true,
      replaces: null,
      effectiveLabel: '23 novembre 2026 à 10:00',
      // CAT-01: 5 € a month, 8 days of 30.
      charges: [{ kind: 'first_month', itemCode: 'orange-fixed-ip-internet-only', amount: '1.33' }],
    });
    expect(find('option_add', 'orange-fixed-ip-partner-l2tp')?.reason?.title).toBe(
      'Réservée aux partenaires Init Sys',
    );
    expect(find('option_add', 'orange-esim')?.reason?.code).toBe('line.option_esim_add');
    expect(find('option_add', 'orange-roaming-maghreb-turkey-data-5gb')?.reason?.code).toBe(
      'line.option_group_taken',
    );
    const cut = options.find((o) => o.code === 'orange-cutoff-maghreb-turkey-0mb');
    expect(cut).toMatchObject({ status: 'active', activatedAt: NOW, endedAt: null });
    expect(find('option_change', 'orange-roaming-maghreb-turkey-data-5gb')).toMatchObject({
      allowed: true,
      replaces: cut?.id,
      charges: [{ kind: 'monthly', itemCode: 'orange-roaming-maghreb-turkey-data-5gb', amount: '45.00' }],
    });
    expect(roaming.map((r) => [r.zone, r.code])).toEqual([
      ['usa_canada', 'orange-cutoff-usa-canada-0mb'],
      ['maghreb_turkey', 'orange-cutoff-maghreb-turkey-0mb'],
      ['rest_of_world', 'orange-cutoff-rest-of-world-0mb'],
    ]);
    // Recharges are their own request; the other network is not listed.
    expect(items.some((i) => i.target?.includes('-recharge-') || i.target?.startsWith('bouygues-'))).toBe(
      false,
    );
  });

  it('ACT-10 CAT-01 adding an option: active at once, one-off and pro rata charged, e-mailed; a replayed request charges once', async () => {
    const key = { 'Idempotency-Key': 'add-fixed-ip-1' };
    const res = await agent.post(
      `/api/lines/${orange}/options`,
      { optionCode: 'orange-fixed-ip-internet-only' },
      key,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.action).toMatchObject({ kind: 'line.option_add', status: 'done', immediate: true });
    const added = (
      res.body.line as { options: { code: string; status: string; activatedAt: string | null }[] }
    ).options.find((o) => o.code === 'orange-fixed-ip-internet-only');
    expect(added).toMatchObject({ status: 'active', activatedAt: NOW });
    const again = await agent.post(
      `/api/lines/${orange}/options`,
      { optionCode: 'orange-fixed-ip-internet-only' },
      key,
    );
    expect(again.status).toBe(201);
    expect((again.body.action as { id: string }).id).toBe((res.body.action as { id: string }).id);
    expect(await charges(orange)).toEqual([
      {
        kind: 'first_month',
        item_code: 'orange-fixed-ip-internet-only',
        amount_minor: 133,
        period_start: '2026-11-23',
        period_end: '2026-11-30',
      },
    ]);
    // Without the key, the same request is a second add: refused, nothing written.
    const before = await written();
    const dup = await agent.post(`/api/lines/${orange}/options`, {
      optionCode: 'orange-fixed-ip-internet-only',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('line.option_already_active');
    expect(await written()).toEqual(before);
    const mail = await t.db.system((tx) =>
      tx.query<{ template: string; body_text: string }>(
        `SELECT template, body_text FROM outbox WHERE entity_id = $1 AND template = 'line.action_done'`,
        [orange],
      ),
    );
    expect(mail.length).toBe(1);
    expect(mail[0]?.body_text).toContain('Ajout de l’option Adresse IP fixe Orange');
    const audit = await t.db.system((tx) =>
      tx.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action IN ('line.action_requested', 'line.option_add_done') ORDER BY at, action`,
        [orange],
      ),
    );
    expect(audit.map((x) => x.action).sort()).toEqual(['line.action_requested', 'line.option_add_done']);
    // The job the immediate action left behind does nothing more when it comes due.
    await runWorker();
    expect((await charges(orange)).length).toBe(1);
  });

  it('CAT-11 CAT-12 refusals: another network, eSIM, Init Sys delivery, unknown code, unknown field — 4xx and nothing written', async () => {
    const before = await written();
    const cases: [unknown, number, string][] = [
      [{ optionCode: 'bouygues-fixed-ip-internet-only' }, 422, 'catalog.option_wrong_network'],
      [{ optionCode: 'orange-esim' }, 422, 'line.option_esim_add'],
      [{ optionCode: 'orange-fixed-ip-partner-l2tp' }, 422, 'line.option_partner_only'],
      [{ optionCode: 'orange-recharge-unlimited-1gb' }, 422, 'line.option_recharge'],
      [{ optionCode: 'orange-vowifi' }, 422, 'catalog.option_handset_activated'],
      [{ optionCode: 'orange-conference' }, 422, 'catalog.price_to_be_set'],
      [{ optionCode: 'no-such-option' }, 400, 'catalog.unknown_item'],
      [{ optionCode: 'orange-sva-block', extra: true }, 400, 'validation.failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await agent.post(`/api/lines/${orange2}/options`, body as Record<string, unknown>);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.code, JSON.stringify(body)).toBe(code);
    }
    const wrong = await agent.post(`/api/lines/${orange2}/options`, {
      optionCode: 'bouygues-fixed-ip-internet-only',
    });
    expect(wrong.body.title).toBe('Option indisponible sur ce réseau');
    expect(await written()).toEqual(before);
  });

  it('CAT-12 an Init Sys partner adds the partner-platform delivery', async () => {
    await t.db.system((tx) =>
      tx.query(
        `UPDATE tenants SET operator_partnerships = '{"orange": "init_sys", "bouygues": null}' WHERE id = $1`,
        [a.id],
      ),
    );
    const res = await agent.post(`/api/lines/${orange2}/options`, {
      optionCode: 'orange-fixed-ip-partner-l2tp',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // Free delivery: nothing to charge.
    expect(await charges(orange2)).toEqual([]);
  });

  it('ACT-06 ACT-10 an Orange roaming change mid-month: both billed for the month, the envelope is the new one', async () => {
    const cut = await optionId(orange, 'orange-cutoff-maghreb-turkey-0mb');
    const first = await agent.post(`/api/lines/${orange}/options/${cut}/replacement`, {
      optionCode: 'orange-roaming-maghreb-turkey-data-5gb',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.action).toMatchObject({ kind: 'line.option_change', status: 'done', immediate: true });
    const five = await optionId(orange, 'orange-roaming-maghreb-turkey-data-5gb');
    const key = { 'Idempotency-Key': 'change-5-to-10' };
    const res = await agent.post(
      `/api/lines/${orange}/options/${five}/replacement`,
      { optionCode: 'orange-roaming-maghreb-turkey-data-10gb' },
      key,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const replay = await agent.post(
      `/api/lines/${orange}/options/${five}/replacement`,
      { optionCode: 'orange-roaming-maghreb-turkey-data-10gb' },
      key,
    );
    expect(replay.status).toBe(201);
    // ACT-06: 10 GB (85 €) and 5 GB (45 €) are both due for November, each once.
    const month = { period_start: '2026-11-01', period_end: '2026-11-30' };
    expect((await charges(orange)).filter((c) => c.item_code.includes('roaming'))).toEqual([
      { kind: 'monthly', item_code: 'orange-roaming-maghreb-turkey-data-10gb', amount_minor: 8500, ...month },
      { kind: 'monthly', item_code: 'orange-roaming-maghreb-turkey-data-5gb', amount_minor: 4500, ...month },
    ]);
    const { options, roaming } = await actionsOf(orange);
    // ACT-10: the replaced options end now, their replacement is active the same instant.
    expect(
      options
        .filter((o) => o.code.includes('maghreb'))
        .map((o) => [o.code, o.status, o.activatedAt, o.endedAt])
        .sort(),
    ).toEqual([
      ['orange-cutoff-maghreb-turkey-0mb', 'terminated', NOW, NOW],
      ['orange-roaming-maghreb-turkey-data-10gb', 'active', NOW, null],
      ['orange-roaming-maghreb-turkey-data-5gb', 'terminated', NOW, NOW],
    ]);
    // ACT-06: the envelope is 10 GB, not 15.
    expect(roaming.find((r) => r.zone === 'maghreb_turkey')).toMatchObject({
      code: 'orange-roaming-maghreb-turkey-data-10gb',
      kind: 'roaming',
      volumeMb: 10 * 1024,
    });
  });

  it('ACT-06 refusals: another zone, a terminated option, an unknown line option — nothing written', async () => {
    const before = await written();
    const usa = await optionId(orange, 'orange-cutoff-usa-canada-0mb');
    const other = await agent.post(`/api/lines/${orange}/options/${usa}/replacement`, {
      optionCode: 'orange-roaming-rest-of-world-data-1gb',
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('line.option_other_zone');
    const ended = (await actionsOf(orange)).options.find((o) => o.status === 'terminated');
    const again = await agent.post(`/api/lines/${orange}/options/${String(ended?.id)}/replacement`, {
      optionCode: 'orange-roaming-maghreb-turkey-data-3gb',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('line.option_ended');
    const ip = await optionId(orange, 'orange-fixed-ip-internet-only');
    const notRoaming = await agent.post(`/api/lines/${orange}/options/${ip}/replacement`, {
      optionCode: 'orange-fixed-ip-partner-l2tp',
    });
    expect(notRoaming.status).toBe(422);
    expect(notRoaming.body.code).toBe('line.option_not_roaming');
    const unknown = await agent.post(
      `/api/lines/${orange}/options/00000000-0000-4000-8000-000000000000/replacement`,
      { optionCode: 'orange-roaming-maghreb-turkey-data-3gb' },
    );
    expect(unknown.status).toBe(404);
    expect(await written()).toEqual(before);
  });

  it('USE-05 USE-09 a Bouygues cut-off in euros is changed at once, free of charge', async () => {
    const eu = await optionId(bouygues, 'bouygues-cutoff-europe-0eur');
    const res = await agent.post(`/api/lines/${bouygues}/options/${eu}/replacement`, {
      optionCode: 'bouygues-cutoff-europe-100eur',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.action).toMatchObject({ status: 'done', immediate: true });
    expect(await charges(bouygues)).toEqual([]);
    const { roaming } = await actionsOf(bouygues);
    expect(roaming.map((r) => [r.zone, r.cutoffEuros])).toEqual([
      ['europe', 100],
      ['world', 50],
    ]);
    // An Orange option on a Bouygues line.
    const wrong = await agent.post(`/api/lines/${bouygues}/options`, { optionCode: 'orange-sva-block' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('catalog.option_wrong_network');
  });

  it('ACT-10 ORD-07 a terminated line takes no option: 409 line.terminated, nothing written', async () => {
    expect((await agent.post(`/api/lines/${orange2}/termination`, {})).status).toBe(201);
    const before = await written();
    const add = await agent.post(`/api/lines/${orange2}/options`, { optionCode: 'orange-sva-block' });
    expect(add.status).toBe(409);
    expect(add.body.code).toBe('line.terminated');
    const cut = (await actionsOf(orange2)).options.find((o) => o.code === 'orange-cutoff-usa-canada-0mb');
    const change = await agent.post(`/api/lines/${orange2}/options/${String(cut?.id)}/replacement`, {
      optionCode: 'orange-roaming-usa-canada-data-3gb',
    });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('line.terminated');
    expect(await written()).toEqual(before);
  });
});
