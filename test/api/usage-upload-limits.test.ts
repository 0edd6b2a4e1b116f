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

/**
 * Issue 12 §3: an upload over the limit is a clear 413 problem, never a 5xx nor a half import;
 * an import's rejects download as CSV.
 */
describe(`usage imports: size limit and rejects file (${testEngine})`, () => {
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
