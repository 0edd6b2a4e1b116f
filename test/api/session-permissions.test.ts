import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTenant,
  TEST_PASSWORD,
  startTestApp,
  type TenantFixture,
  type TestApp,
} from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { MODULES } from '../../src/modules/index.ts';
import { probeModule } from '../support/probe-module/index.ts';

/**
 * Issue 9 §6: the session lists the policies the signed-in user holds, the same the server enforces,
 * so the web offers only what will not be refused (an agent was offered "Réessayer" on the outbox).
 */
describe(`the session lists what the user may do (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, [...MODULES, probeModule]);
    a = await createTenant(t.db, 'alpha');
  }, 240_000);
  afterAll(() => t.close());

  async function permissions(role: 'admin' | 'supervisor' | 'agent'): Promise<string[]> {
    const c = await Client.login(t.url, a.users[role].email);
    const res = await c.get('/api/session');
    expect(res.status).toBe(200);
    return (res.body as { permissions: string[] }).permissions;
  }

  it('an agent reads the outbox but may not send a message again; admins and supervisors may', async () => {
    const agent = await permissions('agent');
    expect(agent).toContain('outbox.read');
    expect(agent).not.toContain('outbox.retry');
    expect(agent).not.toContain('users.write');
    expect(await permissions('supervisor')).toContain('outbox.retry');
    expect(await permissions('admin')).toEqual(expect.arrayContaining(['outbox.retry', 'users.write']));
  });

  it('the list is what the server enforces: a policy it lacks is a 403, one it holds is not', async () => {
    const agent = await Client.login(t.url, a.users.agent.email);
    const held = ((await agent.get('/api/session')).body as { permissions: string[] }).permissions;
    expect(held).not.toContain('outbox.retry');
    const retry = await agent.post('/api/outbox/00000000-0000-4000-8000-000000000000/retry', {});
    expect(retry.status).toBe(403);
    expect(held).toContain('outbox.read');
    expect((await agent.get('/api/outbox')).status).toBe(200);
  });

  it("lists a module's own policies, and never `public`", async () => {
    const agent = await permissions('agent');
    expect(agent).toContain('probe.use');
    expect(agent).not.toContain('public');
    expect(await permissions('supervisor')).not.toContain('probe.use');
  });

  it('signing in answers with the same list', async () => {
    const res = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: a.users.agent.email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { permissions?: string[] };
    expect(body.permissions).toEqual(await permissions('agent'));
  });
});
