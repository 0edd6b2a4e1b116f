import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { runDueActions } from '../support/fleet.ts';
import { MODULES } from '../../src/modules/index.ts';
import { Type } from '@sinclair/typebox';
import { actionHandler, actionKind, installModules, defineModule } from '../../src/platform/module.ts';
import type { ActionHandler, PendingAction } from '../../src/platform/jobs/index.ts';
import { probeModule } from '../support/probe-module/index.ts';

/** Issue 9: a module is a folder and one line in a list; the platform assembles the rest. */
describe(`a module declares itself (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, [...MODULES, probeModule]);
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
  }, 240_000);
  afterAll(() => t.close());

  it('its error code answers with its own status and its French or English message', async () => {
    const fr = await agent.post('/api/probe/refuse', { probeName: 'Sonde 7' });
    expect(fr.status).toBe(409);
    expect(fr.body).toMatchObject({
      code: 'probe.refused',
      title: 'Sonde refusée',
      detail: 'La sonde Sonde 7 ne répond pas.',
    });
    const en = await agent.post('/api/probe/refuse', { probeName: 'Probe 7' }, { 'accept-language': 'en' });
    expect(en.body).toMatchObject({ title: 'Probe refused', detail: 'Probe Probe 7 does not answer.' });
  });

  it('its field names reach validation messages', async () => {
    const res = await agent.post('/api/probe/refuse', { probeName: '' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain('Nom de la sonde');
  });

  it('its policy admits the roles it names and no other', async () => {
    expect((await agent.get('/api/probe/ping')).status).toBe(200);
    const supervisor = await Client.login(t.url, a.users.supervisor.email);
    const refused = await supervisor.get('/api/probe/ping');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.forbidden');
  });

  it('its template is rendered into the outbox, and its action kind runs with a checked payload', async () => {
    const ok = await agent.post('/api/probe/hello', { to: 'alice@example.com', times: 3 });
    expect(ok.status).toBe(201);
    const admin = await Client.login(t.url, a.users.admin.email);
    const mails = await admin.get('/api/outbox?limit=50');
    const hello = (mails.body.items as { template: string }[]).find((m) => m.template === 'probe.hello');
    expect(hello).toMatchObject({ subject: 'Bonjour Alice' });
    const bad = await agent.post('/api/probe/hello', { to: 'alice@example.com', times: 'trois' });
    expect(bad.status).toBe(201);
    t.clock.advance(1000);
    await runDueActions(t);
    const done = await admin.get(`/api/pending-actions/${ok.body.actionId}`);
    expect(done.body).toMatchObject({ status: 'done', result: { rang: 6 } });
    const failed = await admin.get(`/api/pending-actions/${bad.body.actionId}`);
    expect(failed.body.status).toBe('failed');
    expect(failed.body.lastError).toContain('/times');
  });

  it('a module may not redefine what the platform or another module declares', () => {
    const taken = { errors: ['validation.failed'], policies: ['lines.read'], templates: ['user.welcome'] };
    const clash = (m: object) => () => installModules([defineModule({ name: 'clash', ...m })], taken);
    expect(clash({ errors: { 'validation.failed': probeModule.errors['probe.refused'] } })).toThrow(
      /already declared/,
    );
    expect(clash({ policies: { 'lines.read': null } })).toThrow(/already declared/);
    expect(clash({ policies: { 'probe.use': null } })).toThrow(/already declared/);
    // Field labels are shared by name: the same words may be declared twice, other words may not.
    expect(clash({ fieldLabels: { probeName: ['Nom de la sonde', 'Probe name'] } })).not.toThrow();
    expect(clash({ fieldLabels: { probeName: ['Autre nom', 'Other name'] } })).toThrow(
      /field label "probeName" is already declared/,
    );
  });

  it('an action payload checks its string formats (a uuid, a date) instead of refusing every value', async () => {
    const handler = <ActionHandler>actionHandler(
      actionKind({
        kind: 'probe.formats',
        payload: Type.Object({ id: Type.String({ format: 'uuid' }), day: Type.String({ format: 'date' }) }),
        run: async (_tx, payload) => ({ id: payload.id }),
      }),
    );
    const run = (payload: Record<string, unknown>) =>
      handler({} as never, { id: 'a1', kind: 'probe.formats', payload } as unknown as PendingAction, {
        clock: t.clock,
        now: new Date(),
      });
    const id = '6f1c2a4e-8b1d-4c55-9a3e-2d7f0b9c1e42';
    await expect(run({ id, day: '2026-12-06' })).resolves.toEqual({ id });
    await expect(run({ id: 'not-a-uuid', day: '2026-12-06' })).rejects.toThrow(/\/id/);
    await expect(run({ id, day: '06/12/2026' })).rejects.toThrow(/\/day/);
  });
});
