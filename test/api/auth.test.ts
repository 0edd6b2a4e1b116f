import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTenant,
  startTestApp,
  TEST_PASSWORD,
  type TenantFixture,
  type TestApp,
} from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { hashPassword } from '../../src/platform/auth/passwords.ts';
import { linkTokenFor } from '../support/links.ts';
import { PRINCIPAL_TTL_MS } from '../../src/platform/auth/principal-cache.ts';

describe(`identity and access (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    t = await startTestApp({ RELAIS_LOGIN_MAX_ATTEMPTS: '5', RELAIS_LOGIN_WINDOW_SECONDS: '600' });
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    // The same person is a user at two resellers.
    for (const tenant of [a, b]) {
      const admin = await Client.login(t.url, tenant.users.admin.email);
      const res = await admin.post('/api/users', {
        email: 'double@example.fr',
        displayName: 'Double',
        role: 'agent',
      });
      expect(res.status).toBe(201);
      await t.db.tenant(tenant.id, (tx) =>
        tx.query(
          `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE role = 'admin'), must_change_password = false WHERE email = 'double@example.fr'`,
        ),
      );
    }
  });
  afterAll(() => t.close());

  it('signs in by e-mail, sets an httpOnly SameSite cookie and returns the CSRF token', async () => {
    const res = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: a.users.agent.email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/relais_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as {
      csrfToken: string;
      user: { role: string };
      tenant: { slug: string };
    };
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(body.user.role).toBe('agent');
    expect(body.tenant.slug).toBe('alpha');
  });

  it('refuses a wrong password with a French problem', async () => {
    const res = await new Client(t.url).post('/api/session', {
      login: a.users.agent.email,
      password: 'nope',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('auth.invalid_credentials');
    expect(res.body.detail).toMatch(/incorrect/);
  });

  it('asks for the workspace when a login exists at two resellers, then signs in to the named one', async () => {
    const c = new Client(t.url);
    const ambiguous = await c.post('/api/session', { login: 'double@example.fr', password: TEST_PASSWORD });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.code).toBe('auth.tenant_required');
    const ok = await c.post('/api/session', {
      login: 'double@example.fr',
      password: TEST_PASSWORD,
      tenant: 'bravo',
    });
    expect(ok.status).toBe(200);
    expect((ok.body.tenant as { slug: string }).slug).toBe('bravo');
  });

  it('checks the password against every candidate before asking for the workspace: no login of another reseller leaks', async () => {
    const c = new Client(t.url);
    // A wrong password on a login that exists at two resellers: the uniform 401, not "which workspace?".
    const wrong = await c.post('/api/session', { login: 'double@example.fr', password: 'pas le bon' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('auth.invalid_credentials');
    // Bravo creates a user with alpha's login and its own password: it signs in to bravo, learning nothing.
    await t.db.tenant(a.id, (tx) =>
      tx.query(`UPDATE users SET login = 'homonyme' WHERE id = $1`, [a.users.supervisor.id]),
    );
    const bravoHash = await hashPassword('le mot de passe de bravo');
    await t.db.tenant(b.id, (tx) =>
      tx.query(`UPDATE users SET login = 'homonyme', password_hash = $2 WHERE id = $1`, [
        b.users.agent.id,
        bravoHash,
      ]),
    );
    const own = await c.post('/api/session', { login: 'homonyme', password: 'le mot de passe de bravo' });
    expect(own.status).toBe(200);
    expect((own.body.tenant as { slug: string }).slug).toBe('bravo');
    const guess = await c.post('/api/session', { login: 'homonyme', password: 'autre chose' });
    expect(guess.status).toBe(401);
    expect(guess.body.code).toBe('auth.invalid_credentials');
    const theirs = await c.post('/api/session', { login: 'homonyme', password: TEST_PASSWORD });
    expect(theirs.status).toBe(200);
    expect((theirs.body.tenant as { slug: string }).slug).toBe('alpha');
  });

  it('rate-limits sign-in per address and login with 429 and Retry-After', async () => {
    const c = new Client(t.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await c.post('/api/session', { login: 'cible@alpha.test', password: `essai-${i}` })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await c.post('/api/session', { login: 'cible@alpha.test', password: 'encore' });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another login from the same address is not locked out.
    expect(
      (await c.post('/api/session', { login: a.users.agent.email, password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('refuses an unsafe request without the CSRF token, accepts it with', async () => {
    const admin = await Client.login(t.url, a.users.admin.email);
    const without = await admin.post('/api/tokens', { name: 'x', role: 'agent' }, { 'x-csrf-token': '' });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('auth.csrf_invalid');
    const withToken = await admin.post('/api/tokens', { name: 'x', role: 'agent' });
    expect(withToken.status).toBe(201);
  });

  it('declares authorization per route: an agent cannot manage users or tokens', async () => {
    const agent = await Client.login(t.url, a.users.agent.email);
    expect((await agent.get('/api/users')).status).toBe(403);
    const res = await agent.post('/api/users', { email: 'x@alpha.test', displayName: 'X', role: 'agent' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.forbidden');
    expect((await agent.get('/api/tokens')).status).toBe(403);
    expect((await agent.get('/api/outbox')).status).toBe(200);
  });

  it('requires sign-in: 401 without a session', async () => {
    const res = await new Client(t.url).get('/api/users');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.required');
  });

  it('logs out: the cookie no longer works', async () => {
    const c = await Client.login(t.url, a.users.supervisor.email);
    const cookie = c.cookie;
    expect((await c.delete('/api/session')).status).toBe(204);
    const again = new Client(t.url);
    again.cookie = cookie;
    expect((await again.get('/api/session')).status).toBe(401);
  });

  // One admin session for the link tests: the login limit counts every attempt per login.
  let linkAdminClient: Client | undefined;
  const linkAdmin = async () => (linkAdminClient ??= await Client.login(t.url, a.users.admin.email));

  it('issue 8: a new user gets no password but a link, chooses one with it, then signs in', async () => {
    const admin = await linkAdmin();
    const created = await admin.post('/api/users', {
      email: 'nouvelle@alpha.test',
      displayName: 'Nouvelle',
      role: 'supervisor',
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('temporaryPassword');
    expect(created.body.passwordLink).toEqual({
      sentTo: 'nouvelle@alpha.test',
      expiresAt: new Date(t.clock.now().getTime() + 72 * 3_600_000).toISOString(),
    });
    const id = String((created.body.user as { id: string }).id);
    const token = await linkTokenFor(admin, id);
    const anon = new Client(t.url);
    const check = await anon.post('/api/password-links/check', { token });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      login: 'nouvelle@alpha.test',
      displayName: 'Nouvelle',
      purpose: 'welcome',
    });
    const weak = await anon.post('/api/password-links/use', { token, newPassword: 'court' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('auth.password_too_weak');
    const same = await anon.post('/api/password-links/use', { token, newPassword: 'nouvelle@alpha.test' });
    expect(same.body.code).toBe('auth.password_too_weak');
    const ok = await anon.post('/api/password-links/use', { token, newPassword: 'un mot de passe solide' });
    expect(ok.status).toBe(200);
    // Signed in with the chosen password, nothing else to change first.
    const user = await Client.login(t.url, 'nouvelle@alpha.test', 'un mot de passe solide');
    expect((await user.get('/api/audit-events')).status).toBe(200);
    // Single use: the same link again, or checked, is gone.
    for (const [path, body] of [
      ['/api/password-links/check', { token }],
      ['/api/password-links/use', { token, newPassword: 'encore un autre mot de passe' }],
    ] as const) {
      const again = await anon.post(path, body);
      expect(again.status).toBe(410);
      expect(again.body.code).toBe('password_link.invalid');
    }
    expect((await Client.login(t.url, 'nouvelle@alpha.test', 'un mot de passe solide')).csrf).not.toBe('');
  });

  it('issue 8: a reset stops the old password, sends a 24 h link; a newer link or expiry kills older ones', async () => {
    const admin = await linkAdmin();
    const victim = await Client.login(t.url, a.users.fleet_manager.email);
    const reset = await admin.post(`/api/users/${a.users.fleet_manager.id}/password-reset`);
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({
      sentTo: a.users.fleet_manager.email,
      expiresAt: new Date(t.clock.now().getTime() + 24 * 3_600_000).toISOString(),
    });
    // Signed out, and the old password no longer opens the account.
    expect((await victim.get('/api/session')).status).toBe(401);
    const old = await new Client(t.url).post('/api/session', {
      login: a.users.fleet_manager.email,
      password: TEST_PASSWORD,
    });
    expect(old.status).toBe(401);
    const first = await linkTokenFor(admin, a.users.fleet_manager.id);
    await admin.post(`/api/users/${a.users.fleet_manager.id}/password-reset`);
    const second = await linkTokenFor(admin, a.users.fleet_manager.id);
    expect(second).not.toBe(first);
    const anon = new Client(t.url);
    expect((await anon.post('/api/password-links/check', { token: first })).status).toBe(410);
    expect((await anon.post('/api/password-links/check', { token: second })).status).toBe(200);
    // Forged or malformed tokens get the same answer.
    expect((await anon.post('/api/password-links/check', { token: `${second.slice(0, -2)}AA` })).status).toBe(
      410,
    );
    expect((await anon.post('/api/password-links/check', { token: 'nope' })).status).toBe(410);
    t.clock.advance(24 * 3_600_000 + 1000);
    const late = await anon.post('/api/password-links/use', {
      token: second,
      newPassword: 'un mot de passe solide',
    });
    expect(late.status).toBe(410);
    t.clock.advance(-(24 * 3_600_000 + 1000));
    // The admin sends a fresh one; it works, and the user is back.
    await admin.post(`/api/users/${a.users.fleet_manager.id}/password-reset`);
    const third = await linkTokenFor(admin, a.users.fleet_manager.id);
    const done = await anon.post('/api/password-links/use', { token: third, newPassword: TEST_PASSWORD });
    expect(done.status).toBe(200);
    expect((await Client.login(t.url, a.users.fleet_manager.email)).csrf).not.toBe('');
  });

  it('a user whose password must be changed (set before links existed) can only reach session routes', async () => {
    const admin = await linkAdmin();
    await t.db.tenant(a.id, (tx) =>
      tx.query(`UPDATE users SET must_change_password = true WHERE id = $1`, [a.users.supervisor.id]),
    );
    const user = await Client.login(t.url, a.users.supervisor.email);
    const blocked = await user.get('/api/audit-events');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('auth.password_change_required');
    const ok = await user.post('/api/session/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'un mot de passe solide',
    });
    expect(ok.status).toBe(204);
    expect((await user.get('/api/audit-events')).status).toBe(200);
    // A link sent before the change no longer works after it.
    await admin.post(`/api/users/${a.users.supervisor.id}/password-reset`);
    const token = await linkTokenFor(admin, a.users.supervisor.id);
    await t.db.tenant(a.id, (tx) =>
      tx.query(`UPDATE users SET must_change_password = false WHERE id = $1`, [a.users.supervisor.id]),
    );
    expect(
      (await new Client(t.url).post('/api/password-links/use', { token, newPassword: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('a deactivated user is signed out at once and cannot sign in', async () => {
    const admin = await Client.login(t.url, a.users.admin.email);
    const installer = await Client.login(t.url, a.users.installer.email);
    const current = await admin.get(`/api/users/${a.users.installer.id}`);
    const res = await admin.patch(
      `/api/users/${a.users.installer.id}`,
      { active: false },
      { 'if-match': String(current.headers.get('etag')) },
    );
    expect(res.status).toBe(200);
    expect((await installer.get('/api/session')).status).toBe(401);
    const again = await new Client(t.url).post('/api/session', {
      login: a.users.installer.email,
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('auth.account_disabled');
  });

  it('API tokens: Bearer works without CSRF, is stored hashed, and stops at revocation', async () => {
    const admin = await Client.login(t.url, a.users.admin.email);
    const created = await admin.post('/api/tokens', { name: 'ERP', role: 'supervisor' });
    const secret = String(created.body.secret);
    expect(secret).toMatch(/^relais_[0-9a-f]{32}_/);
    const stored = await t.db.tenant(a.id, (tx) =>
      tx.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens'),
    );
    expect(stored.some((r) => r.token_hash === secret || secret.includes(r.token_hash))).toBe(false);
    const machine = Client.withToken(t.url, secret);
    expect((await machine.get('/api/audit-events')).status).toBe(200);
    expect((await machine.get('/api/tokens')).status).toBe(403);
    const id = String((created.body.token as { id: string }).id);
    expect((await admin.delete(`/api/tokens/${id}`)).status).toBe(204);
    const after = await machine.get('/api/audit-events');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('auth.token_invalid');
  });

  it('a token revoked by another process (this one not told) is refused within the principal cache’s 5 s', async () => {
    // Another instance behind the same database revokes: this process's cache is not evicted,
    // so the cached principal may serve until its entry expires, never longer.
    expect(PRINCIPAL_TTL_MS).toBe(5_000);
    const admin = await Client.login(t.url, b.users.admin.email);
    const created = await admin.post('/api/tokens', { name: 'autre instance', role: 'agent' });
    const machine = Client.withToken(t.url, String(created.body.secret));
    expect((await machine.get('/api/outbox')).status).toBe(200);
    const tokenId = String((created.body.token as { id: string }).id);
    await t.db.tenant(b.id, (tx) =>
      tx.query(`UPDATE api_tokens SET revoked_at = now() WHERE id = $1`, [tokenId]),
    );
    const revokedAt = Date.now();
    let refused = await machine.get('/api/outbox');
    while (refused.status === 200 && Date.now() - revokedAt < PRINCIPAL_TTL_MS + 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      refused = await machine.get('/api/outbox');
    }
    expect(refused.status).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThanOrEqual(PRINCIPAL_TTL_MS + 2_000);
  });

  it('keeps one active administrator: the last admin cannot be demoted', async () => {
    const admin = await Client.login(t.url, b.users.admin.email);
    const me = await admin.get(`/api/users/${b.users.admin.id}`);
    const res = await admin.patch(
      `/api/users/${b.users.admin.id}`,
      { role: 'agent' },
      { 'if-match': String(me.headers.get('etag')) },
    );
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('user.cannot_demote_last_admin');
  });

  it('a revoked token stops at once even right after a cached use; a password change signs other sessions out', async () => {
    const admin = await Client.login(t.url, b.users.admin.email);
    const created = await admin.post('/api/tokens', { name: 'cache', role: 'agent' });
    const machine = Client.withToken(t.url, String(created.body.secret));
    expect((await machine.get('/api/outbox')).status).toBe(200);
    expect((await machine.get('/api/outbox')).status).toBe(200);
    expect(
      (await admin.delete(`/api/tokens/${String((created.body.token as { id: string }).id)}`)).status,
    ).toBe(204);
    expect((await machine.get('/api/outbox')).status).toBe(401);

    const first = await Client.login(t.url, a.users.supervisor.email);
    const second = await Client.login(t.url, a.users.supervisor.email);
    expect((await second.get('/api/session')).status).toBe(200);
    const changed = await first.post('/api/session/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'une toute autre phrase',
    });
    expect(changed.status).toBe(204);
    expect((await second.get('/api/session')).status).toBe(401);
    expect((await first.get('/api/session')).status).toBe(200);
  });
});
