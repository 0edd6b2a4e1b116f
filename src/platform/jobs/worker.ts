/**
 * Durable jobs: rows in the `jobs` table, claimed with `SELECT … FOR UPDATE SKIP LOCKED`.
 *
 * Why this and not pg-boss: a job must be enqueued in the business change's own transaction (a
 * plan change and the job that applies it on the 1st commit together or not at all). pg-boss
 * enqueues through its own connection, and on PGlite it only runs through pglite-socket on the
 * single connection the application also needs. A plain table written with the caller's `Tx` works
 * the same on both engines with no extra connection, and lets a job's effects and its completion
 * commit in one transaction, which is what makes a job run exactly once.
 *
 * One job = one system transaction: claim (row lock) → run the handler scoped to the job's tenant →
 * mark done → commit. A crash or an error before the commit rolls back the handler's writes and the
 * lock with them, so the job is simply pending again. The failure is then recorded in a second,
 * separate transaction (attempts, last_error, next run with backoff, or `failed` at max_attempts).
 *
 * Handlers get the job's transaction and must do all their database work through it: opening
 * another transaction from inside a handler would deadlock on PGlite, which runs one at a time.
 *
 * A job that calls an outside system (an operator's API) never holds a transaction during the call
 * (issue 9 §5): on PGlite that would stall every request for as long as the operator takes, on
 * PostgreSQL pin a connection and its locks. Its spec has a `call` step: `run` claims (in the job's
 * transaction) and returns what to call, or nothing when there is nothing to call; the job is then
 * leased (run_at moved to the lease's end) and the claim commits; `call` runs outside any
 * transaction; `record` writes the outcome in a second transaction, with the job locked again and
 * marked done there. A failed call or record is a failed try (backoff, onFailure), like any other;
 * a worker that dies mid-call leaves the job to come back at the lease's end, so the call must be
 * idempotent at the outside system (the outbox's model, src/platform/notify/deliver.ts).
 */
import type { Clock } from '../clock.ts';
import { WORK_CHANNEL, type Db, type Tx } from '../db/db.ts';
import { defaultJobBackoff, type Backoff } from './backoff.ts';
import { claimDueJob, leaseJob, markJobDone, recordJobFailure, relockJob, type Job } from './job-store.ts';
import { errorText, silentLogger, type WorkerLogger } from './logger.ts';

export interface JobContext {
  clock: Clock;
  /** The instant the job started; use it rather than reading the clock again. */
  now: Date;
  /** 1 for the first try. */
  attempt: number;
  logger: WorkerLogger;
}

export type JobRun = (tx: Tx, job: Job, ctx: JobContext) => Promise<void>;

/** A job that calls outside: what `run` claimed is called, then recorded (see the file's comment). */
export interface JobCall {
  /** Outside any transaction. Throws to fail the try (retried with backoff). */
  call: (claimed: unknown, ctx: JobContext) => Promise<unknown>;
  /** In the recording transaction (scoped to the job's tenant). */
  record: (tx: Tx, job: Job, claimed: unknown, outcome: unknown, ctx: JobContext) => Promise<void>;
  /** How long a call may take before another worker may take the job over (default 5 min). */
  leaseMs?: number;
}

export interface JobFailure {
  error: string;
  attempt: number;
  /** True when this was the last try: the job is now `failed`. */
  final: boolean;
  retryAt: Date | null;
  now: Date;
}

export interface JobHandlerSpec {
  /** With `outside`: the claim, returning what to call (undefined: nothing to call, the job is done). */
  run: JobRun | ((tx: Tx, job: Job, ctx: JobContext) => Promise<unknown>);
  outside?: JobCall;
  /**
   * Called in the transaction that records a failed try (scoped to the job's tenant), e.g. to mark
   * the business object failed after the last try. The handler's own writes are already rolled back.
   */
  onFailure?: (tx: Tx, job: Job, failure: JobFailure) => Promise<void>;
  backoff?: Backoff;
}

