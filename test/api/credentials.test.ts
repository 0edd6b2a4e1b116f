import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { LINK_TOKEN_RE, linkTokenFor } from '../support/links.ts';
import { runRetention } from '../../src/platform/jobs/retention.ts';
import { createMailer, deliverOutbox } from '../../src/platform/notify/index.ts';

/**
 * Issue 8 item 1 and 2: an agent (or a supervisor) can read no credential anywhere: not in the
 * outbox (lists or one message), not through the API, not in the idempotency table; only admins
 * read the bodies of access messages, and stored responses are encrypted.
 */
describe(`no credential readable by agents (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let admin: Client;
  let supervisor: Client;
  let agent: Client;
  let newUserId = '';

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'secrets');
    admin = await Client.login(t.url, a.users.admin.email);
    supervisor = await Client.login(t.url, a.users.supervisor.email);
    agent = await Client.login(t.url, a.users.agent.email);
    const created = await admin.post(
      '/api/users',
      { email: 'nouvel.admin@secrets.test', displayName: 'Nouvel admin', role: 'admin' },
      { 'idempotency-key': 'create-new-admin' },
    );
    expect(created.status).toBe(201);
    newUserId = String((created.body.user as { id: string }).id);
    // The supervisor's password is reset: the message that once carried it in clear.
    expect((await admin.post(`/api/users/${a.users.supervisor.id}/password-reset`)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('issue 8: agents and supervisors see that access e-mails were sent, never their bodies', async () => {
    const adminLink = await linkTokenFor(admin, newUserId);
    const supervisorLink = await linkTokenFor(admin, a.users.supervisor.id);
    // The reset ended the supervisor's sessions and old password: they cannot look any more.
    expect((await supervisor.get('/api/outbox')).status).toBe(401);
    for (const reader of [agent]) {
      const list = await reader.get('/api/outbox?limit=100');
      expect(list.status).toBe(200);
      const items = list.body.items ?? [];
      expect(items.map((m) => m.template).sort()).toEqual(['user.password_reset', 'user.welcome']);
      for (const item of items) {
        expect(item.sensitive).toBe(true);
        const one = await reader.get(`/api/outbox/${String(item.id)}`);
        expect(one.status).toBe(200);
        expect(one.body).toMatchObject({ bodyText: '', bodyHtml: null, bodyWithheld: 'admins_only' });
        expect(one.body.subject).toBeTruthy();
        expect(one.text).not.toMatch(LINK_TOKEN_RE);
        for (const token of [adminLink, supervisorLink]) expect(one.text).not.toContain(token.split('.')[1]);
      }
    }
    // The admin reads them (the local mailbox, before the link is used).
    const list = await admin.get('/api/outbox?limit=100');
    for (const item of list.body.items ?? []) {
      const one = await admin.get(`/api/outbox/${String(item.id)}`);
      expect(one.body.bodyWithheld).toBeNull();
      expect(String(one.body.bodyText)).toMatch(LINK_TOKEN_RE);
    }
  });

  it('issue 8: a supervisor reading outbox messages gets no body either', async () => {
    const other = await createTenant(t.db, 'secrets-two');
    const adm = await Client.login(t.url, other.users.admin.email);
    const sup = await Client.login(t.url, other.users.supervisor.email);
    await adm.post(`/api/users/${other.users.agent.id}/password-reset`);
    const list = await sup.get('/api/outbox');
    const id = String(list.body.items?.[0]?.id);
    const one = await sup.get(`/api/outbox/${id}`);
    expect(one.body).toMatchObject({
      template: 'user.password_reset',
      bodyText: '',
      bodyWithheld: 'admins_only',
    });
    expect(one.text).not.toMatch(LINK_TOKEN_RE);
  });

  it('issue 8: no API answer to a non-admin carries a password, a hash or a link', async () => {
    const link = await linkTokenFor(admin, newUserId);
    const secret = link.split('.')[1] ?? '';
    for (const path of ['/api/session', '/api/outbox', '/api/actions', '/api/audit-events']) {
      const res = await agent.get(path);
      expect(res.text).not.toContain(secret);
      expect(res.text).not.toMatch(/argon2|password_hash|temporaryPassword/);
    }
    const users = await admin.get('/api/users?limit=100');
    expect(users.text).not.toMatch(/argon2|passwordHash|temporaryPassword/);
    const audit = await admin.get('/api/audit-events?limit=100');
    expect(audit.text).not.toContain(secret);
  });

  it('issue 8: idempotency rows keep no secret in clear, replay still answers the same, keys expire after 24 h', async () => {
    const created = await admin.post(
      '/api/tokens',
      { name: 'ERP', role: 'agent' },
      { 'idempotency-key': 'token-erp' },
    );
    expect(created.status).toBe(201);
    const secret = String(created.body.secret);
    const rows = await t.db.tenant(a.id, (tx) =>
      tx.query<{ key: string; response_body: string }>(`SELECT key, response_body FROM idempotency_keys`),
    );
    expect(rows.map((r) => r.key).sort()).toEqual(['create-new-admin', 'token-erp']);
    const link = await linkTokenFor(admin, newUserId);
    for (const r of rows) {
      expect(r.response_body).toMatch(/^v1\./);
      expect(r.response_body).not.toContain(secret.slice(-43));
      expect(r.response_body).not.toContain(link.split('.')[1]);
      expect(r.response_body).not.toContain('ERP');
    }
    const replay = await admin.post(
      '/api/tokens',
      { name: 'ERP', role: 'agent' },
      { 'idempotency-key': 'token-erp' },
    );
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.secret).toBe(secret);
    t.clock.advance(24 * 3_600_000 + 1000);
    await runRetention(t.db, t.clock.now());
    const left = await t.db.tenant(a.id, (tx) => tx.query(`SELECT key FROM idempotency_keys`));
    expect(left).toEqual([]);
    t.clock.advance(-(24 * 3_600_000 + 1000));
  });

  it('issue 8: once the link is used, even the admin reads no body of the delivered access e-mails', async () => {
    const link = await linkTokenFor(admin, newUserId);
    // Delivered into the local mailbox (no SMTP): the body stays for the admin until the link is used.
    const mailer = createMailer({ mailFrom: 'Relais <no-reply@relais.test>' });
    expect((await deliverOutbox({ db: t.db, clock: t.clock, mailer })).sent).toBeGreaterThan(0);
    expect(await linkTokenFor(admin, newUserId)).toBe(link);
    const used = await new Client(t.url).post('/api/password-links/use', {
      token: link,
      newPassword: 'le nouvel admin choisit',
    });
    expect(used.status).toBe(200);
    const list = await admin.get(`/api/outbox?entityType=user&entityId=${newUserId}`);
    for (const item of list.body.items ?? []) {
      const one = await admin.get(`/api/outbox/${String(item.id)}`);
      expect(one.body).toMatchObject({
        status: 'sent',
        bodyText: '',
        bodyHtml: null,
        bodyWithheld: 'purged',
      });
    }
    expect(list.body.items?.length).toBe(1);
  });
});
