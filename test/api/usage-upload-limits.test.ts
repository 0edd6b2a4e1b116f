import http from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { CDR_HEADER, orderActiveLines } from '../support/usage.ts';

/** This file's upload limit (RELAIS_USAGE_UPLOAD_LIMIT), above the 20 MB the upload once held in memory. */
const LIMIT = 192 << 20;

interface Answer {
  status: number;
  type: string;
  body: string;
}

/**
 * Sends a CDR upload by hand (node:http): `announced` bytes in Content-Length, or chunked when
 * null, writing about `sent` bytes; stops writing as soon as the server has answered.
 */
function upload(
  t: TestApp,
  cookie: string,
  csrf: string,
  announced: number | null,
  sent: number,
): Promise<Answer> {
  const url = new URL('/api/usage/imports?filename=big.csv', t.url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'text/csv',
          cookie,
          'x-csrf-token': csrf,
          ...(announced === null
            ? { 'transfer-encoding': 'chunked' }
            : { 'content-length': String(announced) }),
        },
      },
      (res) => {
        answered = true;
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
        );
      },
    );
    // The server answers then closes while the client still writes (EPIPE): the answer may
    // arrive after the write error, so the error fails the test only if no answer follows.
    let failed = false;
    req.on('error', (err) => {
      failed = true;
      setTimeout(() => (answered ? undefined : reject(err)), 5000);
    });
    // The header, then blank space: the import reads it (a blank line counts nothing) as fast
    // as it comes, so only the limit stops it.
    req.write(`${CDR_HEADER}\n`);
    const chunk = Buffer.from(' '.repeat(1 << 20));
    let written = 0;
    const pump = () => {
      while (written < sent && !answered && !failed) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered && !failed && announced === null) req.end();
    };
    pump();
  });
}

/**
 * A streamed upload by fetch: the body is produced by `chunks` as the server reads it, so the
 * test never holds the file either.
 */
function streamUpload(
  t: TestApp,
  c: Client,
  chunks: () => AsyncGenerator<string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return fetch(new URL('/api/usage/imports?filename=stream.csv', t.url), {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: c.cookie, 'x-csrf-token': c.csrf },
    body: Readable.toWeb(Readable.from(chunks())),
    duplex: 'half',
  } as RequestInit).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
  }));
}

/**
 * Issue 12 §1 and §3: an upload is streamed, counted batch by batch with its progress readable
 * while it runs, and never held in memory; one over the limit is a clear 413 problem, never a
 * 5xx; an import's rejects download as CSV.
 */
