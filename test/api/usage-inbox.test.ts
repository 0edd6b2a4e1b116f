import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { CDR_HEADER, orderActiveLines } from '../support/usage.ts';
import { silentLogger } from '../../src/platform/jobs/index.ts';
import {
  recoverInbox,
  scanInbox,
  startUsageInbox,
  type InboxOptions,
  type InboxReport,
} from '../../src/modules/usage/inbox.ts';

/**
 * The CDR inbox (issue 12, RELAIS_USAGE_INBOX) on a real directory and database: each file
 * imported once, moved to processed/ or rejected/ with its report.
 */
describe(`usage inbox (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let line: { id: string; msisdn: string };
  let dir: string;
  let opts: InboxOptions;

  const sms = (id: string) => `${id},${line.msisdn},2026-11-20T10:00:00+01:00,sms,out,france,france,1,,`;
  /** Drops a file into the tenant's directory, already settled (written a minute ago). */
  async function drop(name: string, text: string, slug = 'alpha'): Promise<string> {
    await mkdir(path.join(dir, slug), { recursive: true });
    const file = path.join(dir, slug, name);
    await writeFile(file, text);
    const past = new Date(Date.now() - 60_000);
    await utimes(file, past, past);
    return file;
  }
  const ls = (sub: string, slug = 'alpha') =>
    readdir(path.join(dir, slug, sub))
      .then((f) => f.sort())
      .catch(() => [] as string[]);
  const smsRecords = async () => {
    const res = await agent.get(`/api/lines/${line.id}/usage?month=2026-11`);
    expect(res.status, res.text).toBe(200);
    return (res.body as { totals: { sms: { records: number; inPlan: number } } }).totals.sms;
  };

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
    [line] = (await orderActiveLines(
      t,
      agent,
      'orange;0700000000;0700000009',
      ['orange-unlimited-10gb-blocked'],
      1,
    )) as [{ id: string; msisdn: string }];
    dir = await mkdtemp(path.join(os.tmpdir(), 'relais-inbox-'));
    opts = { dir, db: t.db, actions: t.deps.actions, clock: t.clock, log: silentLogger, settleMs: 1000 };
  }, 300_000);
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('USE-01 a dropped file is imported once and moved to processed/ with its report; dropped again, it adds nothing', async () => {
    const before = await smsRecords();
    const csv = [
      CDR_HEADER,
      sms('I-1'),
      sms('I-2'),
      sms('I-3'),
      sms('I-4').replace(line.msisdn, '0799999999'),
    ].join('\n');
    await drop('orange-1.csv', csv);
    const [report, ...more] = await scanInbox(opts);
    expect(more).toEqual([]);
    expect(report).toMatchObject({
      file: 'orange-1.csv',
      tenant: 'alpha',
      outcome: 'processed',
      import: { read: 4, new: 3, duplicates: 0, rejected: 0, unknownLines: 1 },
    });
    expect(await ls('')).not.toContain('orange-1.csv');
    expect(await ls('processing')).toEqual([]);
    const done = await ls('processed');
    expect(done).toHaveLength(2);
    expect(done[0]).toMatch(/^2026-11-23T09-00-00-000Z_orange-1\.csv$/);
    expect(done[1]).toBe(`${done[0]}.report.json`);
    const saved = JSON.parse(
      await readFile(path.join(dir, 'alpha', 'processed', done[1] ?? ''), 'utf8'),
    ) as InboxReport;
    expect(saved.import?.rejects?.map((r) => [r.line, r.reason, r.message])).toEqual([
      [5, 'unknown_line', 'Aucune ligne du revendeur n’a ce numéro'],
    ]);
    expect((await smsRecords()).records - before.records).toBe(3);

    // Nothing left to do: a second pass takes nothing.
    expect(await scanInbox(opts)).toEqual([]);
    // The same file again (another name): imported, every record a duplicate, no counter moves.
    await drop('orange-1-again.csv', csv);
    const [again] = await scanInbox(opts);
    expect(again?.import).toMatchObject({ read: 4, new: 0, duplicates: 3 });
    expect((await smsRecords()).records - before.records).toBe(3);
    // The import names where it came from in the audit log.
    const admin = await Client.login(t.url, a.users.admin.email);
    const audit = await admin.get('/api/audit-events?action=usage.import');
    expect(audit.status, audit.text).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('dépôt de fichiers CDR');
  });

  it('USE-01 a file refused as a whole (wrong header, unknown tenant) goes to rejected/ with its reason; others are ignored', async () => {
    await drop('bad.csv', 'a,b,c\n1,2,3\n');
    await drop('cdr.csv', [CDR_HEADER, sms('Z-1')].join('\n'), 'zulu');
    await drop('notes.txt', 'not a CDR file');
    await drop('.partial.csv', [CDR_HEADER, sms('P-1')].join('\n'));
    // Still being written (changed just now): left for a later pass.
    await writeFile(path.join(dir, 'alpha', 'fresh.csv'), [CDR_HEADER, sms('F-1')].join('\n'));
    const reports = await scanInbox(opts);
    expect(reports.map((r) => [r.tenant, r.file, r.outcome, r.reason])).toEqual([
      [
        'alpha',
        'bad.csv',
        'rejected',
        'The first line must name the CDR format’s columns; missing: record_id, msisdn, start, kind, direction, zone, destination_zone, quantity.',
      ],
      ['zulu', 'cdr.csv', 'rejected', 'no tenant has the slug "zulu"'],
    ]);
    expect(await ls('rejected')).toHaveLength(2);
    expect(await ls('rejected', 'zulu')).toHaveLength(2);
    expect(await ls('')).toEqual([
      '.partial.csv',
      'fresh.csv',
      'notes.txt',
      'processed',
      'processing',
      'rejected',
    ]);
    await rm(path.join(dir, 'alpha', 'fresh.csv'));
  });

  it('USE-03 two workers on the same inbox at once: each file imported by one of them, counted once', async () => {
    const before = await smsRecords();
    for (let f = 0; f < 4; f++)
      await drop(
        `w-${f}.csv`,
        [CDR_HEADER, ...Array.from({ length: 50 }, (_, i) => sms(`W-${f}-${i}`))].join('\n'),
      );
    const [r1, r2] = await Promise.all([scanInbox(opts), scanInbox(opts)]);
    const all = [...(r1 ?? []), ...(r2 ?? [])];
    expect(all.map((r) => r.file).sort()).toEqual(['w-0.csv', 'w-1.csv', 'w-2.csv', 'w-3.csv']);
    expect(all.every((r) => r.import?.new === 50)).toBe(true);
    expect((await smsRecords()).records - before.records).toBe(200);
  });

  it('USE-03 a file a dead worker left in processing/ is put back at start and imported again to no effect', async () => {
    const before = await smsRecords();
    const csv = [CDR_HEADER, sms('R-1'), sms('R-2')].join('\n');
    await drop('r.csv', csv);
    await scanInbox(opts);
    // A worker killed after its import committed but before the move.
    await writeFile(path.join(dir, 'alpha', 'processing', 'r.csv'), csv);
    expect(await recoverInbox(dir)).toBe(1);
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(dir, 'alpha', 'r.csv'), past, past);
    const [again] = await scanInbox(opts);
    expect(again?.import).toMatchObject({ new: 0, duplicates: 2 });
    expect((await smsRecords()).records - before.records).toBe(2);
  });

  it('the running inbox picks a new file up by itself (watch or poll) and stops cleanly', async () => {
    const inbox = startUsageInbox({ ...opts, pollMs: 200, settleMs: 300 });
    try {
      const name = 'live.csv';
      await writeFile(path.join(dir, 'alpha', name), [CDR_HEADER, sms('L-1')].join('\n'));
      const deadline = Date.now() + 60_000;
      while (!(await ls('processed')).some((f) => f.endsWith(`_${name}.report.json`))) {
        if (Date.now() > deadline) throw new Error('the inbox never processed the file');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await ls('')).not.toContain(name);
    } finally {
      await inbox.stop();
    }
  });
});
