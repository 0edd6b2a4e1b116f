import { fr } from '../web/src/i18n/fr.ts';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve('bin/relais.js');

/**
 * The `relais` command on the embedded engine: it must work through a running server, or stop
 * with a clear message, and never open the data dir behind the server's back.
 */
describe('relais command line (embedded engine)', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  const env = () => ({
    ...process.env,
    RELAIS_DATA_DIR: dir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relais-cli-'));
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('while the server runs: token create goes through it, migrate and a second start refuse', async () => {
    server = spawn('node', [BIN, 'start'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let banner = '';
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server?.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Relais is running: (http:\/\/\S+)[\s\S]*API docs/.exec(out);
        if (m) {
          banner = out;
          resolve(m[1] as string);
        }
      });
      server?.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    // The banner points to the mailbox by the menu item that exists (issue 10), not "Envois".
    expect(banner).toContain(`local mailbox (shown in the UI under ${fr.nav.outbox})`);
    const { stdout } = await run(
      'node',
      [BIN, 'token', 'create', '--tenant', 'demo-il', '--role', 'supervisor', '--name', 'ERP'],
      { env: env() },
    );
    const token = stdout.trim();
    expect(token).toMatch(/^relais_/);
    // The control route checks its token before its body: without it, nothing about the body is said.
    for (const body of ['{"tenant":', JSON.stringify({ tenant: 'demo-il', role: 'root', name: '' })]) {
      const denied = await fetch(`${url}/_control/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-relais-control': 'wrong' },
        body,
      });
      expect(denied.status).toBe(401);
      expect(await denied.text()).not.toMatch(/role|tenant|name|JSON/);
    }
    const res = await fetch(`${url}/api/audit-events?action=token.created`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { actorLabel: string }[] };
    expect(body.items[0]?.actorLabel).toContain('ligne de commande');

    await expect(run('node', [BIN, 'migrate'], { env: env() })).rejects.toMatchObject({
      stderr: expect.stringContaining('Relais is running'),
    });
    await expect(run('node', [BIN, 'start'], { env: env() })).rejects.toMatchObject({
      stderr: expect.stringContaining('already running'),
    });
    // The server is unharmed, and stops cleanly, releasing the data dir.
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const exited = new Promise((resolve) => server?.on('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }, 240_000);

  it('creates a token with no server running, printing only the token', async () => {
    const { stdout } = await run('node', [BIN, 'token', 'create', '--tenant', 'demo-fr', '--role', 'agent'], {
      env: env(),
    });
    expect(stdout.trim()).toMatch(/^relais_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
  }, 60_000);

  it('refuses an unknown tenant and an unknown role with a clear message', async () => {
    await expect(
      run('node', [BIN, 'token', 'create', '--tenant', 'inconnu', '--role', 'agent'], { env: env() }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('no tenant has the slug "inconnu"'),
    });
    await expect(
      run('node', [BIN, 'token', 'create', '--tenant', 'demo-fr', '--role', 'pirate'], { env: env() }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('expected one of admin'),
    });
  }, 60_000);
});
