import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { scheduleAction } from '../../src/platform/jobs/index.ts';
import {
  MONTHLY_CHARGES,
  chargeMonth,
  ensureMonthlyRun,
  ensureMonthlyRuns,
} from '../../src/modules/billing/service.ts';
import { billingMonth } from '../../src/modules/billing/rules.ts';
import { recordCharge } from '../../src/modules/ledger/service.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';

const ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const OFFER = 'orange-unlimited-5gb-blocked';
const UPGRADE = 'orange-unlimited-10gb-blocked';
const FIXED_IP = 'orange-fixed-ip-internet-only';
const orangeLine = (userName: string) => ({
  offer: OFFER,
  options: [...ROAMING, FIXED_IP],
  userName,
  simType: 'pin',
  portability: false,
});
// 00:00 on 1 December 2026 in Paris.
const DEC_1 = '2026-11-30T23:00:00.000Z';
const JAN_1 = '2026-12-31T23:00:00.000Z';

interface ChargeRow {
  account_id: string;
  line_id: string;
  item_code: string;
  amount_minor: number;
  kind: string;
  period_start: string;
}

/**
 * Monthly charges, the charges CSV, the customer page's pending actions and the order e-mails over
 * HTTP (CAT-01, ACT-01, ACT-03, Reading 7, CAL-06, ORD-03), the worker run by hand.
 */
