import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Db } from '../../src/platform/db/db.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { enqueueJob } from '../../src/platform/jobs/job-store.ts';
import type { JobHandler } from '../../src/platform/jobs/worker.ts';
import { createPlatformWorker, type PlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { deliverOutbox } from '../../src/platform/notify/deliver.ts';
import { createMailer, messageIdFor, type Mailer } from '../../src/platform/notify/mailer.ts';
import { enqueueEmail } from '../../src/platform/notify/outbox.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { startSmtpPeer, type SmtpPeer } from '../support/smtp.ts';
import { insertTenants, seconds, TENANT_A } from './jobs-helpers.ts';

/**
 * Issue 12: an alert reaches its peer within half a second of its commit. The worker polls every
 * minute here, so only the commit signal (migration 0070's NOTIFY, heard through Db.listen) can
 * bring a message to the SMTP peer within the few seconds these tests allow.
 */
const FROM = 'Relais <no-reply@relais.test>';
const POLL_MS = 60_000;
/** Far below the poll: a message this late was not woken by its commit. */
const WITHIN_MS = 5_000;

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = WITHIN_MS) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe(`the worker wakes when work is committed (${testEngine})`, () => {
  let t: TestDb;
  let smtp: SmtpPeer;
  const clock = new ManualClock('2026-09-14T08:00:00Z');
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db, [TENANT_A]);
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await t.db.system((tx) => tx.exec('DELETE FROM outbox; DELETE FROM jobs'));
    smtp = await startSmtpPeer();
    cleanup.push(() => smtp.close());
  });
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  const email = (db: Db, i: number) =>
    db.tenant(TENANT_A, (tx) =>
      enqueueEmail(tx, {
        to: `client${i}@example.fr`,
        subject: `Alerte ${i}`,
        text: `80 % de votre forfait ${i}`,
        template: 'usage.data_alert',
        locale: 'fr',
        now: clock.now(),
      }),
    );
  const received = (id: string) => smtp.messages.find((m) => m.messageId === messageIdFor(id, FROM));

  /**
   * Starts the platform worker on `db` and returns once its first turn is over (the loop is then
   * asleep for a minute): a message delivered after that came through the wake.
   */
  async function startWorker(
    db: Db,
    handlers: Record<string, JobHandler> = {},
  ): Promise<{ worker: PlatformWorker; turns: () => number }> {
    let claims = 0;
    const counted: Db = { ...db, system: (fn) => (claims++, db.system(fn)) };
    const worker = createPlatformWorker(
      { config: { smtpUrl: smtp.url, mailFrom: FROM, dataDir: '/nonexistent' }, db: counted, clock },
      undefined,
      { pollIntervalMs: POLL_MS, mailboxDir: null, handlers },
    );
    worker.start();
    cleanup.push(() => worker.stop());
    // A turn: the due jobs, the e-mails, the SMS, the retention sweep (first turn only).
    await until('the first turn', () => (claims >= 4 ? true : undefined));
    let seen = -1;
    await until('the loop asleep', async () => {
      await new Promise((r) => setTimeout(r, 100));
      if (claims === seen) return true;
      seen = claims;
      return undefined;
    });
    return { worker, turns: () => claims };
  }

  it('an e-mail committed in this process reaches the SMTP peer long before the poll', async () => {
    const { turns } = await startWorker(t.db);
    const asleep = turns();
    const started = Date.now();
    const m = await email(t.db, 1);
    await until('the e-mail at the SMTP peer', () => received(m.id));
    expect(Date.now() - started).toBeLessThan(WITHIN_MS);
    expect(turns()).toBeGreaterThan(asleep);
    // Recorded right after the peer accepted it.
    await until('the e-mail recorded sent', async () => {
      const row = await t.db.system((tx) => tx.one<{ status: string }>(`SELECT status FROM outbox`));
      return row.status === 'sent' ? true : undefined;
    });
  });

  it('a job committed in this process runs long before the poll; a rolled-back one wakes nothing', async () => {
    const ran: string[] = [];
    const { turns } = await startWorker(t.db, {
      'test.ping': async (_tx, job) => void ran.push(String(job.payload.mark)),
    });
    const asleep = turns();
    // Rolled back: no signal, so the loop stays asleep.
    await t.db
      .tenant(TENANT_A, async (tx) => {
        await enqueueJob(tx, { kind: 'test.ping', runAt: clock.now() });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    expect(turns()).toBe(asleep);
    await t.db.tenant(TENANT_A, (tx) =>
      enqueueJob(tx, { kind: 'test.ping', runAt: clock.now(), payload: { mark: 'committed' } }),
    );
    await until('the job run', () => (ran.includes('committed') ? true : undefined));
    expect(ran).toEqual(['committed']);
  });

  describe.runIf(testEngine === 'postgres')('PostgreSQL: LISTEN/NOTIFY across connections', () => {
    let other: Db;
    beforeEach(async () => {
      // The worker's own pool and LISTEN connection, as `relais worker` in another process has.
      other = await openPostgres(t.url!, 2);
      cleanup.push(() => other.close());
    });

    const listeners = async () =>
      t.db.system((tx) =>
        tx.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'relais-listen'`,
        ),
      );

    it('a worker on another connection is woken by the NOTIFY of the commit', async () => {
      await startWorker(other);
      const started = Date.now();
      const messages = [];
      for (let i = 0; i < 3; i++) messages.push(await email(t.db, i));
      for (const m of messages) await until(`e-mail ${m.id}`, () => received(m.id));
      expect(Date.now() - started).toBeLessThan(WITHIN_MS);
    });

    it('the LISTEN connection comes back after it is cut, and the worker is woken again', async () => {
      await startWorker(other);
      const [listener] = await listeners();
      expect(listener).toBeDefined();
      const admin = new pg.Client({ connectionString: t.url });
      await admin.connect();
      cleanup.push(() => admin.end());
      await admin.query('SELECT pg_terminate_backend($1)', [listener!.pid]);
      await until('a new LISTEN connection', async () => {
        const now = await listeners();
        return now.length === 1 && now[0]!.pid !== listener!.pid ? true : undefined;
      });
      const m = await email(t.db, 7);
      await until('the e-mail at the SMTP peer', () => received(m.id));
    });
  });
});

describe(`delivery sends several messages at once (${testEngine})`, () => {
  let t: TestDb;
  let smtp: SmtpPeer;
  const clock = new ManualClock('2026-09-14T08:00:00Z');
  const mailers: Mailer[] = [];
  const COUNT = 20;

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db, [TENANT_A]);
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await t.db.system((tx) => tx.exec('DELETE FROM outbox'));
    smtp = await startSmtpPeer();
  });
  afterEach(async () => {
    for (const m of mailers.splice(0)) await m.close();
    await smtp.close();
  });

  const enqueue = async () => {
    for (let i = 0; i < COUNT; i++)
      await t.db.tenant(TENANT_A, (tx) =>
        enqueueEmail(tx, {
          to: `client${i}@example.fr`,
          subject: `Alerte ${i}`,
          text: `Corps ${i}`,
          template: 'usage.data_alert',
          locale: 'fr',
          now: clock.now(),
        }),
      );
  };
  const smtpMailer = (maxConnections: number) => {
    const m = createMailer({ smtpUrl: smtp.url, mailFrom: FROM, maxConnections });
    mailers.push(m);
    return m;
  };

  it('up to `concurrency` at a time, each message once, all recorded sent', async () => {
    await enqueue();
    const real = smtpMailer(4);
    let inFlight = 0;
    let most = 0;
    const mailer: Mailer = {
      transport: 'smtp',
      async send(message) {
        most = Math.max(most, ++inFlight);
        try {
          await real.send(message);
        } finally {
          inFlight--;
        }
      },
      close: () => real.close(),
    };
    const report = await deliverOutbox({ db: t.db, clock, mailer, batchSize: 50, concurrency: 4 });
    expect(report).toEqual({ claimed: COUNT, sent: COUNT, retrying: 0, failed: 0 });
    expect(most).toBe(4);
    expect(smtp.messages).toHaveLength(COUNT);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(COUNT);
    const rows = await t.db.system((tx) =>
      tx.query<{ status: string; attempts: number; transport: string }>(
        `SELECT status, attempts, transport FROM outbox`,
      ),
    );
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.transport === 'smtp')).toBe(true);
  });

  it('a worker that dies mid-batch resends only the messages it had in flight, after the lease', async () => {
    await enqueue();
    const real = smtpMailer(4);
    // Each message reaches the peer, then the worker "dies": nothing after the send ever runs.
    const dying: Mailer = {
      transport: 'smtp',
      async send(message) {
        await real.send(message);
        await new Promise<never>(() => undefined);
      },
      close: () => real.close(),
    };
    void deliverOutbox({ db: t.db, clock, mailer: dying, batchSize: 50, concurrency: 4 });
    await until('4 messages in flight', () => (smtp.messages.length === 4 ? true : undefined));
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages).toHaveLength(4);

    clock.advance(seconds(5 * 60));
    const report = await deliverOutbox({
      db: t.db,
      clock,
      mailer: smtpMailer(4),
      batchSize: 50,
      concurrency: 4,
    });
    expect(report).toEqual({ claimed: COUNT, sent: COUNT, retrying: 0, failed: 0 });
    const ids = smtp.messages.map((m) => m.messageId);
    expect(ids).toHaveLength(COUNT + 4);
    expect(new Set(ids).size).toBe(COUNT);
    const twice = [...new Set(ids)].filter((id) => ids.filter((x) => x === id).length === 2);
    expect(new Set(twice)).toEqual(new Set(ids.slice(0, 4)));
  });
});
