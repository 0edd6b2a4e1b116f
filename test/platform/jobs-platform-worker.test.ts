import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import { createActionRegistry, registerAction, scheduleAction } from '../../src/platform/jobs/actions.ts';
import { enqueueJob } from '../../src/platform/jobs/job-store.ts';
import { createPlatformWorker, startPlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { enqueueTemplateEmail } from '../../src/platform/notify/outbox.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { insertTenants, TENANT_A } from './jobs-helpers.ts';

describe(`platform worker (${testEngine})`, () => {
  let t: TestDb;
  let dataDir: string;
  const clock = new ManualClock('2026-05-01T00:00:00Z');

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db, [TENANT_A]);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relais-data-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('one loop runs due actions, other jobs and outbox delivery (local mailbox under the data dir)', async () => {
    const actions = createActionRegistry();
    // The action's e-mail is written in the same transaction as the action's effect.
    registerAction(actions, 'lines.terminate', async (tx, action, ctx) => {
      await enqueueTemplateEmail(tx, {
        to: 'client@example.fr',
        template: 'demo.welcome',
        locale: 'fr',
        data: { tenantName: 'Démo', slug: action.entityId },
        now: ctx.now,
      });
      return { terminated: action.entityId };
    });
    const ran: string[] = [];
    const deps = {
      config: { smtpUrl: undefined, mailFrom: 'Relais <no-reply@relais.local>', dataDir },
      db: t.db,
      clock,
    };
    // A pino logger is accepted as is (the server passes app.log).
    const worker = createPlatformWorker({ ...deps, actions }, pino({ level: 'silent' }), {
      handlers: { 'test.ping': async (_tx, job) => void ran.push(job.id) },
    });
    expect(worker.mailer.transport).toBe('local');

    await t.db.tenant(TENANT_A, async (tx) => {
      await scheduleAction(tx, actions, {
        kind: 'lines.terminate',
        entityType: 'line',
        entityId: 'line-9',
        effectiveAt: clock.now(),
        createdBy: 'system',
        now: clock.now(),
      });
      await enqueueJob(tx, { kind: 'test.ping', runAt: clock.now() });
    });
    // Jobs first (which write the e-mail), then the delivery sweep, in one tick.
    expect(await worker.tick()).toBe(3);
    expect(ran).toHaveLength(1);
    const outbox = await t.db.system((tx) =>
      tx.query<{ id: string; status: string; transport: string }>('SELECT id, status, transport FROM outbox'),
    );
    expect(outbox).toEqual([{ id: outbox[0]!.id, status: 'sent', transport: 'local' }]);
    expect(await readdir(path.join(dataDir, 'mailbox'))).toEqual([`${outbox[0]!.id}.eml`]);
    expect(await worker.tick()).toBe(0);
    await worker.stop();
  });

  it('startPlatformWorker starts the loop; stop() ends it', async () => {
    const worker = startPlatformWorker(
      { config: { smtpUrl: undefined, mailFrom: 'x@relais.local', dataDir }, db: t.db, clock },
      undefined,
      {
        pollIntervalMs: 5,
        mailboxDir: null,
      },
    );
    expect(worker.running).toBe(true);
    await worker.stop();
    expect(worker.running).toBe(false);
  });

  it('refuses a handler for the built-in action.run kind', () => {
    expect(() =>
      createPlatformWorker(
        { config: { smtpUrl: undefined, mailFrom: 'x@relais.local', dataDir }, db: t.db, clock },
        undefined,
        {
          handlers: { 'action.run': async () => undefined },
        },
      ),
    ).toThrow(/built in/);
  });
});