describe(`charges over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let accountId: string;
  let otherAccountId: string;
  let orderRef: string;
  let lines: { id: string; msisdn: string; userName: string }[];
  const names: Record<string, { fr: string; en: string }> = {};

  const runWorker = () => runDueActions(t);
  const setClock = async (iso: string) => {
    t.clock.set(new Date(iso));
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
  };
  /** The ledger of the first account (of every account with `all`), for a period start or all. */
  const charges = (period?: string, all = false) =>
    t.db.tenant(a.id, (tx) =>
      tx.query<ChargeRow>(
        `SELECT account_id, line_id, item_code, amount_minor::int AS amount_minor, kind, to_char(period_start, 'YYYY-MM-DD') AS period_start
           FROM account_charges WHERE ($1::date IS NULL OR period_start = $1::date)
            AND ($2::uuid IS NULL OR account_id = $2::uuid)
          ORDER BY line_id, item_code, kind`,
        [period ?? null, all ? null : accountId],
      ),
    );
  const billingRuns = (status = 'scheduled') =>
    t.db.tenant(a.id, (tx) =>
      tx.query<{ id: string; effective_at: Date; result: Record<string, unknown> | null }>(
        `SELECT id, effective_at, result FROM pending_actions WHERE kind = $1 AND status = $2 ORDER BY effective_at`,
        [MONTHLY_CHARGES, status],
      ),
    );

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    accountId = await createCustomer(agent, { billingDay: 15 });
    const other = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: 'Léa',
      lastName: 'Petit',
      email: 'lea.petit@example.fr',
      billingDay: 1,
    });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    otherAccountId = String(other.body.id);
    await agent.post('/api/stock/sims/import', { csv: simCsv([1, 2, 3].map((n) => ({ iccid: iccid(n) }))) });
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    for (const code of [OFFER, UPGRADE]) {
      const fr = await agent.get(`/api/catalog/offers/${code}`);
      const en = await agent.get(`/api/catalog/offers/${code}`, { 'accept-language': 'en' });
      names[code] = { fr: String(fr.body.name), en: String(en.body.name) };
    }
    const option = async (lang: string) =>
      String(
        (
          await agent.get('/api/catalog/options?network=orange', { 'accept-language': lang })
        ).body.items?.find((o) => o.id === FIXED_IP)?.name,
      );
    names[FIXED_IP] = { fr: await option('fr'), en: await option('en') };
  });
  afterAll(() => t.close());

  it('ORD-01 ORD-03 the order e-mails "commande reçue" at once, then "ligne active" per line at activation (outbox)', async () => {
    // A hostile user name, to prove the CSV below defuses it.
    const order = await agent.post('/api/orders', {
      accountId,
      configuration: 'multiple',
      lines: [orangeLine('Julie Martin'), orangeLine('=2+3 "Paul"; Durand'), orangeLine('Marc Roux')],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    orderRef = String(order.body.reference);
    const mails = () =>
      t.db.tenant(a.id, (tx) =>
        tx.query<{ recipient: string; template: string; subject: string; body_text: string }>(
          `SELECT recipient, template, subject, body_text FROM outbox
            WHERE entity_type = 'account' AND entity_id = $1 ORDER BY created_at, subject`,
          [accountId],
        ),
      );
    const received = await mails();
    expect(received.map((m) => [m.recipient, m.template])).toEqual([
      ['flotte@transports-lefevre.fr', 'order.received'],
    ]);
    expect(received[0]?.subject).toBe(`Commande ${orderRef} reçue`);
    expect(received[0]?.body_text).toContain(`Julie Martin — ${names[OFFER]?.fr}`);
    // Monday 10:00 in Paris is inside Orange's window: sent at once (ORD-03).
    expect(received[0]?.body_text).toContain("La demande est transmise à l'opérateur dès maintenant.");

    expect(await runWorker()).toBe(1);
    const ls = (order.body.lines as { id: string }[]).map((l) => l.id);
    lines = [];
    for (const id of ls) {
      const l = (await agent.get(`/api/lines/${id}`)).body as {
        id: string;
        msisdn: string;
        userName: string;
      };
      lines.push({ id, msisdn: l.msisdn, userName: l.userName });
    }
    const after = await mails();
    const active = after.filter((m) => m.template === 'line.active');
    expect(active).toHaveLength(3);
    const pairs = (msisdn: string) => msisdn.replace(/(\d{2})(?=\d)/g, '$1 ');
    for (const l of lines)
      expect(
        active.some(
          (m) =>
            m.subject === `Ligne ${pairs(l.msisdn)} active` &&
            m.body_text.includes(`Offre\u00a0: ${names[OFFER]?.fr}`) &&
            m.body_text.includes(l.userName),
        ),
        l.msisdn,
      ).toBe(true);
  });

  it('ORD-03 an order queued until the opening says in its e-mail when it reaches the operator', async () => {
    // Sunday 23:30 in Paris: Orange opens Monday at 07:00.
    await setClock('2026-11-29T22:30:00Z');
    await agent.post('/api/stock/sims/import', { csv: simCsv([{ iccid: iccid(9) }]) });
    const order = await agent.post(
      '/api/orders',
      { accountId: otherAccountId, configuration: 'unit', lines: [orangeLine('Léa Petit')] },
      { 'accept-language': 'en' },
    );
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(order.body.queued).toBe(true);
    const mail = await t.db.tenant(a.id, (tx) =>
      tx.one<{ subject: string; body_text: string }>(
        `SELECT subject, body_text FROM outbox WHERE template = 'order.received' AND entity_id = $1`,
        [otherAccountId],
      ),
    );
    expect(mail.subject).toBe(`Order ${String(order.body.reference)} received`);
    expect(mail.body_text).toContain('it will be sent on 30 November 2026 at 07:00, at the opening');
    // Back to Monday 23 November for what follows; this order reaches Orange on the 30th.
    await setClock('2026-11-23T09:00:00Z');
  });

  it('pending actions filter by account: the actions on that account’s lines only', async () => {
    const up = await agent.post(`/api/lines/${lines[0]?.id}/plan-change`, { offerId: UPGRADE });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    // A second account's line action must not show on the first account's page.
    const mine = await agent.get(`/api/pending-actions?accountId=${accountId}&status=scheduled`);
    expect(mine.status).toBe(200);
    expect(mine.body.items?.map((i) => [i.kind, i.entityId, i.effectiveAt])).toEqual([
      ['line.plan_change', lines[0]?.id, DEC_1],
    ]);
    expect(mine.body.total).toBe(1);
    const other = await agent.get(`/api/pending-actions?accountId=${otherAccountId}&status=scheduled`);
    expect(other.body.total).toBe(0);
    // Another tenant sees nothing of it.
    const foreign = await agentB.get(`/api/pending-actions?accountId=${accountId}`);
    expect(foreign.body.total).toBe(0);
    expect((await agent.get('/api/pending-actions?accountId=nope')).status).toBe(400);
  });

  it('CAT-01 the monthly run is scheduled once per tenant at 00:00 on the 1st (start, idempotent)', async () => {
    const now = t.clock.now();
    // Both tenants (and any other) get theirs; a second start adds nothing.
    expect(await ensureMonthlyRuns(t.db, t.deps.actions, now)).toBe(2);
    expect(await ensureMonthlyRuns(t.db, t.deps.actions, now)).toBe(0);
    const runs = await billingRuns();
    expect(runs.map((r) => r.effective_at.toISOString())).toEqual([DEC_1]);
    // Not the agent's to cancel: it would stop billing.
    const cancel = await agent.post(`/api/pending-actions/${runs[0]?.id}/cancel`, {});
    expect(cancel.status).toBe(409);
    expect(cancel.body.code).toBe('billing.run_not_cancellable');
    // Nor shown among the account's actions (it is the tenant's).
    expect((await agent.get(`/api/pending-actions?accountId=${accountId}`)).body.total).toBe(1);
  });

  it('ACT-01 Reading 7 suspend one line, terminate another: November is charged by the termination', async () => {
    expect((await agent.post(`/api/lines/${lines[1]?.id}/suspension`, {})).status).toBe(201);
    const term = await agent.post(`/api/lines/${lines[2]?.id}/termination`, {});
    expect(term.status, JSON.stringify(term.body)).toBe(201);
    const nov = (await charges()).filter((c) => c.line_id === lines[2]?.id && c.kind === 'monthly');
    expect(nov.map((c) => [c.item_code, c.period_start])).toEqual([
      [FIXED_IP, '2026-11-01'],
      [OFFER, '2026-11-01'],
    ]);
  });

  it('CAT-01 ACT-01 ACT-03 Reading 7 moving the clock to the 1st charges each active or suspended line once, at the new offer', async () => {
    await runWorker();
    await setClock('2026-11-30T22:59:59Z');
    // Only the queued order is due (Monday 07:00, ORD-03): its line is active from 30 November.
    expect(await runWorker()).toBe(1);
    expect(await charges('2026-12-01', true)).toEqual([]);
    await setClock(DEC_1);
    // Due: the plan change and the monthly runs of both tenants.
    expect(await runWorker()).toBe(3);
    const dec = await charges('2026-12-01');
    const expected = [
      // The plan change due at the same instant is billed, whichever job ran first (ACT-03).
      {
        account_id: accountId,
        line_id: lines[0]?.id,
        item_code: FIXED_IP,
        amount_minor: 500,
        kind: 'monthly',
        period_start: '2026-12-01',
      },
      {
        account_id: accountId,
        line_id: lines[0]?.id,
        item_code: UPGRADE,
        amount_minor: 800,
        kind: 'monthly',
        period_start: '2026-12-01',
      },
      // ACT-01: the suspended line is billed.
      {
        account_id: accountId,
        line_id: lines[1]?.id,
        item_code: FIXED_IP,
        amount_minor: 500,
        kind: 'monthly',
        period_start: '2026-12-01',
      },
      {
        account_id: accountId,
        line_id: lines[1]?.id,
        item_code: OFFER,
        amount_minor: 700,
        kind: 'monthly',
        period_start: '2026-12-01',
      },
    ].sort((x, y) => `${x.line_id}${x.item_code}`.localeCompare(`${y.line_id}${y.item_code}`));
    expect(dec).toEqual(expected);
    // Reading 7: the line terminated in November owes nothing for December.
    expect(dec.some((c) => c.line_id === lines[2]?.id)).toBe(false);
    const done = await billingRuns('done');
    // The other account's line, active since 30 November, pays December too.
    expect((await charges('2026-12-01', true)).filter((c) => c.account_id === otherAccountId)).toHaveLength(
      2,
    );
    expect(done[0]?.result).toMatchObject({ month: '2026-12', lines: 3, charges: 6, amountMinor: 3700 });
    // The next run is scheduled for 1 January, once.
    expect((await billingRuns()).map((r) => r.effective_at.toISOString())).toEqual([JAN_1]);
  });

  it('CAT-01 the same month run twice (a second job, a direct call) charges nothing more', async () => {
    const before = await charges();
    await t.db.tenant(a.id, (tx) =>
      scheduleAction(tx, t.deps.actions, {
        kind: MONTHLY_CHARGES,
        entityType: 'tenant',
        entityId: a.id,
        effectiveAt: new Date(DEC_1),
        createdBy: 'test',
        now: t.clock.now(),
      }),
    );
    expect(await runWorker()).toBe(1);
    const again = await t.db.tenant(a.id, (tx) =>
      chargeMonth(tx, billingMonth(new Date(DEC_1), 'Europe/Paris'), t.clock.now()),
    );
    expect(again).toMatchObject({ month: '2026-12', charges: 0, amountMinor: 0 });
    expect(await charges()).toEqual(before);
    // Still one next run, not two.
    expect((await billingRuns()).map((r) => r.effective_at.toISOString())).toEqual([JAN_1]);
    const next = await t.db.tenant(a.id, (tx) =>
      ensureMonthlyRun(tx, t.deps.actions, t.clock.now(), t.clock.now()),
    );
    expect(next.created).toBe(false);
  });

  it('CSV: exact French file with BOM, ";", decimal comma, neutralised and quoted cells', async () => {
    const res = await agent.get(`/api/charges.csv?accountId=${accountId}&from=2026-12-01&to=2026-12-31`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const ref = String((await agent.get(`/api/accounts/${accountId}`)).body.reference);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="frais-${ref}-2026-12-01_2026-12-31.csv"`,
    );
    const pairs = (m: string | undefined) => String(m).replace(/(\d{2})(?=\d)/g, '$1 ');
    const [l0, l1] = [lines[0], lines[1]];
    const rows = [
      [l0, UPGRADE, '8,00', 'Julie Martin'],
      [l0, FIXED_IP, '5,00', 'Julie Martin'],
      [l1, OFFER, '7,00', `"'=2+3 ""Paul""; Durand"`],
      [l1, FIXED_IP, '5,00', `"'=2+3 ""Paul""; Durand"`],
    ] as const;
    // Ordered by date, customer, line, offer before options.
    const sorted = [...rows].sort((x, y) => String(x[0]?.msisdn).localeCompare(String(y[0]?.msisdn)));
    const body = sorted
      .map(
        ([l, code, amount, user]) =>
          `2026-12-01;${ref};Transports Lefèvre;${pairs(l?.msisdn)};${user};Mensualité;${names[code]?.fr};${code};2026-12-01;2026-12-31;${amount};EUR;HT\r\n`,
      )
      .join('');
    // Bytes as sent: the BOM first (fetch's text() strips it).
    expect(res.text).toBe(
      'Date;Référence client;Client;Ligne;Utilisateur;Nature;Article;Code article;Début de période;Fin de période;Montant;Devise;Taxes\r\n' +
        body,
    );
    const raw = new Uint8Array(
      await (
        await fetch(`${t.url}/api/charges.csv?accountId=${accountId}`, { headers: { cookie: agent.cookie } })
      ).arrayBuffer(),
    );
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('CSV in English by lang=en: "," and decimal point, English labels; the whole ledger without a period', async () => {
    const res = await agent.get(`/api/charges.csv?accountId=${accountId}&lang=en`);
    expect(res.status).toBe(200);
    const rows = res.text.split('\r\n');
    expect(rows[0]).toBe(
      'Date,Customer reference,Customer,Line,User,Kind,Item,Item code,Period start,Period end,Amount,Currency,Tax',
    );
    expect(rows.at(-1)).toBe('');
    const all = await charges();
    expect(rows.length - 2).toBe(all.length);
    expect(rows.some((r) => r.includes(`,First month (pro rata),${names[OFFER]?.en},`))).toBe(true);
    expect(
      rows.some((r) =>
        r.includes(`,Monthly,${names[UPGRADE]?.en},${UPGRADE},2026-12-01,2026-12-31,8.00,EUR,excl. VAT`),
      ),
    ).toBe(true);
    // Accept-Language decides when lang is absent.
    const en = await agent.get(`/api/charges.csv?accountId=${accountId}`, { 'accept-language': 'en' });
    expect(en.text.startsWith('Date,Customer reference')).toBe(true);
  });

  it('CSV and totals: every account over a period; bad periods and other tenants refused', async () => {
    const all = await agent.get('/api/charges.csv?from=2026-12-01&to=2026-12-31');
    expect(all.status).toBe(200);
    // Header, both accounts' 6 December charges, and the final CRLF.
    expect(all.text.split('\r\n')).toHaveLength(8);
    const bad = await agent.get(`/api/charges.csv?accountId=${accountId}&from=2026-12-31&to=2026-12-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('charges.period_invalid');
    const unbounded = await agent.get('/api/charges.csv?from=2026-12-01');
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.code).toBe('charges.period_required');
    expect((await agentB.get(`/api/charges.csv?accountId=${accountId}`)).status).toBe(404);
    expect((await agent.get(`/api/charges.csv?accountId=${accountId}&lang=de`)).status).toBe(400);
    const totals = await agent.get(
      `/api/charges/totals?accountId=${accountId}&from=2026-12-01&to=2026-12-31`,
    );
    expect(totals.body).toEqual({
      items: [{ currency: 'EUR', vatIncluded: false, count: 4, total: '25.00' }],
    });
    // The card's list names each item and says its kind.
    const list = await agent.get(`/api/charges?accountId=${accountId}&limit=200`);
    expect(list.body.items?.find((c) => c.itemCode === UPGRADE)).toMatchObject({
      kind: 'monthly',
      itemName: names[UPGRADE]?.fr,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      amount: '8.00',
    });
  });

  it('Reading 7 CAT-01 January: the terminated line is still not charged, the others are', async () => {
    await setClock(JAN_1);
    await runWorker();
    const jan = await charges('2027-01-01');
    expect(new Set(jan.map((c) => c.line_id))).toEqual(new Set([lines[0]?.id, lines[1]?.id]));
    expect((await billingRuns()).map((r) => r.effective_at.toISOString())).toEqual([
      '2027-01-31T23:00:00.000Z',
    ]);
  });

  it('CSV: an internet fee is named like a mobile item, by the module that charged it, never by its code', async () => {
    // The internet module's fee for a box not returned (NET-06), written as it writes it: through
    // the ledger, in January, beside the mobile lines' January charges.
    const FEE = 'box-not-returned';
    await t.db.tenant(a.id, (tx) =>
      recordCharge(
        tx,
        {
          accountId,
          lineId: null,
          orderId: null,
          kind: 'one_off',
          itemType: 'offer',
          itemCode: FEE,
          amountMinor: 25_000,
          monthlyMinor: null,
          currency: 'EUR',
          vatIncluded: false,
          periodStart: null,
          periodEnd: null,
        },
        new Date('2027-01-05T10:00:00Z'),
      ),
    );
    const items = async (lang: 'fr' | 'en') => {
      const res = await agent.get(
        `/api/charges.csv?accountId=${accountId}&from=2027-01-01&to=2027-01-31&lang=${lang}`,
      );
      expect(res.status).toBe(200);
      const [header, ...rows] = res.text.split('\r\n').filter((r) => r !== '');
      const cells = (r: string | undefined) => String(r).split(lang === 'fr' ? ';' : ',');
      const item = cells(header).indexOf(lang === 'fr' ? 'Article' : 'Item');
      const code = cells(header).indexOf(lang === 'fr' ? 'Code article' : 'Item code');
      return rows.map((r) => [cells(r)[code], cells(r)[item]]);
    };
    const fr = await items('fr');
    expect(fr).toContainEqual([FEE, 'Boîtier non rendu']);
    expect(fr).toContainEqual([UPGRADE, names[UPGRADE]?.fr]);
    expect(fr).toContainEqual([FIXED_IP, names[FIXED_IP]?.fr]);
    // No item column shows a code: every row is named.
    expect(fr.filter(([c, name]) => name === c || name === '')).toEqual([]);
    const en = await items('en');
    expect(en).toContainEqual([FEE, 'Box not returned']);
    expect(en).toContainEqual([UPGRADE, names[UPGRADE]?.en]);
    // The account's list names the fee the same way (one naming for every reader of the ledger).
    const list = await agent.get(`/api/charges?accountId=${accountId}&limit=200`);
    expect(list.body.items?.find((c) => c.itemCode === FEE)?.itemName).toBe('Boîtier non rendu');
  });
});