export type JobHandler = JobRun | JobHandlerSpec;

/** Other due work the worker loop runs on each tick (outbox delivery). Returns how much it did. */
export interface WorkerSweep {
  name: string;
  run: (limit: number) => Promise<number>;
  /**
   * Runs in a loop of its own beside the jobs' and the other sweeps' (once started), so its work
   * never waits behind a turn of jobs: issue 12's alerts must not queue behind the block commands
   * their import also scheduled. tick() still runs it in turn, after the jobs.
   */
  ownLoop?: boolean;
}

export interface WorkerOptions {
  db: Db;
  clock: Clock;
  handlers: Readonly<Record<string, JobHandler>>;
  logger?: WorkerLogger;
  /** Sleep between ticks when there was nothing to do. */
  pollIntervalMs?: number;
  /** Most jobs run per tick before the loop gives the sweeps a turn; also the sweeps' limit. */
  batchSize?: number;
  backoff?: Backoff;
  sweeps?: readonly WorkerSweep[];
  /**
   * While the loop runs, it goes at once when a transaction that wrote jobs or outbox rows
   * commits (Db.listen on this channel, sent by migration 0070's triggers) instead of waiting out
   * its poll: issue 12's alerts must reach their peer within half a second of the commit. The poll
   * stays as the safety net (a signal lost while the listener reconnects delays, never loses).
   * Default WORK_CHANNEL; null polls only.
   */
  wakeChannel?: string | null;
}

export interface Worker {
  start(): void;
  /** Stops the loop after the job (or sweep) in progress has committed or rolled back. */
  stop(): Promise<void>;
  /** Runs every job due now (up to `limit`), one transaction each; returns how many ran. */
  runDue(limit?: number): Promise<number>;
  /** One turn of the loop: due jobs, then each sweep. Returns the total work done. */
  tick(): Promise<number>;
  /** There is new work: the loop takes its next turn now rather than after its poll interval. */
  wake(): void;
  readonly running: boolean;
}

type Outcome = 'none' | 'done' | 'failed' | 'retry';

/** Longer than an operator's timeouts, so a slow call is never taken over by another worker. */
export const DEFAULT_CALL_LEASE_MS = 5 * 60_000;

function specOf(handler: JobHandler | undefined): JobHandlerSpec | undefined {
  if (handler === undefined) return undefined;
  return typeof handler === 'function' ? { run: handler } : handler;
}

