import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Db } from '../../src/platform/db/db.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { deliverOutbox } from '../../src/platform/notify/deliver.ts';
import { createMailer, messageIdFor } from '../../src/platform/notify/mailer.ts';
import { createTestDatabaseUrl, testEngine } from '../support/db.ts';
import { startSmtpPeer, type SmtpPeer } from '../support/smtp.ts';
import type { CrashChildOptions } from '../support/fixtures-worker/outbox-crash.ts';
import { insertTenants, TENANT_A } from './jobs-helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'test/support/fixtures-worker/outbox-crash.ts');
const FROM = 'Relais <no-reply@relais.test>';
const NOW = '2026-02-02T09:00:00Z';
const COUNT = 20;

/**
 * The same database from two processes in turn: a PostgreSQL test database, or (PGlite) a data
 * directory under the OS temp dir that the second process reopens after the first was killed.
 */
interface SharedDb {
  child: Pick<CrashChildOptions, 'url' | 'dataDir'>;
  open(): Promise<Db>;
  drop(): Promise<void>;
}

async function createSharedDb(): Promise<SharedDb> {
  if (testEngine === 'postgres') {
    const { url, drop } = await createTestDatabaseUrl();
    return { child: { url }, open: () => openPostgres(url, 3), drop };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'relais-crash-'));
  return {
    child: { dataDir },
    open: () => openPglite(dataDir),
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

function spawnChild(options: CrashChildOptions): {
  child: ChildProcessWithoutNullStreams;
  waitFor(line: string): Promise<void>;
  exited: Promise<NodeJS.Signals | number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(options)], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const seen = new Set<string>();
  const waiters = new Map<string, () => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    seen.add(line);
    waiters.get(line)?.();
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  return {
    child,
    exited,
    waitFor: (line) =>
      Promise.race([
        new Promise<void>((resolve) => (seen.has(line) ? resolve() : waiters.set(line, resolve))),
        exited.then((how) => {
          throw new Error(`child exited (${String(how)}) before "${line}": ${stderr}`);
        }),
      ]),
  };
}

describe(`outbox survives a killed process (${testEngine})`, () => {
  let shared: SharedDb;
  let smtp: SmtpPeer;
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    shared = await createSharedDb();
    const db = await shared.open();
    await migrate(db);
    await insertTenants(db, [TENANT_A]);
    await db.close();
  });
  afterAll(() => shared?.drop());

  beforeEach(async () => {
    const db = await shared.open();
    await db.system((tx) => tx.exec('DELETE FROM outbox'));
    await db.close();
    smtp = await startSmtpPeer();
    cleanup.push(() => smtp.close());
  });
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  /**
   * Runs delivery in this process against the same database, as the restarted worker would: one
   * pass at each instant, then the rows.
   */
  async function recover(smtpUrl: string, instants: Date[]) {
    const db = await shared.open();
    const mailer = createMailer({ smtpUrl, mailFrom: FROM });
    try {
      const passes = [];
      for (const at of instants) {
        passes.push(await deliverOutbox({ db, clock: new ManualClock(at), mailer, batchSize: 50 }));
      }
      const rows = await db.system((tx) =>
        tx.query<{ id: string; status: string }>(`SELECT id, status FROM outbox ORDER BY id`),
      );
      return { passes, rows };
    } finally {
      await mailer.close();
      await db.close();
    }
  }

  const at = (ms: number) => new Date(Date.parse(NOW) + ms);

  it(
    'SMTP down, process killed: every e-mail is delivered exactly once afterwards',
    { timeout: 60_000 },
    async () => {
      // An address where nothing listens.
      const down = await startSmtpPeer();
      await down.close();
      const child = spawnChild({
        ...shared.child,
        tenantId: TENANT_A,
        smtpUrl: down.url,
        mailFrom: FROM,
        count: COUNT,
        now: NOW,
        mode: 'smtp-down',
      });
      cleanup.push(async () => void child.child.kill('SIGKILL'));
      await child.waitFor('attempted');
      child.child.kill('SIGKILL');
      expect(await child.exited).toBe('SIGKILL');

      // Not before the first backoff (30 s), then all of them, then nothing more.
      const { passes, rows } = await recover(smtp.url, [at(29_000), at(30_000), at(86_400_000)]);
      expect(passes.map((p) => p.claimed)).toEqual([0, COUNT, 0]);
      expect(passes[1]).toEqual({ claimed: COUNT, sent: COUNT, retrying: 0, failed: 0 });
      expect(rows).toHaveLength(COUNT);
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      const ids = smtp.messages.map((m) => m.messageId);
      expect(ids).toHaveLength(COUNT);
      expect(new Set(ids)).toEqual(new Set(rows.map((r) => messageIdFor(r.id, FROM))));
    },
  );

  it(
    'killed between the SMTP acceptance and the commit: the one message in flight is resent with the same Message-ID',
    { timeout: 60_000 },
    async () => {
      const child = spawnChild({
        ...shared.child,
        tenantId: TENANT_A,
        smtpUrl: smtp.url,
        mailFrom: FROM,
        count: COUNT,
        now: NOW,
        mode: 'hang-after-first-send',
      });
      cleanup.push(async () => void child.child.kill('SIGKILL'));
      await child.waitFor('sent-one');
      child.child.kill('SIGKILL');
      expect(await child.exited).toBe('SIGKILL');
      expect(smtp.messages).toHaveLength(1);

      // The dead worker's lease (5 min) must pass before the messages it claimed are due again.
      const { passes, rows } = await recover(smtp.url, [at(60_000), at(5 * 60_000), at(86_400_000)]);
      expect(passes.map((p) => p.claimed)).toEqual([0, COUNT, 0]);
      expect(passes[1]).toEqual({ claimed: COUNT, sent: COUNT, retrying: 0, failed: 0 });
      expect(rows.every((r) => r.status === 'sent')).toBe(true);

      // At least once: 21 SMTP deliveries, 20 distinct Message-IDs; the duplicate is the message
      // that was in flight, and a receiver de-duplicating on Message-ID sees each exactly once.
      const ids = smtp.messages.map((m) => m.messageId);
      expect(ids).toHaveLength(COUNT + 1);
      expect(new Set(ids)).toEqual(new Set(rows.map((r) => messageIdFor(r.id, FROM))));
      const inFlight = smtp.messages[0]!.messageId;
      expect(ids.filter((id) => id === inFlight)).toHaveLength(2);
    },
  );
});