describe(`usage imports: size limit and rejects file (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;

  beforeAll(async () => {
    t = await startTestApp({ RELAIS_USAGE_UPLOAD_LIMIT: String(LIMIT) });
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
  }, 300_000);
  afterAll(() => t.close());

  const imports = () =>
    t.db.tenant(a.id, (tx) => tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM usage_imports`));
  const lastImport = () =>
    t.db.tenant(a.id, (tx) =>
      tx.one<{ state: string; read_count: number; new_count: number }>(
        `SELECT state, read_count, new_count FROM usage_imports ORDER BY created_at DESC, updated_at DESC LIMIT 1`,
      ),
    );

  it('a 2 GB upload is refused at once with 413 problem+json, before its body is read', async () => {
    const { cookie, csrf } = agent;
    const res = await upload(t, cookie, csrf, 2 * 1024 ** 3, 4 << 20);
    expect(res.status).toBe(413);
    expect(res.type).toContain('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 413, code: 'request.too_large' });
    expect((await imports()).n).toBe(0);
  });

  it('a chunked upload (no length announced) that grows past the limit gets 413, and the server goes on', async () => {
    const { cookie, csrf } = agent;
    const res = await upload(t, cookie, csrf, null, LIMIT + (16 << 20));
    expect(res.status).toBe(413);
    expect(res.type).toContain('application/problem+json');
    // It was read until the limit was passed: the import ends failed; the batches it had
    // committed by then would stay counted (here none: blank space), each whole or not at all.
    expect((await imports()).n).toBe(1);
    expect(await lastImport()).toMatchObject({ state: 'failed', new_count: 0 });
    const ok = await agent.request(
      'POST',
      '/api/usage/imports',
      `${CDR_HEADER}\nX-1,0799999999,2026-11-20T10:00:00+01:00,sms,out,france,france,1,,`,
      { 'content-type': 'text/csv' },
    );
    expect(ok.status, ok.text).toBe(201);
    expect((await imports()).n).toBe(2);
  });

  it('USE-01 an upload is counted batch by batch: its progress shows while the file still arrives', async () => {
    const [line] = await orderActiveLines(
      t,
      agent,
      'orange;0700000100;0700000109',
      ['orange-unlimited-10gb-blocked'],
      1,
    );
    const msisdn = line?.msisdn ?? '';
    const rows = (from: number, n: number) =>
      Array.from(
        { length: n },
        (_, i) => `P-${from + i},${msisdn},2026-11-20T10:00:00+01:00,sms,out,france,france,1,,\n`,
      ).join('');
    let resume: () => void = () => undefined;
    const paused = new Promise<void>((r) => (resume = r));
    const answer = streamUpload(t, agent, async function* () {
      yield `${CDR_HEADER}\n`;
      yield rows(0, 6000); // one batch of 5,000 and the start of the next
      await paused;
      yield rows(6000, 4000);
    });
    const deadline = Date.now() + 120_000;
    let running: Record<string, unknown> | undefined;
    while (Date.now() < deadline) {
      const list = await agent.get('/api/usage/imports');
      running = list.body.items?.find((i) => i.filename === 'stream.csv');
      if (running && Number(running.read) > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(running).toMatchObject({ state: 'running', read: 5000, new: 5000, bytesTotal: null });
    expect(Number(running?.bytesRead)).toBeGreaterThan(0);
    // The first batch is counted already, visible on the line while the upload goes on.
    const usage = await agent.get(`/api/lines/${line?.id ?? ''}/usage?month=2026-11`);
    expect((usage.body.totals as { sms: { records: number } }).sms.records).toBe(5000);
    resume();
    const done = await answer;
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ state: 'done', read: 10_000, new: 10_000, duplicates: 0 });
    const again = await agent.get(`/api/usage/imports/${String(done.body.id)}`);
    expect(again.body).toMatchObject({ state: 'done', read: 10_000, new: 10_000 });
  }, 300_000);

  it('a file larger than the old 20 MB limit streams through in bounded memory: a 160 MB line is one listed reject', async () => {
    const big = 160 << 20;
    const piece = 'x'.repeat(1 << 16);
    const before = process.memoryUsage();
    let peak = 0;
    const sample = setInterval(() => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.heapUsed + m.arrayBuffers - before.heapUsed - before.arrayBuffers);
    }, 5);
    try {
      const res = await streamUpload(t, agent, async function* () {
        yield `${CDR_HEADER}\n`;
        for (let sent = 0; sent < big; sent += piece.length) yield piece;
        yield `\nL-1,0799999999,2026-11-20T10:00:00+01:00,sms,out,france,france,1,,\n`;
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ read: 2, new: 0, rejected: 1, unknownLines: 1 });
      const rejects = res.body.rejects as { line: number; reason: string; raw: string }[];
      expect(rejects.map((r) => [r.line, r.reason])).toEqual([
        [2, 'columns'],
        [3, 'unknown_line'],
      ]);
      expect(rejects[0]?.raw).toBe('x'.repeat(500));
    } finally {
      clearInterval(sample);
    }
    // Held whole, the file alone would be 160 MB (and its string as much again); streamed, what
    // grows is only the chunks' garbage between two collections, whatever the file's size. How much
    // garbage waits for a collection depends on the machine's load (about 60 MB quiet, 100 MB with
    // another test file running beside this one): the bound sits below the file, not near the
    // garbage.
    expect(peak).toBeLessThan(128 << 20);
  }, 300_000);

  it('USE-01 an import’s rejects download as CSV, every one, in the user’s language, formulas neutralised', async () => {
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `R-${i},0799999999,2026-11-20T10:00:00+01:00,sms,out,france,france,1,,`,
    );
    const csv = [CDR_HEADER, ...rows, '=HYPERLINK("x";"y"),0700000000,hier,sms,out,france,france,1,,'].join(
      '\n',
    );
    const res = await agent.request('POST', '/api/usage/imports?filename=orange nov.csv', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status, res.text).toBe(201);
    const id = String(res.body.id);
    const fr = await fetch(`${t.url}/api/usage/imports/${id}/rejects.csv`, {
      headers: { cookie: agent.cookie, 'accept-language': 'fr' },
    });
    expect(fr.status).toBe(200);
    expect(fr.headers.get('content-type')).toContain('text/csv');
    expect(fr.headers.get('content-disposition')).toBe('attachment; filename="orange_nov-rejets.csv"');
    const bytes = new Uint8Array(await fr.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM a spreadsheet needs
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Ligne;Motif;Contenu');
    expect(lines).toHaveLength(1 + 1201 + 1); // every reject, past the page's 1,000, and the last CRLF
    expect(lines[1]).toBe(
      '2;Aucune ligne du revendeur n’a ce numéro;R-0,0799999999,2026-11-20T10:00:00+01:00,sms,out,france,france,1,,',
    );
    expect(lines[1201]).toMatch(/^1202;[^;]+;"'=HYPERLINK\(""x"";""y""\),/);
    const en = await fetch(`${t.url}/api/usage/imports/${id}/rejects.csv?lang=en`, {
      headers: { cookie: agent.cookie },
    });
    expect((await en.text()).split('\r\n')[1]).toBe(
      '2,None of the reseller’s lines has this number,"R-0,0799999999,2026-11-20T10:00:00+01:00,sms,out,france,france,1,,"',
    );
    const other = await Client.login(t.url, (await createTenant(t.db, 'bravo')).users.agent.email);
    const hidden = await other.get(`/api/usage/imports/${id}/rejects.csv`);
    expect(hidden.status).toBe(404);
  });
});