export function createWorker(options: WorkerOptions): Worker {
  const { db, clock } = options;
  const logger = options.logger ?? silentLogger;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const batchSize = options.batchSize ?? 50;
  const backoff = options.backoff ?? defaultJobBackoff;
  const sweeps = options.sweeps ?? [];
  const wakeChannel = options.wakeChannel === undefined ? WORK_CHANNEL : options.wakeChannel;

  let loop: Promise<void> | undefined;
  let stopping = false;
  let listening: Promise<(() => Promise<void>) | undefined> | undefined;
  const loops: Loop[] = [];

  function wake(): void {
    for (const l of loops) l.wake();
  }

  async function runOne(cutoff: Date): Promise<Outcome> {
    let claimed: Job | undefined;
    let pendingCall: { job: Job; spec: JobHandlerSpec; claim: unknown; ctx: JobContext } | undefined;
    try {
      const outcome = await db.system(async (tx): Promise<Outcome> => {
        const job = await claimDueJob(tx, cutoff);
        if (!job) return 'none';
        claimed = job;
        const now = clock.now();
        const spec = specOf(options.handlers[job.kind]);
        if (!spec) {
          // No retry: a kind nobody handles will not start being handled by waiting.
          const error = `unknown job kind "${job.kind}": no handler is registered`;
          await recordJobFailure(tx, { id: job.id, seenAttempts: job.attempts, error, retryAt: null, now });
          logger.error({ jobId: job.id, kind: job.kind, tenantId: job.tenantId }, 'job failed: unknown kind');
          return 'failed';
        }
        const ctx: JobContext = { clock, now, attempt: job.attempts + 1, logger };
        const result =
          job.tenantId !== null
            ? await tx.scoped(job.tenantId, (scoped) => spec.run(scoped, job, ctx))
            : await spec.run(tx, job, ctx);
        if (spec.outside && result !== undefined) {
          // Claimed: lease the job and commit before calling outside.
          await leaseJob(
            tx,
            job.id,
            new Date(now.getTime() + (spec.outside.leaseMs ?? DEFAULT_CALL_LEASE_MS)),
          );
          pendingCall = { job, spec, claim: result, ctx };
          return 'done';
        }
        await markJobDone(tx, job.id, now);
        return 'done';
      });
      if (pendingCall) {
        const { spec: s, claim, ctx } = pendingCall;
        const outside = s.outside as JobCall;
        const outcome = await outside.call(claim, ctx);
        const recordCtx: JobContext = { ...ctx, now: clock.now() };
        const job = pendingCall.job;
        await db.system(async (tx) => {
          // Taken over (the lease ended) or recorded meanwhile: the other run's record stands.
          if (!(await relockJob(tx, job.id, job.attempts))) {
            logger.warn(
              { jobId: job.id, kind: job.kind },
              'job changed during its call; outcome not recorded',
            );
            return;
          }
          if (job.tenantId !== null)
            await tx.scoped(job.tenantId, (scoped) => outside.record(scoped, job, claim, outcome, recordCtx));
          else await outside.record(tx, job, claim, outcome, recordCtx);
          await markJobDone(tx, job.id, recordCtx.now);
        });
      }
      return outcome;
    } catch (err) {
      // Failing before a job was claimed means the database itself is failing: let the loop see it.
      if (!claimed) throw err;
      await recordFailure(claimed, err);
      return 'retry';
    }
  }

  /**
   * Runs after the job's transaction rolled back, which released the row lock: another worker may
   * claim the job again before this write. That only shortens one backoff (its run is a whole
   * transaction too); the attempts guard in recordJobFailure keeps the count right.
   */
  async function recordFailure(job: Job, err: unknown): Promise<void> {
    const spec = specOf(options.handlers[job.kind]);
    const now = clock.now();
    const attempt = job.attempts + 1;
    const final = attempt >= job.maxAttempts;
    const retryAt = final ? null : new Date(now.getTime() + (spec?.backoff ?? backoff)(attempt));
    const failure: JobFailure = { error: errorText(err), attempt, final, retryAt, now };
    const write = (withHook: boolean): Promise<boolean> =>
      db.system(async (tx) => {
        const recorded = await recordJobFailure(tx, {
          id: job.id,
          seenAttempts: job.attempts,
          error: failure.error,
          retryAt,
          now,
        });
        const hook = spec?.onFailure;
        if (recorded && withHook && hook) {
          if (job.tenantId !== null) await tx.scoped(job.tenantId, (scoped) => hook(scoped, job, failure));
          else await hook(tx, job, failure);
        }
        return recorded;
      });
    let recorded: boolean;
    try {
      recorded = await write(true);
    } catch (hookErr) {
      // A failing hook must not keep the job from being counted, or it would retry without end.
      logger.error({ jobId: job.id, kind: job.kind, error: errorText(hookErr) }, 'job failure hook failed');
      recorded = await write(false);
    }
    const fields = { jobId: job.id, kind: job.kind, tenantId: job.tenantId, attempt, error: failure.error };
    if (!recorded) logger.debug(fields, 'job changed meanwhile; failure not recorded');
    else if (final) logger.error(fields, 'job failed after its last attempt');
    else logger.warn({ ...fields, retryAt: retryAt?.toISOString() }, 'job failed; will retry');
  }

  async function runDue(limit = Number.POSITIVE_INFINITY): Promise<number> {
    // One cut-off for the whole pass, so a job that keeps re-enqueueing itself "now" cannot keep a
    // pass going forever; it is picked up by the next pass.
    const cutoff = clock.now();
    let ran = 0;
    while (ran < limit && !stopping) {
      const outcome = await runOne(cutoff);
      if (outcome === 'none') break;
      ran += 1;
    }
    return ran;
  }

  async function runSweeps(list: readonly WorkerSweep[]): Promise<number> {
    let work = 0;
    for (const sweep of list) {
      if (stopping) break;
      try {
        work += await sweep.run(batchSize);
      } catch (err) {
        logger.error({ sweep: sweep.name, error: errorText(err) }, 'worker sweep failed');
      }
    }
    return work;
  }

  async function tick(): Promise<number> {
    return (await runDue(batchSize)) + (await runSweeps(sweeps));
  }

  /** A loop over `turn`: again at once while busy or woken, else asleep for the poll interval. */
  interface Loop {
    wake(): void;
    run(): Promise<void>;
  }
  function makeLoop(turn: () => Promise<number>): Loop {
    /** Ends the current sleep early. */
    let interruptSleep: (() => void) | undefined;
    /** A signal came since the current turn began: that turn may have looked before the commit. */
    let signalled = false;
    function sleep(ms: number): Promise<void> {
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done(): void {
          clearTimeout(timer);
          interruptSleep = undefined;
          resolve();
        }
        interruptSleep = done;
        // Stopped between the check and here: do not sleep out the interval.
        if (stopping) done();
      });
    }
    return {
      wake() {
        signalled = true;
        interruptSleep?.();
      },
      async run() {
        while (!stopping) {
          signalled = false;
          let work = 0;
          let failed = false;
          try {
            work = await turn();
          } catch (err) {
            failed = true;
            logger.error({ error: errorText(err) }, 'worker tick failed');
          }
          // Busy, or signalled during the turn (its commit may have come after the turn looked):
          // go again at once. Idle (or failing): wait, so an outage is not a hot loop.
          if (!stopping && (failed || (work === 0 && !signalled))) await sleep(pollIntervalMs);
        }
      },
    };
  }

  async function runLoops(): Promise<void> {
    const inline = sweeps.filter((s) => !s.ownLoop);
    const own = sweeps.filter((s) => s.ownLoop);
    loops.length = 0;
    loops.push(makeLoop(async () => (await runDue(batchSize)) + (await runSweeps(inline))));
    // One loop each: a sweep that is busy (a slow peer) never holds up another (issue 12).
    for (const sweep of own) loops.push(makeLoop(() => runSweeps([sweep])));
    await Promise.all(loops.map((l) => l.run()));
  }

  function listen(): void {
    if (wakeChannel === null || listening) return;
    listening = db
      .listen(wakeChannel, wake, (err) =>
        logger.warn(
          { error: errorText(err) },
          'worker: commit signals lost; reconnecting (polling meanwhile)',
        ),
      )
      .catch((err: unknown) => {
        logger.warn({ error: errorText(err) }, 'worker: cannot listen for commits; polling only');
        return undefined;
      });
  }

  async function unlisten(): Promise<void> {
    const stop = await listening;
    listening = undefined;
    await stop?.().catch(() => undefined);
  }

  return {
    start() {
      if (loop) return;
      stopping = false;
      logger.info(
        { handlers: Object.keys(options.handlers), sweeps: sweeps.map((s) => s.name) },
        'worker started',
      );
      listen();
      loop = runLoops();
    },
    async stop() {
      const wasRunning = loop !== undefined;
      stopping = true;
      wake();
      await unlisten();
      if (loop) await loop;
      loop = undefined;
      // Direct runDue() calls (tests, CLI) may run again after a stop.
      stopping = false;
      if (wasRunning) logger.info({}, 'worker stopped');
    },
    runDue,
    tick,
    wake,
    get running() {
      return loop !== undefined;
    },
  };
}
