import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Tx } from '../../src/platform/db/db.ts';
import { exponentialBackoff } from '../../src/platform/jobs/backoff.ts';
import { enqueueJob, getJob, type Job } from '../../src/platform/jobs/job-store.ts';
import { createWorker, type JobFailure, type WorkerOptions } from '../../src/platform/jobs/worker.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { insertTenants, seconds, TENANT_A, TENANT_B } from './jobs-helpers.ts';

const T0 = '2026-03-01T08:00:00Z';

describe(`jobs (${testEngine})`, () => {
  let t: TestDb;
  const clock = new ManualClock(T0);

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db);
    await t.db.system(async (tx) => {
      // A test table for handler effects, without any unique constraint: a job that ran twice
      // would leave two rows.
      await tx.exec(`CREATE TABLE job_effects (job_id uuid NOT NULL, tenant_id uuid, seen_tenant text, note text);
                     GRANT SELECT, INSERT ON job_effects TO relais_app;`);
    });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    clock.set(T0);
    await t.db.system((tx) => tx.exec('DELETE FROM jobs; DELETE FROM job_effects;'));
  });

  const record = async (tx: Tx, job: Job, note = 'ran'): Promise<void> => {
    await tx.query(
      `INSERT INTO job_effects (job_id, tenant_id, seen_tenant, note)
       VALUES ($1, $2, current_setting('relais.tenant_id', true), $3)`,
      [job.id, job.tenantId, note],
    );
  };

  const worker = (opts: Partial<WorkerOptions> = {}) =>
    createWorker({ db: t.db, clock, handlers: { 'test.record': (tx, job) => record(tx, job) }, ...opts });

  const jobsByKind = (kind: string) =>
    t.db.system((tx) =>
      tx.query<{ id: string; status: string; attempts: number; last_error: string | null; run_at: Date }>(
        'SELECT id, status, attempts, last_error, run_at FROM jobs WHERE kind = $1 ORDER BY created_at, id',
        [kind],
      ),
    );

  const effects = () =>
    t.db.system((tx) =>
      tx.query<{ job_id: string; tenant_id: string | null; seen_tenant: string | null; note: string }>(
        'SELECT * FROM job_effects',
      ),
    );

  describe('enqueueJob', () => {
    it('inserts from a tenant transaction, which can neither read nor change jobs', async () => {
      await t.db.tenant(TENANT_A, (tx) =>
        enqueueJob(tx, { kind: 'test.record', payload: { n: 1 }, runAt: clock.now(), now: clock.now() }),
      );
      const [job] = await jobsByKind('test.record');
      expect(job?.status).toBe('pending');
      const stored = await t.db.system((tx) => getJob(tx, job!.id));
      expect(stored).toMatchObject({ tenantId: TENANT_A, payload: { n: 1 }, attempts: 0, maxAttempts: 5 });
      await expect(t.db.tenant(TENANT_A, (tx) => tx.query('SELECT * FROM jobs'))).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        t.db.tenant(TENANT_A, (tx) => tx.query(`UPDATE jobs SET status = 'done'`)),
      ).rejects.toThrow(/permission denied/);
    });

    it('a tenant cannot enqueue for another tenant or a tenant-less job', async () => {
      await expect(
        t.db.tenant(TENANT_A, (tx) => enqueueJob(tx, { kind: 'x', tenantId: TENANT_B, runAt: clock.now() })),
      ).rejects.toThrow(/own tenant/);
      await expect(
        t.db.tenant(TENANT_A, (tx) => enqueueJob(tx, { kind: 'x', tenantId: null, runAt: clock.now() })),
      ).rejects.toThrow(/own tenant/);
      // And the database says the same when the check above is bypassed.
      await expect(
        t.db.tenant(TENANT_A, (tx) =>
          tx.query(
            `INSERT INTO jobs (id, tenant_id, kind, run_at, created_at) VALUES (gen_random_uuid(), $1, 'x', $2, $2)`,
            [TENANT_B, clock.now()],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it('a dedupe key makes a second enqueue a no-op under RLS, per tenant', async () => {
      const enqueue = (tenant: string) =>
        t.db.tenant(tenant, (tx) =>
          enqueueJob(tx, {
            kind: 'test.dedupe',
            runAt: clock.now(),
            dedupeKey: 'order:42',
            payload: { tenant },
          }),
        );
      await enqueue(TENANT_A);
      await enqueue(TENANT_A);
      await t.db.tenant(TENANT_A, async (tx) => {
        await enqueueJob(tx, { kind: 'test.dedupe', runAt: clock.now(), dedupeKey: 'order:43' });
        await enqueueJob(tx, { kind: 'test.dedupe', runAt: clock.now(), dedupeKey: 'order:43' });
      });
      // Keys are per tenant: another tenant choosing the same key still gets its job.
      await enqueue(TENANT_B);
      const rows = await t.db.system((tx) =>
        tx.query<{ dedupe_key: string; tenant_id: string }>(
          `SELECT dedupe_key, tenant_id FROM jobs WHERE kind = 'test.dedupe' ORDER BY dedupe_key, tenant_id`,
        ),
      );
      expect(rows).toEqual([
        { dedupe_key: 'order:42', tenant_id: TENANT_A },
        { dedupe_key: 'order:42', tenant_id: TENANT_B },
        { dedupe_key: 'order:43', tenant_id: TENANT_A },
      ]);
    });

    it('a rolled-back business transaction leaves no job', async () => {
      await expect(
        t.db.tenant(TENANT_A, async (tx) => {
          await enqueueJob(tx, { kind: 'test.record', runAt: clock.now() });
          throw new Error('business rule refused');
        }),
      ).rejects.toThrow('business rule refused');
      expect(await jobsByKind('test.record')).toEqual([]);
    });
  });

  describe('worker', () => {
    it('runs a job only once it is due, scoped to its tenant, and marks it done', async () => {
      await t.db.tenant(TENANT_A, (tx) =>
        enqueueJob(tx, { kind: 'test.record', runAt: new Date(Date.parse(T0) + seconds(3600)) }),
      );
      await t.db.system((tx) => enqueueJob(tx, { kind: 'test.record', tenantId: null, runAt: clock.now() }));
      const w = worker();
      expect(await w.runDue()).toBe(1); // the tenant-less one, due now
      expect(await w.runDue()).toBe(0);
      clock.advance(seconds(3599));
      expect(await w.runDue()).toBe(0);
      clock.advance(seconds(1));
      expect(await w.runDue()).toBe(1);
      expect(await w.runDue()).toBe(0);

      const seen = await effects();
      expect(seen).toHaveLength(2);
      expect(seen.find((e) => e.tenant_id === TENANT_A)?.seen_tenant).toBe(TENANT_A);
      expect(seen.find((e) => e.tenant_id === null)?.seen_tenant ?? '').toBe('');
      const jobs = await jobsByKind('test.record');
      expect(jobs.map((j) => [j.status, j.attempts])).toEqual([
        ['done', 1],
        ['done', 1],
      ]);
    });

    it('a handler runs under RLS: it cannot write for another tenant', async () => {
      await t.db.tenant(TENANT_A, (tx) =>
        enqueueJob(tx, { kind: 'test.cross', runAt: clock.now(), maxAttempts: 1 }),
      );
      const w = worker({
        handlers: {
          'test.cross': async (tx) => {
            await tx.query(
              `INSERT INTO audit_events (tenant_id, id, at, actor_type, actor_label, entity_type, entity_id, action)
               VALUES ($1, gen_random_uuid(), $2, 'system', 'x', 'x', 'x', 'x')`,
              [TENANT_B, clock.now()],
            );
          },
        },
      });
      expect(await w.runDue()).toBe(1);
      const [job] = await jobsByKind('test.cross');
      expect(job?.status).toBe('failed');
      expect(job?.last_error).toMatch(/row-level security/);
    });

    it('crash-safety: a handler that throws after writing leaves no partial write', async () => {
      await t.db.tenant(TENANT_A, (tx) => enqueueJob(tx, { kind: 'test.half', runAt: clock.now() }));
      const w = worker({
        handlers: {
          'test.half': async (tx, job) => {
            await record(tx, job, 'half');
            throw new Error('crashed half-way');
          },
        },
      });
      expect(await w.runDue()).toBe(1);
      expect(await effects()).toEqual([]);
      const [job] = await jobsByKind('test.half');
      expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: crashed half-way' });
    });

    it('an SQL error inside the handler (aborted transaction) is recorded like any other', async () => {
      await t.db.tenant(TENANT_A, (tx) => enqueueJob(tx, { kind: 'test.sql', runAt: clock.now() }));
      const w = worker({
        handlers: {
          'test.sql': async (tx) => {
            await tx.query('SELECT * FROM no_such_table');
          },
        },
      });
      expect(await w.runDue()).toBe(1);
      const [job] = await jobsByKind('test.sql');
      expect(job?.status).toBe('pending');
      expect(job?.attempts).toBe(1);
      expect(job?.last_error).toMatch(/no_such_table/);
    });

    it('retries with exponential backoff on the clock, then fails after max attempts', async () => {
      await t.db.tenant(TENANT_A, (tx) =>
        enqueueJob(tx, { kind: 'test.flaky', runAt: clock.now(), maxAttempts: 4 }),
      );
      const failures: JobFailure[] = [];
      let calls = 0;
      const w = worker({
        backoff: exponentialBackoff(seconds(10), seconds(25)),
        handlers: {
          'test.flaky': {
            run: async (tx, job, ctx) => {
              calls += 1;
              expect(ctx.attempt).toBe(calls);
              await record(tx, job);
              throw new Error(`try ${ctx.attempt} failed`);
            },
            onFailure: async (tx, _job, failure) => {
              // The hook runs scoped to the job's tenant.
              expect(tx.tenantId).toBe(TENANT_A);
              failures.push(failure);
            },
          },
        },
      });
      const state = async () => (await jobsByKind('test.flaky'))[0]!;

      expect(await w.runDue()).toBe(1);
      expect(await state()).toMatchObject({
        status: 'pending',
        attempts: 1,
        last_error: 'Error: try 1 failed',
      });
      expect((await state()).run_at).toEqual(new Date(Date.parse(T0) + seconds(10)));

      // Not due before the backoff has elapsed, however often the worker looks.
      clock.advance(seconds(9));
      expect(await w.runDue()).toBe(0);
      clock.advance(seconds(1));
      expect(await w.runDue()).toBe(1);
      expect(await state()).toMatchObject({ attempts: 2 });
      expect((await state()).run_at).toEqual(new Date(clock.now().getTime() + seconds(20)));

      clock.advance(seconds(20));
      expect(await w.runDue()).toBe(1);
      // 40 s capped at 25 s.
      expect((await state()).run_at).toEqual(new Date(clock.now().getTime() + seconds(25)));

      clock.advance(seconds(25));
      expect(await w.runDue()).toBe(1);
      const final = await state();
      expect(final).toMatchObject({ status: 'failed', attempts: 4, last_error: 'Error: try 4 failed' });
      const failedAt = clock.now();

      clock.advance(seconds(3600));
      expect(await w.runDue()).toBe(0);
      expect(calls).toBe(4);
      expect(failures.map((f) => [f.attempt, f.final])).toEqual([
        [1, false],
        [2, false],
        [3, false],
        [4, true],
      ]);
      expect(await effects()).toEqual([]);
      const stored = await t.db.system((tx) => getJob(tx, final.id));
      expect(stored?.finishedAt).toEqual(failedAt);
    });

    it('a failing failure hook does not stop the failure from being counted', async () => {
      await t.db.tenant(TENANT_A, (tx) =>
        enqueueJob(tx, { kind: 'test.hook', runAt: clock.now(), maxAttempts: 2 }),
      );
      const w = worker({
        handlers: {
          'test.hook': {
            run: async () => {
              throw new Error('handler');
            },
            onFailure: async () => {
              throw new Error('hook');
            },
          },
        },
      });
      expect(await w.runDue()).toBe(1);
      expect((await jobsByKind('test.hook'))[0]).toMatchObject({ attempts: 1, last_error: 'Error: handler' });
    });

    it('an unknown job kind fails at once with a clear error', async () => {
      await t.db.tenant(TENANT_A, (tx) => enqueueJob(tx, { kind: 'test.nobody', runAt: clock.now() }));
      expect(await worker().runDue()).toBe(1);
      const [job] = await jobsByKind('test.nobody');
      expect(job).toMatchObject({ status: 'failed', attempts: 1 });
      expect(job?.last_error).toMatch(/unknown job kind "test.nobody"/);
    });

    it('runs each of 1,000 jobs exactly once with two worker instances on one Db', async () => {
      await t.db.system(async (tx) => {
        await tx.query(
          `INSERT INTO jobs (id, tenant_id, kind, run_at, created_at)
           SELECT gen_random_uuid(), CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END, 'test.record', $3, $3
           FROM generate_series(1, 1000) AS i`,
          [TENANT_A, TENANT_B, clock.now()],
        );
      });
      const one = worker();
      const two = worker();
      // Each calls runDue several times at once too: all of them compete for the same rows.
      const counts = await Promise.all([one.runDue(), two.runDue(), one.runDue(), two.runDue()]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
      const stats = await t.db.system((tx) =>
        tx.one<{ n: number; jobs: number; wrong_tenant: number }>(
          `SELECT count(*)::int AS n, count(DISTINCT job_id)::int AS jobs,
                  count(*) FILTER (WHERE seen_tenant <> tenant_id::text)::int AS wrong_tenant
           FROM job_effects`,
        ),
      );
      expect(stats).toEqual({ n: 1000, jobs: 1000, wrong_tenant: 0 });
      const status = await t.db.system((tx) =>
        tx.query<{ status: string; attempts: number; n: number }>(
          `SELECT status, attempts, count(*)::int AS n FROM jobs GROUP BY status, attempts`,
        ),
      );
      expect(status).toEqual([{ status: 'done', attempts: 1, n: 1000 }]);
    });

    it('start() polls, tick() runs sweeps, and stop() waits for the running job', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const started = new Promise<void>((resolve) => (entered = resolve));
      let swept = 0;
      const w = worker({
        pollIntervalMs: 5,
        handlers: {
          'test.slow': async (tx, job) => {
            entered();
            await gate;
            await record(tx, job, 'slow');
          },
        },
        sweeps: [
          {
            name: 'count',
            run: async () => {
              swept += 1;
              return 0;
            },
          },
        ],
      });
      w.start();
      expect(w.running).toBe(true);
      await t.db.tenant(TENANT_A, (tx) => enqueueJob(tx, { kind: 'test.slow', runAt: clock.now() }));
      await started;
      let stopped = false;
      const stopping = w.stop().then(() => (stopped = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect(w.running).toBe(false);
      expect(swept).toBeGreaterThan(0);
      expect((await effects()).map((e) => e.note)).toEqual(['slow']);
      expect((await jobsByKind('test.slow'))[0]?.status).toBe('done');
    });
  });

  it('exponentialBackoff doubles from the base and stops at the cap', () => {
    const b = exponentialBackoff(1000, 60_000);
    expect([1, 2, 3, 4, 5, 6, 7, 100].map(b)).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(() => exponentialBackoff(0, 10)).toThrow();
  });
});
