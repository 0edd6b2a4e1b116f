import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { CDR_HEADER } from '../support/usage.ts';

interface Answer {
  status: number;
  type: string;
  body: string;
}

/**
 * Sends a CDR upload by hand (node:http): `announced` bytes in Content-Length, or chunked when
 * null, writing `sent` bytes of rows; stops writing as soon as the server has answered.
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
    const row = `${'9'.repeat(20)},0700000000,2026-11-20T10:00:00+01:00,sms,out,france,france,1,,\n`;
    const chunk = Buffer.from(`${CDR_HEADER}\n${row.repeat(Math.floor((1 << 20) / row.length))}`);
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

/** Issue 12 §3: an upload over the limit is a clear 413 problem, never a 5xx nor a half import. */
describe(`usage import size limit (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
  }, 300_000);
  afterAll(() => t.close());

  const imports = () =>
    t.db.tenant(a.id, (tx) => tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM usage_imports`));

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
    const res = await upload(t, cookie, csrf, null, 64 << 20);
    expect(res.status).toBe(413);
    expect(res.type).toContain('application/problem+json');
    expect((await imports()).n).toBe(0);
    const ok = await agent.request(
      'POST',
      '/api/usage/imports',
      `${CDR_HEADER}\nX-1,0799999999,2026-11-20T10:00:00+01:00,sms,out,france,france,1,,`,
      { 'content-type': 'text/csv' },
    );
    expect(ok.status, ok.text).toBe(201);
    expect((await imports()).n).toBe(1);
  });
});
