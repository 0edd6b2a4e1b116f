import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';

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

/**
 * Issue 9 §5: an operator call never runs inside a database transaction. The order's action claims
 * in one transaction, calls the operator (the simulator, injected as Deps.operators) with none
 * open, and records the outcome in another. On PGlite, which runs one transaction at a time, a
 * slow operator would otherwise stall every request for as long as it takes.
 */
describe(`operator calls outside the transaction (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let accountId: string;
  // The operator's behaviour, set by each test: how long a call takes, which lines it is down for.
  let delayMs = 0;
  const downOnce = new Set<string>();
  let callStarted: (() => void) | undefined;
  const sim = createOperatorSimulator({
    delayMs: () => {
      callStarted?.();
      return delayMs;
    },
    unavailable: (req) => downOnce.delete(req.lineId),
  });

  const order = async (...users: string[]) => {
    const res = await agent.post('/api/orders', {
      accountId,
      configuration: users.length > 1 ? 'multiple' : 'unit',
      lines: users.map(orangeLine),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: String(res.body.id), lines: (res.body.lines as { id: string }[]).map((l) => l.id) };
  };

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
    accountId = await createCustomer(agent);
    const sims = await agent.post('/api/stock/sims/import', {
      csv: simCsv([1, 2, 3, 4].map((n) => ({ iccid: iccid(n) }))),
    });
    expect(sims.status).toBe(201);
    const numbers = await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    expect(numbers.status).toBe(201);
  }, 400_000);
  afterAll(() => t.close());

  it('DESIGN a 2 s operator call does not stall the other requests: a read answers at once meanwhile', async () => {
    const o = await order('Julie Martin');
    // The same read with no operator call in flight, for comparison.
    const b0 = performance.now();
    expect((await agent.get(`/api/orders/${o.id}`)).status).toBe(200);
    const baselineMs = performance.now() - b0;
    delayMs = 2000;
    const started = new Promise<void>((resolve) => (callStarted = resolve));
    const workerStarted = performance.now();
    const worker = runDueActions(t);
    await started;
    // The claim has committed and the operator is thinking: reads and writes go on.
    const t0 = performance.now();
    const read = await agent.get(`/api/orders/${o.id}`);
    const readMs = performance.now() - t0;
    expect(read.status).toBe(200);
    expect(read.body.state).toBe('in_progress');
    expect(sim.created.map((r) => r.lineId)).not.toContain(o.lines[0]);
    // Had the call run inside the worker's transaction, PGlite (one transaction at a time) would
    // have held this read for the whole 2 s. The bound leaves room for a loaded test machine.
    expect(readMs).toBeLessThan(1000);
    // The job is leased during the call: a second worker does not call the operator again.
    expect(await runDueActions(t)).toBe(0);
    expect(await worker).toBe(1);
    const workerMs = performance.now() - workerStarted;
    expect(workerMs).toBeGreaterThanOrEqual(2000);
    console.info(
      `slow operator: worker ${Math.round(workerMs)} ms; read during the call ${Math.round(readMs)} ms (without: ${Math.round(baselineMs)} ms)`,
    );
    const done = await agent.get(`/api/orders/${o.id}`);
    expect(done.body.state).toBe('completed');
    expect((done.body.lines as { state: string }[]).map((l) => l.state)).toEqual(['active']);
    delayMs = 0;
    callStarted = undefined;
  });

  it('DESIGN an operator down half-way: the created line is cancelled at the operator, nothing is half-written, and the retry completes', async () => {
    const o = await order('Paul Durand', 'Léa Petit');
    const [first, second] = o.lines as [string, string];
    downOnce.add(second);
    const summaryBefore = (await agent.get('/api/stock/summary')).body;
    expect(await runDueActions(t)).toBe(1);
    // Compensation at the operator: the first line, created, was cancelled there.
    expect(sim.cancelled).toContain(first);
    // Nothing half-written: the order and both lines still wait, no line is active, no charge.
    const waiting = await agent.get(`/api/orders/${o.id}`);
    expect(waiting.body.state).toBe('in_progress');
    expect((waiting.body.lines as { state: string }[]).map((l) => l.state)).toEqual([
      'in_progress',
      'in_progress',
    ]);
    expect((await agent.get('/api/stock/summary')).body).toEqual(summaryBefore);
    const charges = await agent.get(`/api/charges?accountId=${accountId}&limit=100`);
    expect(charges.status).toBe(200);
    expect((charges.body.items as { orderId: string | null }[]).filter((c) => c.orderId === o.id)).toEqual(
      [],
    );
    const action = (await agent.get(`/api/pending-actions?entityId=${o.id}`)).body.items?.[0];
    expect(action).toMatchObject({ status: 'scheduled' });
    expect(String(action?.lastError)).toContain('service indisponible');
    // Retried later, with backoff: not before the first delay (10 s) has passed.
    expect(await runDueActions(t)).toBe(0);
    t.clock.advance(10_000);
    expect(await runDueActions(t)).toBe(1);
    const done = await agent.get(`/api/orders/${o.id}`);
    expect(done.body.state).toBe('completed');
    expect((done.body.lines as { state: string }[]).map((l) => l.state)).toEqual(['active', 'active']);
    // The operator saw the first line twice (idempotent by the line's id) and the second once.
    expect(sim.created.map((r) => r.lineId).filter((id) => o.lines.includes(id))).toEqual([
      first,
      first,
      second,
    ]);
  });
});
