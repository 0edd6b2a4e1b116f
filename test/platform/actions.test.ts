import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import { AppError } from '../../src/platform/errors.ts';
import {
  ACTION_JOB_KIND,
  actionDedupeKey,
  actionJobHandler,
  cancelAction,
  createActionRegistry,
  getAction,
  listActions,
  registerAction,
  scheduleAction,
  type ActionRegistry,
  type PendingAction,
} from '../../src/platform/jobs/actions.ts';
import { getJobByDedupeKey } from '../../src/platform/jobs/job-store.ts';
import { createWorker, type Worker } from '../../src/platform/jobs/worker.ts';
import { exponentialBackoff } from '../../src/platform/jobs/backoff.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { insertTenants, seconds, TENANT_A, TENANT_B } from './jobs-helpers.ts';

const FIRST_OF_APRIL = new Date('2026-04-01T00:00:00+02:00');

describe(`effective-dated actions (${testEngine})`, () => {
  let t: TestDb;
  const clock = new ManualClock();
  let registry: ActionRegistry;
  let worker: Worker;
  /** Every run of the test handler: which action, at which instant, in which tenant. */
  let runs: { id: string; now: Date; tenant: string | null }[];
  let failNext: string | null;

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db);
    await t.db.system((tx) =>
      tx.exec(`CREATE TABLE plan_changes (tenant_id uuid NOT NULL, line_id text NOT NULL, plan text NOT NULL);
               GRANT SELECT, INSERT ON plan_changes TO relais_app;`),
    );
    registry = createActionRegistry();
    registerAction(registry, 'lines.change_plan', async (tx, action, ctx) => {
      runs.push({ id: action.id, now: ctx.now, tenant: tx.tenantId });
      await tx.query('INSERT INTO plan_changes (tenant_id, line_id, plan) VALUES ($1, $2, $3)', [
        tx.tenantId,
        action.entityId,
        action.payload.plan,
      ]);
      if (failNext) throw new Error(failNext);
      return { appliedPlan: action.payload.plan };
    });
    worker = createWorker({
      db: t.db,
      clock,
      handlers: { [ACTION_JOB_KIND]: actionJobHandler(registry) },
      backoff: exponentialBackoff(seconds(60), seconds(600)),
    });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    clock.set('2026-03-20T10:00:00Z');
    runs = [];
    failNext = null;
    await t.db.system((tx) =>
      tx.exec('DELETE FROM jobs; DELETE FROM pending_actions; DELETE FROM plan_changes;'),
    );
  });

  const schedule = (tenant: string, entityId: string, effectiveAt = FIRST_OF_APRIL, maxAttempts?: number) =>
    t.db.tenant(tenant, (tx) =>
      scheduleAction(tx, registry, {
        kind: 'lines.change_plan',
        entityType: 'line',
        entityId,
        effectiveAt,
        payload: { plan: 'forfait-100go' },
        createdBy: 'user:alice',
        now: clock.now(),
        ...(maxAttempts === undefined ? {} : { maxAttempts }),
      }),
    );

  const read = (tenant: string, id: string) => t.db.tenant(tenant, (tx) => getAction(tx, id));
  const planChanges = () =>
    t.db.system((tx) => tx.query<{ line_id: string }>('SELECT line_id FROM plan_changes ORDER BY line_id'));

  it('scheduling stores the action and its job (deduplicated per action, due at the effective instant)', async () => {
    const action = await schedule(TENANT_A, 'line-1');
    expect(action).toMatchObject({
      tenantId: TENANT_A,
      kind: 'lines.change_plan',
      entityType: 'line',
      entityId: 'line-1',
      effectiveAt: FIRST_OF_APRIL,
      status: 'scheduled',
      payload: { plan: 'forfait-100go' },
      createdBy: 'user:alice',
      createdAt: clock.now(),
      version: 1,
    });
    const job = await t.db.system((tx) => getJobByDedupeKey(tx, action.tenantId, actionDedupeKey(action.id)));
    expect(job).toMatchObject({
      kind: ACTION_JOB_KIND,
      tenantId: TENANT_A,
      runAt: FIRST_OF_APRIL,
      payload: { actionId: action.id },
    });
  });

  it('an unknown kind is refused with action.unknown_kind and writes nothing', async () => {
    const err = await t.db
      .tenant(TENANT_A, (tx) =>
        scheduleAction(tx, registry, {
          kind: 'lines.teleport',
          entityType: 'line',
          entityId: 'line-1',
          effectiveAt: FIRST_OF_APRIL,
          createdBy: 'user:alice',
          now: clock.now(),
        }),
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('action.unknown_kind');
    const n = await t.db.system((tx) =>
      tx.one<{ n: number }>('SELECT count(*)::int AS n FROM pending_actions'),
    );
    expect(n.n).toBe(0);
  });

  it('registering a kind twice or a malformed kind is a programming error', () => {
    expect(() => registerAction(registry, 'lines.change_plan', async () => undefined)).toThrow(
      /already registered/,
    );
    expect(() => registerAction(registry, 'NoDot', async () => undefined)).toThrow(/area\.verb/);
  });

  it('runs exactly once when the clock reaches the effective instant, not before', async () => {
    const action = await schedule(TENANT_A, 'line-1');

    for (let i = 0; i < 3; i++) expect(await worker.runDue()).toBe(0);
    clock.set(new Date(FIRST_OF_APRIL.getTime() - 1));
    expect(await worker.runDue()).toBe(0);
    expect(runs).toEqual([]);

    clock.set(FIRST_OF_APRIL);
    // Repeated and concurrent passes: only one of them gets the job.
    const counts = await Promise.all([worker.runDue(), worker.runDue(), worker.runDue()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    clock.advance(seconds(86_400));
    expect(await worker.runDue()).toBe(0);

    expect(runs).toEqual([{ id: action.id, now: FIRST_OF_APRIL, tenant: TENANT_A }]);
    expect(await planChanges()).toEqual([{ line_id: 'line-1' }]);
    expect(await read(TENANT_A, action.id)).toMatchObject({
      status: 'done',
      result: { appliedPlan: 'forfait-100go' },
      doneAt: FIRST_OF_APRIL,
      version: 2,
    });
  });

  it('a cancelled action never runs, and its job completes doing nothing', async () => {
    const action = await schedule(TENANT_A, 'line-1');
    const cancelled = await t.db.tenant(TENANT_A, (tx) =>
      cancelAction(tx, action.id, 'user:bob', clock.now()),
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'user:bob',
      cancelledAt: clock.now(),
      version: 2,
    });

    clock.set(FIRST_OF_APRIL);
    expect(await worker.runDue()).toBe(1);
    expect(runs).toEqual([]);
    expect(await planChanges()).toEqual([]);
    const job = await t.db.system((tx) => getJobByDedupeKey(tx, action.tenantId, actionDedupeKey(action.id)));
    expect(job?.status).toBe('done');
    expect((await read(TENANT_A, action.id))?.status).toBe('cancelled');
  });

  it('only a scheduled action can be cancelled', async () => {
    const action = await schedule(TENANT_A, 'line-1', clock.now());
    await worker.runDue();
    const err = await t.db
      .tenant(TENANT_A, (tx) => cancelAction(tx, action.id, 'user:bob', clock.now()))
      .catch((e: unknown) => e);
    expect((err as AppError).code).toBe('action.not_cancellable');
    expect((err as AppError).params).toMatchObject({ status: 'done' });

    const again = await schedule(TENANT_A, 'line-2');
    await t.db.tenant(TENANT_A, (tx) => cancelAction(tx, again.id, 'user:bob', clock.now()));
    const twice = await t.db
      .tenant(TENANT_A, (tx) => cancelAction(tx, again.id, 'user:bob', clock.now()))
      .catch((e: unknown) => e);
    expect((twice as AppError).code).toBe('action.not_cancellable');
  });

  it("a tenant can neither read nor cancel another tenant's action", async () => {
    const action = await schedule(TENANT_A, 'line-1');
    expect(await read(TENANT_B, action.id)).toBeUndefined();
    const err = await t.db
      .tenant(TENANT_B, (tx) => cancelAction(tx, action.id, 'user:eve', clock.now()))
      .catch((e: unknown) => e);
    expect((err as AppError).code).toBe('resource.not_found');
    expect(await read(TENANT_A, 'not-a-uuid')).toBeUndefined();
  });

  it('a failing handler is retried with backoff, leaves no partial write, and fails after the last attempt', async () => {
    const action = await schedule(TENANT_A, 'line-1', FIRST_OF_APRIL, 2);
    failNext = 'operator API unavailable';
    clock.set(FIRST_OF_APRIL);
    expect(await worker.runDue()).toBe(1);
    // The handler's insert rolled back with it.
    expect(await planChanges()).toEqual([]);
    expect(await read(TENANT_A, action.id)).toMatchObject({
      status: 'scheduled',
      lastError: 'Error: operator API unavailable',
    });
    // Still cancellable between attempts.
    clock.advance(seconds(59));
    expect(await worker.runDue()).toBe(0);
    clock.advance(seconds(1));
    expect(await worker.runDue()).toBe(1);
    expect(runs).toHaveLength(2);
    expect(await read(TENANT_A, action.id)).toMatchObject({
      status: 'failed',
      lastError: 'Error: operator API unavailable',
    });
    expect(await planChanges()).toEqual([]);
    clock.advance(seconds(3600));
    expect(await worker.runDue()).toBe(0);
  });

  it('a retry that succeeds marks the action done', async () => {
    const action = await schedule(TENANT_A, 'line-1', clock.now());
    failNext = 'flaky';
    await worker.runDue();
    failNext = null;
    clock.advance(seconds(60));
    expect(await worker.runDue()).toBe(1);
    expect((await read(TENANT_A, action.id))?.status).toBe('done');
    expect(await planChanges()).toEqual([{ line_id: 'line-1' }]);
  });

  it('lists actions by entity and status, in effective order, with a total', async () => {
    const made: PendingAction[] = [];
    for (const [entity, day] of [
      ['line-2', 3],
      ['line-1', 2],
      ['line-1', 1],
    ] as const) {
      made.push(await schedule(TENANT_A, entity, new Date(Date.UTC(2026, 4, day))));
    }
    await schedule(TENANT_B, 'line-1');
    await t.db.tenant(TENANT_A, (tx) => cancelAction(tx, made[0]!.id, 'user:bob', clock.now()));

    const page = await t.db.tenant(TENANT_A, (tx) =>
      listActions(tx, { entityType: 'line', entityId: 'line-1', limit: 1, offset: 0 }),
    );
    expect(page.total).toBe(2);
    expect(page.items.map((a) => a.id)).toEqual([made[2]!.id]);
    const second = await t.db.tenant(TENANT_A, (tx) =>
      listActions(tx, { entityType: 'line', entityId: 'line-1', limit: 1, offset: 1 }),
    );
    expect(second.items.map((a) => a.id)).toEqual([made[1]!.id]);
    const cancelled = await t.db.tenant(TENANT_A, (tx) =>
      listActions(tx, { status: 'cancelled', limit: 10, offset: 0 }),
    );
    expect(cancelled).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(cancelled.items.map((a) => a.entityId)).toEqual(['line-2']);
    const all = await t.db.tenant(TENANT_B, (tx) => listActions(tx, { limit: 10, offset: 0 }));
    expect(all.total).toBe(1);
  });
});
